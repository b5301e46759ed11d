"""The log interface every backend satisfies (embedded segments, Kafka).

Receivers append Arrow batches to a topic partition and acknowledge their
client when the returned future resolves: by then the batch is durable
(fsync'd for the embedded log, ``acks=all`` for Kafka). Consumers read Arrow
batches from an offset and commit offsets per consumer group.

Offsets are per record, as in Kafka: a batch of ``n`` records appended at
base offset ``b`` holds offsets ``b .. b+n-1``; the next append starts at ``b+n``.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass

import crc32c
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc


@dataclass(frozen=True, order=True)
class TopicPartition:
    topic: str
    partition: int

    def __str__(self) -> str:
        return f"{self.topic}/{self.partition}"


@dataclass(frozen=True)
class AppendResult:
    """Where a durable batch landed."""

    topic: str
    partition: int
    base_offset: int
    record_count: int

    @property
    def next_offset(self) -> int:
        return self.base_offset + self.record_count


@dataclass(frozen=True)
class FetchedBatch:
    """A batch read back from the log; ``batch`` row ``i`` has offset ``base_offset + i``."""

    topic: str
    partition: int
    base_offset: int
    batch: pa.RecordBatch

    @property
    def next_offset(self) -> int:
        return self.base_offset + self.batch.num_rows


@dataclass(frozen=True)
class PartitionInfo:
    """What ``millpond log describe`` shows of one partition."""

    topic: str
    partition: int
    start_offset: int
    end_offset: int
    size_bytes: int
    segments: int
    first_ts_us: int | None
    last_ts_us: int | None


def stable_partition(key: bytes | str, partitions: int) -> int:
    """The partition of ``key``: CRC32C of its UTF-8 bytes modulo ``partitions``.

    Stable across processes, restarts and Python versions (unlike ``hash()``).
    """
    data = key.encode() if isinstance(key, str) else key
    return crc32c.crc32c(data) % partitions


def partition_column(keys: pa.Array | pa.ChunkedArray, partitions: int) -> np.ndarray:
    """:func:`stable_partition` of every key, hashing each distinct key once.

    Keys repeat a lot (hosts, series), so dictionary-encoding first keeps the
    Python work proportional to the number of distinct keys, not rows.
    """
    enc = pc.dictionary_encode(pc.fill_null(keys, ""))
    if isinstance(enc, pa.ChunkedArray):
        enc = enc.combine_chunks()
    table = np.fromiter(
        (stable_partition(k, partitions) for k in enc.dictionary.to_pylist()),
        dtype=np.int32,
        count=len(enc.dictionary),
    )
    return table[enc.indices.to_numpy(zero_copy_only=False)]


def split_by_partition(
    batch: pa.RecordBatch, keys: pa.Array, partitions: int
) -> Iterable[tuple[int, pa.RecordBatch]]:
    """``batch`` cut into one sub-batch per partition of ``keys`` (order within a key kept)."""
    if partitions == 1 or batch.num_rows == 0:
        yield 0, batch
        return
    parts = partition_column(keys, partitions)
    order = np.argsort(parts, kind="stable")
    sorted_parts = parts[order]
    bounds = np.flatnonzero(np.diff(sorted_parts)) + 1
    starts = np.concatenate(([0], bounds))
    ends = np.concatenate((bounds, [len(parts)]))
    taken = batch.take(pa.array(order))
    for s, e in zip(starts, ends):
        yield int(sorted_parts[s]), taken.slice(s, e - s)


class Consumer(ABC):
    """One member of a consumer group: polls batches of its assigned partitions.

    ``commit`` stores the *next* offset to read for each partition, after the
    caller made durable whatever it produced from the records before it.
    """

    @abstractmethod
    def assignment(self) -> list[TopicPartition]: ...

    @abstractmethod
    def poll(self, timeout: float = 1.0, max_records: int = 100_000) -> list[FetchedBatch]:
        """Batches after the current position; empty after ``timeout`` seconds with nothing new."""

    @abstractmethod
    def seek(self, tp: TopicPartition, offset: int) -> None: ...

    @abstractmethod
    def position(self, tp: TopicPartition) -> int: ...

    @abstractmethod
    def commit(self, offsets: dict[TopicPartition, int]) -> None: ...

    @abstractmethod
    def close(self) -> None: ...


class Log(ABC):
    """A set of topics, each with a fixed number of partitions of Arrow batches.

    Thread safety: every method may be called from any thread; ``append`` is
    designed for many concurrent callers (their fsyncs are shared).
    """

    contiguous_offsets: bool = True
    """Whether a batch's ``next_offset`` is always the next batch's ``base_offset``.

    True for the embedded log; the Kafka log leaves gaps between messages, so a
    consumer must not read a jump in offsets as records lost to retention.
    """

    @abstractmethod
    def topics(self) -> dict[str, int]:
        """Topic name → number of partitions."""

    @abstractmethod
    def ensure_topic(self, topic: str, partitions: int | None = None) -> int:
        """Create ``topic`` if missing; returns its partition count."""

    def partitions(self, topic: str) -> int:
        return self.topics()[topic]

    @abstractmethod
    def append(self, topic: str, partition: int, batch: pa.RecordBatch) -> concurrent.futures.Future[AppendResult]:
        """Queue ``batch`` for ``topic/partition``; the future resolves once it is durable.

        The future fails with a :class:`~millpond.pipeline.log.errors.LogError`
        (``retriable`` set where trying again later can work, e.g. a full disk).
        """

    async def append_async(self, topic: str, partition: int, batch: pa.RecordBatch) -> AppendResult:
        return await asyncio.wrap_future(self.append(topic, partition, batch))

    def append_keyed(
        self, topic: str, batch: pa.RecordBatch, keys: pa.Array
    ) -> list[concurrent.futures.Future[AppendResult]]:
        """Append ``batch`` split over partitions by ``keys`` (host, series, device…)."""
        n = self.partitions(topic)
        return [self.append(topic, p, part) for p, part in split_by_partition(batch, keys, n)]

    @abstractmethod
    def read(
        self, topic: str, partition: int, offset: int, *, max_records: int = 100_000, max_bytes: int = 64 << 20
    ) -> list[FetchedBatch]:
        """Batches holding offsets from ``offset`` on (the first one sliced to start there).

        Returns ``[]`` at the end of the partition. An offset before the log
        start (deleted by retention) reads from the log start.
        """

    @abstractmethod
    def start_offset(self, topic: str, partition: int) -> int: ...

    @abstractmethod
    def end_offset(self, topic: str, partition: int) -> int:
        """The offset the next appended record will get (the high watermark)."""

    @abstractmethod
    def offset_for_time(self, topic: str, partition: int, ts_us: int) -> int:
        """The first offset whose batch may hold a record at or after ``ts_us``."""

    @abstractmethod
    def describe(self, topic: str) -> list[PartitionInfo]: ...

    @abstractmethod
    def consumer(self, group: str, topics: list[str]) -> Consumer: ...

    @abstractmethod
    def committed(self, group: str) -> dict[TopicPartition, int]: ...

    @abstractmethod
    def commit(self, group: str, offsets: dict[TopicPartition, int]) -> None: ...

    @abstractmethod
    def groups(self) -> list[str]: ...

    def quarantine_offsets(self, group: str) -> str | None:
        """Move ``group``'s damaged committed offsets aside; returns where to, or None if nothing was moved.

        Called by a group's owner on :class:`CorruptOffsetsError`, before it
        rebuilds the offsets from its own output. Kafka keeps offsets itself:
        nothing to do there.
        """
        return None

    def lag(self, group: str) -> dict[TopicPartition, int]:
        """Records each partition's end is ahead of the group's committed offset."""
        committed = self.committed(group)
        out: dict[TopicPartition, int] = {}
        for topic, n in self.topics().items():
            for p in range(n):
                tp = TopicPartition(topic, p)
                start = self.start_offset(topic, p)
                out[tp] = max(0, self.end_offset(topic, p) - max(committed.get(tp, start), start))
        return out

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Log:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
