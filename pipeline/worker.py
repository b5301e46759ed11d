"""The pipeline worker: a consumer-group member turning the log into archived data.

Loop: poll Arrow batches of ``logs`` and ``metrics`` → normalise (and mine
patterns) → buffer per partition → flush to the sink → commit. The commit
for a partition names the offset after the last record flushed, and happens
only after the sink returned (its files renamed and their directory
fsync'd): a crash before it replays that range, and the sink's range-named
files make the replay overwrite instead of duplicate. When a partition is
assigned, the sink first deletes what a crashed predecessor wrote past the
committed offset.

Overlap (a static assignment: the embedded log): a due flush is *handed off*
(a :class:`Flight`) to writer threads, one partition each — Parquet encode,
the search index, rollups and fsync mostly run outside the GIL — while the
main thread polls and mines what comes next. The flight's offsets are
committed by the main thread once every file of it is durable, and the next
flush waits for that first (at most one flight in the air), so the commit
order and the crash contract are those of a serial flush. A failed flight
puts its buffers back in front of what was read since; the retry writes the
longer range.

The sink sits behind the small :class:`Sink` protocol so this module imports
nothing of ``sinks/`` (dependencies point ``sinks → pipeline``); the command
line wires the archive in.
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from millpond.pipeline.log.base import Consumer, FetchedBatch, Log, TopicPartition
from millpond.pipeline.log.errors import CorruptOffsetsError, LogError
from millpond.pipeline.normalize import Miner
from millpond.pipeline.schema import SCHEMAS
from millpond.pipeline.worker_batches import JOIN_BELOW, coalesce, done, normalized
from millpond.pipeline.worker_memory import tune_allocators
from millpond.pipeline.worker_parts import Buffer, Flight, PatternStore, Sink, WorkerStats

if TYPE_CHECKING:
    from millpond.pipeline.patterns_partitions import PartitionPatterns

__all__ = ["GROUP", "JOIN_BELOW", "TOPICS", "PatternStore", "Sink", "Worker", "WorkerStats", "coalesce", "load_miner"]
"""``coalesce`` and ``JOIN_BELOW`` live in :mod:`millpond.pipeline.worker_batches` (the query service's tail uses
them); ``Sink``, ``PatternStore`` and the worker's state records in :mod:`millpond.pipeline.worker_parts`."""

log = logging.getLogger(__name__)

GROUP = "millpond-pipeline"
"""The pipeline's consumer group; its committed offsets mark where the archive ends."""
TOPICS = ("logs", "metrics")


