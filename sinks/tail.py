"""The log's not-yet-archived tail, as Arrow, for queries to read beside the Parquet.

Everything from the pipeline group's committed offset to the end of each
partition is not in a committed archive file yet; the query service reads it
from the log so an acknowledged record is visible at once. Batches already
read are cached and only the new end is fetched per query, so a query costs
what arrived since the last one, not the whole tail.

While queries keep coming (two or more within :data:`FOLLOW_SECONDS`), a
follower thread keeps that cache at the log's end between them, so a query
only decodes the last few milliseconds of records itself. Only the topics
queries read are decoded and followed (a rollup query needs just the
committed offsets; a logs query does not decode metrics). Why: the query
service lives in the ingest process, whose event loop holds the GIL most of
the time under load; the log decodes batch by batch (~500 records each),
and every time the decoding thread lets go of the GIL it waits up to a
switch interval (5 ms) to get it back. Measured on the forward load, a
query decoding the ~300k records that arrived during the previous query took
0.65-1.0 s, so each query made the next one longer (ack → visible p99 1.2 s).
The follower does the same decoding, off the query's critical path; when
queries stop, it stops (a dashboard that asks now and then pays per query,
and records archived in between are never decoded at all).
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyarrow as pa

from millpond.pipeline.log.base import FetchedBatch, Log, TopicPartition
from millpond.pipeline.normalize import canonical_severities, normalize
from millpond.pipeline.schema import LOGS, SCHEMAS
from millpond.pipeline.worker import coalesce

log = logging.getLogger(__name__)

FOLLOW_SECONDS = 5.0
"""Queries this close together start the follower; it stops this long after the last (0: no follower)."""
FOLLOW_EVERY = 0.05
"""Seconds between the follower's reads: what a query may still have to decode itself."""
READ_RECORDS = 100_000
"""Records per ``log.read`` call (the lock is held for one pass over the partitions)."""


_NO_NULLS = [LOGS.get_field_index(n) for n in ("host", "service", "message", "attributes", "source")]


def normalized_logs(batches: list[pa.RecordBatch]) -> bool:
    """True when every batch is already what ``normalize("logs", batch)`` returns (so the tail keeps them as
    read: no copy, no per-batch compute calls).

    That is every batch the receivers append (``logs_batch`` builds exactly that): the ``LOGS`` schema,
    no null host/service/message/attributes/source, every severity a name of :data:`SEVERITIES`. The
    severities of all batches are checked in one call. Anything else (another producer, an older
    schema) goes through ``normalize``. Why: coalescing and normalising ~500-row batches cost the
    ingest process 0.27 of the tail's 0.5 CPU-µs a record while queries keep it followed.
    """
    for b in batches:
        if not b.schema.equals(LOGS, check_metadata=True) or any(b.column(i).null_count for i in _NO_NULLS):
            return False
    if not batches:
        return True
    return canonical_severities(pa.chunked_array([b.column("severity") for b in batches], pa.string()))


@dataclass
class _Cached:
    start: int = 0
    end: int = 0
    batches: list[FetchedBatch] = field(default_factory=list)
    rows: int = 0


@dataclass(frozen=True)
class TailSnapshot:
    """Where archive ends and tail begins (per partition), and the tail's rows per topic."""

    start: dict[TopicPartition, int]
    tables: dict[str, pa.Table]
    hidden: int
    """Records past the committed offsets left out because the pipeline is that far behind."""
    decoded: int = 0
    """Records this snapshot had to read from the log itself (the rest were cached)."""


