"""The Millpond dashboard: one Textual app, one screen (mode) per view.

The app owns the :class:`~millpond.tui.client.Client` and a sampler that reads
``/healthz``, ``/metrics`` and ``/api/v1/log`` every ``poll_interval`` seconds
for the Overview's rates. Each screen polls its own SQL while it is shown.
Everything goes through the HTTP API, so ``millpond tui http://box:9880``
watches a remote appliance. When the appliance stops answering, every screen
shows a banner and polling goes on, so it reconnects by itself.

``clock`` is injectable: time windows, rates and ages all use it, which keeps
snapshot tests deterministic.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.command import Hit, Hits, Provider
from textual.reactive import reactive
from textual.worker import Worker

from millpond.tui.client import ApiError, Client, Unreachable
from millpond.tui.messages import RunSql, ShowPattern, StatsUpdated
from millpond.tui.sampler import Stats
from millpond.tui.screens.alerts import AlertsScreen
from millpond.tui.screens.base import DashScreen
from millpond.tui.screens.log import LogScreen
from millpond.tui.screens.logs import LogsScreen
from millpond.tui.screens.metrics import MetricsScreen
from millpond.tui.screens.overview import OverviewScreen
from millpond.tui.screens.patterns import PatternsScreen
from millpond.tui.screens.sql import SqlScreen

SCREENS: list[tuple[str, str, str]] = [
    ("1", "overview", "Overview"),
    ("2", "logs", "Logs"),
    ("3", "metrics", "Metrics"),
    ("4", "patterns", "Patterns"),
    ("5", "log", "Log"),
    ("6", "alerts", "Alerts"),
    ("7", "sql", "SQL"),
]


class GoTo(Provider):
    """Command palette: jump to any screen, or run a canned query."""

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        app = self.app
        assert isinstance(app, MillpondApp)
        for key, mode, title in SCREENS:
            text = f"Go to {title} ({key})"
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), partial(app.switch_mode, mode), help=f"Show the {title} screen")
        for text, sql in CANNED:
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), partial(app.post_message, RunSql(sql)), help=sql)


CANNED = [
    ("SQL: errors per service, last hour",
     "SELECT service, count(*) AS errors FROM logs WHERE severity IN ('error','critical','alert','emergency') "
     "AND ts > now() - INTERVAL 1 HOUR GROUP BY 1 ORDER BY 2 DESC"),
    ("SQL: hottest sensors now",
     "SELECT labels['device'] AS device, max(value) AS celsius FROM metrics WHERE name = 'temperature' "
     "AND ts > now() - INTERVAL 5 MINUTE GROUP BY 1 ORDER BY 2 DESC LIMIT 20"),
    ("SQL: top log patterns", "SELECT pattern_id, count, template FROM log_patterns ORDER BY count DESC LIMIT 20"),
]


class MillpondApp(App[None]):
    """``MillpondApp(url)`` then ``.run()``; see the module docstring."""

    CSS_PATH = "app.tcss"
    TITLE = "Millpond"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]
    MODES = {
        "overview": OverviewScreen, "logs": LogsScreen, "metrics": MetricsScreen, "patterns": PatternsScreen,
        "log": LogScreen, "alerts": AlertsScreen, "sql": SqlScreen,
    }
    DEFAULT_MODE = "overview"
    BINDINGS = [
        *(Binding(key, f"switch_mode('{mode}')", title, show=False) for key, mode, title in SCREENS),
        Binding("q", "quit", "Quit"),
        Binding("ctrl+p", "command_palette", "Commands", show=False),
    ]
    COMMANDS = App.COMMANDS | {GoTo}

    down_reason: reactive[str] = reactive("")
    """Why the appliance is unreachable; empty while it answers."""

    def __init__(self, url: str = "http://127.0.0.1:9880", *, token: str = "", clock: Callable[[], float] = time.time,
                 poll_interval: float = 2.0) -> None:
        super().__init__()
        self.client = Client(url, token)
        self.url = self.client.url
        self.clock = clock
        self.poll_interval = poll_interval
        self.stats = Stats()
        self.sub_title = self.url

    def on_mount(self) -> None:
        self.set_interval(self.poll_interval, self._tick)
        self._sampling: Worker[None] = self.sample()

    def _tick(self) -> None:
        """A sample still in flight is left to finish (cancelling it, a slow box would never be sampled)."""
        if self._sampling.is_finished:
            self._sampling = self.sample()

    async def on_unmount(self) -> None:
        await self.client.close()

    def mark_down(self, reason: str) -> None:
        self.down_reason = reason or "no answer"

    def mark_up(self) -> None:
        self.down_reason = ""

    @work(exclusive=True, group="sample", exit_on_error=False)
    async def sample(self) -> None:
        """Health, ingest counters and log offsets → :attr:`stats`; tells the current screen."""
        await self.sample_once()

    async def sample_once(self) -> None:
        try:
            healthy, detail = await self.client.health()
            metrics = await self.client.metrics()
            try:
                info = await self.client.log_info()
            except ApiError:
                info = None  # an appliance without the log route still has an Overview
        except Unreachable as e:
            self.stats.healthy = None
            self.mark_down(str(e))
        except ApiError as e:
            self.stats.healthy = False
            self.stats.health_detail = str(e)
        else:
            self.mark_up()
            self.stats.healthy, self.stats.health_detail = healthy, detail
            self.stats.feed(self.clock(), metrics, info)
        self.screen.post_message(StatsUpdated())

    async def _goto(self, mode: str) -> DashScreen:
        await self.switch_mode(mode)
        screen = self.screen
        assert isinstance(screen, DashScreen)
        return screen

    async def on_show_pattern(self, message: ShowPattern) -> None:
        message.stop()
        screen = await self._goto("logs")
        assert isinstance(screen, LogsScreen)
        screen.show_pattern(message.pattern_id)

    async def on_run_sql(self, message: RunSql) -> None:
        message.stop()
        screen = await self._goto("sql")
        assert isinstance(screen, SqlScreen)
        screen.run_sql(message.sql)
