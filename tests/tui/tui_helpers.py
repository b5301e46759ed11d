"""Helpers of the dashboard tests: a settable clock and polling with a deadline."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from textual.pilot import Pilot

from millpond.tui.app import MillpondApp
from millpond.tui.screens.base import DashScreen


@dataclass
class Clock:
    """The dashboard's clock in tests: fixed until a test moves it."""

    t: float

    def __call__(self) -> float:
        return self.t


async def until(pilot: Pilot, pred: Callable[[], object], timeout: float = 10.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not pred():
        if time.monotonic() >= deadline:  # checked after the last pause too: a pause may outlast the deadline
            raise AssertionError(f"timed out waiting for {what}")
        await pilot.pause(0.02)


async def loaded(pilot: Pilot, mode: str | None = None, timeout: float = 10.0) -> DashScreen:
    """Switch to ``mode`` (if given) and wait until its screen has finished a poll and every worker is done."""
    app = pilot.app
    assert isinstance(app, MillpondApp)
    if mode is not None and app.current_mode != mode:
        await app.switch_mode(mode)
    await until(pilot, lambda: isinstance(app.screen, DashScreen), timeout, what="a dashboard screen")
    screen = app.screen
    assert isinstance(screen, DashScreen)
    await until(pilot, lambda: screen.loads >= 1, timeout, what=f"{screen.MODE} to load")
    await idle(pilot, timeout)
    return screen


async def answered(pilot: Pilot, screen: DashScreen, timeout: float = 10.0) -> None:
    """Poll ``screen`` until a poll the appliance answers has completed (``timeout`` bounds the retrying).

    :func:`loaded` counts any completed poll, and a poll that failed (on a loaded box an
    event-loop stall past the client's 3 s connect limit is "unreachable: timed out" though the
    appliance answered) leaves the widgets empty; a test that looks at the data waits for this.
    """
    deadline = time.monotonic() + timeout
    while True:
        good, done = screen.good_loads, screen.loads
        screen.poll()  # cancels a poll in flight: the loads counted from here are this one's
        await until(pilot, lambda: screen.loads > done, max(timeout, 10.0), what=f"{screen.MODE} to poll")
        if screen.good_loads > good:
            break
        if time.monotonic() >= deadline:
            reason = pilot.app.down_reason if isinstance(pilot.app, MillpondApp) else ""
            raise AssertionError(f"no poll of {screen.MODE} answered: {reason or screen.problems[-1:]}")
    await idle(pilot, max(timeout, 10.0))


async def idle(pilot: Pilot, timeout: float = 10.0) -> None:
    """Wait until no worker runs (cancelled ones included), then one more refresh."""
    await until(pilot, lambda: not any(w.is_running for w in pilot.app.workers), timeout, what="workers to finish")
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()
    await pilot.pause()


async def open_pattern(pilot: Pilot, row: int, timeout: float = 10.0) -> int:
    """Enter on row ``row`` of the Patterns screen; wait until the Logs screen shows only that pattern's lines."""
    from textual.widgets import DataTable

    from millpond.tui.screens.logs import LogsScreen
    from millpond.tui.screens.patterns import PatternsScreen

    app = pilot.app
    patterns = app.screen
    assert isinstance(patterns, PatternsScreen)
    pid = int(patterns.rows[row]["pattern_id"])
    table = patterns.query_one("#patterns", DataTable)
    table.focus()
    table.move_cursor(row=row)
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(app.screen, LogsScreen), timeout, what="the Logs screen")
    logs = app.screen
    assert isinstance(logs, LogsScreen)
    await until(pilot, lambda: logs.rows and all(r["pattern_id"] == pid for r in logs.rows), timeout, what="the pattern's lines")
    return pid
