"""The dashboard driven by Textual's Pilot against a real HTTP server over the sample data."""

from __future__ import annotations

import asyncio
import time

import pytest
from fixture_appliance import T_END, FixtureAppliance
from tui_helpers import Clock, answered, loaded, open_pattern, until
from textual.command import CommandList
from textual.widgets import DataTable, Input, Static

from millpond.tui.app import MillpondApp
from millpond.tui.client import Client
from millpond.tui.screens.alerts import AlertsScreen
from millpond.tui.screens.log import LogScreen
from millpond.tui.screens.logs import LogDetail, LogsScreen
from millpond.tui.screens.metrics import MetricsScreen
from millpond.tui.screens.overview import OverviewScreen
from millpond.tui.screens.patterns import PatternsScreen
from millpond.tui.screens.sql import SqlScreen
from millpond.tui.widgets import Banner

SIZE = (80, 24)


def make(appliance: FixtureAppliance, **kw: object) -> MillpondApp:
    kw.setdefault("poll_interval", 3600)
    return MillpondApp(appliance.url, clock=Clock(T_END), **kw)  # type: ignore[arg-type]


def cells(table: DataTable, column: int) -> list[str]:
    return [str(table.get_row_at(i)[column]) for i in range(table.row_count)]


async def test_number_keys_switch_every_screen(appliance: FixtureAppliance) -> None:
    """1–7 switch screens; each screen loads without an error banner."""
    app = make(appliance)
    expected = [("1", OverviewScreen), ("2", LogsScreen), ("3", MetricsScreen), ("4", PatternsScreen),
                ("5", LogScreen), ("6", AlertsScreen), ("7", SqlScreen), ("1", OverviewScreen)]
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        for key, cls in expected:
            app.screen.focus_next()  # keys reach the app from any focused widget but an Input
            app.set_focus(None)
            await pilot.press(key)
            await until(pilot, lambda cls=cls: isinstance(app.screen, cls), what=cls.__name__)
            await loaded(pilot)
            assert not app.down_reason
        assert not app.screen.query_one(Banner).has_class("-down")


async def test_overview_shows_receivers_topics_and_firing_alerts(appliance: FixtureAppliance) -> None:
    """Rates come from successive /metrics samples; firing alerts come from the alerts table."""
    clock = Clock(T_END)
    app = MillpondApp(appliance.url, clock=clock, poll_interval=3600)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        for _ in range(3):
            clock.t += 5
            appliance.tick()
            await app.sample_once()
        await pilot.pause()
        rec = app.screen.query_one("#receivers", DataTable)
        assert {"http_logs", "influx", "mqtt", "otlp", "remote_write", "syslog", "forward"} <= set(cells(rec, 0))
        rates = dict(zip(cells(rec, 0), cells(rec, 1), strict=True))
        assert all(rates[r] not in ("-", "0") for r in ("influx", "syslog"))
        topics = app.screen.query_one("#topics", DataTable)
        assert cells(topics, 0) == ["logs", "metrics"]
        firing = app.screen.query_one("#firing", DataTable)
        assert sorted(cells(firing, 0)) == ["DeviceSilent", "HotSensor"]
        summary = str(app.screen.query_one("#summary", Static).render())
        assert "healthy" in summary and "2 firing" in summary


async def test_logs_filter_filters(appliance: FixtureAppliance) -> None:
    """A filter of service, level and words narrows the tail to matching lines only."""
    app = make(appliance)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot, "logs")
        assert isinstance(screen, LogsScreen)
        assert len(screen.rows) == 300 and len({r["service"] for r in screen.rows}) > 3
        box = screen.query_one("#filter", Input)
        box.focus()
        box.value = "service:payments level:error+ order"
        await pilot.press("enter")
        await until(pilot, lambda: screen.rows and all(r["service"] == "payments" for r in screen.rows), what="filtered rows")
        assert all(r["severity"] == "error" and "order" in r["message"] for r in screen.rows)
        assert screen.query_one("#lines", DataTable).row_count == len(screen.rows) < 300
        box.value = "level:bogus+"
        box.focus()
        await pilot.press("enter")
        await until(pilot, lambda: "unknown level" in str(screen.query_one("#logs-status", Static).render()), what="filter error")