class Tail:
    """Reads ``[committed, end)`` of every partition of ``topics``; thread-safe.

    ``max_records`` bounds the rows held per topic (split evenly over its
    partitions): when the pipeline is further behind than that, the *newest*
    records are kept, so what just arrived stays visible, and the older
    unarchived ones are left out until the worker archives them (counted in
    ``hidden``), rather than memory growing without bound.

    ``follow``: once two snapshots of a topic come within that many seconds, a
    follower thread reads its new end every ``every`` seconds until ``follow``
    seconds after the last snapshot (see the module doc).
    """

    def __init__(self, log: Log, group: str, topics: tuple[str, ...] = ("logs", "metrics"),
                 *, max_records: int = 2_000_000, follow: float = FOLLOW_SECONDS, every: float = FOLLOW_EVERY) -> None:
        self.log = log
        self.group = group
        self.topics = topics
        self.max_records = max_records
        self.follow = follow
        self.every = every
        self.followed = 0
        """Records the follower decoded (for tests and the bench)."""
        self._cache: dict[TopicPartition, _Cached] = {}
        self._lock = threading.Lock()
        self._follow_until: dict[str, float] = {}
        """Per topic: until when to follow it (queries read it twice within ``follow`` s)."""
        self._last_query: dict[str, float] = {}
        self._follower: threading.Thread | None = None
        self._closed = threading.Event()

    def snapshot(self, topics: Iterable[str] | None = None) -> TailSnapshot:
        """The tail of ``topics`` (default: all); ``start`` covers every topic's partitions regardless.

        Only the topics a query reads are decoded, and followed for the next ones.
        """
        wanted = set(self.topics if topics is None else topics) & set(self.topics)
        self._keep_following(wanted)
        with self._lock:
            starts, hidden, decoded, per_topic = self._refresh(wanted)
            tables = {topic: pa.Table.from_batches(batches, schema=SCHEMAS[topic])
                      for topic, batches in per_topic.items()}
            return TailSnapshot(starts, tables, hidden, decoded)

    def following(self) -> bool:
        """True while the follower thread runs."""
        return self._follower is not None and self._follower.is_alive()

    def close(self) -> None:
        """Stop the follower (the cache stays usable; a later snapshot reads on its own)."""
        self._closed.set()
        if self._follower is not None:
            self._follower.join(5)

    # -- internals -----------------------------------------------------------------------------

    def _refresh(self, topics: set[str], *, collect: bool = True
                 ) -> tuple[dict[TopicPartition, int], int, int, dict[str, list[pa.RecordBatch]]]:
        """Move the caches of ``topics``' partitions to ``[committed, end)``; caller holds the lock.

        Returns every topic's start offsets (a reader selects archive files by them), the hidden
        count, the records read now, and (``collect``) each of ``topics``' batches — the follower
        does not need them: listing a tail of ~2,000 batches 20 times a second is work for nothing.
        """
        committed = self.log.committed(self.group)
        known = self.log.topics()
        starts: dict[TopicPartition, int] = {}
        per_topic: dict[str, list[pa.RecordBatch]] = {}
        hidden = decoded = 0
        for topic in self.topics:
            n = known.get(topic, 0)
            cap = max(self.max_records // max(n, 1), 1)
            batches: list[pa.RecordBatch] = []
            for p in range(n):
                tp = TopicPartition(topic, p)
                start = max(committed.get(tp, 0), self.log.start_offset(topic, p))
                starts[tp] = start
                if topic not in topics:
                    continue
                window = max(start, self.log.end_offset(topic, p) - cap)
                hidden += window - start
                cached, got = self._advance(tp, window, cap)
                decoded += got
                if collect:
                    batches.extend(fb.batch for fb in cached.batches)
            if topic in topics:
                per_topic[topic] = batches
        return starts, hidden, decoded, per_topic

    def _keep_following(self, topics: set[str]) -> None:
        """Follow ``topics`` for ``follow`` s more if a query read them within the last ``follow`` s too.

        A lone query, or alert rules every 10 s, start nothing: following between them would decode
        records the worker archives before the next query, which then never needs them.
        """
        if self.follow <= 0 or self._closed.is_set() or not topics:
            return
        now = time.monotonic()
        with self._lock:
            again = {t for t in topics if now - self._last_query.get(t, -math.inf) <= self.follow}
            self._last_query.update(dict.fromkeys(topics, now))
            for t in again:
                self._follow_until[t] = now + self.follow
            if again and not self.following():
                self._follower = threading.Thread(target=self._run, name="tail-follower", daemon=True)
                self._follower.start()

    def _run(self) -> None:
        while not self._closed.wait(self.every):
            with self._lock:
                now = time.monotonic()
                topics = {t for t, until in self._follow_until.items() if until >= now}
                if not topics:
                    self._follower = None  # (under the lock: a snapshot now starts a new one)
                    return
                try:
                    self.followed += self._refresh(topics, collect=False)[2]
                except Exception as e:  # noqa: BLE001 - the next query meets the error and reports it
                    log.debug("tail follower stopped: %s", e)
                    self._follower = None
                    return

    def _advance(self, tp: TopicPartition, start: int, budget: int) -> tuple[_Cached, int]:
        """The cache of ``tp`` moved to begin at ``start`` and read on to the end (at most ``budget`` rows),
        and how many records that read from the log."""
        c = self._cache.get(tp)
        if c is None or start < c.start or start > c.end:
            c = self._cache[tp] = _Cached(start, start)
        # drop what the archive now holds
        if c.batches and c.batches[0].base_offset < start:
            kept: list[FetchedBatch] = []
            for fb in c.batches:
                if fb.next_offset <= start:
                    continue
                if fb.base_offset < start:
                    fb = FetchedBatch(fb.topic, fb.partition, start, fb.batch.slice(start - fb.base_offset))
                kept.append(fb)
            c.batches = kept
            c.rows = sum(fb.batch.num_rows for fb in kept)
        c.start = start
        got = 0
        while c.rows < budget:
            read = self.log.read(tp.topic, tp.partition, c.end, max_records=min(budget - c.rows, READ_RECORDS))
            if not read:
                break
            # batches as the receivers wrote them are kept as read; others get one normalize per run of
            # contiguous batches: it costs ~0.1 ms a call, and the log holds batches of a few hundred
            # records (0.20 CPU-µs a record at 500, 0.03 at 20,000)
            as_read = tp.topic == "logs" and normalized_logs([fb.batch for fb in read])
            for fb in read if as_read else coalesce(read):
                if fb.base_offset < c.end:  # defensive: never hold an offset twice
                    fb = FetchedBatch(fb.topic, fb.partition, c.end, fb.batch.slice(c.end - fb.base_offset))
                if fb.batch.num_rows == 0:
                    continue
                norm = fb.batch if as_read else normalize(tp.topic, fb.batch)
                c.batches.append(FetchedBatch(fb.topic, fb.partition, fb.base_offset, norm))
                c.rows += norm.num_rows
                got += norm.num_rows
                c.end = fb.next_offset
        return c, got
