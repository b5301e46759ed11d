"""``millpond tui [URL]``: the terminal dashboard of a running appliance (local or remote)."""

from __future__ import annotations

from pathlib import Path

import click

from millpond.commands._common import config_option, load


def default_url(listen: str) -> str:
    """The dashboard's URL for an ``[http] listen`` address (a wildcard means this machine)."""
    host, _, port = listen.rpartition(":")
    host = host.strip("[]")
    return f"http://{'127.0.0.1' if host in ('', '0.0.0.0', '::') else host}:{port or 9880}"


@click.command()
@click.argument("url", required=False)
@click.option("--url", "url_opt", default=None, help="Appliance HTTP API (default: [http] listen, else http://127.0.0.1:9880).")
@click.option("--token", default=None, help="Bearer token for the query API (default: [http] token).")
@click.option("--interval", type=click.FloatRange(0.2, 3600), default=2.0, show_default=True, help="Seconds between refreshes.")
@config_option
def tui(url: str | None, url_opt: str | None, token: str | None, interval: float, config_path: Path | None) -> None:
    """Open the dashboard: ingest rates, logs, metrics, patterns, the log, alerts, SQL."""
    from millpond.tui.app import MillpondApp

    cfg = load(config_path)
    target = url or url_opt or default_url(cfg.http.listen)
    MillpondApp(target, token=cfg.http.token if token is None else token, poll_interval=interval).run()
