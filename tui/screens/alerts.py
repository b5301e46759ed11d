"""Alerts: every rule's instances with state and age, and the history of changes
(the ``alerts`` table: one row per change)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import DataTable, Static

from millpond.tui.client import as_map, to_dt
from millpond.tui.screens.base import DashScreen
from millpond.tui.widgets import age, clip, human, state

ORDER = {"firing": 0, "pending": 1, "resolved": 2}


def _labels(v: object) -> str:
    return ", ".join(f"{k}={x}" for k, x in sorted(as_map(v).items()) if k != "alertname")


class AlertsScreen(DashScreen):
    MODE = "alerts"

    def body(self) -> ComposeResult:
        yield Static(id="alerts-status")
        yield DataTable(id="instances", cursor_type="row", zebra_stripes=True)
        yield DataTable(id="history", cursor_type="row")

    def on_mount(self) -> None:
        super().on_mount()
        i = self.query_one("#instances", DataTable)
        i.add_columns("rule", "state", "severity", "instance", "value", "age")
        i.border_title = "Instances (newest state)"
        h = self.query_one("#history", DataTable)
        h.add_columns("time", "rule", "state", "instance", "value")
        h.border_title = "History"
        i.focus()

    async def load(self) -> None:
        now = self.dash.clock()
        inst = await self.q(
            "SELECT rule, labels, arg_max(state, ts) AS state, arg_max(value, ts) AS value, "
            "arg_max(severity, ts) AS severity, max(ts) AS changed FROM alerts GROUP BY rule, labels LIMIT 500")
        inst.sort(key=lambda r: (ORDER.get(r["state"], 3), r["rule"], _labels(r["labels"])))
        t = self.query_one("#instances", DataTable)
        t.clear()
        for r in inst:
            changed = to_dt(r["changed"])
            t.add_row(r["rule"], state(r["state"]), r["severity"] or "-", clip(_labels(r["labels"]), 40), human(r["value"], 2),
                      age(now - changed.timestamp()) if changed else "-")
        if not inst:
            t.add_row(Text("(none)", style="dim"), "", "", "", "", "")
        hist = await self.q("SELECT ts, rule, state, labels, value FROM alerts ORDER BY ts DESC LIMIT 200")
        h = self.query_one("#history", DataTable)
        h.clear()
        for r in hist:
            ts = to_dt(r["ts"])
            h.add_row(f"{ts:%m-%d %H:%M:%S}" if ts else "-", r["rule"], state(r["state"]), clip(_labels(r["labels"]), 40), human(r["value"], 2))
        firing = sum(1 for r in inst if r["state"] == "firing")
        pending = sum(1 for r in inst if r["state"] == "pending")
        s = Text()
        s.append(f" {firing} firing", style="bold red" if firing else "green")
        s.append(f"   {pending} pending", style="yellow" if pending else "dim")
        s.append(f"   {len({r['rule'] for r in inst})} rules with instances   {len(hist)} changes shown", style="dim")
        self.query_one("#alerts-status", Static).update(s)
