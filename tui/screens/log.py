"""Log: the partitioned log's topics, partitions, offsets and sizes, and every
consumer group's committed offsets and lag (``GET /api/v1/log``)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Container
from textual.widgets import DataTable

from millpond.tui.client import to_dt
from millpond.tui.sampler import parse_log_info
from millpond.tui.screens.base import DashScreen
from millpond.tui.widgets import human, human_bytes


def _num(v: int | str | None) -> Text:
    """A number right-aligned (offsets line up by digit); ``-`` for none."""
    return Text("-" if v is None else f"{v:,}" if isinstance(v, int) else v, justify="right")


class LogScreen(DashScreen):
    MODE = "log"

    def body(self) -> ComposeResult:
        with Container(id="log-grid"):  # stacked below 120 columns, side by side from there (app.tcss)
            yield DataTable(id="partitions", cursor_type="row", zebra_stripes=True)
            yield DataTable(id="groups", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        super().on_mount()
        p = self.query_one("#partitions", DataTable)
        p.add_columns("topic", "part", "start", "end", "records", "size", "segs", "newest")
        p.border_title = "Topics and partitions"
        g = self.query_one("#groups", DataTable)
        g.add_columns("consumer group", "topic", "part", "committed", "end", "lag")
        g.border_title = "Consumer groups"
        p.focus()

    async def load(self) -> None:
        parts, lags = parse_log_info(await self.dash.client.log_info())
        p = self.query_one("#partitions", DataTable)
        p.clear()
        for x in sorted(parts, key=lambda x: (x.topic, x.partition)):
            last = x.last_ts
            dt = to_dt(last / 1e6 if isinstance(last, int | float) and last > 1e14 else last)
            p.add_row(x.topic, _num(x.partition), _num(x.start_offset), _num(x.end_offset), _num(human(x.end_offset - x.start_offset)),
                      _num(human_bytes(x.size_bytes)), _num(x.segments), f"{dt:%H:%M:%S}" if dt else "-")
        g = self.query_one("#groups", DataTable)
        g.clear()
        for x in sorted(lags, key=lambda x: (x.group, x.topic, x.partition)):
            style = "bold red" if x.lag > 100_000 else "yellow" if x.lag > 1000 else "green"
            g.add_row(x.group, x.topic, _num(x.partition), _num(x.committed), _num(x.end_offset),
                      Text(f"{x.lag:,}", style=style, justify="right"))
        if not lags:
            g.add_row(Text("(none)", style="dim"), "", "", "", "", "")
