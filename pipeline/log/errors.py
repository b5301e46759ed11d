"""One root error for the log; subclasses say whether a retry can help.

Callers decide by the ``retriable`` attribute, never by message text.
"""

from __future__ import annotations


class LogError(Exception):
    retriable = False


class CorruptRecordError(LogError):
    """A batch failed its CRC or its header is impossible (recovery truncates from here)."""


class CorruptIndexError(LogError):
    """An index file is inconsistent with its segment (it is rebuilt)."""


class InvalidOffsetError(LogError):
    """An index append or lookup with an offset that does not fit (non-increasing, out of range)."""


class LogFullError(LogError):
    """The disk is full: nothing was written; try again when space returns."""

    retriable = True


class LogIOError(LogError):
    """Another I/O failure writing the log; the append was not made durable."""

    retriable = True


class CorruptOffsetsError(LogError):
    """A consumer group's committed-offsets file is unreadable (bit rot, a bad copy).

    The write-then-rename commit cannot tear it, so this is damage from
    outside; the owner of the group decides how to rebuild (see
    :meth:`OffsetStore.quarantine`).
    """


class DataDirLockedError(LogError):
    """Another process already writes this data directory."""


class DataDirError(LogError):
    """The data directory is missing, not a directory, or not writable."""


class UnknownTopicError(LogError):
    """A topic or partition that does not exist."""


class LogClosedError(LogError):
    """The log was closed while the call waited."""
