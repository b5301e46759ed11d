"""End to end: Pilot drives every screen against a real `millpond run`, fed the
sample data through its real protocols (replay: syslog, forward, HTTP, line
protocol, remote_write, OTLP) and, for live numbers, the demo's stream.

One appliance serves the whole module (started once, data fed once); the dead
appliance test has its own, which it kills and brings back.
"""

from __future__ import annotations

import asyncio
import json
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import aiohttp
import pytest
from live_appliance import LiveAppliance
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Static, TextArea
from tui_helpers import loaded as _loaded
from tui_helpers import open_pattern
from tui_helpers import until as _until

from millpond.commands.replay import replay_all
from millpond.demo_stream import StreamStats, stream
from millpond.tui.app import MillpondApp
from millpond.tui.screens.alerts import AlertsScreen
from millpond.tui.screens.base import DashScreen
from millpond.tui.screens.log import LogScreen
from millpond.tui.screens.logs import LogDetail, LogsScreen
from millpond.tui.screens.metrics import STALE_S, MetricsScreen
from millpond.tui.screens.overview import OverviewScreen
from millpond.tui.screens.patterns import PatternsScreen
from millpond.tui.screens.sql import SqlScreen
from millpond.tui.widgets import Banner

SAMPLES = Path(__file__).resolve().parents[2] / "sample-data"
FILES = ["app.jsonl", "syslog-rfc5424.log", "syslog-rfc3164.log", "access.log", "iot-sensors.jsonl", "telegraf.lp",
         "node-exporter.prom", "otlp-logs.json", "otlp-metrics.json"]
LOG_KINDS = ("jsonlogs", "syslog5424", "syslog3164", "access", "otlp-logs")
NARROW, WIDE = (80, 24), (120, 36)
SEVERE = {"error", "critical", "alert", "emergency"}
BRAILLE = {chr(c) for c in range(0x2801, 0x2900)}


until = partial(_until, timeout=20.0)
loaded = partial(_loaded, timeout=20.0)
"""A real appliance on a busy two-core box answers slower than the fixture server: more time per wait."""


@dataclass
class Fed:
    """The module's appliance and what was fed to it."""

    appliance: LiveAppliance
    log_lines: int

    @property
    def url(self) -> str:
        return self.appliance.url


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fed]:
    """Start the appliance, replay every sample file into it, wait until lines, patterns and alerts are there."""
    appliance = LiveAppliance(tmp_path_factory.mktemp("live")).start()
    try:
        results = asyncio.run(replay_all(appliance.targets, [SAMPLES / f for f in FILES]))
        assert all(r.errors == 0 for r in results), [r.message for r in results]
        assert all(r.acked in (None, r.records) for r in results)
        want = sum(r.records for r in results if r.kind in LOG_KINDS)
        appliance.wait_for("SELECT count(*) FROM logs", lambda n: n >= want, what=f"{want} log lines queryable")
        appliance.wait_for("SELECT count(*) FROM log_patterns", lambda n: n >= 20, what="patterns mined")
        appliance.wait_for("SELECT count(DISTINCT rule || state) FROM alerts WHERE (rule, state) IN "
                           "(('HotSensor', 'firing'), ('ErrorsLingering', 'pending'))", lambda n: n == 2,
                           what="HotSensor firing and ErrorsLingering pending")
        yield Fed(appliance, want)
    finally:
        status = appliance.stop()
    assert status == 0, appliance.run_log.read_text()


def dashboard(live: Fed) -> MillpondApp:
    return MillpondApp(live.url, poll_interval=0.5)


def cells(table: DataTable, column: int) -> list[str]:
    return [str(table.get_row_at(i)[column]) for i in range(table.row_count)]


def rows_of(table: DataTable) -> list[list[str]]:
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


async def by_key(pilot: Pilot, key: str, cls: type[DashScreen]) -> DashScreen:
    """Switch screens the operator's way (a number key) and wait until the screen has loaded without a refused query."""
    app = pilot.app
    app.set_focus(None)  # number keys reach the app from anywhere but a text box
    await pilot.press(key)
    await until(pilot, lambda: isinstance(app.screen, cls), what=cls.__name__)
    screen = await loaded(pilot)
    assert screen.problems == [], (cls.__name__, screen.problems)
    return screen