async def test_logs_details_then_same_pattern(appliance: FixtureAppliance) -> None:
    """Enter opens a line's details (attributes, pattern template); p shows that pattern's other lines."""
    app = make(appliance)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot, "logs")
        assert isinstance(screen, LogsScreen)
        table = screen.query_one("#lines", DataTable)
        table.focus()
        target = next(i for i, r in enumerate(screen.rows) if r["service"] == "checkout")
        table.move_cursor(row=target)
        pid = screen.rows[target]["pattern_id"]
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, LogDetail), what="details")
        detail = app.screen
        await pilot.pause()
        text = str(detail.query_one("#detail Static", Static).render())
        assert "trace_id" in text and f"#{pid}" in text and "<*>" in text
        await pilot.press("p")
        await until(pilot, lambda: isinstance(app.screen, LogsScreen) and screen.filter.equals.get("pattern_id") == str(pid), what="pattern filter")
        await until(pilot, lambda: screen.rows and all(r["pattern_id"] == pid for r in screen.rows), what="pattern rows")
        assert screen.query_one("#filter", Input).value == f"pattern:{pid}"


async def test_logs_pause_and_older(appliance: FixtureAppliance) -> None:
    """f pauses the tail; b loads the page before the oldest line shown."""
    app = make(appliance)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot, "logs")
        assert isinstance(screen, LogsScreen)
        oldest = screen.rows[0]["ts"]
        await pilot.press("f")
        assert not screen.following
        await pilot.press("b")
        await until(pilot, lambda: len(screen.rows) == 600, what="older page")
        assert screen.rows[299]["ts"] <= oldest and screen.rows[300]["ts"] == oldest


async def test_metrics_search_chart_and_devices(appliance: FixtureAppliance) -> None:
    """Search narrows the series; the chart gets points; the devices tab flags the silent device."""
    app = make(appliance)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot, "metrics")
        assert isinstance(screen, MetricsScreen)
        assert len(screen.series) > 36
        box = screen.query_one("#series-search", Input)
        box.focus()
        box.value = "greenhouse-07"
        await pilot.press("enter")
        await until(pilot, lambda: screen.series and len(screen.series) == 3, what="3 series of greenhouse-07")
        assert {s["name"] for s in screen.series} == {"battery", "humidity", "temperature"}
        await until(pilot, lambda: len(screen.chart_rows) > 20, what="chart points")
        box.focus()  # the search box of the Series tab keeps focus; "d" must still reach the screen
        await pilot.press("escape", "d")
        await until(pilot, lambda: screen.query_one("#devices-table", DataTable).row_count == 36, what="36 devices")
        devices = screen.query_one("#devices-table", DataTable)
        status = {cells(devices, 0)[i]: cells(devices, 6)[i] for i in range(devices.row_count)}
        assert status["coldroom-03"] == "SILENT"
        assert [d for d, s in status.items() if s != "ok"] == ["coldroom-03"]


async def test_patterns_sort_and_jump_to_logs(appliance: FixtureAppliance) -> None:
    """Patterns come sorted by count; s re-sorts; Enter opens the Logs screen on that pattern."""
    app = make(appliance)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot, "patterns")
        assert isinstance(screen, PatternsScreen)
        counts = [r["count"] for r in screen.rows]
        assert counts == sorted(counts, reverse=True) and len(counts) > 20
        await pilot.press("s")
        await until(pilot, lambda: screen.rows and screen.sort_i == 1, what="growth sort")
        growth = [r["recent"] - r["prev"] for r in screen.rows]
        assert growth == sorted(growth, reverse=True)
        await open_pattern(pilot, 0)


async def test_log_screen_lists_partitions_and_lag(appliance: FixtureAppliance) -> None:
    """Topics × partitions and each group's lag, from GET /api/v1/log."""
    app = make(appliance)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot, "log")
        parts = screen.query_one("#partitions", DataTable)
        groups = screen.query_one("#groups", DataTable)
        assert parts.row_count == 8 and groups.row_count == 8
        assert cells(groups, 5) == ["5", "10", "15", "20"] * 2


