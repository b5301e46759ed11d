"""The one TCP/UDP runner every stream receiver uses (forward, syslog).

A receiver supplies only a per-connection coroutine (decode, append, ack);
this module owns listening, TLS, the connection limit, idle timeouts, the
``open_connections`` gauge, turning a refused frame into a closed connection
plus a log line plus a counter, and a graceful shutdown that lets a handler
finish the append and ack it is in the middle of.

Each receiver module exposes ``async def start(cfg: Config, appender:
Appender, stats: IngestStats) -> list[Listener]``; the ingest process starts
them all and closes the listeners on shutdown. Receivers built on another
server (aiohttp) wrap it in their own :class:`Listener` subclass.
"""

from __future__ import annotations

import asyncio
import logging
import os
import ssl as _ssl
import time
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable
from typing import Any

from millpond.ingest.errors import IngestError
from millpond.ingest.stats import IngestStats
from millpond.pipeline.log.errors import LogError

log = logging.getLogger(__name__)

__all__ = [
    "Connection",
    "DatagramHandler",
    "Listener",
    "StreamHandler",
    "TcpListener",
    "UdpListener",
    "parse_listen",
    "serve_tcp",
    "serve_udp",
    "tls_context",
]

READ_SIZE = 256 * 1024


def parse_listen(listen: str) -> tuple[str, int]:
    """``"0.0.0.0:24224"`` / ``"[::1]:5514"`` / ``":9880"`` → (host, port); empty host = all interfaces.

    Raises ``ValueError`` naming the value when it has no valid port.
    """
    host, sep, port_s = listen.rpartition(":")
    if not sep or not port_s.isdigit() or not 0 <= int(port_s) <= 65535:
        raise ValueError(f"listen address {listen!r}: expected HOST:PORT")
    host = host.strip("[]") or "0.0.0.0"
    return host, int(port_s)


def tls_context(cert: str, key: str, section: str = "") -> _ssl.SSLContext | None:
    """A server TLS context from PEM files, or ``None`` when ``cert`` is empty (plain TCP).

    A configuration mistake raises ``ValueError`` with one line naming the key (``section.tls_cert``) and
    the file (the command line prints it and exits); a private key readable by every user is a warning.
    """
    at = f"{section}." if section else ""
    if not cert:
        if key:
            raise ValueError(f"{at}tls_key {key!r} is set but {at}tls_cert is empty: set both to enable TLS")
        return None
    for name, path in ((f"{at}tls_cert", cert), (f"{at}tls_key", key)):
        if not path:
            continue
        try:
            with open(path, "rb") as f:
                f.read(1)
        except OSError as e:
            raise ValueError(f"{name} {path!r}: cannot read it ({e.strerror or e})") from None
    if key and os.stat(key).st_mode & 0o004:
        log.warning("%stls_key %s is readable by every user: chmod 600 it", at, key)
    ctx = _ssl.create_default_context(_ssl.Purpose.CLIENT_AUTH)
    try:
        ctx.load_cert_chain(cert, key or None)
    except _ssl.SSLError as e:
        if "KEY_VALUES_MISMATCH" in str(e):
            raise ValueError(f"{at}tls_key {key!r} is not the private key of {at}tls_cert {cert!r}") from None
        raise ValueError(f"{at}tls_cert {cert!r} / {at}tls_key {(key or cert)!r}: expected a PEM certificate and "
                         f"its PEM private key ({e.reason or e})") from None
    return ctx


class Listener(ABC):
    """One bound socket of a receiver. ``port`` is the port actually bound (tests bind 0)."""

    name: str
    port: int

    @abstractmethod
    async def close(self) -> None:
        """Stop accepting, let in-flight work finish (bounded), release the port."""