async def post_line(url: str, line: dict[str, str]) -> None:
    """One log line through the JSON logs endpoint; 204 means durable."""
    async with aiohttp.ClientSession() as http, http.post(url + "/api/v1/logs", data=json.dumps(line)) as r:
        assert r.status == 204, await r.text()


async def filter_logs(pilot: Pilot, screen: LogsScreen, text: str) -> None:
    """Type a filter and press Enter, as an operator does."""
    box = screen.query_one("#filter", Input)
    box.focus()
    box.value = text
    await pilot.press("enter")


async def test_overview_shows_live_rates_totals_and_the_firing_alert(live: Fed) -> None:
    """With the demo stream sending, receivers show non-zero rates; totals, topics and the firing alert are there."""
    stats, stop = StreamStats(), asyncio.Event()
    sending = asyncio.create_task(stream(live.appliance.targets, [SAMPLES / "app.jsonl", SAMPLES / "telegraf.lp"],
                                         speed=60, stats=stats, stop=stop))
    app = dashboard(live)
    try:
        async with app.run_test(size=WIDE) as pilot:
            screen = await loaded(pilot)
            assert isinstance(screen, OverviewScreen) and screen.problems == []
            rec = screen.query_one("#receivers", DataTable)

            def rate(receiver: str) -> str:
                names = cells(rec, 0)
                return cells(rec, 1)[names.index(receiver)] if receiver in names else "-"

            summary = screen.query_one("#summary", Static)
            await until(pilot, lambda: rate("http_logs") not in ("-", "0") and rate("influx") not in ("-", "0")
                        and "in 0/s" not in str(summary.render()), timeout=20, what="non-zero rates of the streamed receivers")
            assert stats.total > 0 and not stats.errors, stats.last_error
            totals = dict(zip(cells(rec, 0), cells(rec, 3), strict=True))
            assert {"forward", "http_logs", "influx", "otlp", "remote_write", "syslog"} <= set(totals)
            assert totals["forward"] == "2.6k" and totals["remote_write"] == "900"  # what replay sent, acked
            topics = screen.query_one("#topics", DataTable)
            assert cells(topics, 0) == ["logs", "metrics"]
            assert all(n not in ("0", "-") for n in cells(topics, 4))
            assert "healthy" in str(summary.render())
            await until(pilot, lambda: "HotSensor" in cells(screen.query_one("#firing", DataTable), 0), what="firing alert")
            firing = screen.query_one("#firing", DataTable)
            hot = [r for r in rows_of(firing) if r[0] == "HotSensor"]
            assert {r[1] for r in hot} == {"FIRING"} and any("greenhouse-07" in r[2] for r in hot)
            assert any(r[0] == "ErrorsLingering" and r[1] == "PENDING" for r in rows_of(firing))
            await until(pilot, lambda: re.search(r"alerts [1-9]\d* firing", str(summary.render())), what="firing count in the summary")
    finally:
        stop.set()
        await sending


