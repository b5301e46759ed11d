"""Decoder processes: the per-record work of every receiver, spread over the machine's cores.

One ingest process runs every receiver on one event loop, so however many
cores the box has, decoding (the bulk of ingest CPU) used about one. A
:class:`DecodePool` keeps ``[ingest] decoders`` child processes
(:mod:`~millpond.ingest.decode_child`); a receiver hands it a job — the raw
body or message payload and its limits, see :mod:`~millpond.ingest.decode_jobs`
— and gets back the decoded batch, ordered by partition, as Arrow IPC read
without a copy. The single log writer (the appender) stays in this process.

- **Small jobs stay inline** (under ``[ingest] decode_inline`` bytes): the
  round trip would cost more than the decode, and latency is not hurt.
- **Bounded memory**: the bytes of a job count against ``[ingest]
  max_pending`` from submission until its answer is in (the ``decode_pending_bytes``
  gauge shows the share); past the bound a job is refused at once with
  :class:`~millpond.ingest.appender.Backpressure` (429, no ack).
- **A decoder that dies** (OOM killer, kill -9, a bug) fails only the one job
  it held, with :class:`DecoderLost` (retriable: HTTP 503 + Retry-After,
  forward no ack); it is restarted for the next job. A job that runs past
  :data:`JOB_TIMEOUT` kills its decoder the same way, so nothing hangs.
- **Order** is the caller's: results may complete out of submission order;
  forward keeps a connection's chunks in order itself.
- :meth:`close` ends every child (EOF, then SIGKILL after a grace period).

Each child is served by one thread here that sends its job and waits for the
answer with the GIL released; idle threads take the next job from one queue,
so the least busy decoder gets it.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import os
import queue
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import msgpack
import pyarrow as pa

from millpond.ingest import decode_jobs
from millpond.ingest.decode_child import ANSWER, ENCODED, JOB, OK, READY, recv_exact, unpack_error
from millpond.ingest.decode_jobs import Decoded, Encoded
from millpond.pipeline.log import record
from millpond.ingest.errors import Unavailable
from millpond.ingest.stats import IngestStats

log = logging.getLogger(__name__)

__all__ = ["DecodePool", "DecoderLost", "auto_decoders"]

JOB_TIMEOUT = 60.0
"""Seconds a decoder may spend on one job before it is killed (decoders are bounded; this is the backstop)."""
INLINE_DEFAULT = 64 * 1024
CHILD_ENV = {
    "MALLOC_MMAP_THRESHOLD_": str(64 << 20),
    "MALLOC_TRIM_THRESHOLD_": str(128 << 20),
    "MIMALLOC_PURGE_DELAY": "-1",
}
"""A decoder allocates and frees body-sized buffers on every job: keep the memory instead of handing it back
to the kernel and faulting it in again (two same-run A/B pairs at load 6: 3–13 % less CPU per JSON job through
the pool; within the noise at load 14). A decoder's RSS stays at its high-water mark, which the job limits
bound. Values set in the environment win."""


class DecoderLost(Unavailable):
    """The decoder process holding this job died (or hung and was killed): retry; nothing was written."""

    reason = "decoder_lost"


def auto_decoders(configured: int) -> int:
    """``[ingest] decoders``: 0 = one per CPU when there are at least two, none on one CPU; -1 = none."""
    if configured > 0:
        return configured
    if configured < 0:
        return 0
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return cpus if cpus > 1 else 0


@dataclass
class _Job:
    kind: str
    body: bytes
    params: dict[str, Any]
    future: concurrent.futures.Future[Decoded | Encoded] = field(default_factory=concurrent.futures.Future)


class _Child:
    """One decoder process and its end of the socket pair."""

    def __init__(self) -> None:
        ours, theirs = socket.socketpair()
        try:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "millpond.ingest.decode_child", str(theirs.fileno()), str(os.getpid())],
                pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL, close_fds=True, env={**CHILD_ENV, **os.environ})
        except BaseException:
            ours.close()
            raise
        finally:
            theirs.close()
        self.sock = ours
        self.sock.settimeout(JOB_TIMEOUT)
        self.jobs = 0

    @property
    def pid(self) -> int:
        return self.proc.pid

    def ask(self, job: _Job, job_id: int) -> Decoded | Encoded:
        """Send ``job``, wait for its answer; raises the decoder's exception, or OSError/EOFError if it is gone."""
        meta = msgpack.packb([job.kind, job.params])
        self.sock.sendall(JOB.pack(job_id, len(meta), len(job.body)) + meta)
        self.sock.sendall(job.body)
        got_id, status, meta_len, payload_len = ANSWER.unpack(recv_exact(self.sock, ANSWER.size))
        meta_b = recv_exact(self.sock, meta_len)
        payload = recv_exact(self.sock, payload_len) if payload_len else b""
        if got_id != job_id:
            raise EOFError(f"decoder answered job {got_id}, expected {job_id}")
        self.jobs += 1
        if status == ENCODED:
            parts, pos, view = [], 0, memoryview(payload)
            for p, hlen, plen in msgpack.unpackb(meta_b):
                enc = record.from_parts(view[pos:pos + hlen], pa.py_buffer(view[pos + hlen:pos + hlen + plen]))
                parts.append((p, enc))
                pos += hlen + plen
            return Encoded(parts, sum(e.record_count for _, e in parts))
        if status != OK:
            raise unpack_error(bytes(meta_b))
        batch = pa.ipc.open_stream(pa.py_buffer(payload), options=record.READ_OPTIONS).read_next_batch()
        return Decoded(batch, [tuple(p) for p in msgpack.unpackb(meta_b)])

    def kill(self) -> None:
        try:
            self.sock.close()
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                log.error("decoder %d did not exit after SIGKILL", self.proc.pid)

    def stop(self, grace: float) -> None:
        """EOF first (the child exits by itself), SIGKILL after ``grace`` seconds."""
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        try:
            self.proc.wait(grace)
        except subprocess.TimeoutExpired:
            pass
        self.kill()


