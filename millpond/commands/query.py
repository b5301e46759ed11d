"""`millpond query SQL`: read-only SQL against a running appliance, or straight on a data directory.

Without ``--data-dir`` it POSTs to ``<url>/api/v1/query`` (default: the
``[http] listen`` of the config, else ``http://127.0.0.1:9880``), sending
``[http] token`` as a bearer token when one is configured. With
``--data-dir`` it runs the same sandboxed query service in-process over the
archive (and the log's unarchived tail, if the log is there).
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any

import click

from millpond.commands._common import call_api, config_option, fail, load
from millpond.config import Config

DEFAULT_URL = "http://127.0.0.1:9880"


def default_url(cfg: Config) -> str:
    """``http://<[http] listen>``, with a wildcard address replaced by loopback."""
    listen = cfg.http.listen or ""
    host, _, port = listen.rpartition(":")
    if not port:
        return DEFAULT_URL
    if host in ("", "0.0.0.0", "::", "[::]"):
        host = "127.0.0.1"
    return f"http://{host}:{port}"


def query_http(url: str, sql: str, token: str = "", timeout: float = 120.0) -> dict[str, Any]:
    """POST ``sql`` to ``url``; returns the JSON answer or raises ``RuntimeError`` with one line."""
    return call_api(url, "/api/v1/query", what="query", body={"sql": sql}, token=token, timeout=timeout,
                    unreachable_hint="Or query the files with --data-dir.")


def query_local(cfg: Config, data_dir: Path, sql: str) -> dict[str, Any]:
    """Run ``sql`` with the query service in this process, over ``data_dir``."""
    from millpond.pipeline.log import open_log
    from millpond.pipeline.log.errors import LogError
    from millpond.sinks.query import QueryError, QueryService

    if not data_dir.is_dir():
        raise RuntimeError(f"data directory {data_dir} does not exist")
    lg = None
    if (data_dir / "log").is_dir() and cfg.log.backend == "embedded":
        try:
            lg = open_log(data_dir, cfg.log, readonly=True)
        except LogError:
            lg = None  # archive only
    svc = QueryService(cfg, data_dir, lg, connections=1)
    try:
        return svc.run(sql).to_json()
    except QueryError as e:
        raise RuntimeError(f"query failed: {e}") from None
    finally:
        svc.close()
        if lg is not None:
            lg.close()


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, (dict, list)):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def render(result: dict[str, Any], fmt: str) -> None:
    names = [c["name"] for c in result.get("columns", [])]
    rows = result.get("rows", [])
    if fmt == "json":
        click.echo(json.dumps([dict(zip(names, r)) for r in rows], ensure_ascii=False))
    elif fmt == "csv":
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(names)
        for r in rows:
            w.writerow([_text(v) for v in r])
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(show_lines=False, header_style="bold")
        for c in result.get("columns", []):
            numeric = any(k in c["type"] for k in ("INT", "DOUBLE", "FLOAT", "DECIMAL", "REAL"))
            table.add_column(c["name"], justify="right" if numeric else "left", overflow="fold",
                             no_wrap=c["type"].startswith("TIMESTAMP"))
        for r in rows:
            table.add_row(*[_text(v) for v in r])
        console = Console()
        console.print(table)
        console.print(f"{len(rows)} row(s) in {result.get('elapsed_ms', 0):.1f} ms", style="dim")
    if result.get("warning"):
        click.echo(f"millpond: {result['warning']}", err=True)
    if result.get("truncated"):
        click.echo(f"millpond: result cut at {len(rows)} rows ([query] max_rows); add a LIMIT or aggregate",
                   err=True)


@click.command()
@click.argument("sql")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--url", default=None, help="Appliance URL (default: [http] listen of the config).")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Query this data directory in-process instead of a running appliance.")
@click.option("--token", default=None, envvar="MILLPOND_TOKEN", help="Bearer token (default: [http] token).")
@config_option
def query(sql: str, fmt: str, url: str | None, data_dir: Path | None, token: str | None,
          config_path: Path | None) -> None:
    """Run read-only SQL: tables logs, metrics, metrics_1m, metrics_1h, logs_1m, log_patterns, alerts."""
    cfg = load(config_path, data_dir=str(data_dir) if data_dir else None)
    try:
        if data_dir is not None:
            result = query_local(cfg, data_dir, sql)
        else:
            result = query_http(url or default_url(cfg), sql, token if token is not None else cfg.http.token)
    except RuntimeError as e:
        fail(str(e))
        return
    render(result, fmt)