async def test_logs_live_tail_filters_and_details(live: Fed) -> None:
    """A line sent now appears in the followed tail; service, severity and text filters narrow the rows; Enter opens details."""
    app = dashboard(live)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await by_key(pilot, "2", LogsScreen)
        assert isinstance(screen, LogsScreen)
        table = screen.query_one("#lines", DataTable)
        assert len(screen.rows) == table.row_count == 300

        marker = f"marker-{uuid.uuid4().hex}"
        await post_line(live.url, {"service": "tui-e2e", "host": "pilot", "level": "error", "message": f"live tail {marker}",
                                   "order_id": "42"})
        await until(pilot, lambda: screen.rows and marker in screen.rows[-1]["message"], timeout=15, what="the new line in the tail")
        assert marker in str(table.get_row_at(table.row_count - 1)[4])

        table.focus()
        await pilot.press("f")  # paused: a newer line waits until the tail follows again
        assert not screen.following
        await post_line(live.url, {"service": "tui-e2e", "host": "pilot", "level": "info", "message": f"while paused {marker}"})
        n = screen.loads
        await until(pilot, lambda: screen.loads >= n + 2, what="two polls while paused")
        assert marker in screen.rows[-1]["message"] and "while paused" not in screen.rows[-1]["message"]
        await pilot.press("f")
        await until(pilot, lambda: screen.rows[-1]["message"] == f"while paused {marker}", what="the tail following again")

        await filter_logs(pilot, screen, marker)  # an id-like word: answered by the server's search() macro
        await until(pilot, lambda: sorted(r["message"] for r in screen.rows) == [f"live tail {marker}", f"while paused {marker}"],
                    what="the lines with that id")
        assert screen.filter.needle == marker

        await filter_logs(pilot, screen, "host:pilot")
        await until(pilot, lambda: len(screen.rows) == 2 and {r["host"] for r in screen.rows} == {"pilot"}, what="host filter")

        await filter_logs(pilot, screen, "service:payments")
        await until(pilot, lambda: screen.rows and all(r["service"] == "payments" for r in screen.rows), what="payments only")
        assert table.row_count == len(screen.rows) and set(cells(table, 3)) == {"payments"}

        await filter_logs(pilot, screen, "level:error+")
        await until(pilot, lambda: screen.rows and all(r["severity"] in SEVERE for r in screen.rows), what="error and worse")
        assert len({r["service"] for r in screen.rows}) > 2 and set(cells(table, 1)) <= {"ERROR", "CRIT", "ALERT", "EMERG"}

        await filter_logs(pilot, screen, "upstream")
        await until(pilot, lambda: screen.rows and all("upstream" in r["message"].lower() for r in screen.rows), what="text filter")
        assert 0 < len(screen.rows) < 300

        await filter_logs(pilot, screen, "service:tui-e2e level:error")  # the paused line is info: left out
        await until(pilot, lambda: len(screen.rows) == 1, what="just the line sent")
        assert marker in screen.rows[0]["message"]

        await filter_logs(pilot, screen, "service:checkout")
        await until(pilot, lambda: screen.rows and all(r["service"] == "checkout" for r in screen.rows), what="checkout only")
        target = next(i for i, r in enumerate(screen.rows) if r["pattern_id"] is not None and "trace_id" in str(r["attributes"]))
        pid = screen.rows[target]["pattern_id"]
        template = live.appliance.query(f"SELECT template FROM log_patterns WHERE pattern_id = {pid}")[0][0]
        table.focus()
        table.move_cursor(row=target)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, LogDetail), what="details")
        await pilot.pause()
        text = str(app.screen.query_one("#detail Static", Static).render())
        assert screen.rows[target]["message"] in text and "trace_id" in text
        assert f"#{pid}" in text and template in text
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.screen, LogsScreen), what="back on the tail")
        await until(pilot, lambda: screen.rows and all(r["pattern_id"] == pid for r in screen.rows), what="the pattern's lines")
        assert screen.query_one("#filter", Input).value == f"pattern:{pid}"


async def test_metrics_finds_a_series_draws_it_and_lists_devices(live: Fed) -> None:
    """Search by name and by label, the chart draws points; the devices tab shows each device's staleness."""
    app = dashboard(live)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await by_key(pilot, "3", MetricsScreen)
        assert isinstance(screen, MetricsScreen)
        assert len(screen.series) > 100
        box = screen.query_one("#series-search", Input)
        box.focus()
        box.value = "node_load1"
        await pilot.press("enter")
        await until(pilot, lambda: screen.series and all(s["name"] == "node_load1" for s in screen.series)
                    and screen.charted is not None and screen.charted[0] == "node_load1", what="a series found by name, charted")
        box.focus()
        box.value = "greenhouse-07"
        await pilot.press("enter")
        await until(pilot, lambda: screen.series and all("greenhouse-07" in s["lkey"] for s in screen.series), what="search by label")
        assert sorted(s["name"] for s in screen.series) == ["battery", "humidity", "temperature"]
        battery = next(s for s in screen.series if s["name"] == "battery")
        await until(pilot, lambda: screen.charted == ("battery", battery["lkey"]), what="the chart of greenhouse-07's battery")
        assert len(screen.chart_rows) > 20
        screen.query_one("#series-table", DataTable).focus()
        await pilot.press("r")  # 1h → 6h: the same series over a longer range
        await until(pilot, lambda: "last 6h" in str(screen.query_one("#chart-title", Static).render())
                    and screen.charted == ("battery", battery["lkey"]), what="the 6h chart")
        await pilot.pause()
        shot = app.export_screenshot()
        assert BRAILLE & set(shot), "the chart drew no line"
        assert "greenhouse-07" in str(screen.query_one("#chart-title", Static).render())

        box.focus()
        await pilot.press("escape", "d")
        devices = screen.query_one("#devices-table", DataTable)
        await until(pilot, lambda: devices.row_count == 36, what="36 devices")
        ages = dict(live.appliance.query("SELECT labels['device'], epoch(now()) - epoch(max(ts)) FROM metrics "
                                         "WHERE name = 'temperature' AND labels['device'] IS NOT NULL GROUP BY 1"))
        status = dict(zip(cells(devices, 0), cells(devices, 6), strict=True))
        assert status["coldroom-03"] == "SILENT" and ages["coldroom-03"] > STALE_S
        for device, age_s in ages.items():  # the table's verdict follows the data (a few seconds of slack)
            if abs(age_s - STALE_S) > 10:
                assert status[device] == ("SILENT" if age_s > STALE_S else "ok"), (device, age_s)
        assert "silent" in str(screen.query_one("#devices-status", Static).render())