class Connection:
    """One accepted client: reads with an idle timeout and a frame deadline, writes, knows its peer.

    ``read`` returns ``b""`` at end of stream, after ``idle_timeout`` seconds of
    silence, once a frame stayed incomplete for ``frame_timeout`` seconds (the
    handler says when it is inside one: :meth:`mid_frame`; a slowloris that
    dribbles a byte now and then is cut there, ``slow`` set), and once the
    listener shuts down, so a handler's read loop ends by itself and its last
    append/ack completes.
    """

    def __init__(
        self,
        receiver: str,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        idle_timeout: float | None,
        frame_timeout: float | None = None,
    ) -> None:
        self.receiver = receiver
        self.reader = reader
        self.writer = writer
        self.idle_timeout = idle_timeout
        self.frame_timeout = frame_timeout
        self.frame_since: float | None = None  # monotonic time the current incomplete frame began
        self.slow = False  # ended by the frame deadline or evicted for being inside a frame too long
        peer = writer.get_extra_info("peername")
        self.peer = f"{peer[0]}:{peer[1]}" if isinstance(peer, tuple) else str(peer)
        self.tls = writer.get_extra_info("sslcontext") is not None
        self.state: dict[str, Any] = {}  # handler-private per-connection state

    def mid_frame(self, inside: bool) -> None:
        """The handler holds an incomplete frame (or handshake) now: start the frame clock, or stop it."""
        if not inside:
            self.frame_since = None
        elif self.frame_since is None:
            self.frame_since = time.monotonic()

    def end_slow(self) -> None:
        """Make the handler's next (or current) read return ``b""``: stop reading, mark it, then EOF."""
        self.slow = True
        if not self.reader.at_eof():
            try:
                self.writer.transport.pause_reading()  # no data after the EOF we feed
            except (AttributeError, RuntimeError):  # a transport already closing
                pass
            self.reader.feed_eof()

    async def read(self, n: int = READ_SIZE) -> bytes:
        """Up to ``n`` bytes; ``b""`` on EOF, idle timeout, frame deadline or shutdown."""
        timeout, why = self.idle_timeout, "idle"
        if self.frame_since is not None and self.frame_timeout:
            left = self.frame_since + self.frame_timeout - time.monotonic()
            if timeout is None or left < timeout:
                timeout, why = max(left, 0.0), "frame"
        try:
            if timeout is not None:
                async with asyncio.timeout(timeout):
                    return await self.reader.read(n)
            return await self.reader.read(n)
        except TimeoutError:
            if why == "frame":
                self.slow = True
                log.info("%s: %s sent no complete frame in %.0fs, closing", self.receiver, self.peer,
                         self.frame_timeout)
            else:
                log.info("%s: %s idle for %.0fs, closing", self.receiver, self.peer, self.idle_timeout)
            return b""
        except (ConnectionError, _ssl.SSLError, OSError):
            return b""

    def write(self, data: bytes) -> None:
        if not self.writer.is_closing():
            self.writer.write(data)

    async def drain(self) -> None:
        """Wait until written data left the buffer (flow control); a gone peer is ignored."""
        try:
            await self.writer.drain()
        except (ConnectionError, _ssl.SSLError, OSError):
            pass

    def close(self) -> None:
        self.writer.close()


StreamHandler = Callable[[Connection], Awaitable[None]]
"""A receiver's per-connection coroutine. It raises :class:`IngestError` to refuse
the stream (the runner counts ``reason``, logs one line, closes the connection)."""


class TcpListener(Listener):
    """A TCP (optionally TLS) listener run by :func:`serve_tcp`."""

    def __init__(
        self,
        name: str,
        handler: StreamHandler,
        *,
        max_connections: int,
        stats: IngestStats,
        idle_timeout: float | None,
        grace: float,
        frame_timeout: float | None = None,
    ) -> None:
        self.name = name
        self.port = 0
        self._handler = handler
        self._max = max_connections
        self._stats = stats
        self._idle = idle_timeout
        self._frame = frame_timeout
        self._grace = grace
        self._server: asyncio.Server | None = None
        self._conns: dict[asyncio.Task[None], Connection] = {}
        self._gauge = stats.open_connections.labels(name)

    @property
    def connections(self) -> int:
        return len(self._conns)

    def _evict_slowest(self) -> bool:
        """At the limit: end the connection that has been inside one frame the longest (a new client gets its slot)."""
        now = time.monotonic()
        open_frames = [c for c in self._conns.values() if c.frame_since is not None and not c.slow]
        if not open_frames:
            return False
        victim = min(open_frames, key=lambda c: c.frame_since or now)
        log.info("%s: at max_connections: closing %s, inside one frame for %.1fs", self.name, victim.peer,
                 now - (victim.frame_since or now))
        victim.end_slow()
        return True

    async def _on_client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn = Connection(self.name, reader, writer, self._idle, self._frame)
        if (len(self._conns) >= self._max  # (the scans below only at the limit)
                and len(self._conns) - sum(1 for c in self._conns.values() if c.slow) >= self._max  # closing ones: free
                and not self._evict_slowest()):
            self._stats.rejected(self.name, "max_connections")
            log.warning("%s: refusing %s: %d connections open (max_connections)", self.name, conn.peer, self._max)
            writer.close()
            return
        task = asyncio.current_task()
        assert task is not None
        self._conns[task] = conn
        self._gauge.inc()
        try:
            await self._handler(conn)
        except IngestError as e:
            if not e.counted:
                self._stats.rejected(self.name, e.reason)
            log.warning("%s: closing %s: %s", self.name, conn.peer, e)
        except LogError as e:  # not durable, not acked: the client resends
            self._stats.rejected(self.name, "log_error")
            log.warning("%s: closing %s: the log refused the append (%s)", self.name, conn.peer, e)
        except (ConnectionError, _ssl.SSLError, asyncio.IncompleteReadError):
            pass
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("%s: bug handling %s; connection closed", self.name, conn.peer)
        finally:
            if conn.slow:
                self._stats.rejected(self.name, "slow")
            self._conns.pop(task, None)
            self._gauge.dec()
            try:
                writer.close()
                await asyncio.wait_for(writer.wait_closed(), 1.0)
            except (ConnectionError, _ssl.SSLError, OSError, TimeoutError):
                pass

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
        for conn in list(self._conns.values()):
            conn.reader.feed_eof()  # ends the handler's read loop after its current append/ack
        tasks = list(self._conns)
        if tasks:
            _, late = await asyncio.wait(tasks, timeout=self._grace)
            for t in late:
                t.cancel()
            if late:
                await asyncio.wait(late, timeout=1.0)
        if self._server is not None:
            try:
                await asyncio.wait_for(self._server.wait_closed(), 1.0)
            except TimeoutError:
                pass