async def test_alerts_screen_shows_firing_alert(appliance: FixtureAppliance) -> None:
    """Instances are ordered firing first; the history lists every change, newest first."""
    app = make(appliance)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot, "alerts")
        inst = screen.query_one("#instances", DataTable)
        assert cells(inst, 1) == ["FIRING", "FIRING", "RESOLVED"]
        row = inst.get_row_at(cells(inst, 0).index("HotSensor"))
        assert str(row[3]) == "device=greenhouse-07" and str(row[5]) == "3m"
        hist = screen.query_one("#history", DataTable)
        assert hist.row_count == 7 and cells(hist, 1)[0] == "HotSensor"
        rules = screen.query_one("#rules", DataTable)  # from GET /api/v1/alerts; a broken rule first
        assert cells(rules, 0) == ["DiskFull", "DeviceSilent", "HotSensor", "ErrorBurst"]
        assert cells(rules, 1) == ["ERROR", "OK", "OK", "OK"] and cells(rules, 2)[1:3] == ["1", "1"]
        assert "Table with name disk_used" in cells(rules, 4)[0]


async def test_a_refused_query_is_said_once_not_at_every_poll(appliance: FixtureAppliance) -> None:
    """The same refusal poll after poll is one notification, not a growing stack; recovering re-arms it."""
    app = MillpondApp(appliance.url, clock=Clock(T_END), poll_interval=0.1)
    appliance.refuse = "FROM alerts ORDER BY"
    try:
        async with app.run_test(size=SIZE) as pilot:
            screen = await loaded(pilot, "alerts")
            await until(pilot, lambda: len(screen.problems) >= 4, what="four refused polls")
            await pilot.pause()
            said = [n.message for n in app._notifications]
            assert said == ["refused for the test: FROM alerts ORDER BY"], said
            assert not app.down_reason  # refused is not unreachable
            appliance.refuse = ""
            n = screen.loads
            await until(pilot, lambda: screen.loads > n + 1, what="a good poll")
            appliance.refuse = "FROM alerts ORDER BY"
            await until(pilot, lambda: len(app._notifications) == 2, what="said again after recovering")
    finally:
        appliance.refuse = ""


async def test_answered_waits_past_a_failed_poll(appliance: FixtureAppliance) -> None:
    """loaded() counts a failed poll too (the table stays empty: what the snapshot's tail wait timed out on);
    answered() polls again until the appliance answers one, and says why when none is."""
    app = make(appliance)
    appliance.refuse = "ORDER BY ts DESC LIMIT 300"
    try:
        async with app.run_test(size=SIZE) as pilot:
            screen = await loaded(pilot, "logs")
            assert isinstance(screen, LogsScreen)
            assert screen.loads >= 1 and screen.good_loads == 0 and not screen.rows
            with pytest.raises(AssertionError, match="no poll of logs answered: .*refused for the test"):
                await answered(pilot, screen, timeout=0.5)
            appliance.refuse = ""
            await answered(pilot, screen)
            assert screen.rows and screen.query_one("#lines", DataTable).row_count == len(screen.rows)
    finally:
        appliance.refuse = ""


async def test_a_slow_query_is_not_a_dead_appliance(appliance: FixtureAppliance) -> None:
    """A query outlasting the client's query limit is an inline error on the SQL screen, no banner."""
    app = make(appliance)
    app.client.query_timeout = 0.3
    appliance.slow = "'slow-query-marker'"
    try:
        async with app.run_test(size=SIZE) as pilot:
            screen = await loaded(pilot, "sql")
            assert isinstance(screen, SqlScreen)
            status = screen.query_one("#sql-status", Static)
            screen.run_sql("SELECT 'slow-query-marker' AS x")
            await until(pilot, lambda: "no answer within 0.3 s" in str(status.render()), what="inline timeout")
            assert not app.down_reason and not app.screen.query_one(Banner).has_class("-down")
    finally:
        appliance.slow = ""


