"""Coalesce the batches of many concurrent receivers into few durable log appends.

Every receiver hands its decoded batch to one shared :class:`Appender` and
awaits it; the call returns only when every row is durable in the log, so the
receiver may then acknowledge (forward ``ack``, HTTP 204, syslog-over-TCP keeps
reading). Batches for the same (topic, partition) that arrive within
``linger`` seconds of each other become one append (one Arrow concat, one
group-committed fsync in the log), which is what makes small requests cheap.

Memory is bounded: bytes accepted but not yet durable are counted (the
``pending_bytes`` gauge) and an append that would push them past
``max_pending_bytes`` is refused at once with :class:`Backpressure`, so
receivers answer 429/503 or withhold the ack instead of buffering without
limit. Log failures (:class:`~millpond.pipeline.log.errors.LogError`) reach
the caller unchanged; ``retriable`` ones mean "answer 503 / no ack, client
retries".

All methods run on the event loop thread. The log's ``append`` (which encodes
and compresses) runs on one hand-off thread so decoding on the loop and
encoding overlap; the log's futures are awaited via ``asyncio.wrap_future``.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import time
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyarrow as pa

from millpond.ingest.decode_jobs import Decoded, Encoded, log_keys
from millpond.ingest.decode_pool import DecodePool
from millpond.ingest.errors import IngestError
from millpond.ingest.stats import IngestStats
from millpond.pipeline.log.base import AppendResult, Log, partition_column

log = logging.getLogger(__name__)

__all__ = ["Appender", "Backpressure", "log_keys"]


class Backpressure(IngestError):
    """Too much data is waiting to become durable; retry after ``retry_after`` seconds.

    HTTP receivers answer 429 with ``Retry-After``; forward withholds the ack
    (the client resends); syslog over UDP drops and counts.
    """

    code = 429
    reason = "backpressure"
    can_continue = True
    counted = True  # the appender counts it when it refuses

    def __init__(self, retry_after: float, message: str = "") -> None:
        super().__init__(message or f"ingest is behind: retry after {retry_after:.1f}s")
        self.retry_after = retry_after


_Part = pa.RecordBatch | tuple[pa.RecordBatch, np.ndarray]
"""A whole batch, or a batch and the (ascending) row positions of it that belong to one partition.
The rows are taken on the hand-off thread, off the event loop."""


def _split(batch: pa.RecordBatch, keys: pa.Array, partitions: int) -> list[tuple[int, _Part]]:
    """Row positions per partition of ``keys`` (the log's stable hash), order within a key kept."""
    pids = partition_column(keys, partitions)
    order = np.argsort(pids, kind="stable")
    ordered = pids[order]
    bounds = np.flatnonzero(np.diff(ordered)) + 1
    if not len(bounds):
        return [(int(ordered[0]), batch)]
    starts = np.concatenate(([0], bounds))
    ends = np.concatenate((bounds, [len(order)]))
    return [(int(ordered[a]), (batch, order[a:b])) for a, b in zip(starts, ends)]


@dataclass
class _Bucket:
    """Batches waiting to go to one (topic, partition) in a single append."""

    topic: str
    partition: int
    waiter: asyncio.Future[AppendResult]
    batches: list[_Part] = field(default_factory=list)
    nbytes: int = 0
    timer: asyncio.TimerHandle | asyncio.Handle | None = None


async def _nothing() -> None:
    return None


async def _wait(waiters: list[asyncio.Future[AppendResult]]) -> None:
    # asyncio.wait, not gather: a caller that goes away must not cancel the
    # waiters other callers share.
    await asyncio.wait(waiters)
    for w in waiters:
        w.result()


def _swallow(fut: asyncio.Future[AppendResult]) -> None:
    """Mark a shared waiter's exception retrieved (every caller may have gone away)."""
    if not fut.cancelled():
        fut.exception()


class Appender:
    """The one path from receivers to the log (see the module doc).

    Parameters
    ----------
    log
        The open log; only ``partitions`` and ``append`` are used.
    stats
        Where ``pending_bytes``, ``batches_appended_total`` and
        ``append_latency_seconds`` are kept.
    max_pending_bytes
        Bound on bytes accepted but not yet durable (``[ingest] max_pending``).
        One batch is always let through when nothing is pending, so a single
        batch larger than the bound still makes progress.
    linger
        Seconds a batch may wait for others to the same partition
        (``[ingest] linger``); 0 still coalesces callers of the same loop tick.
    pool
        Where :meth:`decode` runs jobs (``[ingest] decoders`` processes); none: in this process.
    max_batch_bytes
        A coalesced batch is sent as soon as it reaches this size, without
        waiting out the linger. (Measured with forward PackedForward: 8 MiB
        beat 128 KiB and 512 KiB — fewer, bigger appends cost less CPU than the
        linger costs latency, as receivers keep several appends in flight.)
    """

    def __init__(
        self,
        log: Log,
        stats: IngestStats,
        *,
        max_pending_bytes: int,
        linger: float,
        max_batch_bytes: int = 8 << 20,
        pool: DecodePool | None = None,
    ) -> None:
        self._log = log
        self.pool = pool if pool is not None else DecodePool(0)
        self._stats = stats
        self.max_pending_bytes = max_pending_bytes
        self.linger = linger
        self.max_batch_bytes = max_batch_bytes
        self._buckets: dict[tuple[str, int], _Bucket] = {}
        self._inflight: set[asyncio.Future[AppendResult]] = set()  # hand-off + durable, per flush
        self._nparts: dict[str, int] = {}
        self._rr: dict[str, int] = {}
        self._pending = 0
        self._decoding = 0  # of _pending: job bodies held by decoder processes
        self._codecs: dict[str, str] = {}
        self._drain_rate = 0.0  # bytes/s made durable, smoothed; feeds Retry-After
        self._closed = False
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="ingest-append")

    @property
    def closed(self) -> bool:
        """True once :meth:`close` began: every further append is refused."""
        return self._closed

    @property
    def pending_bytes(self) -> int:
        """Bytes accepted and not yet durable (or failed)."""
        return self._pending

    async def append(self, topic: str, batch: pa.RecordBatch, keys: pa.Array | None, *, receiver: str) -> None:
        """Append ``batch`` to ``topic``; return once all its rows are durable.

        ``keys`` (one per row: host, series, device…) choose the partition via
        the log's stable hash; ``None`` sends the whole batch to one partition,
        round robin per call.

        Raises
        ------
        Backpressure
            at once, nothing queued, when pending bytes would pass the bound
            (counted as ``rejected_total{receiver, reason="backpressure"}``).
        LogError
            when the log failed the append (``retriable`` says if a retry can
            work). Some partitions of a multi-partition batch may then be
            durable already: callers must not ack, and clients resend
            (at-least-once, never loss).
        """
        await self.submit(topic, batch, keys, receiver=receiver)

    async def ingest(self, kind: str, body: bytes, params: dict[str, Any], *, topic: str, receiver: str) -> int:
        """Decode one job (:meth:`decode`) and append it (:meth:`submit`); the rows, once durable."""
        admitted = self.pool.offloads(len(body))
        dec = await self.decode(kind, body, params, topic=topic, receiver=receiver, encode=True)
        if isinstance(dec, Encoded):
            await self.submit_encoded(topic, dec)
            return dec.rows
        await self.submit(topic, dec, receiver=receiver, admitted=admitted)
        return dec.batch.num_rows

    async def decode(self, kind: str, body: bytes, params: dict[str, Any], *, topic: str, receiver: str,
                     encode: bool = False) -> Decoded | Encoded:
        """Run a decode job (:mod:`~millpond.ingest.decode_jobs`) for ``topic``: inline, or in a decoder process.

        A job sent to a decoder counts its body against ``max_pending`` until its
        answer is in (``decode_pending_bytes``); past the bound it raises
        :class:`Backpressure` before anything is queued. Decoder refusals arrive as
        the decoder raised them; a lost decoder as ``DecoderLost`` (retriable).
        With ``encode`` and a log that takes encoded batches (``append_encoded``), a
        decoder also encodes the rows for the log and the answer is :class:`Encoded`.
        """
        params = {**params, "topic": topic, "partitions": self._partitions(topic)}
        if not self.pool.offloads(len(body)):
            return await self.pool.run(kind, body, params)
        if encode and hasattr(self._log, "append_encoded"):
            params["codec"] = self._codec(topic)
        n = len(body)
        if self._closed:
            raise Backpressure(1.0, "ingest is shutting down")
        if self._pending and self._pending + n > self.max_pending_bytes:
            self._stats.rejected(receiver, Backpressure.reason)
            raise Backpressure(self._retry_after())
        self._hold(n)
        fut = self.pool.submit(kind, body, params)
        try:
            return await asyncio.wrap_future(fut)
        finally:
            if fut.done():
                self._hold(-n)
            else:  # the caller went away while a decoder holds the job: count it until the answer is in
                loop = asyncio.get_running_loop()
                fut.add_done_callback(lambda _f: loop.call_soon_threadsafe(self._hold, -n))

    def _codec(self, topic: str) -> str:
        c = self._codecs.get(topic)
        if c is None:
            c = self._codecs[topic] = self._log.codec(topic)  # type: ignore[attr-defined]
        return c

    def submit_encoded(self, topic: str, enc: Encoded) -> Coroutine[Any, Any, None]:
        """Queue batches a decoder already encoded for the log (``Log.append_encoded``); await the result
        to know when they are durable.

        Each goes behind whatever this appender queued for its partition before (that bucket is sent
        first, and the hand-off thread is FIFO), so a forward connection's order holds. They are whole
        already: no coalescing, no concat, no second encode. Counted in ``pending_bytes`` until durable.
        """
        if self._closed:
            raise Backpressure(1.0, "ingest is shutting down")
        n = enc.nbytes
        self._hold_pending(n)
        loop = asyncio.get_running_loop()
        tasks = []
        for p, e in enc.parts:
            self._flush((topic, p))
            outer = loop.run_in_executor(self._pool, self._log.append_encoded, topic, p, e)  # type: ignore[attr-defined]
            task = asyncio.ensure_future(self._durable(outer))
            self._inflight.add(task)
            task.add_done_callback(self._inflight.discard)
            tasks.append(task)
        return self._encoded_durable(topic, tasks, n, time.perf_counter())

    async def _encoded_durable(self, topic: str, tasks: list[asyncio.Future[AppendResult]], n: int,
                               t0: float) -> None:
        try:
            await asyncio.wait(tasks)
        finally:
            self._hold_pending(-n)
        for t in tasks:
            t.result()
        elapsed = time.perf_counter() - t0
        self._stats.batches_appended_total.labels(topic).inc(len(tasks))
        self._stats.append_latency_seconds.labels(topic).observe(elapsed)
        if elapsed > 0:
            rate = n / elapsed
            self._drain_rate = rate if not self._drain_rate else 0.8 * self._drain_rate + 0.2 * rate

    def _hold_pending(self, n: int) -> None:
        self._pending += n
        self._stats.pending_bytes.set(self._pending)

    def _hold(self, n: int) -> None:
        self._pending += n
        self._decoding += n
        self._stats.pending_bytes.set(self._pending)
        self._stats.decode_pending_bytes.set(self._decoding)

    def submit(self, topic: str, batch: pa.RecordBatch | Decoded, keys: pa.Array | None = None, *,
               receiver: str, admitted: bool = False) -> Coroutine[Any, Any, None]:
        """Queue ``batch`` now (synchronously: calls keep their order per partition); await the result to
        know when it is durable. ``batch`` may be a :class:`Decoded` (rows already ordered by partition).
        Raises :class:`Backpressure` at once, as :meth:`append` does — unless ``admitted``: the rows of a
        job that :meth:`decode` let into a decoder process are not refused after the work is done."""
        if self._closed:
            raise Backpressure(1.0, "ingest is shutting down")
        rows = batch.batch if isinstance(batch, Decoded) else batch
        if rows.num_rows == 0:
            return _nothing()
        nbytes = rows.nbytes
        if not admitted and self._pending and self._pending + nbytes > self.max_pending_bytes:
            self._stats.rejected(receiver, Backpressure.reason)
            raise Backpressure(self._retry_after())
        n = self._partitions(topic)
        if isinstance(batch, Decoded):
            parts: list[tuple[int, _Part]] = [(p, rows.slice(a, b - a)) for p, a, b in batch.parts]
        elif keys is None or n == 1:
            p = self._rr.get(topic, 0) % n
            self._rr[topic] = p + 1
            parts = [(p, batch)]
        else:
            parts = _split(batch, keys, n)
        return _wait([self._add(topic, p, part) for p, part in parts])

    def _partitions(self, topic: str) -> int:
        n = self._nparts.get(topic)
        if n is None:
            n = self._nparts[topic] = self._log.partitions(topic)
        return n

    def _add(self, topic: str, partition: int, part: _Part) -> asyncio.Future[AppendResult]:
        key = (topic, partition)
        b = self._buckets.get(key)
        loop = asyncio.get_running_loop()
        if b is None:
            waiter: asyncio.Future[AppendResult] = loop.create_future()
            waiter.add_done_callback(_swallow)
            b = self._buckets[key] = _Bucket(topic, partition, waiter)
            if self.linger > 0:
                b.timer = loop.call_later(self.linger, self._flush, key)
            else:
                b.timer = loop.call_soon(self._flush, key)
        if isinstance(part, pa.RecordBatch):
            size = part.nbytes
        else:
            size = part[0].nbytes * len(part[1]) // max(1, part[0].num_rows)
        b.batches.append(part)
        b.nbytes += size
        self._pending += size
        self._stats.pending_bytes.set(self._pending)
        waiter = b.waiter
        if b.nbytes >= self.max_batch_bytes:
            self._flush(key)
        return waiter

    def _flush(self, key: tuple[str, int]) -> None:
        b = self._buckets.pop(key, None)
        if b is None:
            return
        if b.timer is not None:
            b.timer.cancel()
        t0 = time.perf_counter()
        # Concatenation and the log's encoding (IPC + compression, GIL released) run on one
        # hand-off thread, in parallel with decoding on the loop; one FIFO thread keeps the
        # order of appends per partition.
        outer = asyncio.get_running_loop().run_in_executor(self._pool, self._hand_off, b.topic, b.partition,
                                                           b.batches)
        task = asyncio.ensure_future(self._durable(outer))
        self._inflight.add(task)
        task.add_done_callback(lambda f: self._done(b, t0, f))

    def _hand_off(self, topic: str, partition: int, parts: list[_Part]) -> concurrent.futures.Future[AppendResult]:
        batches = [p if isinstance(p, pa.RecordBatch) else p[0].take(pa.array(p[1])) for p in parts]
        batch = batches[0] if len(batches) == 1 else pa.concat_batches(batches)
        return self._log.append(topic, partition, batch)

    @staticmethod
    async def _durable(outer: asyncio.Future[concurrent.futures.Future[AppendResult]]) -> AppendResult:
        return await asyncio.wrap_future(await outer)

    def _done(self, b: _Bucket, t0: float, fut: asyncio.Future[AppendResult]) -> None:
        self._inflight.discard(fut)
        if fut.cancelled():
            self._finish(b, t0, None, concurrent.futures.CancelledError())
        else:
            exc = fut.exception()
            self._finish(b, t0, None if exc else fut.result(), exc)

    def _finish(self, b: _Bucket, t0: float, result: AppendResult | None, exc: BaseException | None) -> None:
        elapsed = time.perf_counter() - t0
        self._pending -= b.nbytes
        self._stats.pending_bytes.set(self._pending)
        if exc is None and result is not None:
            self._stats.batches_appended_total.labels(b.topic).inc()
            self._stats.append_latency_seconds.labels(b.topic).observe(elapsed)
            if elapsed > 0:
                rate = b.nbytes / elapsed
                self._drain_rate = rate if not self._drain_rate else 0.8 * self._drain_rate + 0.2 * rate
            if not b.waiter.done():
                b.waiter.set_result(result)
        else:
            log.warning("append to %s/%d failed: %s", b.topic, b.partition, exc)
            if not b.waiter.done():
                b.waiter.set_exception(exc if exc is not None else RuntimeError("append failed"))

    def _retry_after(self) -> float:
        """Seconds until the backlog should have drained, from the recent durable rate (0.1 … 5)."""
        if self._drain_rate <= 0:
            return 1.0
        return max(0.1, min(5.0, self._pending / self._drain_rate))

    async def flush(self) -> None:
        """Send every lingering batch now and wait until all appends so far have settled."""
        for key in list(self._buckets):
            self._flush(key)
        if self._inflight:
            await asyncio.wait(set(self._inflight))

    async def close(self) -> None:
        """Refuse new appends, flush what is queued and wait for it to be durable (or fail)."""
        self._closed = True
        await self.flush()
        self._pool.shutdown(wait=False)