async def serve_tcp(
    name: str,
    host: str,
    port: int,
    handler: StreamHandler,
    *,
    max_connections: int,
    ssl: _ssl.SSLContext | None,
    stats: IngestStats,
    idle_timeout: float | None = 300.0,
    grace: float = 5.0,
    frame_timeout: float | None = 30.0,
) -> TcpListener:
    """Listen on ``host:port`` (TCP, TLS when ``ssl``) and run ``handler`` per connection.

    Parameters
    ----------
    name
        The receiver name: label of ``open_connections`` and ``rejected_total``.
    max_connections
        Connections beyond this are closed at once (counted, logged).
    idle_timeout
        Seconds without a byte before a connection is closed (``None``: never).
    frame_timeout
        Seconds a frame may stay incomplete (the handler reports it with
        :meth:`Connection.mid_frame`) before the connection is closed and counted as
        ``rejected_total{reason="slow"}``; at the limit the connection inside a frame the
        longest is closed to make room for a new one (``None``: neither).
    grace
        On :meth:`TcpListener.close`, seconds handlers get to finish before cancellation.
    """
    lst = TcpListener(name, handler, max_connections=max_connections, stats=stats,
                      idle_timeout=idle_timeout, grace=grace, frame_timeout=frame_timeout)
    server = await asyncio.start_server(lst._on_client, host, port, ssl=ssl, limit=READ_SIZE,
                                        reuse_address=True, backlog=min(4096, max(128, max_connections)))
    lst._server = server
    lst.port = server.sockets[0].getsockname()[1]
    log.info("%s listening on %s:%d/tcp%s", name, host, lst.port, " (TLS)" if ssl else "")
    return lst


DatagramHandler = Callable[[bytes, Any, asyncio.DatagramTransport], None]
"""Called for each datagram with (data, peer address, transport for replies). Must not block."""


class _Datagrams(asyncio.DatagramProtocol):
    def __init__(self, lst: UdpListener) -> None:
        self._lst = lst
        self.transport: asyncio.DatagramTransport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def datagram_received(self, data: bytes, addr: Any) -> None:
        assert self.transport is not None
        try:
            self._lst._handler(data, addr, self.transport)
        except IngestError as e:
            if not e.counted:
                self._lst._stats.rejected(self._lst.name, e.reason)
            log.warning("%s: datagram from %s refused: %s", self._lst.name, addr, e)
        except Exception:
            log.exception("%s: bug handling a datagram from %s", self._lst.name, addr)

    def error_received(self, exc: Exception) -> None:
        log.debug("%s: udp error %s", self._lst.name, exc)


class UdpListener(Listener):
    """A UDP socket run by :func:`serve_udp`."""

    def __init__(self, name: str, handler: DatagramHandler, stats: IngestStats) -> None:
        self.name = name
        self.port = 0
        self._handler = handler
        self._stats = stats
        self._transport: asyncio.DatagramTransport | None = None
        self.on_close: Callable[[], Awaitable[None]] | None = None

    async def close(self) -> None:
        if self._transport is not None:
            self._transport.close()
        if self.on_close is not None:
            await self.on_close()


async def serve_udp(
    name: str,
    host: str,
    port: int,
    handler: DatagramHandler,
    *,
    stats: IngestStats,
    rcvbuf: int = 4 << 20,
) -> UdpListener:
    """Bind a UDP socket on ``host:port`` and call ``handler`` per datagram.

    ``rcvbuf`` asks the kernel for a larger receive buffer so bursts are not
    dropped before we read them. ``UdpListener.on_close`` (optional) runs
    after the socket closes, e.g. to flush what the handler buffered.
    """
    lst = UdpListener(name, handler, stats)
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(lambda: _Datagrams(lst), local_addr=(host, port))
    sock = transport.get_extra_info("socket")
    try:
        import socket

        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
    except OSError:
        pass
    lst._transport = transport
    lst.port = sock.getsockname()[1]
    log.info("%s listening on %s:%d/udp", name, host, lst.port)
    return lst
