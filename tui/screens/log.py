"""Log: the partitioned log's topics, partitions, offsets and sizes, and every
consumer group's committed offsets and lag (``GET /api/v1/log``)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import DataTable

from millpond.tui.client import to_dt
from millpond.tui.sampler import parse_log_info
from millpond.tui.screens.base import DashScreen
from millpond.tui.widgets import human, human_bytes


class LogScreen(DashScreen):
    MODE = "log"

    def body(self) -> ComposeResult:
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
            p.add_row(x.topic, str(x.partition), f"{x.start_offset:,}", f"{x.end_offset:,}", human(x.end_offset - x.start_offset),
                      human_bytes(x.size_bytes), str(x.segments), f"{dt:%H:%M:%S}" if dt else "-")
        g = self.query_one("#groups", DataTable)
        g.clear()
        for x in sorted(lags, key=lambda x: (x.group, x.topic, x.partition)):
            style = "bold red" if x.lag > 100_000 else "yellow" if x.lag > 1000 else "green"
            g.add_row(x.group, x.topic, str(x.partition), "-" if x.committed is None else f"{x.committed:,}",
                      "-" if x.end_offset is None else f"{x.end_offset:,}", Text(f"{x.lag:,}", style=style))
        if not lags:
            g.add_row(Text("(none)", style="dim"), "", "", "", "", "")
