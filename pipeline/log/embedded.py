"""The embedded log: topics of partitions of segment files under ``DATA/log/``.

One process writes (it holds ``DATA/log/.lock``); any number read, each
following the files the writer produces — the log on disk is the boundary
between the ingest and pipeline processes, as a broker would be.

Group commit: ``append`` encodes the batch (in the caller's thread) and
queues it; one flusher thread takes everything queued, writes each
partition's batches with one ``pwritev``, fdatasyncs each touched partition
once — the partitions of one cycle in parallel (small pool), each resolving
its own futures when its fdatasync returns. Many concurrent appends thus
share one fsync, no caller is told "durable" before the data is on disk, and
a slow flush of one partition does not hold back another's acks.

A second, background thread keeps slow file-system work off that path:
zero-filling the spare segment a busy partition will roll into (so its
``fdatasync`` needs no journal commit) and fsyncing a rolled segment's indexes.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import os
import queue
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

import pyarrow as pa

from millpond.config import LogConfig
from millpond.durable import fsync_dir
from millpond.pipeline.log import record
from millpond.pipeline.log.base import (
    AppendResult,
    Consumer,
    FetchedBatch,
    Log,
    PartitionInfo,
    TopicPartition,
)
from millpond.pipeline.log.errors import (
    DataDirError,
    LogClosedError,
    LogError,
    LogIOError,
    UnknownTopicError,
)
from millpond.pipeline.log.groups import OffsetStore
from millpond.pipeline.log.heap import freeze_startup_heap
from millpond.pipeline.log.lock import DirLock
from millpond.pipeline.log.partition import Partition, PartitionSettings

log = logging.getLogger("millpond.log")

DEFAULT_TOPICS = ("logs", "metrics")
GROUPS_DIR = "_groups"
RETENTION_CHECK_SECONDS = 60.0
PARALLEL_SYNC = True  # False: partitions fdatasync one after another (kept for A/B measurements)


def settings_for(cfg: LogConfig, topic: str) -> tuple[int, PartitionSettings]:
    """Partition count and settings of ``topic``: ``[log]`` defaults with ``[log.topics.<topic>]`` overrides."""
    o = cfg.topics.get(topic)

    def pick(name: str):  # noqa: ANN202
        v = getattr(o, name, None) if o is not None else None
        return getattr(cfg, name) if v is None else v

    return int(pick("partitions")), PartitionSettings(
        codec=pick("codec"),
        segment_bytes=int(pick("segment_bytes")),
        segment_age=float(pick("segment_age")),
        retention=float(pick("retention")),
        retention_bytes=int(pick("retention_bytes")),
        index_interval_bytes=int(cfg.index_interval_bytes),
        preallocate=bool(cfg.preallocate),
    )


class _Pending:
    __slots__ = ("partition", "batch", "future")

    def __init__(self, partition: Partition, batch: record.EncodedBatch, future: Future[AppendResult]) -> None:
        self.partition = partition
        self.batch = batch
        self.future = future


class EmbeddedLog(Log):
    """Parameters
    ----------
    root
        ``DATA/log``.
    readonly
        Follow a log another process writes; takes no lock, never writes segments.
    clock
        Seconds since the epoch (injected in tests for roll and retention).
    retention_check
        Seconds between background retention passes (``None``: only when
        :meth:`enforce_retention` is called).
    """

    def __init__(self, root: Path, cfg: LogConfig, *, readonly: bool = False,
                 clock: Callable[[], float] = time.time, topics: tuple[str, ...] = DEFAULT_TOPICS,
                 retention_check: float | None = RETENTION_CHECK_SECONDS) -> None:
        self.root = Path(root)
        self.cfg = cfg
        self.readonly = readonly
        self.clock = clock
        self.retention_check = retention_check
        self._closed = False
        self._lock: DirLock | None = None
        self._check_dir()
        if not readonly:
            self._lock = DirLock(self.root)
            self._lock.acquire()
        self._topics: dict[str, list[Partition]] = {}
        self._topics_lock = threading.Lock()
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self.offsets = OffsetStore(self.root / GROUPS_DIR, writable=not readonly)
        for name in self._topic_dirs():
            self._open_topic(name)
        if not readonly:
            for t in topics:
                self.ensure_topic(t)
        self._cv = threading.Condition()
        self._data = threading.Condition()
        self._pending: list[_Pending] = []
        self._encoder = concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="log-encode")
        self._syncers = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="log-sync")
        self._flusher: threading.Thread | None = None
        self._background: threading.Thread | None = None
        self._last_retention = self.clock()
        if not readonly:
            freeze_startup_heap()  # full GC passes over the start-up heap stalled every append 18-49 ms (heap.py)
            self._background = threading.Thread(target=self._background_loop, name="log-background", daemon=True)
            self._background.start()
            self._flusher = threading.Thread(target=self._flush_loop, name="log-flusher", daemon=True)
            self._flusher.start()

    # -- directory -----------------------------------------------------------
    def _check_dir(self) -> None:
        data_dir = self.root.parent
        if self.readonly:
            if not self.root.is_dir():
                raise DataDirError(f"no log in {data_dir}: {self.root} does not exist (is --data-dir right?)")
            return
        if data_dir.exists() and not data_dir.is_dir():
            raise DataDirError(f"data directory {data_dir} exists but is not a directory")
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise DataDirError(f"cannot create the data directory {self.root}: {e.strerror}") from e
        if not os.access(self.root, os.W_OK | os.X_OK):
            raise DataDirError(f"data directory {self.root} is not writable by this user (uid {os.getuid()})")

    def _topic_dirs(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(d.name for d in self.root.iterdir()
                      if d.is_dir() and not d.name.startswith(("_", ".")))

    def _open_topic(self, name: str, partitions: int | None = None) -> list[Partition]:
        n_cfg, settings = settings_for(self.cfg, name)
        tdir = self.root / name
        existing = sorted(int(p.name) for p in tdir.iterdir() if p.name.isdigit()) if tdir.is_dir() else []
        n = len(existing) if existing else (partitions or n_cfg)
        if not existing and not self.readonly:
            tdir.mkdir(parents=True, exist_ok=True)
        parts = [Partition(tdir / str(i), name, i, settings, writable=not self.readonly, clock=self.clock,
                           background=None if self.readonly else self._jobs.put)
                 for i in range(n)]
        if not existing and not self.readonly:
            fsync_dir(tdir)
            fsync_dir(self.root)
        self._topics[name] = parts
        return parts

    # -- topics ----------------------------------------------------------------
    def topics(self) -> dict[str, int]:
        if self.readonly:
            with self._topics_lock:
                for name in self._topic_dirs():
                    if name not in self._topics:
                        self._open_topic(name)
        return {t: len(p) for t, p in self._topics.items()}

    def ensure_topic(self, topic: str, partitions: int | None = None) -> int:
        with self._topics_lock:
            if topic not in self._topics:
                if self.readonly:
                    raise UnknownTopicError(f"topic {topic!r} does not exist in {self.root}")
                self._open_topic(topic, partitions)
            return len(self._topics[topic])

    def _partition(self, topic: str, partition: int) -> Partition:
        parts = self._topics.get(topic)
        if parts is None and self.readonly:
            self.topics()
            parts = self._topics.get(topic)
        if parts is None:
            raise UnknownTopicError(f"unknown topic {topic!r} (topics: {', '.join(self._topics) or 'none'})")
        if not 0 <= partition < len(parts):
            raise UnknownTopicError(f"topic {topic!r} has no partition {partition} (it has {len(parts)})")
        return parts[partition]

    def recovery_report(self) -> list[str]:
        """What opening repaired, one line per partition (for start-up logs and `log describe`)."""
        lines = []
        for parts in self._topics.values():
            for p in parts:
                for name, r in p.recovery:
                    lines.append(f"{p.topic}/{p.index} {name}: truncated {r.truncated_bytes} bytes ({r.reason})")
        return lines

    # -- appending -------------------------------------------------------------
    def append(self, topic: str, partition: int, batch: pa.RecordBatch) -> Future[AppendResult]:
        if self.readonly:
            raise LogError("this log was opened read-only; only the process holding the data directory appends")
        part = self._partition(topic, partition)
        encoded = record.encode(batch, part.settings.codec)
        return self._enqueue(part, encoded)

    def append_encoded(self, topic: str, partition: int, encoded: record.EncodedBatch) -> Future[AppendResult]:
        """Like :meth:`append`, for a batch another process already encoded (``record.encode``, then
        ``record.from_parts`` here): the encoding's CPU stays with the decoder. Same group commit."""
        if self.readonly:
            raise LogError("this log was opened read-only; only the process holding the data directory appends")
        return self._enqueue(self._partition(topic, partition), encoded)

    def codec(self, topic: str) -> str:
        """The codec ``record.encode`` should be given for ``topic`` (``[log] codec`` or its topic override)."""
        return self._partition(topic, 0).settings.codec

    def _enqueue(self, part: Partition, encoded: record.EncodedBatch) -> Future[AppendResult]:
        fut: Future[AppendResult] = Future()
        with self._cv:
            if self._closed:
                raise LogClosedError("the log is closed")
            self._pending.append(_Pending(part, encoded, fut))
            self._cv.notify()
        return fut

    async def append_async(self, topic: str, partition: int, batch: pa.RecordBatch) -> AppendResult:
        """Like :meth:`append`, with encoding (compression) off the event loop."""
        if self.readonly:
            raise LogError("this log was opened read-only")
        part = self._partition(topic, partition)
        loop = asyncio.get_running_loop()
        encoded = await loop.run_in_executor(self._encoder, record.encode, batch, part.settings.codec)
        return await asyncio.wrap_future(self._enqueue(part, encoded))

    def _flush_loop(self) -> None:
        while True:
            with self._cv:
                while not self._pending and not self._closed:
                    self._cv.wait(timeout=RETENTION_CHECK_SECONDS)
                    if not self._pending:
                        break
                items, self._pending = self._pending, []
                closing = self._closed
            if items:
                try:
                    self._flush(items)
                except Exception as e:  # noqa: BLE001 — the flusher must outlive any one cycle
                    log.exception("log flush cycle failed")
                    err = LogIOError(f"append failed: {e}")
                    for it in items:
                        if not it.future.done():
                            it.future.set_exception(err)
            if self.retention_check is not None and self.clock() - self._last_retention >= self.retention_check:
                self._last_retention = self.clock()
                self.enforce_retention()
            if closing and not items:
                with self._cv:
                    if not self._pending:
                        return

    def _flush(self, items: list[_Pending]) -> None:
        by_part: dict[Partition, list[_Pending]] = defaultdict(list)
        for it in items:
            by_part[it.partition].append(it)
        written: list[tuple[Partition, list[_Pending], list[int]]] = []
        for part, its in by_part.items():
            try:
                bases = part.write([it.batch for it in its])
            except LogError as e:
                log.error("append to %s/%d failed: %s", part.topic, part.index, e)
                for it in its:
                    it.future.set_exception(e)
                continue
            written.append((part, its, bases))
        if PARALLEL_SYNC and len(written) > 1:
            # each partition's fdatasync in flight at once; each resolves its own appends when done
            for f in [self._syncers.submit(self._commit, *w) for w in written]:
                f.result()
        else:
            for w in written:
                self._commit(*w)
        with self._data:
            self._data.notify_all()
        for part, _, _ in written:
            size = part.spare_wanted()
            if size is not None:
                self._jobs.put(lambda part=part, size=size: part.prepare_spare(size))

    @staticmethod
    def _commit(part: Partition, its: list[_Pending], bases: list[int]) -> None:
        """fdatasync one partition, then resolve its appends (or fail them)."""
        try:
            part.sync()
        except LogError as e:
            log.error("fsync of %s/%d failed: %s", part.topic, part.index, e)
            for it in its:
                it.future.set_exception(e)
            return
        for it, base in zip(its, bases):
            it.future.set_result(AppendResult(part.topic, part.index, base, it.batch.record_count))

    def _background_loop(self) -> None:
        while (job := self._jobs.get()) is not None:
            try:
                job()
            except Exception:  # noqa: BLE001 — a background chore must never stop the log
                log.exception("log background job failed")

    def enforce_retention(self, now: float | None = None) -> int:
        """Delete whole segments past the age or size limit in every partition."""
        n = 0
        for parts in list(self._topics.values()):
            for p in parts:
                n += p.enforce_retention(now)
        return n

    # -- reading ---------------------------------------------------------------
    def read(self, topic: str, partition: int, offset: int, *, max_records: int = 100_000,
             max_bytes: int = 64 << 20) -> list[FetchedBatch]:
        part = self._partition(topic, partition)
        return [FetchedBatch(topic, partition, base, b) for base, b in part.read(offset, max_records, max_bytes)]

    def start_offset(self, topic: str, partition: int) -> int:
        p = self._partition(topic, partition)
        p.refresh()
        return p.log_start_offset

    def end_offset(self, topic: str, partition: int) -> int:
        p = self._partition(topic, partition)
        p.refresh()
        return p.high_watermark

    def offset_for_time(self, topic: str, partition: int, ts_us: int) -> int:
        return self._partition(topic, partition).offset_for_time(ts_us)

    def describe(self, topic: str) -> list[PartitionInfo]:
        self.topics()
        out = []
        for p in self._topics[topic]:
            p.refresh()
            firsts = [s.first_ts for s in p.segments if s.first_ts is not None]
            lasts = [s.max_ts for s in p.segments if s.max_ts is not None]
            out.append(PartitionInfo(topic, p.index, p.log_start_offset, p.high_watermark, p.size_bytes,
                                     len(p.segments), min(firsts) if firsts else None, max(lasts) if lasts else None))
        return out

    def wait_for_data(self, timeout: float) -> None:
        """Block until an append lands (writer process) or ``timeout`` passes (polling for readers)."""
        if self.readonly:
            time.sleep(min(timeout, 0.02))
            return
        with self._data:
            self._data.wait(timeout)

    # -- consumer groups ---------------------------------------------------------
    def consumer(self, group: str, topics: list[str], *, member: int = 0, members: int = 1) -> Consumer:
        return EmbeddedConsumer(self, group, topics, member=member, members=members)

    def committed(self, group: str) -> dict[TopicPartition, int]:
        return self.offsets.committed(group)

    def commit(self, group: str, offsets: dict[TopicPartition, int]) -> None:
        self.offsets.commit(group, offsets)

    def groups(self) -> list[str]:
        return self.offsets.groups()

    def quarantine_offsets(self, group: str) -> str | None:
        aside = self.offsets.quarantine(group)
        return None if aside is None else str(aside)

    # -- lifecycle -------------------------------------------------------------
    def close(self) -> None:
        with self._cv:
            if self._closed:
                return
            self._closed = True
            self._cv.notify_all()
        if self._flusher is not None:
            self._flusher.join()
        if self._background is not None:
            for parts in self._topics.values():
                for p in parts:
                    p.stopping = True
            self._jobs.put(None)
            self._background.join()
        self._encoder.shutdown(wait=True)
        self._syncers.shutdown(wait=True)
        for parts in self._topics.values():
            for p in parts:
                if p.writable and p.segments:
                    p.segments[-1].offset_index.flush()
                    p.segments[-1].time_index.flush()
                p.close()
        if self._lock is not None:
            self._lock.release()