class DecodePool:
    """Decoder processes behind one job queue (see the module doc).

    Parameters
    ----------
    workers
        Child processes; 0 = none: every job runs in this process (big ones on a
        thread, whose Arrow kernels release the GIL), as before the pool existed.
    inline_below
        Jobs with a body shorter than this run inline on the event loop.
    stats
        Where ``decoders`` (alive) and ``decoder_restarts_total`` are shown.
    """

    def __init__(self, workers: int, *, inline_below: int = INLINE_DEFAULT, stats: IngestStats | None = None) -> None:
        self.workers = max(0, workers)
        self._stats = stats
        self.inline_below = inline_below
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._children: list[_Child | None] = [None] * self.workers
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._next_id = 0
        self._closed = False
        self.restarts = 0
        self.completed = 0  # jobs answered by a decoder process (rows or a refusal)
        for slot in range(self.workers):
            t = threading.Thread(target=self._serve, args=(slot,), name=f"ingest-decoder-{slot}", daemon=True)
            t.start()
            self._threads.append(t)
        if stats is not None:
            stats.decoders.set_function(lambda: len(self.pids))

    @property
    def pids(self) -> list[int]:
        """Process ids of the live decoders (for tests and ``/metrics``)."""
        return [c.pid for c in self._children if c is not None and c.proc.poll() is None]

    def wait_ready(self, timeout: float = 30.0) -> bool:
        """Block until every decoder process is started and imported (tests, benches; jobs queue meanwhile)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(self.pids) == self.workers:
                return True
            time.sleep(0.01)
        return False

    def offloads(self, nbytes: int) -> bool:
        """Whether a job of ``nbytes`` goes to a decoder process."""
        return self.workers > 0 and nbytes >= self.inline_below and not self._closed

    async def run(self, kind: str, body: bytes, params: dict[str, Any]) -> Decoded:
        """Decode one job: inline when small, else in a decoder process (or a thread when there is none)."""
        if len(body) < self.inline_below or self._closed:
            return decode_jobs.run(kind, body, params)
        if not self.workers:
            return await asyncio.to_thread(decode_jobs.run, kind, body, params)
        return await asyncio.wrap_future(self.submit(kind, body, params))

    def submit(self, kind: str, body: bytes, params: dict[str, Any]) -> concurrent.futures.Future[Decoded | Encoded]:
        """Queue a job for the decoder processes (callers check :meth:`offloads` first). With a ``codec``
        in ``params`` the answer is :class:`Encoded` (partition batches ready for ``Log.append_encoded``)."""
        job = _Job(kind, body, params)
        if self._closed:
            job.future.set_exception(DecoderLost("ingest is shutting down"))
        else:
            self._jobs.put(job)
        return job.future

    def _spawn(self, slot: int) -> _Child | None:
        try:
            child = _Child()
        except OSError as e:
            log.error("cannot start a decoder process: %s", e)
            return None
        try:  # started means imported: its start-up is not counted against the first job
            if recv_exact(child.sock, len(READY)) != READY:
                raise EOFError("no ready byte")
        except (OSError, EOFError) as e:
            log.error("a decoder process did not start: %s", e)
            child.kill()
            return None
        with self._lock:
            if self._closed:
                child.stop(0.0)
                return None
            self._children[slot] = child
        return child

    def _restarted(self) -> None:
        self.restarts += 1
        if self._stats is not None:
            self._stats.decoder_restarts_total.inc()

    def _serve(self, slot: int) -> None:
        """Thread of one decoder slot: start the child, feed it jobs, restart it when it dies."""
        child = self._spawn(slot)
        while (job := self._jobs.get()) is not None:
            if not job.future.set_running_or_notify_cancel():
                continue  # its caller went away before it started
            if child is None or child.proc.poll() is not None:
                if child is not None:
                    child.kill()
                    self._restarted()
                child = self._spawn(slot)
                if child is None:
                    job.future.set_exception(DecoderLost("no decoder process could be started; retry"))
                    continue
            with self._lock:
                self._next_id += 1
                job_id = self._next_id
            try:
                result = child.ask(job, job_id)
            except (OSError, EOFError) as e:  # died, hung past JOB_TIMEOUT, or the pool is closing
                if not self._closed:
                    log.warning("decoder process %d lost with a %d-byte %s job (%s); restarting it",
                                child.pid, len(job.body), job.kind, e.__class__.__name__)
                child.kill()
                with self._lock:
                    self._children[slot] = None
                child = None
                self._restarted()
                job.future.set_exception(DecoderLost("the decoder process for this request was lost; retry"))
                continue
            except BaseException as e:  # noqa: BLE001 - the decoder's own refusal, rebuilt
                self.completed += 1
                job.future.set_exception(e)
                continue
            self.completed += 1
            job.future.set_result(result)
        if child is not None:
            child.stop(2.0)
        with self._lock:
            self._children[slot] = None

    def close(self, timeout: float = 5.0) -> None:
        """Stop taking jobs; queued ones fail with :class:`DecoderLost`; every child ends (no orphans)."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        for _ in self._threads:
            self._jobs.put(None)
        deadline = time.monotonic() + timeout
        for t in self._threads:
            t.join(max(0.0, deadline - time.monotonic()))
        while True:  # jobs queued behind the stop markers
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                break
            if job is not None and job.future.set_running_or_notify_cancel():
                job.future.set_exception(DecoderLost("ingest is shutting down"))
        with self._lock:
            left = [c for c in self._children if c is not None]
        for c in left:
            c.kill()
