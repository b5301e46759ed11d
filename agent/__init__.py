"""millpond.agent: the host agent (tails files, host metrics, disk spool, forward shipping)."""