class EmbeddedConsumer(Consumer):
    """A group member over the embedded log; static assignment ``partition % members == member``."""

    def __init__(self, log_: EmbeddedLog, group: str, topics: list[str], *, member: int = 0, members: int = 1) -> None:
        self.log = log_
        self.group = group
        self._assignment = [TopicPartition(t, p) for t in topics for p in range(log_.partitions(t))
                            if p % members == member]
        # own the partitions first: a previous member may still be committing them
        self._owned_fds = log_.offsets.own(group, self._assignment)
        committed = log_.committed(group)
        self._positions = {tp: committed.get(tp, log_.start_offset(tp.topic, tp.partition))
                           for tp in self._assignment}
        self._next = 0

    def assignment(self) -> list[TopicPartition]:
        return list(self._assignment)

    def poll(self, timeout: float = 1.0, max_records: int = 100_000) -> list[FetchedBatch]:
        deadline = time.monotonic() + timeout
        while True:
            out: list[FetchedBatch] = []
            got = 0
            n = len(self._assignment)
            for i in range(n):
                tp = self._assignment[(self._next + i) % n]
                batches = self.log.read(tp.topic, tp.partition, self._positions[tp], max_records=max_records - got)
                for fb in batches:
                    out.append(fb)
                    got += fb.batch.num_rows
                if batches:
                    self._positions[tp] = batches[-1].next_offset
                if got >= max_records:
                    break
            self._next = (self._next + 1) % max(n, 1)
            remaining = deadline - time.monotonic()
            if out or remaining <= 0:
                return out
            self.log.wait_for_data(min(remaining, 0.1))

    def seek(self, tp: TopicPartition, offset: int) -> None:
        self._positions[tp] = offset

    def position(self, tp: TopicPartition) -> int:
        return self._positions[tp]

    def commit(self, offsets: dict[TopicPartition, int]) -> None:
        self.log.commit(self.group, offsets)

    def close(self) -> None:
        self._assignment = []
        for fd in self._owned_fds:
            os.close(fd)
        self._owned_fds = []

    def __del__(self) -> None:  # a consumer dropped without close() lets go, as a dead process would
        if getattr(self, "_owned_fds", None):
            self.close()
