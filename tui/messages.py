"""Messages between the app's pollers and its screens (small, documented dataclasses)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class StatsUpdated(Message):
    """The app sampled ``/metrics`` and ``/api/v1/log`` again; rates and totals changed.

    Coalesces: only the newest matters to a screen that was busy.
    """

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, StatsUpdated)


@dataclass
class ShowPattern(Message):
    """Jump to the Logs screen showing the lines of one pattern."""

    pattern_id: int


@dataclass
class RunSql(Message):
    """Open the SQL screen with this statement and run it."""

    sql: str
