"""Metrics: find a series by name or label, chart it over a chosen range; and the
IoT devices as a table of last readings with their staleness."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Input, Static, TabbedContent, TabPane
from textual_plotext import PlotextPlot

from millpond.tui.client import ApiError, Unreachable, as_map, sql_str, sql_ts, to_dt
from millpond.tui.screens.base import DashScreen
from millpond.tui.widgets import age, clip, human

RANGES = [(900, "15m"), (3600, "1h"), (6 * 3600, "6h"), (24 * 3600, "24h"), (7 * 86400, "7d")]
POINTS = 120
STALE_S = 120
MAX_SERIES = 300


def labels_text(labels: Any, skip: tuple[str, ...] = ()) -> str:
    return ",".join(f"{k}={v}" for k, v in sorted(as_map(labels).items()) if k not in skip)


def label_values(labels: Any) -> str:
    """Compact: just the values, most telling first (device, host, instance…)."""
    m = as_map(labels)
    first = [m.pop(k) for k in ("device", "host", "instance", "service") if k in m]
    return ",".join(first + [v for _, v in sorted(m.items())])


class MetricsScreen(DashScreen):
    MODE = "metrics"
    BINDINGS = [
        Binding("r", "range", "Range"),
        Binding("slash", "focus_search", "Search"),
        Binding("d", "tab('devices')", "Devices"),
        Binding("s", "tab('series')", "Series"),
        Binding("escape", "tab('series')", "Leave search", show=False),
    ]

    def body(self) -> ComposeResult:
        with TabbedContent(initial="series", id="metrics-tabs"):
            with TabPane("Series", id="series"):
                with Horizontal(id="series-split"):
                    with Vertical(id="series-left"):
                        yield Input(placeholder="search name or label…", id="series-search")
                        yield DataTable(id="series-table", cursor_type="row")
                    with Vertical(id="series-right"):
                        yield Static(id="chart-title")
                        yield PlotextPlot(id="chart")
            with TabPane("Devices", id="devices"):
                yield Static(id="devices-status")
                yield DataTable(id="devices-table", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        super().on_mount()
        self.range_i = 1
        self.search = ""
        self.series: list[dict[str, Any]] = []
        self.selected: dict[str, Any] | None = None
        self.chart_rows: list[dict[str, Any]] = []
        self.charted: tuple[str, str] | None = None
        """``(name, labels)`` of the series the chart shows now (tests wait on it)."""
        self.query_one("#series-table", DataTable).add_columns("last", "series")
        self.query_one("#devices-table", DataTable).add_columns("device", "sensor", "°C", "humidity", "battery", "last seen", "status")
        self.query_one("#series-table", DataTable).focus()

    @property
    def range_s(self) -> int:
        return RANGES[self.range_i][0]

    async def load(self) -> None:
        if self.query_one(TabbedContent).active == "devices":
            await self.load_devices()
        else:
            await self.load_series()
            await self.load_chart()

    async def load_series(self) -> None:
        now = self.dash.clock()
        cond = f"ts > {sql_ts(now - self.range_s)}"
        if self.search:
            like = sql_str("%" + self.search.replace("%", "") + "%")
            cond += f" AND (name ILIKE {like} OR CAST(labels AS VARCHAR) ILIKE {like})"
        rows = await self.q(
            "SELECT name, CAST(labels AS VARCHAR) AS lkey, any_value(labels) AS labels, arg_max(value, ts) AS last "
            f"FROM metrics WHERE {cond} GROUP BY name, CAST(labels AS VARCHAR) ORDER BY name, lkey LIMIT {MAX_SERIES}")
        if [(r["name"], r["lkey"], r["last"]) for r in rows] == [(r["name"], r["lkey"], r["last"]) for r in self.series]:
            return
        self.series = rows
        table = self.query_one("#series-table", DataTable)
        keep = table.cursor_row
        table.clear()
        for r in rows:
            table.add_row(Text(human(r["last"], 2), justify="right"),
                          Text.assemble((r["name"], "bold"), " ", (clip(label_values(r["labels"]), 40), "dim")))
        if rows:
            table.move_cursor(row=min(keep, len(rows) - 1), animate=False)
            if self.selected is None:
                self.selected = rows[min(keep, len(rows) - 1)]

    async def load_chart(self) -> None:
        sel = self.selected
        if sel is None:
            self._draw(None, [], "no series in this range")
            return
        now = self.dash.clock()
        bucket = max(1, self.range_s // POINTS)
        rows = await self.q(
            f"SELECT epoch(time_bucket(INTERVAL '{bucket} seconds', ts)) AS t, avg(value) AS v "
            f"FROM metrics WHERE name = {sql_str(sel['name'])} AND CAST(labels AS VARCHAR) = {sql_str(sel['lkey'])} "
            f"AND ts > {sql_ts(now - self.range_s)} GROUP BY 1 ORDER BY 1")
        if sel is not self.selected:
            return  # another series was picked while this one loaded: its own load draws it
        self.chart_rows = rows
        self._draw(sel, rows, "")

    def _draw(self, sel: dict[str, Any] | None, rows: list[dict[str, Any]], empty: str) -> None:
        """Chart ``rows`` of ``sel`` (title and line always of the same series)."""
        now = self.dash.clock()
        plot = self.query_one("#chart", PlotextPlot)
        plt = plot.plt
        plt.clear_data()
        plt.clear_figure()
        self.charted = (sel["name"], sel["lkey"]) if sel else None
        title = Text()
        title.append(f"last {RANGES[self.range_i][1]} (r) ", style="italic")
        if sel:
            title.append(sel["name"], style="bold")
            title.append(f" {clip(labels_text(sel['labels']), 90)}", style="dim")
        self.query_one("#chart-title", Static).update(title)
        if rows:
            xs = [(float(r["t"]) - now) / 60 for r in rows]
            plt.plot(xs, [float(r["v"]) for r in rows], marker="braille", color="cyan")
            plt.xlabel("minutes ago")
            plt.xlim(-self.range_s / 60, 0)
        else:
            plt.title(empty or "no points")
        plt.theme("clear")
        plot.refresh()

    async def load_devices(self) -> None:
        now = self.dash.clock()
        rows = await self.q(
            "SELECT labels['device'] AS device, any_value(labels['sensor']) AS sensor, "
            "arg_max(value, ts) FILTER (WHERE name = 'temperature') AS temperature, "
            "arg_max(value, ts) FILTER (WHERE name = 'humidity') AS humidity, "
            "arg_max(value, ts) FILTER (WHERE name = 'battery') AS battery, max(ts) AS last "
            "FROM metrics WHERE labels['device'] IS NOT NULL AND (labels['sensor'] IS NOT NULL OR labels['unit'] IS NOT NULL) "
            f"AND ts > {sql_ts(now - 24 * 3600)} "
            "GROUP BY 1 ORDER BY 1")
        table = self.query_one("#devices-table", DataTable)
        keep = table.cursor_row
        table.clear()
        stale = 0
        for r in rows:
            last = to_dt(r["last"])
            lag = now - last.timestamp() if last else None
            silent = lag is not None and lag > STALE_S
            stale += silent
            temp = r["temperature"]
            table.add_row(
                Text(str(r["device"]), style="bold red" if silent else ""), r["sensor"] or "-",
                Text(f"{temp:.1f}" if temp is not None else "-", style="bold red" if temp is not None and temp > 30 else ""),
                f"{r['humidity']:.0f}%" if r["humidity"] is not None else "-",
                Text(f"{r['battery']:.2f} V" if r["battery"] is not None else "-", style="yellow" if (r["battery"] or 9) < 3.5 else ""),
                age(lag), Text("SILENT", style="bold white on red") if silent else Text("ok", style="green"))
        if rows:
            table.move_cursor(row=min(keep, len(rows) - 1), animate=False)
        t = Text()
        t.append(f" {len(rows)} devices", style="bold")
        t.append(f"   {stale} silent for more than {STALE_S}s" if stale else "   all reporting", style="bold red" if stale else "green")
        self.query_one("#devices-status", Static).update(t)

    @on(DataTable.RowHighlighted, "#series-table")
    def _pick(self, event: DataTable.RowHighlighted) -> None:
        if 0 <= event.cursor_row < len(self.series):
            new = self.series[event.cursor_row]
            if self.selected is None or (new["name"], new["lkey"]) != (self.selected["name"], self.selected["lkey"]):
                self.selected = new
                self.refresh_chart()

    @work(exclusive=True, group="chart", exit_on_error=False)
    async def refresh_chart(self) -> None:
        try:
            await self.load_chart()
        except (Unreachable, ApiError) as e:
            self._draw(self.selected, [], str(e))

    @on(Input.Submitted, "#series-search")
    def _search(self, event: Input.Submitted) -> None:
        self.search = event.value.strip()
        self.selected = None
        self.series = []
        self.call_after_refresh(self.query_one("#series-table", DataTable).focus)
        self.poll()

    @on(TabbedContent.TabActivated)
    def _tab(self) -> None:
        self.poll()

    def action_tab(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab
        # focus follows the tab: a focused widget left in the hidden pane would switch it back
        self.query_one("#devices-table" if tab == "devices" else "#series-table", DataTable).focus()

    def action_range(self) -> None:
        self.range_i = (self.range_i + 1) % len(RANGES)
        self.series = []
        self.poll()

    def action_focus_search(self) -> None:
        self.action_tab("series")
        self.query_one("#series-search", Input).focus()
