"""`millpond alerts`: the running appliance's alert rules and their instances; `millpond alerts history`.

The rules and instances come from ``GET <url>/api/v1/alerts`` (the one
evaluator's live state); the history is the ``alerts`` table, through the
query API. ``--url`` defaults to the config's ``[http] listen``, and
``[http] token`` is sent as a bearer token when set.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from millpond.commands._common import call_api, config_option, fail, load
from millpond.commands.query import default_url, query_http
from millpond.tui.widgets import STATE_STYLE
from millpond.tui.widgets import age as _age

STYLE = {**STATE_STYLE, "ok": "green", "error": "bold red", "unknown": "dim"}
"""Instance states as in the dashboard, plus rule health."""


def fetch_alerts(url: str, token: str = "", history: int = 0, timeout: float = 30.0) -> dict[str, Any]:
    """``GET /api/v1/alerts``; raises ``RuntimeError`` with one line the user can act on."""
    return call_api(url, f"/api/v1/alerts?history={history}", what="alerts request", token=token,
                    timeout=timeout, not_found=f"the appliance at {url} has no alerts API (/api/v1/alerts); "
                    "is it an older millpond?")


def _labels(labels: dict[str, str] | None) -> str:
    return ", ".join(f"{k}={v}" for k, v in sorted((labels or {}).items()) if k not in ("alertname", "severity"))


def _value(v: Any) -> str:
    return "-" if v is None else f"{v:g}" if isinstance(v, (int, float)) else str(v)


def _when(ts: Any) -> str:
    """ISO 8601 from the query API → ``YYYY-MM-DD HH:MM:SS`` (UTC)."""
    try:
        return datetime.fromisoformat(str(ts)).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return str(ts)


def _styled(text: str) -> Any:
    from rich.text import Text

    return Text(text, style=STYLE.get(text, ""))


def _seconds(v: float) -> str:
    return f"{v:g}s" if 0 < v < 1 else _age(v)


def print_state(state: dict[str, Any]) -> None:
    """Two rich tables: the rules (health, for, counts) and the current instances (state, age)."""
    from rich.console import Console
    from rich.table import Table

    console = Console()
    rules = Table(title="Rules", header_style="bold", title_justify="left")
    for col in ("rule", "severity", "for", "keep firing", "health", "firing", "pending"):
        rules.add_column(col, justify="right" if col in ("firing", "pending") else "left")
    for r in state.get("rules", []):
        rules.add_row(r["name"], r["severity"], _seconds(r["for"]), _seconds(r["keep_firing_for"]),
                      _styled(r["health"]), str(r.get("firing", 0)), str(r.get("pending", 0)))
    if not state.get("rules"):
        rules.add_row("(no [[alert]] rules configured)", "", "", "", "", "", "")
    console.print(rules)
    inst = Table(title="Instances", header_style="bold", title_justify="left")
    for col in ("rule", "state", "instance", "value", "age"):
        inst.add_column(col, justify="right" if col in ("value", "age") else "left", overflow="fold")
    for i in state.get("instances", []):
        inst.add_row(i["rule"], _styled(i["state"]), _labels(i["labels"]), _value(i["value"]), _age(i["age_s"]))
    if not state.get("instances"):
        inst.add_row("(none)", "", "", "", "")
    console.print(inst)
    for name, err in sorted(state.get("errors", {}).items()):
        console.print(f"rule {name}: {err}", style="red", markup=False, highlight=False)
    if not state.get("running") and state.get("rules"):
        console.print("alerting is not running ([alerting] interval is 0, or no rule can run)", style="yellow")


def print_history(result: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    names = [c["name"] for c in result.get("columns", [])]
    table = Table(header_style="bold")
    for col in ("time (UTC)", "rule", "state", "instance", "value", "severity"):
        table.add_column(col, justify="right" if col == "value" else "left", overflow="fold")
    for row in result.get("rows", []):
        r = dict(zip(names, row))
        table.add_row(_when(r["ts"]), r["rule"], _styled(r["state"]), _labels(r["labels"]), _value(r["value"]),
                      r["severity"] or "")
    console = Console()
    console.print(table)
    console.print(f"{len(result.get('rows', []))} change(s)", style="dim")


def _target(config_path: Path | None, url: str | None, token: str | None) -> tuple[str, str]:
    cfg = load(config_path)
    return url or default_url(cfg), token if token is not None else cfg.http.token


def _common(f: Any) -> Any:
    f = click.option("--url", default=None, help="Appliance URL (default: [http] listen of the config).")(f)
    f = click.option("--token", default=None, envvar="MILLPOND_TOKEN", help="Bearer token (default: [http] token).")(f)
    return config_option(f)


@click.group(invoke_without_command=True)
@_common
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_context
def alerts(ctx: click.Context, url: str | None, token: str | None, config_path: Path | None, fmt: str) -> None:
    """List alert rules and their current instances with state and age (`alerts history`: every change)."""
    ctx.obj = {"url": url, "token": token, "config_path": config_path}
    if ctx.invoked_subcommand is not None:
        return
    target, tok = _target(config_path, url, token)
    try:
        state = fetch_alerts(target, tok)
    except RuntimeError as e:
        fail(str(e))
        return
    if fmt == "json":
        click.echo(json.dumps(state, ensure_ascii=False))
    else:
        print_state(state)


@alerts.command()
@_common
@click.pass_obj
@click.option("--limit", type=click.IntRange(1, 100_000), default=50, show_default=True, help="Newest N changes.")
@click.option("--rule", default=None, help="Only this rule's changes.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def history(parent: dict[str, Any], url: str | None, token: str | None, config_path: Path | None, limit: int,
            rule: str | None, fmt: str) -> None:
    """Alert state changes, newest first (the `alerts` table)."""
    target, tok = _target(config_path or parent["config_path"], url or parent["url"],
                          token if token is not None else parent["token"])
    where = f" WHERE rule = '{rule.replace(chr(39), chr(39) * 2)}'" if rule else ""
    sql = (f"SELECT ts, rule, state, labels, value, severity, annotations FROM alerts{where} "
           f"ORDER BY ts DESC, rule LIMIT {limit}")
    try:
        result = query_http(target, sql, tok)
    except RuntimeError as e:
        fail(str(e))
        return
    if fmt == "json":
        names = [c["name"] for c in result.get("columns", [])]
        click.echo(json.dumps([dict(zip(names, r)) for r in result.get("rows", [])], ensure_ascii=False))
    else:
        print_history(result)