async def test_patterns_lists_templates_with_whole_ids(live: Fed) -> None:
    """The miner's templates by count, each id whole (64-bit), Enter shows the pattern's lines."""
    app = dashboard(live)
    async with app.run_test(size=WIDE) as pilot:
        screen = await by_key(pilot, "4", PatternsScreen)
        assert isinstance(screen, PatternsScreen)
        await until(pilot, lambda: len(screen.rows) >= 20, what="templates")
        counts = [r["count"] for r in screen.rows]
        assert counts == sorted(counts, reverse=True)
        assert sum("<*>" in r["template"] for r in screen.rows) > 10
        table = screen.query_one("#patterns", DataTable)
        assert cells(table, 0) == [str(r["pattern_id"]) for r in screen.rows]
        assert str(table.get_row_at(0)[5]).endswith(screen.rows[0]["template"])
        await open_pattern(pilot, 1, timeout=20.0)


async def test_log_screen_shows_topics_partitions_groups_and_lag(live: Fed) -> None:
    """Topics × partitions with offsets; the pipeline's consumer group with committed offsets and lag."""
    app = dashboard(live)
    async with app.run_test(size=NARROW) as pilot:
        screen = await by_key(pilot, "5", LogScreen)
        parts = screen.query_one("#partitions", DataTable)
        groups = screen.query_one("#groups", DataTable)
        await until(pilot, lambda: parts.row_count == 8 and groups.row_count >= 8, what="partitions and groups")
        assert sorted(set(cells(parts, 0))) == ["logs", "metrics"] and sorted(cells(parts, 1)) == ["0", "0", "1", "1", "2", "2", "3", "3"]
        log_ends = sum(int(r[3].replace(",", "")) for r in rows_of(parts) if r[0] == "logs")
        assert log_ends >= live.log_lines
        pipeline = [r for r in rows_of(groups) if r[0] == "millpond-pipeline"]
        assert sorted((r[1], r[2]) for r in pipeline) == sorted((r[0], r[1]) for r in rows_of(parts))
        committed = [r for r in rows_of(groups) if r[3] != "-" and r[4] != "-"]
        assert committed, "no partition with a committed offset"
        for r in committed:
            assert int(r[5].replace(",", "")) == int(r[4].replace(",", "")) - int(r[3].replace(",", ""))


