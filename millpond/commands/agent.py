"""``millpond agent``: tail files and sample host metrics; ship them to an appliance.

``millpond agent --config agent.toml`` runs until SIGTERM/Ctrl-C;
``millpond agent --config agent.toml --status`` prints what the running (or
last) agent is doing: files, offsets, spool size, last ack.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from pathlib import Path

import click

from millpond.commands._common import fail


@click.command()
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), default="agent.toml",
              show_default=True, help="Agent config file (TOML; see docs/agent.md).")
@click.option("--status", is_flag=True, help="Print the agent's status (files, offsets, spool, last ack) and exit.")
@click.option("--server", default=None, help="Override the appliance forward address (host:port).")
@click.option("--spool-dir", default=None, help="Override the spool/checkpoint directory.")
@click.option("--log-level", default="info", show_default=True,
              type=click.Choice(["debug", "info", "warning", "error"]))
def agent(config_path: Path, status: bool, server: str | None, spool_dir: str | None, log_level: str) -> None:
    """Tail files and sample host metrics; ship them to a Millpond appliance."""
    from millpond.agent.config import load_agent_config
    from millpond.config import ConfigError

    try:
        cfg = load_agent_config(config_path, {"server": server, "spool_dir": spool_dir})
    except ConfigError as e:
        fail(str(e))
        return
    if status:
        from millpond.agent.status import read_status, render

        try:
            st = read_status(cfg.spool_path)
        except FileNotFoundError:
            fail(f"no agent status in {cfg.spool_path} (has the agent run with this config?)")
            return
        render(st)
        return
    logging.basicConfig(level=log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from millpond.agent.runner import AgentBusy

    try:
        asyncio.run(_main(cfg))
    except AgentBusy as e:
        fail(str(e))
    except OSError as e:
        fail(f"agent: {e.strerror or e} ({getattr(e, 'filename', '') or cfg.spool_dir})")


async def _main(cfg: object) -> None:
    from millpond.agent.runner import Agent

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    agent = Agent(cfg)  # type: ignore[arg-type]
    await agent.run(stop)
    if agent.failed is not None:
        fail(f"agent stopped after an internal error: {agent.failed!r}", code=1)
