"""SQL: an editor with history, results in a data table, errors shown inline.

``ctrl+r`` (or F5) runs the statement; ``ctrl+up``/``ctrl+down`` walk the history.
The appliance accepts only read statements, with time and row limits.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static, TextArea

from millpond.tui.client import ApiError, Unreachable, as_map
from millpond.tui.screens.base import DashScreen
from millpond.tui.widgets import clip

SHOWN_ROWS = 5000
HISTORY = 100
START = "SELECT service, severity, count(*) AS n\nFROM logs\nGROUP BY ALL\nORDER BY n DESC, service, severity\nLIMIT 20"


def cell(v: Any) -> str | Text:
    if v is None:
        return Text("NULL", style="dim italic")
    if isinstance(v, dict | list):
        m = as_map(v)
        return clip(", ".join(f"{k}={x}" for k, x in m.items()) if m else str(v), 80)
    if isinstance(v, float):
        return Text(f"{v:.6g}", justify="right")
    if isinstance(v, int):
        return Text(str(v), justify="right")
    return clip(v, 120)


class SqlScreen(DashScreen):
    MODE = "sql"
    BINDINGS = [
        Binding("ctrl+r,f5", "run", "Run"),
        Binding("ctrl+up", "history(-1)", "Prev", show=True),
        Binding("ctrl+down", "history(1)", "Next", show=True),
    ]

    def body(self) -> ComposeResult:
        yield TextArea(START, id="editor", language=None, soft_wrap=True, show_line_numbers=False)
        yield Static(Text(" ctrl+r run · ctrl+↑/↓ history", style="dim"), id="sql-status")
        yield DataTable(id="result", cursor_type="cell", zebra_stripes=True)

    def on_mount(self) -> None:
        super().on_mount()
        self.history: list[str] = []
        self.hist_i = 0
        self.query_one("#editor", TextArea).focus()
        self.action_run()  # a first result, so the screen never opens empty

    async def load(self) -> None:
        """Nothing to poll: results change when the operator runs a query."""

    def run_sql(self, sql: str) -> None:
        self.query_one("#editor", TextArea).text = sql
        self.action_run()

    def action_history(self, step: int) -> None:
        if not self.history:
            return
        self.hist_i = max(0, min(len(self.history), self.hist_i + step))
        editor = self.query_one("#editor", TextArea)
        editor.text = self.history[self.hist_i] if self.hist_i < len(self.history) else ""

    @work(exclusive=True, group="sql", exit_on_error=False)
    async def action_run(self) -> None:
        sql = self.query_one("#editor", TextArea).text.strip()
        if not sql:
            return
        if not self.history or self.history[-1] != sql:
            self.history = (self.history + [sql])[-HISTORY:]
        self.hist_i = len(self.history)
        status = self.query_one("#sql-status", Static)
        status.update(Text(" running…", style="italic"))
        table = self.query_one("#result", DataTable)
        try:
            res = await self.dash.client.query(sql)
        except ApiError as e:
            table.clear(columns=True)
            status.update(Text.assemble((" ✗ ", "bold white on red"), (f" {e}", "bold red")))
            status.add_class("-error")
            return
        except Unreachable as e:
            self.dash.mark_down(str(e))
            status.update(Text(f" ✗ appliance unreachable: {e}", style="bold red"))
            return
        status.remove_class("-error")
        table.clear(columns=True)
        for name, typ in zip(res.columns, res.types, strict=False):
            table.add_column(Text.assemble((name, "bold"), (f" {typ.lower()}" if typ else "", "dim")), key=name)
        for row in res.rows[:SHOWN_ROWS]:
            table.add_row(*(cell(v) for v in row))
        more = f" (first {SHOWN_ROWS:,} shown)" if len(res.rows) > SHOWN_ROWS else ""
        status.update(Text(f" ✓ {len(res.rows):,} rows{more} in {res.elapsed_ms:.0f} ms", style="green"))