class Worker:
    """One pipeline worker. ``run`` blocks until ``stop`` is set, then archives the tail.

    Parameters
    ----------
    flush_interval, flush_rows
        A partition's buffer is flushed when it is this old or this big
        (bigger means fewer, larger Parquet files; freshness does not depend
        on it, the query service reads the unarchived tail from the log).
        A buffer of :data:`IDLE_FLUSH_ROWS` or more is also flushed as soon
        as a poll finds nothing new (the worker caught up: a burst's end), and
        so is every buffer after a burst of that many records.
    overlap
        Write flushes on writer threads while the main thread reads on (see
        the module doc). Only for a static assignment (the embedded log): a
        group rebalance between a flight's write and its commit would let
        two owners archive one range. With it, a buffer of
        :data:`EAGER_FLUSH_ROWS` is flushed whenever no flight is in the air.
    """

    def __init__(
        self,
        log_: Log,
        sink: Sink,
        *,
        group: str = GROUP,
        topics: tuple[str, ...] = TOPICS,
        flush_interval: float = 5.0,
        flush_rows: int = 500_000,
        maintain_interval: float = 30.0,
        miner: PatternStore | PartitionPatterns | None = None,
        member: int = 0,
        members: int = 1,
        clock: Callable[[], float] = time.monotonic,
        overlap: bool = True,
    ) -> None:
        self.log = log_
        self.sink = sink
        self.group = group
        self.topics = topics
        self.flush_interval = flush_interval
        self.flush_rows = flush_rows
        self.maintain_interval = maintain_interval
        self.miner = miner
        self._partitioned = hasattr(miner, "revoked")  # one miner per partition (Kafka): see patterns_partitions
        self.clock = clock
        self.member, self.members = member, members
        self.stats = WorkerStats()
        self._consumer: Consumer | None = None
        self._owned: set[TopicPartition] = set()
        self._buffers: dict[TopicPartition, Buffer] = {}
        self._last_maintain = clock()
        self._patterns_dirty = False
        self._retry_at = 0.0
        self._failures = 0
        self._writers = cf.ThreadPoolExecutor(WRITE_THREADS, thread_name_prefix="archive-write") if overlap else None
        self._flight: Flight | None = None
        self._read_since_idle = 0
        """Records polled since the last poll that found nothing: a burst's size (see :data:`IDLE_FLUSH_ROWS`)."""
        # one miner per partition (they share no state; ids are content-addressed): partitions are mined in
        # parallel, the masking regexes run outside the GIL — the second core after a burst, where the main
        # thread mined a backlog of four partitions one after the other
        self._miners = (cf.ThreadPoolExecutor(MINE_THREADS, thread_name_prefix="mine")
                        if self._partitioned and MINE_THREADS > 1 else None)

    # -- lifecycle -----------------------------------------------------------------------------

    def _repair_offsets(self) -> None:
        """A damaged committed-offsets file is moved aside and rebuilt from the archive, not a crash loop.

        Published files are exactly what was committed (a file is published
        after its commit), so their ends are the committed offsets; pending
        files past them are orphans that ``assigned`` deletes and the log replays.
        """
        try:
            self.log.committed(self.group)
        except CorruptOffsetsError as e:
            aside = self.log.quarantine_offsets(self.group)
            rebuilt = self.sink.archived_offsets()
            self.log.commit(self.group, rebuilt)
            log.warning("worker: %s; moved it to %s and rebuilt the committed offsets from the archive: %s", e,
                        aside, ", ".join(f"{tp}={o}" for tp, o in sorted(rebuilt.items())) or "none (replay all)")

    def start(self) -> None:
        tune_allocators()  # this process's job from now on: its flushes' temporaries are reused, not re-faulted
        self._repair_offsets()
        if self.members > 1:  # static split of partitions between worker processes (embedded log)
            self._consumer = self.log.consumer(self.group, list(self.topics), member=self.member,  # type: ignore[call-arg]
                                               members=self.members)
        else:
            self._consumer = self.log.consumer(self.group, list(self.topics))
        self._sync_assignment()
        self.sink.maintain(self.log.committed(self.group), sorted(self._owned))

    def run(self, stop: threading.Event, *, drain_timeout: float = 30.0) -> None:
        """Consume until ``stop`` is set; then read to the end of the log (up to ``drain_timeout``) and flush."""
        if self._consumer is None:
            self.start()
        try:
            while not stop.is_set():
                self.step()
            self.drain(drain_timeout)
        finally:
            self.close()

    def step(self, timeout: float = 0.2) -> int:
        """One poll, then whatever flush or housekeeping is due; returns records polled."""
        assert self._consumer is not None, "start() first"
        now = self.clock()
        self._guard(self._land, block=False, now=now)  # a flight whose files are durable: commit it
        polled = False
        if now < self._retry_at:  # the sink failed (disk full…): stop reading, retry later
            time.sleep(min(timeout, self._retry_at - now))
            got: list[FetchedBatch] = []
        else:
            self._sync_assignment()
            # a flight in the air: come back for its commit soon (an idle poll would hold it up to `timeout`)
            got = self._consumer.poll(timeout=min(timeout, 0.02) if self._flight else timeout,
                                      max_records=self.flush_rows)
            polled = True
            for fb in got:
                self._add(fb)
            self._normalize_all([tp for tp, b in self._buffers.items() if b.raw_rows >= MINE_ROWS])
        now = self.clock()
        idle = polled and not got  # caught up: what is buffered need not wait
        self._read_since_idle += sum(fb.batch.num_rows for fb in got)
        burst_end = idle and self._read_since_idle >= IDLE_FLUSH_ROWS  # all of a burst's tail goes, however small
        # writers idle: hand off what is big enough now rather than pile it up for flush_interval and write it
        # all after the burst (the writes then overlap reading and mining on the second core)
        eager = self._writers is not None and self._flight is None
        due = [tp for tp, b in self._buffers.items()
               if b.rows + b.raw_rows >= self.flush_rows or now - b.since >= self.flush_interval
               or idle and (burst_end or b.rows + b.raw_rows >= IDLE_FLUSH_ROWS)
               or eager and b.rows + b.raw_rows >= EAGER_FLUSH_ROWS]
        if due and now >= self._retry_at:
            if self._guard(self.flush, due, wait=False, now=now) and idle:
                self._read_since_idle = 0
        elif idle and not due:
            self._read_since_idle = 0
        if now - self._last_maintain >= self.maintain_interval:
            self._last_maintain = now
            if self._guard(self._land, block=True, now=now):  # the sink does one thing at a time
                try:
                    self.sink.maintain(self.log.committed(self.group), sorted(self._owned))
                except OSError as e:  # housekeeping only: readers are unaffected, try again next time
                    log.error("worker: archive housekeeping failed: %s", e)
        return sum(fb.batch.num_rows for fb in got)

    def _guard(self, fn: Callable[..., object], *args: object, now: float, **kw: object) -> bool:
        """Run a flush step; on a sink or log failure back off (nothing was committed). True if it worked."""
        try:
            fn(*args, **kw)
        except (OSError, LogError) as e:
            self._failures += 1
            delay = min(0.5 * 2 ** self._failures, 30.0)
            self._retry_at = now + delay
            log.error("worker: archiving failed (%s); nothing committed, retrying in %.1fs", e, delay)
            return False
        return True

    def drain(self, timeout: float) -> None:
        """Archive everything up to the log's current end (a graceful stop)."""
        deadline = self.clock() + timeout
        while self.clock() < deadline and self._behind():
            self.step(timeout=0.05)
        self.flush()

    def close(self) -> None:
        try:
            if self._flight is not None and self._consumer is not None:
                try:  # its files are being written: commit them rather than replay them
                    self._land(block=True)
                except (OSError, LogError) as e:
                    log.error("worker: the last archive write failed (%s); it is replayed at the next start", e)
        finally:
            if self._writers is not None:
                self._writers.shutdown(wait=True)
            if self._miners is not None:
                self._miners.shutdown(wait=True)
            if self._consumer is not None:
                self._consumer.close()
                self._consumer = None
            self.sink.close()

    # -- internals -----------------------------------------------------------------------------

    def _behind(self) -> bool:
        assert self._consumer is not None
        return any(self._consumer.position(tp) < self.log.end_offset(tp.topic, tp.partition) for tp in self._owned)

    def _sync_assignment(self) -> None:
        assert self._consumer is not None
        now = set(self._consumer.assignment())
        if now == self._owned:
            return
        self._land(block=True)  # before partitions move: a flight's commit belongs to its owner
        for tp in self._owned - now:  # revoked: its new owner replays from the committed offset
            self._buffers.pop(tp, None)
        if self._partitioned:
            self.miner.revoked(sorted(self._owned - now))  # type: ignore[union-attr]
        new = sorted(now - self._owned)
        if new:
            committed = self.log.committed(self.group)
            self.sink.assigned(new, committed)
            if self._partitioned:
                self.miner.assigned(new, committed)  # type: ignore[union-attr]
            for tp in new:
                start = max(committed.get(tp, 0), self.log.start_offset(tp.topic, tp.partition))
                end = self.log.end_offset(tp.topic, tp.partition)
                if start > end:  # records the archive holds are gone from the log (lost before their fsync?)
                    log.error("worker: %s committed offset %d is past the log end %d: the log lost records "
                              "after they were archived; new records below %d will not be archived", tp, start,
                              end, start)
                if self._consumer.position(tp) != start:
                    self._consumer.seek(tp, start)
            log.info("worker: now owns %s", ", ".join(map(str, new)))
        self._owned = now

    def _add(self, fb: FetchedBatch) -> None:
        tp = TopicPartition(fb.topic, fb.partition)
        if tp not in self._owned or fb.batch.num_rows == 0:
            return
        buf = self._buffers.get(tp)
        if buf is None:
            buf = self._buffers[tp] = Buffer(fb.base_offset, fb.base_offset, self.clock())
        if fb.base_offset != buf.end:
            if fb.base_offset < buf.end:  # overlapping re-delivery: keep each offset once
                skip = buf.end - fb.base_offset
                if skip >= fb.batch.num_rows:
                    return
                fb = FetchedBatch(fb.topic, fb.partition, buf.end, fb.batch.slice(skip))
            elif self.log.contiguous_offsets:  # Kafka leaves gaps between messages: not a loss
                log.warning("worker: %s jumped from offset %d to %d (deleted by retention before archiving)",
                            tp, buf.end, fb.base_offset)
        buf.raw.append(fb.batch)
        buf.raw_rows += fb.batch.num_rows
        buf.end = fb.next_offset
        self.stats.records += fb.batch.num_rows

    def _normalize_all(self, tps: list[TopicPartition]) -> None:
        """Normalise (and mine) the raw records of ``tps``' buffers, joined into as few calls as schemas allow.

        Why gather first: normalising and mining cost a fixed few ms a call
        (mining measured 6.1 CPU-µs a line in 500-line calls, 2.5 at 2,000,
        1.3 at 20,000), and a worker that keeps up polls what arrived since its
        last poll — a few receiver batches of a few hundred records. Freshness
        does not suffer: queries read the unarchived tail from the log.
        Partitions with their own miner are done on the mining threads.
        """
        todo = [(tp, self._buffers[tp], self._miner_of(tp)) for tp in tps if self._buffers[tp].raw]
        if self._miners is not None and len(todo) > 1:
            futures = [self._miners.submit(normalized, tp.topic, b.raw, m) for tp, b, m in todo]
        else:
            futures = [done(normalized, tp.topic, b.raw, m) for tp, b, m in todo]
        cf.wait(futures)
        for (tp, buf, _), fu in zip(todo, futures):
            if fu.exception() is not None:  # the others are kept: their miners have counted them
                continue
            batches, dropped = fu.result()
            if dropped:
                self.stats.dropped += dropped
                log.warning("worker: dropped %d %s records of %s without ts/name/value", dropped, tp.topic, tp)
            buf.batches += batches
            buf.rows += sum(b.num_rows for b in batches)
            if tp.topic == "logs" and self.miner is not None:
                self._patterns_dirty = True
            buf.raw, buf.raw_rows = [], 0
        for fu in futures:
            fu.result()  # raises the first failure

    def _miner_of(self, tp: TopicPartition) -> Miner | None:
        miner = self.miner if tp.topic == "logs" else None
        if miner is not None and self._partitioned:
            miner = miner.miner(tp)  # type: ignore[union-attr]
        return miner

    def flush(self, tps: list[TopicPartition] | None = None, *, wait: bool = True) -> None:
        """Write the buffers of ``tps`` (default all), then commit their end offsets.

        ``wait=False`` (with ``overlap``): return once the writes are handed
        to the writer threads; a later :meth:`step` commits them. Either way
        an earlier flight is committed first.
        """
        assert self._consumer is not None
        self._land(block=True)
        todo = [tp for tp in (tps if tps is not None else list(self._buffers)) if tp in self._buffers]
        if not todo:
            return
        t0 = time.perf_counter()
        self._normalize_all(todo)  # everything up to each buffer's end is mined before the miner's state is saved
        if self._partitioned:  # each partition's state up to exactly the offset about to be committed
            self.miner.save({tp: self._buffers[tp].end for tp in todo})  # type: ignore[union-attr]
        elif self._patterns_dirty and self.miner is not None:
            self.miner.save()  # before the commit: a replay must find the ids it already handed out
            self.sink.patterns(self.miner.patterns_table())
            self._patterns_dirty = False
        # the buffers leave now (what is read next starts new ones); a failed flight puts them back
        bufs = {tp: self._buffers.pop(tp) for tp in todo}
        if self._writers is None:
            futures = [done(self._write, tp, b) for tp, b in bufs.items()]
        else:
            futures = [self._writers.submit(self._write, tp, b) for tp, b in bufs.items()]
        self._flight = Flight(bufs, futures, t0)
        if wait or self._writers is None:
            self._land(block=True)

    def _write(self, tp: TopicPartition, buf: Buffer) -> None:
        """One partition's files of a flush, durable on return (on a writer thread with ``overlap``)."""
        self.sink.write(tp, buf.start, buf.end, pa.Table.from_batches(buf.batches, schema=SCHEMAS[tp.topic]))

    def _land(self, *, block: bool) -> None:
        """Commit the flight in the air once all its files are durable (``block``: wait for them), then publish.

        A failed write or commit commits nothing and puts the flight's
        buffers back, so the retry rewrites their range (and what came since).
        """
        f = self._flight
        if f is None or not block and not all(fu.done() for fu in f.futures):
            return
        cf.wait(f.futures)
        self._flight = None
        try:
            for fu in f.futures:
                fu.result()
            self._consumer.commit(f.offsets)  # type: ignore[union-attr]
        except BaseException:
            self._restore(f)
            raise
        self._failures = 0
        offsets = f.offsets
        if self._partitioned:  # only what the consumer committed: a rebalance in a poll drops a lost partition's
            owned = set(self._consumer.assignment())  # type: ignore[union-attr]
            self.miner.committed({tp: o for tp, o in offsets.items() if tp in owned})  # type: ignore[union-attr]
        self.stats.flushed_records += sum(b.rows for b in f.bufs.values())
        self.stats.flushes += 1
        try:
            self.sink.committed(list(f.bufs))
        except OSError as e:  # committed already: readers that know the offsets see it; a restart publishes it
            log.error("worker: publishing archived files failed: %s", e)
        self.stats.last_flush_s = time.perf_counter() - f.t0

    def _restore(self, f: Flight) -> None:
        """A failed flight's buffers back in front of what was read since (one longer range each)."""
        for tp, old in f.bufs.items():
            if tp not in self._owned:
                continue
            new = self._buffers.get(tp)
            if new is not None:
                old.batches += new.batches
                old.rows += new.rows
                old.raw, old.raw_rows, old.end = new.raw, new.raw_rows, new.end
            self._buffers[tp] = old


