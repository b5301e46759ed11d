"""The partitioned log."""