async def test_screens_load_when_queries_outlast_the_poll_interval(appliance: FixtureAppliance) -> None:
    """A box whose queries take longer than the refresh period still gets every screen filled: a timer tick
    does not cancel the poll in flight (else each poll would be cancelled by the next, and nothing shown)."""
    app = MillpondApp(appliance.url, clock=Clock(T_END), poll_interval=0.2)
    appliance.slow, appliance.slow_s = "SELECT", 0.5
    try:
        async with app.run_test(size=SIZE) as pilot:
            screen = await loaded(pilot, "patterns")
            assert isinstance(screen, PatternsScreen) and len(screen.rows) > 20
            n = screen.loads
            await until(pilot, lambda: screen.loads >= n + 2, what="two more polls")
            assert not app.down_reason
    finally:
        appliance.slow, appliance.slow_s = "", 2.0


async def test_sql_result_error_and_history(appliance: FixtureAppliance) -> None:
    """A query shows a result table; a bad one an inline error; ctrl+up brings back the last."""
    app = make(appliance)
    async with app.run_test(size=SIZE) as pilot:
        screen = await loaded(pilot, "sql")
        assert isinstance(screen, SqlScreen)
        status = screen.query_one("#sql-status", Static)
        result = screen.query_one("#result", DataTable)
        await until(pilot, lambda: result.row_count > 0, what="the first result")
        screen.run_sql("SELECT labels['device'] AS device, max(value) AS hottest FROM metrics "
                       "WHERE name = 'temperature' GROUP BY 1 ORDER BY 2 DESC LIMIT 5")
        await until(pilot, lambda: "5 rows" in str(status.render()), what="5 rows")
        assert [str(c.label).split()[0] for c in result.columns.values()] == ["device", "hottest"]
        assert str(result.get_row_at(0)[0]) == "greenhouse-07"
        screen.run_sql("SELECT nope FROM logs")
        await until(pilot, lambda: "✗" in str(status.render()), what="inline error")
        assert "nope" in str(status.render()) and status.has_class("-error")
        assert result.row_count == 0
        editor = screen.query_one("#editor")
        editor.focus()
        await pilot.press("ctrl+up", "ctrl+up")
        assert "hottest" in editor.text  # type: ignore[attr-defined]


async def test_command_palette_goes_to_a_screen(appliance: FixtureAppliance) -> None:
    """ctrl+p, type a screen's name, Enter: there."""
    app = make(appliance)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"go to alerts")
        await until(pilot, lambda: app.screen.query(CommandList) and app.screen.query_one(CommandList).option_count > 0,
                    what="palette hits")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, AlertsScreen), what="alerts screen")


async def test_dead_appliance_banner_then_reconnect(port: int) -> None:
    """With nothing listening the banner says so; once the appliance comes up it goes away by itself."""
    app = MillpondApp(f"http://127.0.0.1:{port}", clock=Clock(T_END), poll_interval=0.2)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.down_reason, what="down")
        banner = app.screen.query_one(Banner)
        await until(pilot, lambda: banner.has_class("-down"), what="banner")
        assert f"127.0.0.1:{port}" in str(banner.render()) and "unreachable" in str(banner.render())
        late = FixtureAppliance(port=port).start()
        try:
            await until(pilot, lambda: not app.down_reason, timeout=15, what="reconnect")
            await until(pilot, lambda: not banner.has_class("-down"), what="banner gone")
            await until(pilot, lambda: app.screen.query_one("#firing", DataTable).row_count == 2, what="data after reconnect")
        finally:
            late.stop()


async def test_a_connect_stalled_by_the_dashboards_own_loop_is_tried_again(appliance: FixtureAppliance) -> None:
    """The client's 3 s connect limit is timed by the dashboard's event loop: a loop stalled past
    it (a loaded box, a long redraw) fails a connect the appliance had accepted.  One more try
    answers, instead of a spurious "unreachable" (the cause of a dashboard-test flake under load)."""
    client = Client(appliance.url)
    try:
        request = asyncio.ensure_future(client.query("SELECT 42 AS x"))
        await asyncio.sleep(0)  # the request starts a fresh connect
        time.sleep(3.5)  # the loop stalls past the connect limit
        assert (await request).rows == [[42]]
    finally:
        await client.close()