MINE_ROWS = 32_768
"""Raw rows a partition's buffer gathers before they are normalised and mined in one call (or at its flush)."""

IDLE_FLUSH_ROWS = 65_536
"""A buffer this big is flushed as soon as a poll finds nothing new, not at ``flush_interval``; so is every
buffer once this many records were read since the last such poll (the end of a burst: what is left after its
last size-triggered flush is small, and used to wait up to ``flush_interval``). Files stay large: a trickle still
waits for the interval, and a burst's end makes at most one small file per partition."""

EAGER_FLUSH_ROWS = 131_072
"""With ``overlap``, a buffer this big is handed to the writer threads as soon as no flight is in the air: under a
sustained load the archive then keeps up (files of about what arrives while one flight is written, at least
this many rows) instead of flushing everything at ``flush_interval`` and writing a whole interval's records after
the load stops."""

WRITE_THREADS = 2
"""Writer threads of the overlapped flush: partitions of one flight are written in parallel (one per core)."""

MINE_THREADS = 2
"""Threads normalising and mining partitions of one poll or flush in parallel (one miner per partition only)."""


def load_miner(state_dir: Path) -> Any | None:
    """The pattern miner (``millpond.pipeline.patterns``) if that part is installed, else ``None``."""
    try:
        from millpond.pipeline.patterns import PatternMiner  # type: ignore[import-not-found]
    except ImportError:
        return None
    return PatternMiner.load(state_dir)
