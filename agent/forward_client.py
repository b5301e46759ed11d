"""Fluent forward protocol v1, client side: PackedForward frames with ``chunk``
acks, optional gzip (CompressedPackedForward), the shared_key HELO/PING/PONG
handshake, TLS.

A frame is ``[tag, entries, {"size": n, "chunk": id[, "compressed": "gzip"]}]``
where ``entries`` is the concatenation of msgpack ``[EventTime, record]``
pairs. The server answers ``{"ack": id}`` once the chunk is durable; only then
does the agent move its checkpoint.
"""

from __future__ import annotations

import asyncio
import base64
import gzip
import hashlib
import os
import socket
import ssl
import struct
from collections.abc import Iterable
from dataclasses import dataclass, field

import msgpack

MAX_RESPONSE = 1024 * 1024


class ForwardError(Exception):
    """The peer broke the protocol or refused us; reconnecting may help."""


class AuthError(ForwardError):
    """The shared_key handshake failed: configuration must change, retrying will not help soon."""


def event_time(ts_ns: int) -> bytes:
    """msgpack EventTime (ext type 0: big-endian u32 seconds, u32 nanoseconds)."""
    return b"\xd7\x00" + struct.pack(">II", ts_ns // 1_000_000_000, ts_ns % 1_000_000_000)


def str_header(n: int) -> bytes:
    """The msgpack str header for ``n`` UTF-8 bytes."""
    if n < 32:
        return bytes((0xA0 | n,))
    if n < 256:
        return b"\xd9" + bytes((n,))
    if n < 65536:
        return b"\xda" + n.to_bytes(2, "big")
    return b"\xdb" + n.to_bytes(4, "big")


def new_chunk_id() -> str:
    return base64.b64encode(os.urandom(16)).decode()


def pack_frame(tag: str, entries: bytes, count: int, chunk: str, *, compress: bool) -> bytes:
    """A PackedForward (or gzip CompressedPackedForward) frame of ``count`` packed entries."""
    option: dict[str, object] = {"size": count, "chunk": chunk}
    if compress:
        entries = gzip.compress(entries, compresslevel=1, mtime=0)
        option["compressed"] = "gzip"
    return msgpack.packb([tag, entries, option], use_bin_type=True)


def _digest(*parts: bytes | str) -> str:
    h = hashlib.sha512()
    for p in parts:
        h.update(p.encode() if isinstance(p, str) else p)
    return h.hexdigest()


def tls_context(ca: str = "", verify: bool = True) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca or None)
    if not verify:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    return ctx


@dataclass
class ForwardConnection:
    """One connection to a forward receiver; acks resolve the futures :meth:`send` returns."""

    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    unpacker: msgpack.Unpacker = field(default_factory=lambda: msgpack.Unpacker(raw=False, max_buffer_size=MAX_RESPONSE))
    waiting: dict[str, asyncio.Future[None]] = field(default_factory=dict)
    _task: asyncio.Task[None] | None = None

    @classmethod
    async def connect(
        cls,
        host: str,
        port: int,
        *,
        shared_key: str = "",
        self_hostname: str = "",
        ssl_ctx: ssl.SSLContext | None = None,
        timeout: float = 10.0,
    ) -> ForwardConnection:
        """Open, and when ``shared_key`` is set, authenticate (HELO → PING → PONG)."""
        reader, writer = await asyncio.wait_for(
            asyncio.open_connection(host, port, ssl=ssl_ctx, server_hostname=host if ssl_ctx else None),
            timeout,
        )
        sock = writer.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        conn = cls(reader, writer)
        try:
            if shared_key:
                # the receiver refuses a PING from its own hostname: the agent's default differs
                name = self_hostname or f"{socket.gethostname()}-agent"
                await asyncio.wait_for(conn._handshake(shared_key, name), timeout)
        except BaseException:
            writer.close()
            raise
        conn._task = asyncio.get_running_loop().create_task(conn._read_acks())
        return conn

    async def _next_message(self) -> object:
        while True:
            for msg in self.unpacker:
                return msg
            data = await self.reader.read(65536)
            if not data:
                raise ForwardError("connection closed by the server")
            self.unpacker.feed(data)

    async def _handshake(self, shared_key: str, self_hostname: str) -> None:
        helo = await self._next_message()
        if not (isinstance(helo, list) and len(helo) >= 2 and helo[0] == "HELO" and isinstance(helo[1], dict)):
            raise ForwardError(f"expected HELO from the server, got {str(helo)[:80]!r}")
        opts = helo[1]
        nonce = opts.get("nonce", b"")
        nonce_b = nonce.encode() if isinstance(nonce, str) else bytes(nonce)
        auth = opts.get("auth", b"")
        if auth:
            raise AuthError("the server requires username/password auth, which the agent does not support")
        salt = os.urandom(16).hex()
        ping = ["PING", self_hostname, salt, _digest(salt, self_hostname, nonce_b, shared_key), "", ""]
        self.writer.write(msgpack.packb(ping, use_bin_type=True))
        await self.writer.drain()
        pong = await self._next_message()
        if not (isinstance(pong, list) and len(pong) >= 5 and pong[0] == "PONG"):
            raise ForwardError(f"expected PONG from the server, got {str(pong)[:80]!r}")
        if not pong[1]:
            raise AuthError(f"the server refused the shared key: {pong[2]}")
        if pong[4] != _digest(salt, pong[3], nonce_b, shared_key):
            raise AuthError("the server's PONG digest is wrong (shared keys differ)")

    async def _read_acks(self) -> None:
        try:
            while True:
                msg = await self._next_message()
                chunk = msg.get("ack") if isinstance(msg, dict) else None
                fut = self.waiting.pop(chunk, None) if isinstance(chunk, str) else None
                if fut is not None and not fut.done():
                    fut.set_result(None)
        except (ForwardError, OSError, ValueError, msgpack.UnpackException) as e:
            text = str(e) or type(e).__name__
            for fut in self.waiting.values():
                if not fut.done():
                    fut.set_exception(ForwardError(text))
            self.waiting.clear()

    def send(self, frame: bytes, chunk: str) -> asyncio.Future[None]:
        """Write a frame; the future resolves on its ack (or fails when the connection does)."""
        if self._task is not None and self._task.done():
            raise ForwardError("connection closed by the server")
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.waiting[chunk] = fut
        self.writer.write(frame)
        return fut

    async def drain(self) -> None:
        await self.writer.drain()

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
        self.writer.close()
        try:
            await asyncio.wait_for(self.writer.wait_closed(), 2.0)
        except (OSError, TimeoutError, ssl.SSLError):
            pass
        for fut in self.waiting.values():
            if not fut.done():
                fut.cancel()


def pack_entries(ts_ns: int, records: Iterable[dict[str, object]]) -> bytes:
    """``[EventTime, record]`` pairs packed back to back (the PackedForward stream)."""
    p = msgpack.Packer(use_bin_type=True)
    t = msgpack.ExtType(0, struct.pack(">II", ts_ns // 1_000_000_000, ts_ns % 1_000_000_000))
    return b"".join(p.pack([t, r]) for r in records)
