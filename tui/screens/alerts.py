"""Alerts: the configured rules with their health, every rule's instances with
state and age, and the history of changes (the ``alerts`` table: one row per change).

Rules come from ``GET /api/v1/alerts``; an appliance without that route still
gets instances and history, and the rules that appear in them.
"""

from __future__ import annotations

import re
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import DataTable, Static

from millpond.tui.client import ApiError, as_map, to_dt
from millpond.tui.screens.base import DashScreen
from millpond.tui.widgets import age, clip, human, state

ORDER = {"firing": 0, "pending": 1, "resolved": 2}
HIDDEN_LABELS = ("alertname", "severity")
"""Labels every instance carries that other columns already show."""
PREFIX = re.compile(r"^[A-Z][a-z]+ Error: ")
"""DuckDB's error class ("Catalog Error: "), dropped where room is short: the rest says what is wrong."""
HEALTH_STYLE = {"ok": "green", "error": "bold white on red", "unknown": "dim"}


def instance_labels(v: object) -> str:
    return ", ".join(f"{k}={x}" for k, x in sorted(as_map(v).items()) if k not in HIDDEN_LABELS)


def _seconds(v: Any) -> str:
    try:
        return age(float(v))
    except (TypeError, ValueError):
        return "-"


class AlertsScreen(DashScreen):
    MODE = "alerts"

    def body(self) -> ComposeResult:
        yield Static(id="alerts-status")
        yield DataTable(id="rules", cursor_type="row", zebra_stripes=True)
        yield DataTable(id="instances", cursor_type="row", zebra_stripes=True)
        yield DataTable(id="history", cursor_type="row")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#rules", DataTable).border_title = "Rules"
        i = self.query_one("#instances", DataTable)
        i.add_columns("rule", "state", "severity", "instance", "value", "age")
        i.border_title = "Instances (newest state)"
        h = self.query_one("#history", DataTable)
        h.add_columns("time", "rule", "state", "instance", "value")
        h.border_title = "History"
        i.focus()

    async def rules(self) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        """The rules and the evaluator's state; ``([], {})`` when the appliance has no alerts route."""
        try:
            live = await self.dash.client.alerts()
        except ApiError:
            return [], {}
        return [r for r in live.get("rules", []) if isinstance(r, dict)], live

    async def load(self) -> None:
        now = self.dash.clock()
        rules, live = await self.rules()
        inst = await self.q(
            "SELECT rule, labels, arg_max(state, ts) AS state, arg_max(value, ts) AS value, "
            "arg_max(severity, ts) AS severity, max(ts) AS changed FROM alerts GROUP BY rule, labels LIMIT 500")
        inst.sort(key=lambda r: (ORDER.get(r["state"], 3), r["rule"], instance_labels(r["labels"])))
        self._rules(rules, inst)
        t = self.query_one("#instances", DataTable)
        t.clear()
        for r in inst:
            changed = to_dt(r["changed"])
            t.add_row(r["rule"], state(r["state"]), r["severity"] or "-", clip(instance_labels(r["labels"]), 40), human(r["value"], 2),
                      age(now - changed.timestamp()) if changed else "-")
        if not inst:
            t.add_row(Text("(none)", style="dim"), "", "", "", "", "")
        hist = await self.q("SELECT ts, rule, state, labels, value FROM alerts ORDER BY ts DESC LIMIT 200")
        h = self.query_one("#history", DataTable)
        h.clear()
        for r in hist:
            ts = to_dt(r["ts"])
            h.add_row(f"{ts:%m-%d %H:%M:%S}" if ts else "-", r["rule"], state(r["state"]), clip(instance_labels(r["labels"]), 40), human(r["value"], 2))
        firing = sum(1 for r in inst if r["state"] == "firing")
        pending = sum(1 for r in inst if r["state"] == "pending")
        failing = sum(1 for r in rules if r.get("health") == "error")
        s = Text()
        s.append(f" {firing} firing", style="bold red" if firing else "green")
        s.append(f"   {pending} pending", style="yellow" if pending else "dim")
        n_rules = len(rules) or len({r["rule"] for r in inst})
        s.append(f"   {n_rules} rules")
        s.append(f" ({failing} failing)" if failing else "", style="bold red")
        if live.get("interval"):
            s.append(f"   checked every {human(float(live['interval']))}s", style="dim")
        self.query_one("#alerts-status", Static).update(s)

    def _rules(self, rules: list[dict[str, Any]], inst: list[dict[str, Any]]) -> None:
        """Broken rules first, then by firing and pending instances. Narrow: no severity, ``for`` or SQL,
        so the reason a rule fails fits."""
        wide = self.has_class("-wide")
        table = self.query_one("#rules", DataTable)
        table.clear(columns=True)
        table.add_columns("rule", "health", *(("severity", "for") if wide else ()), "firing", "pending",
                          "problem · query" if wide else "problem")
        if not rules:  # no alerts route: the rules seen in the table, health unknown
            rules = [{"name": n, "health": "unknown"} for n in sorted({r["rule"] for r in inst})]
            for r in rules:
                r["firing"] = sum(1 for i in inst if i["rule"] == r["name"] and i["state"] == "firing")
                r["pending"] = sum(1 for i in inst if i["rule"] == r["name"] and i["state"] == "pending")
        order = {"error": 0, "ok": 1}
        for r in sorted(rules, key=lambda r: (order.get(str(r.get("health")), 2), -int(r.get("firing") or 0),
                                              -int(r.get("pending") or 0), str(r.get("name")))):
            health = str(r.get("health") or "unknown")
            firing, pending = int(r.get("firing") or 0), int(r.get("pending") or 0)
            problem = PREFIX.sub("", str(r.get("error") or ""))
            table.add_row(
                Text(str(r.get("name")), style="bold"), Text(health.upper(), style=HEALTH_STYLE.get(health, "")),
                *((str(r.get("severity") or "-"), _seconds(r.get("for"))) if wide else ()),
                Text(str(firing), style="bold red" if firing else "dim"), Text(str(pending), style="yellow" if pending else "dim"),
                Text(clip(problem, 100 if wide else 32), style="red") if problem
                else Text(clip(r.get("sql") or "", 100) if wide else "", style="dim"))
        if not rules:
            table.add_row(Text("(no rules)", style="dim"), *[""] * (len(table.columns) - 1))
