"""Patterns: the log templates the online miner found, top by count or by growth,
new ones highlighted; Enter shows a pattern's lines on the Logs screen."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static

from millpond.tui.client import sql_ts, to_dt
from millpond.tui.messages import ShowPattern
from millpond.tui.screens.base import DashScreen
from millpond.tui.widgets import age, human

SORTS = [("count", "count DESC"), ("growth", "recent - prev DESC, recent DESC"), ("newest", "first_seen DESC")]
WINDOW_S = 300
NEW_S = 600
LIMIT = 200


class PatternsScreen(DashScreen):
    MODE = "patterns"
    BINDINGS = [Binding("s", "sort", "Sort")]

    def body(self) -> ComposeResult:
        yield Static(id="patterns-status")
        yield DataTable(id="patterns", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        super().on_mount()
        self.sort_i = 0
        self.rows: list[dict[str, Any]] = []
        t = self.query_one("#patterns", DataTable)
        self._columns(t, 8, 0)
        t.focus()

    @staticmethod
    def _columns(table: DataTable, template_width: int, id_width: int) -> None:
        """Fixed widths, the template column sized to its longest entry (no shifting between redraws).

        Pattern ids are 64-bit hashes (19 digits): shown whole or not at all (a
        clipped id would be a wrong id); ``id_width`` 0 leaves the column out.
        """
        table.clear(columns=True)
        if id_width:
            table.add_column("id", width=id_width)
        table.add_column("count", width=7)
        table.add_column("5m", width=6)
        table.add_column("Δ", width=6)
        table.add_column("age", width=6)
        table.add_column("template", width=template_width)

    async def load(self) -> None:
        now = self.dash.clock()
        recent, prev = sql_ts(now - WINDOW_S), sql_ts(now - 2 * WINDOW_S)
        rows = await self.q(
            "WITH w AS (SELECT pattern_id, "
            f"count(*) FILTER (WHERE ts > {recent}) AS recent, count(*) FILTER (WHERE ts <= {recent}) AS prev "
            f"FROM logs WHERE ts > {prev} AND pattern_id IS NOT NULL GROUP BY 1) "
            "SELECT p.pattern_id, p.count, coalesce(w.recent, 0) AS recent, coalesce(w.prev, 0) AS prev, "
            "p.first_seen, p.last_seen, p.template FROM log_patterns p LEFT JOIN w USING (pattern_id) "
            f"ORDER BY {SORTS[self.sort_i][1]}, p.pattern_id LIMIT {LIMIT}")
        table = self.query_one("#patterns", DataTable)
        if rows != self.rows:
            keep = table.cursor_row
            self.rows = rows
            id_width = max((len(str(r["pattern_id"])) for r in rows), default=2) if self.has_class("-wide") else 0
            self._columns(table, max((len(str(r["template"])) + 4 for r in rows), default=8), id_width)
            for r in rows:
                first = to_dt(r["first_seen"])
                fresh = first is not None and now - first.timestamp() < NEW_S
                growth = int(r["recent"]) - int(r["prev"])
                table.add_row(
                    *([str(r["pattern_id"])] if id_width else []), human(r["count"]), human(r["recent"]),
                    Text(f"{growth:+d}", style="bold red" if growth > 50 else "green" if growth < 0 else ""),
                    Text(age(now - first.timestamp()) if first else "-", style="bold magenta" if fresh else "dim"),
                    Text.assemble(("NEW ", "bold black on magenta") if fresh else "", str(r["template"])),
                )
            if rows:
                table.move_cursor(row=min(keep, len(rows) - 1), animate=False)
        n_new = sum(1 for r in rows if (d := to_dt(r["first_seen"])) and now - d.timestamp() < NEW_S)
        t = Text()
        t.append(f" {len(rows)} patterns", style="bold")
        t.append(f"   sorted by {SORTS[self.sort_i][0]} (s)")
        t.append(f"   {n_new} new in the last {NEW_S // 60} min" if n_new else "", style="bold magenta")
        t.append("   Enter: show lines", style="dim")
        self.query_one("#patterns-status", Static).update(t)

    def on_resize(self) -> None:
        if self.rows and self.has_class("-wide") != (self.query_one("#patterns", DataTable).ordered_columns[0].label.plain == "id"):
            self.rows = []  # the id column comes and goes with the width: redraw
            self.poll()

    def action_sort(self) -> None:
        self.sort_i = (self.sort_i + 1) % len(SORTS)
        self.rows = []
        self.poll()

    @on(DataTable.RowSelected, "#patterns")
    def action_open(self) -> None:
        table = self.query_one("#patterns", DataTable)
        if self.rows and table.cursor_row < len(self.rows):
            self.post_message(ShowPattern(int(self.rows[table.cursor_row]["pattern_id"])))