async def test_alerts_screen_shows_rules_and_a_firing_instance(live: Fed) -> None:
    """Rules with health (one broken), HotSensor FIRING for greenhouse-07 first, a pending one, and the history."""
    app = dashboard(live)
    async with app.run_test(size=NARROW) as pilot:
        screen = await by_key(pilot, "6", AlertsScreen)
        rules = {r[0]: r for r in rows_of(screen.query_one("#rules", DataTable))}
        assert set(rules) == {"HotSensor", "ErrorsLingering", "DiskFull"}
        # narrow: rule, health, firing, pending, problem
        assert rules["HotSensor"][1] == "OK" and int(rules["HotSensor"][2]) >= 1
        assert rules["ErrorsLingering"][1] == "OK" and int(rules["ErrorsLingering"][3]) >= 1
        assert rules["DiskFull"][1] == "ERROR" and "Table with name disk_used" in rules["DiskFull"][4]
        assert list(rules)[0] == "DiskFull"  # a broken rule is listed first
        inst = rows_of(screen.query_one("#instances", DataTable))
        assert inst[0][:2] == ["HotSensor", "FIRING"]
        assert ["HotSensor", "FIRING", "critical", "device=greenhouse-07"] in [r[:4] for r in inst]
        assert {r[1] for r in inst if r[0] == "ErrorsLingering"} == {"PENDING"}
        assert [r[1] for r in inst] == sorted((r[1] for r in inst), key=["FIRING", "PENDING"].index)
        hist = rows_of(screen.query_one("#history", DataTable))
        assert any(r[1] == "HotSensor" and r[2] == "FIRING" for r in hist)
        status = str(screen.query_one("#alerts-status", Static).render())
        assert "firing" in status and "3 rules" in status and "1 failing" in status


async def test_sql_shows_a_result_and_inline_errors(live: Fed) -> None:
    """A valid query fills the table; a bad one and a write are refused inline, the appliance still up."""
    app = dashboard(live)
    async with app.run_test(size=NARROW) as pilot:
        screen = await by_key(pilot, "7", SqlScreen)
        assert isinstance(screen, SqlScreen)
        status = screen.query_one("#sql-status", Static)
        result = screen.query_one("#result", DataTable)
        await until(pilot, lambda: result.row_count > 0, what="the first result")
        editor = screen.query_one("#editor", TextArea)
        editor.focus()
        editor.text = "SELECT service, count(*) AS n FROM logs WHERE service IN ('payments', 'checkout') GROUP BY 1 ORDER BY 1"
        await pilot.press("ctrl+r")
        await until(pilot, lambda: "✓ 2 rows" in str(status.render()), what="2 rows")
        assert cells(result, 0) == ["checkout", "payments"] and all(int(n) > 100 for n in cells(result, 1))
        editor.text = "SELECT nope FROM logs"
        await pilot.press("ctrl+r")
        await until(pilot, lambda: "✗" in str(status.render()), what="inline error")
        assert "nope" in str(status.render()) and status.has_class("-error") and result.row_count == 0
        editor.text = "DROP TABLE logs"
        await pilot.press("ctrl+r")
        await until(pilot, lambda: "✗" in str(status.render()) and "nope" not in str(status.render()), what="write refused")
        assert not app.down_reason
        assert live.appliance.query("SELECT count(*) FROM logs")[0][0] >= live.log_lines


async def test_dead_appliance_shows_the_banner_then_reconnects(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Kill -9 the appliance: every screen shows the banner; start it again: the banner goes, the acked line is shown."""
    appliance = LiveAppliance(tmp_path_factory.mktemp("dead"), rules="").start()
    app = MillpondApp(appliance.url, poll_interval=0.3)
    try:
        async with app.run_test(size=NARROW) as pilot:
            screen = await loaded(pilot)
            await until(pilot, lambda: screen.query_one("#topics", DataTable).row_count == 2, what="topics")
            await post_line(appliance.url, {"service": "survivor", "level": "warning", "message": "acked before the crash"})
            appliance.kill()
            await until(pilot, lambda: app.down_reason, what="down")
            banner = app.screen.query_one(Banner)
            await until(pilot, lambda: banner.has_class("-down"), what="banner")
            assert appliance.url in str(banner.render()) and "unreachable" in str(banner.render())
            logs = await by_key(pilot, "2", LogsScreen)
            assert isinstance(logs, LogsScreen) and logs.rows == []
            await until(pilot, lambda: logs.query_one(Banner).has_class("-down"), what="banner on the logs screen")
            appliance.start()
            await until(pilot, lambda: not app.down_reason, timeout=15, what="reconnect")
            assert not logs.query_one(Banner).has_class("-down")
            await until(pilot, lambda: [r["message"] for r in logs.rows] == ["acked before the crash"], what="the line after restart")
            await by_key(pilot, "1", OverviewScreen)
            await until(pilot, lambda: "healthy" in str(app.screen.query_one("#summary", Static).render()), what="healthy again")
    finally:
        assert appliance.stop() == 0
