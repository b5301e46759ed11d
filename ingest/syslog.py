"""syslog receiver: UDP and TCP (optionally TLS) on one port.

TCP: framing is detected per connection (RFC 6587 octet counting if the
first byte is a digit, else LF), all frames of one read are decoded together
(:mod:`~millpond.ingest.syslog_codec`) and appended — a big read (over
``[ingest] decode_inline``) in a decoder process, which also encodes it for
the log; reads are queued in arrival order whichever decode ends first, so a
connection's lines keep their order. At most ``MAX_INFLIGHT`` reads of a
connection are in flight, so a slow log slows the sender (TCP flow control)
rather than growing memory. A frame over ``[syslog] max_line`` or a garbled
octet count is skipped (one log line, ``rejected_total{receiver="syslog",
reason}``) and the connection goes on.

UDP: one message per datagram. Datagrams are gathered for ``[ingest]
linger`` seconds and decoded and appended together; UDP cannot push back,
so when the appender refuses (backpressure) or the gathered backlog passes a
bound, datagrams are dropped and counted (``reason="backpressure"``).
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

from millpond.config import Config
from millpond.ingest.appender import Appender, Backpressure, log_keys
from millpond.ingest.decode_jobs import Encoded, pack_frames
from millpond.ingest.framing import AutoFramer, Framed
from millpond.ingest.server import Connection, Listener, parse_listen, serve_tcp, serve_udp, tls_context
from millpond.ingest.stats import IngestStats
from millpond.ingest.syslog_codec import decode
from millpond.pipeline.log.errors import LogError

log = logging.getLogger(__name__)

__all__ = ["RECEIVER", "SyslogReceiver", "start"]

T = TypeVar("T")


async def _ready(durable: Coroutine[Any, Any, None]) -> Coroutine[Any, Any, None]:
    """``submit`` queues (or refuses) synchronously and hands back the wait for durability: keep it."""
    return durable

RECEIVER = "syslog"
MAX_INFLIGHT = 4
"""Appends one TCP connection may have open while it reads on."""
TCP_READ = 1 << 20
"""Bytes asked for per read: what a busy sender has buffered (at most about 512 KiB, the
stream's buffer limit) is decoded in one go; the columnar decoder's cost per call is
mostly fixed, so bigger batches are cheaper per line."""


class SyslogReceiver:
    """TCP connection handler and UDP datagram sink sharing one appender."""

    def __init__(self, appender: Appender, stats: IngestStats, *, max_line: int, linger: float,
                 max_udp_backlog: int = 16 << 20) -> None:
        self.appender = appender
        self.stats = stats
        self.max_line = max_line
        self.linger = linger
        self.max_udp_backlog = max_udp_backlog
        self._udp: list[bytes] = []
        self._udp_bytes = 0
        self._udp_timer: asyncio.TimerHandle | asyncio.Handle | None = None
        self._udp_tasks: set[asyncio.Task[None]] = set()

    def _report(self, framed: Framed, peer: str) -> None:
        for e in framed.errors:
            self.stats.rejected(RECEIVER, e.reason)
            log.warning("syslog: %s: %s", peer, e)

    async def _udp_batch(self, frames: list[bytes]) -> None:
        """Decode and append gathered datagrams; a Backpressure refusal is raised (UDP cannot push back)."""
        batch = decode(frames)
        self.stats.received(RECEIVER, batch.num_rows, sum(map(len, frames)))
        await self.appender.append("logs", batch, log_keys(batch), receiver=RECEIVER)

    async def _tcp_append(self, frames: list[bytes], previous: asyncio.Future[bool] | None,
                          submitted: asyncio.Future[bool]) -> None:
        """One TCP read's frames: decode (a big read in a decoder process, which also encodes it for
        the log), queue behind the connection's previous read — so a connection's lines reach the
        log in order whichever decode ends first — and return once durable. A Backpressure refusal
        is waited out (syslog over TCP has no ack: not reading is its only pushback)."""
        try:
            nbytes = sum(map(len, frames))
            if self.appender.pool.offloads(nbytes):  # (an Appender always has a pool: DecodePool(0) is none)
                body = pack_frames(frames)
                dec = await self._patiently(lambda: self.appender.decode(
                    "syslog", body, {}, topic="logs", receiver=RECEIVER, encode=True))
                if previous is not None:
                    await asyncio.shield(previous)
                if isinstance(dec, Encoded):
                    self.stats.received(RECEIVER, dec.rows, nbytes)
                    durable = self.appender.submit_encoded("logs", dec)
                else:
                    self.stats.received(RECEIVER, dec.batch.num_rows, nbytes)
                    durable = self.appender.submit("logs", dec, receiver=RECEIVER, admitted=True)
            else:
                batch = decode(frames)
                keys = log_keys(batch)
                if previous is not None:
                    await asyncio.shield(previous)
                self.stats.received(RECEIVER, batch.num_rows, nbytes)
                durable = await self._patiently(
                    lambda: _ready(self.appender.submit("logs", batch, keys, receiver=RECEIVER)))
            submitted.set_result(True)
            await durable
        finally:
            if not submitted.done():
                submitted.set_result(False)

    async def _patiently(self, attempt: Callable[[], Awaitable[T]]) -> T:
        """``await attempt()``, retried after each Backpressure's ``retry_after`` until the appender closes."""
        while True:
            try:
                return await attempt()
            except Backpressure as e:
                if self.appender.closed:
                    raise
                await asyncio.sleep(e.retry_after)

    async def handle(self, conn: Connection) -> None:
        """One TCP connection: frame, decode, append; skipped frames are counted, not fatal.

        Up to :data:`MAX_INFLIGHT` appends of a connection overlap with reading the next data
        (order within a partition is kept by the appender); the connection ends only once all
        of them are durable.
        """
        framer = AutoFramer(self.max_line)
        inflight: deque[asyncio.Task[None]] = deque()
        previous: asyncio.Future[bool] | None = None  # set once the connection's latest read is queued
        try:
            while True:
                data = await conn.read(TCP_READ)
                framed = framer.feed(data) if data else framer.finish()
                conn.mid_frame(framer.buffered > 0)  # the runner's frame deadline runs while a line is incomplete
                self._report(framed, conn.peer)
                if framed.frames:
                    submitted = asyncio.get_running_loop().create_future()
                    inflight.append(asyncio.ensure_future(self._tcp_append(framed.frames, previous, submitted)))
                    previous = submitted
                while inflight and (inflight[0].done() or len(inflight) > MAX_INFLIGHT or not data):
                    await inflight.popleft()
                if not data:
                    return
        finally:
            for task in inflight:
                task.cancel()

    # -- UDP -----------------------------------------------------------------

    def datagram(self, data: bytes, addr: Any, transport: asyncio.DatagramTransport) -> None:
        """Gather one datagram; decoding and the append happen for all gathered ones together."""
        data = data.rstrip(b"\r\n\x00")
        if not data:
            return
        if len(data) > self.max_line:
            self.stats.rejected(RECEIVER, "too_large")
            log.warning("syslog: datagram of %d bytes from %s over max_line; dropped", len(data), addr[0])
            return
        if self._udp_bytes + len(data) > self.max_udp_backlog:
            self.stats.rejected(RECEIVER, "backpressure")
            return
        self._udp.append(data)
        self._udp_bytes += len(data)
        if self._udp_timer is None:
            loop = asyncio.get_running_loop()
            self._udp_timer = (loop.call_later(self.linger, self._udp_flush) if self.linger > 0
                               else loop.call_soon(self._udp_flush))

    def _udp_flush(self) -> None:
        self._udp_timer = None
        frames, self._udp, self._udp_bytes = self._udp, [], 0
        if not frames:
            return
        task = asyncio.get_running_loop().create_task(self._udp_append(frames))
        self._udp_tasks.add(task)
        task.add_done_callback(self._udp_tasks.discard)

    async def _udp_append(self, frames: list[bytes]) -> None:
        try:
            await self._udp_batch(frames)
        except Backpressure:
            log.warning("syslog: %d datagrams dropped: ingest is behind", len(frames))
            self.stats.rejected(RECEIVER, "backpressure", len(frames) - 1)  # the appender counted one
        except LogError as e:
            self.stats.rejected(RECEIVER, "log_error", len(frames))
            log.warning("syslog: %d datagrams dropped: the log refused them (%s)", len(frames), e)

    async def close_udp(self) -> None:
        """Flush gathered datagrams and wait for their appends."""
        if self._udp_timer is not None:
            self._udp_timer.cancel()
        self._udp_flush()
        if self._udp_tasks:
            await asyncio.wait(set(self._udp_tasks))


async def start(cfg: Config, appender: Appender, stats: IngestStats) -> list[Listener]:
    """Start syslog on ``[syslog] listen``: TCP (TLS when ``tls_cert`` is set) and UDP, same port."""
    sc = cfg.syslog
    host, port = parse_listen(sc.listen)
    recv = SyslogReceiver(appender, stats, max_line=sc.max_line, linger=cfg.ingest.linger)
    tcp = await serve_tcp(RECEIVER, host, port, recv.handle, max_connections=sc.max_connections,
                          ssl=tls_context(sc.tls_cert, sc.tls_key, "syslog"), stats=stats,
                          frame_timeout=sc.frame_timeout or None)
    try:
        udp = await serve_udp(f"{RECEIVER}_udp", host, tcp.port, recv.datagram, stats=stats)
    except OSError:
        await tcp.close()
        raise
    udp.on_close = recv.close_udp
    return [tcp, udp]

