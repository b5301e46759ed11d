"""Pinned rendering of the main screens at 80×24 and 160×48 (pytest-textual-snapshot).

Deterministic by construction: fixed sample data, the dashboard clock fixed at
the data's end, ingest counters advanced by the test, no wall-clock anywhere in
what is drawn, the URL (a random port) replaced in the header, cursors not blinking.
Update after a deliberate change with ``pytest tests/tui --snapshot-update``
and look at the SVGs in ``tests/tui/__snapshots__/``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fixture_appliance import T_END, FixtureAppliance
from tui_helpers import Clock, answered, idle, loaded, until
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, TextArea

from millpond.tui.app import MillpondApp
from millpond.tui.screens.logs import LogsScreen

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((160, 48), id="160x48")]
SCREENS = ["overview", "logs", "metrics", "patterns", "log", "alerts", "sql"]


def prepare(appliance: FixtureAppliance, mode: str, clock: Clock):  # noqa: ANN201
    async def run_before(pilot: Pilot) -> None:
        app = pilot.app
        assert isinstance(app, MillpondApp)
        await loaded(pilot)
        if mode == "overview":
            base = appliance.ticks
            for i in range(12):  # twelve samples 5 s apart: deterministic sparklines
                clock.t = T_END + 5 * (i + 1)
                while appliance.ticks < base + i + 1:
                    appliance.tick()
                await app.sample_once()
        screen = await loaded(pilot, mode)
        await answered(pilot, screen)
        if isinstance(screen, LogsScreen):  # following: the view settles scrolled to the newest line
            lines = screen.query_one("#lines", DataTable)
            rows = len(screen.rows)
            assert rows > 0, "an answered poll of the sample data shows lines"
            # the table's height counts its rows once its idle handler has measured them (not max_scroll_y > 0,
            # which an empty table has before its first layout: 1 header line in a 0-line viewport)
            await until(pilot, lambda: lines.row_count == rows and lines.virtual_size.height == rows + lines.header_height
                        and lines.container_size.height > 0, what="the tail laid out")
            lines.scroll_end(animate=False, immediate=True)
            await until(pilot, lambda: lines.scroll_y == lines.max_scroll_y, what="tail scrolled")
        app.sub_title = "http://appliance.test:9880"
        for w in app.screen.query("Input, TextArea"):
            assert isinstance(w, Input | TextArea)
            w.cursor_blink = False
        if mode == "sql":  # a focused editor draws its cursor; show the result table focused instead
            app.screen.query_one("#result", DataTable).focus()
        await idle(pilot)

    return run_before


@pytest.fixture
def fresh_appliance(appliance: FixtureAppliance) -> Iterator[FixtureAppliance]:
    """The module's appliance with its counters reset: every snapshot starts from the same state."""
    appliance.reset()
    appliance.fixed_elapsed_ms = 12.0
    yield appliance
    appliance.fixed_elapsed_ms = None


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("mode", SCREENS)
def test_screen_snapshot(snap_compare, fresh_appliance: FixtureAppliance, mode: str, size: tuple[int, int]) -> None:  # noqa: ANN001
    clock = Clock(T_END)
    app = MillpondApp(fresh_appliance.url, clock=clock, poll_interval=3600)
    assert snap_compare(app, terminal_size=size, run_before=prepare(fresh_appliance, mode, clock))
