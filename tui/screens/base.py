"""What every dashboard screen shares: header, nav bar, banner, footer, and a poll loop.

A screen implements :meth:`DashScreen.body` (its widgets) and
:meth:`DashScreen.load` (fetch through ``self.app.client`` and update them).
Polling runs in an exclusive worker, only while the screen is shown, so a slow
query never blocks input and never piles up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Header, Static
from textual.worker import Worker

from millpond.tui.client import ApiError, Unreachable
from millpond.tui.widgets import Banner

if TYPE_CHECKING:
    from millpond.tui.app import MillpondApp


class NavBar(Static):
    """``1 Overview  2 Logs …`` with the current screen highlighted: the screen keys at a glance."""

    DEFAULT_CSS = "NavBar { height: 1; background: $panel; padding: 0 1; }"

    def __init__(self, current: str) -> None:
        super().__init__()
        self.current = current

    def on_mount(self) -> None:
        from millpond.tui.app import SCREENS

        t = Text()
        for key, mode, title in SCREENS:
            style = "bold reverse" if mode == self.current else ""
            t.append(f" {key} ", style="bold " + ("reverse" if mode == self.current else "dim"))
            t.append(f"{title} ", style=style)
            t.append(" ")
        t.append("  ctrl+p commands", style="dim")
        self.update(t)


class DashScreen(Screen[None]):
    """Base of the seven screens."""

    MODE = ""

    def __init__(self) -> None:
        super().__init__()
        self.loads = 0
        """Completed polls (tests wait on it)."""
        self.good_loads = 0
        """Completed polls the appliance answered (a refused or unanswered one leaves the widgets as they were)."""
        self.problems: list[str] = []
        """The last few refused queries' messages, oldest first (tests check there are none)."""
        self._inflight: Worker[None] | None = None
        self._failing = ""
        """The refusal already shown; the same one again is not shown again until a poll succeeds."""

    @property
    def dash(self) -> MillpondApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header()
        yield NavBar(self.MODE)
        yield Banner()
        yield from self.body()
        yield Footer()

    def body(self) -> ComposeResult:
        raise NotImplementedError

    async def load(self) -> None:
        raise NotImplementedError

    def on_mount(self) -> None:
        self.set_interval(self.dash.poll_interval, self.tick)

    def on_screen_resume(self) -> None:
        self.poll()

    def tick(self) -> None:
        """The refresh timer: a poll still in flight is left to finish (on a box slower than the
        period, cancelling it would cancel every poll and show nothing)."""
        if self._inflight is None or self._inflight.is_finished:
            self.poll()

    def poll(self) -> None:
        """Load now, cancelling a poll in flight (what it asked for is stale: a new filter, tab, range)."""
        if self.is_current:
            self._inflight = self._poll()

    @work(exclusive=True, group="poll", exit_on_error=False)
    async def _poll(self) -> None:
        try:
            await self.load()
        except Unreachable as e:
            self.dash.mark_down(str(e))
        except ApiError as e:
            self.problem(str(e))
        else:
            self._failing = ""
            self.dash.mark_up()
            self.good_loads += 1
        self.loads += 1  # not on cancellation: a cancelled poll showed nothing

    def problem(self, message: str) -> None:
        """A query this screen relies on was refused: say so once (not at every poll) without stopping the screen."""
        self.problems = [*self.problems[-9:], message]
        if message != self._failing:
            self._failing = message
            self.notify(message, title="query failed", severity="error", timeout=6)

    async def q(self, sql: str) -> list[dict[str, Any]]:
        return (await self.dash.client.query(sql)).dicts()
