"""What the pipeline worker talks to and what it keeps: the sink and miner protocols, its buffers and flights.

Split from :mod:`millpond.pipeline.worker` (which re-exports ``Sink``,
``PatternStore`` and ``WorkerStats``). The sink sits behind the small
:class:`Sink` protocol so the worker imports nothing of ``sinks/``
(dependencies point ``sinks → pipeline``); the command line wires the archive in.
"""

from __future__ import annotations

import concurrent.futures as cf
from dataclasses import dataclass, field
from typing import Protocol

import pyarrow as pa

from millpond.pipeline.log.base import TopicPartition
from millpond.pipeline.normalize import Miner


class Sink(Protocol):
    """Where normalised batches go. ``write`` returns only once its output is durable."""

    def assigned(self, partitions: list[TopicPartition], committed: dict[TopicPartition, int]) -> None:
        """Newly owned partitions: drop output past ``committed`` (a crashed writer's leftovers)."""

    def write(self, tp: TopicPartition, start: int, end: int, table: pa.Table) -> None:
        """Records of offsets ``[start, end)`` of ``tp`` (some may have been dropped by normalisation)."""

    def committed(self, partitions: list[TopicPartition]) -> None:
        """What ``write`` produced for ``partitions`` is committed (the sink may now publish it)."""

    def patterns(self, table: pa.Table) -> None:
        """The pattern miner's current table (``log_patterns``)."""

    def maintain(self, committed: dict[TopicPartition, int], partitions: list[TopicPartition]) -> None:
        """Periodic housekeeping (compaction, retention, catalog)."""

    def archived_offsets(self) -> dict[TopicPartition, int]:
        """Per partition, the end of what is durably published: rebuilds lost committed offsets."""

    def close(self) -> None: ...


class PatternStore(Miner, Protocol):
    def patterns_table(self) -> pa.Table: ...

    def save(self) -> None: ...


@dataclass
class Buffer:
    """One partition's records of ``[start, end)`` not yet flushed: normalised ones, then raw ones."""

    start: int
    end: int
    since: float
    batches: list[pa.RecordBatch] = field(default_factory=list)
    rows: int = 0
    raw: list[pa.RecordBatch] = field(default_factory=list)
    """Read but not yet normalised and mined: gathered to ``worker.MINE_ROWS`` (see ``Worker._normalize_all``)."""
    raw_rows: int = 0


@dataclass
class Flight:
    """A flush handed to the writer threads: per partition its buffer, the offset to commit, its write."""

    bufs: dict[TopicPartition, Buffer]
    futures: list[cf.Future[None]]
    t0: float

    @property
    def offsets(self) -> dict[TopicPartition, int]:
        return {tp: b.end for tp, b in self.bufs.items()}


@dataclass
class WorkerStats:
    """Counters for ``/metrics`` and the dashboard."""

    records: int = 0
    dropped: int = 0
    flushes: int = 0
    flushed_records: int = 0
    last_flush_s: float = 0.0
