"""Fluent forward protocol v1 receiver (TCP, optional TLS, UDP heartbeat on the same port).

Per connection: optional shared_key handshake (server HELO → client PING →
server PONG, sha512 digests as in the v1 spec), then a stream of msgpack
carrier messages. Every message available in one read is decoded (see
:mod:`~millpond.ingest.forward_codec`; rows of small messages are gathered
into one batch), the batches go to the shared
:class:`~millpond.ingest.appender.Appender` in one call, and only once that
returns — the rows durable — are the ``{"ack": chunk}`` answers written, in
message order, by the connection's acker task. Up to :data:`MAX_INFLIGHT`
appends of a connection overlap with reading; past that reading pauses,
which is the per-connection backpressure.

Refusals close the connection after one log line and a
``rejected_total{receiver="forward"}`` count: a frame over ``[forward]
max_frame``, garbage msgpack, a message of no known mode, a failed
handshake. Messages decoded before the bad one in the same read are still
appended and acked; nothing of the bad one is.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import socket
from dataclasses import dataclass, field
from typing import Any

import msgpack
import pyarrow as pa

from millpond.config import Config
from millpond.ingest.appender import Appender, log_keys
from millpond.ingest.decode_jobs import Decoded, Encoded
from millpond.ingest.errors import DecodeError, FrameTooLarge, IngestError, Unauthorized
from millpond.ingest.forward_codec import (
    _option,
    checked_rows,
    clean_text,
    decode_message,
    entries_batch,
    ext_hook,
    paused_gc,
    rows_batch,
)
from millpond.ingest.server import Connection, Listener, parse_listen, serve_tcp, serve_udp, tls_context
from millpond.ingest.stats import IngestStats
from millpond.pipeline.schema import TS

log = logging.getLogger(__name__)

__all__ = ["RECEIVER", "ForwardReceiver", "start"]

RECEIVER = "forward"
MAX_INFLIGHT = 4
"""Appends one connection may have open at once (each bounded by ``max_frame``)."""
_HANDSHAKE_MAX = 64 * 1024
_packb = msgpack.Packer(use_bin_type=True).pack


SMALL_MESSAGE = 256
"""Messages with fewer records than this are gathered with their neighbours into one batch."""


@dataclass
class _Gathered:
    """Rows of consecutive small messages of one read, checked, waiting to become one batch."""

    tags: list[str] = field(default_factory=list)
    ts_us: list[int] = field(default_factory=list)
    recs: list[dict[str, str]] = field(default_factory=list)

    def add(self, tag: str, ts_us: list[int], recs: list[dict[str, str]]) -> None:
        self.tags += [clean_text(tag)] * len(recs)
        self.ts_us += ts_us
        self.recs += recs

    def flush_into(self, batches: list[pa.RecordBatch]) -> None:
        if self.recs:
            ts = pa.array(self.ts_us, pa.int64()).cast(TS)
            batches.append(rows_batch(pa.array(self.tags, pa.string()), ts, self.recs))
            self.tags, self.ts_us, self.recs = [], [], []


@dataclass
class _Offload:
    """A PackedForward message's entries for a decoder process (``chunk``: its ack id, if any)."""

    blob: bytes
    params: dict[str, Any]
    chunk: str | bytes | None


@dataclass
class _Group:
    """Consecutive messages of one read appended together (one batch) and acked together."""

    batches: list[pa.RecordBatch | _Offload] = field(default_factory=list)
    acks: list[bytes] = field(default_factory=list)
    nbytes: int = 0


def _b(v: Any) -> bytes:
    return v if isinstance(v, bytes) else str(v).encode("utf-8", "surrogateescape")


def shared_key_digest(salt: bytes, hostname: str, nonce: bytes, key: str) -> str:
    """``sha512_hex(salt + hostname + nonce + shared_key)`` as the v1 spec defines it."""
    return hashlib.sha512(salt + hostname.encode() + nonce + key.encode()).hexdigest()


@dataclass
class ForwardReceiver:
    """The per-connection logic; one instance serves all connections of a listener."""

    appender: Appender
    stats: IngestStats
    max_frame: int
    max_decompressed: int
    shared_key: str = ""
    self_hostname: str = ""
    decode_forward: bool = True  # [ingest] decode_forward: big PackedForward chunks go to the decoder processes

    def _unpacker(self) -> msgpack.Unpacker:
        return msgpack.Unpacker(
            raw=False,
            unicode_errors="surrogateescape",
            ext_hook=ext_hook,
            strict_map_key=False,
            max_buffer_size=self.max_frame + (1 << 20),
            # a container header is a few bytes but makes the unpacker allocate for its length:
            # cap lengths by what a frame could really hold
            max_array_len=max(1024, self.max_frame // 8),
            max_map_len=max(1024, self.max_frame // 16),
        )

    async def handle(self, conn: Connection) -> None:
        """Serve one connection until EOF or a refusal (raised as :class:`IngestError`).

        The reader decodes and starts appends; a companion acker task awaits
        them in message order and writes each ack once its rows are durable.
        Up to :data:`MAX_INFLIGHT` appends overlap per connection; beyond that
        the reader waits (and TCP pushes back on the client).
        """
        unpacker = self._unpacker()
        fed = await self._handshake(conn, unpacker) if self.shared_key else 0
        boundary = unpacker.tell()
        buffered = fed > boundary  # the client may have sent data right behind its PING
        queue: asyncio.Queue[tuple[asyncio.Task[None] | None, list[bytes]] | None] = asyncio.Queue(MAX_INFLIGHT)
        acker = asyncio.create_task(self._acker(conn, queue))
        error: IngestError | None = None
        previous: asyncio.Future[bool] | None = None  # set once the connection's latest append is queued
        try:
            while error is None:
                if not buffered:
                    data = await conn.read()
                    if not data:
                        if fed > boundary:
                            log.info("forward: %s closed inside a message (%d bytes dropped)", conn.peer,
                                     fed - boundary)
                        break
                    try:
                        unpacker.feed(data)
                    except msgpack.BufferFull:
                        error = FrameTooLarge(f"forward frame over {self.max_frame} bytes")
                        break
                    fed += len(data)
                buffered = False
                groups, boundary, error = self._decode_groups(unpacker, boundary)
                if error is None and fed - boundary > self.max_frame:
                    error = FrameTooLarge(f"forward frame over {self.max_frame} bytes")
                conn.mid_frame(fed > boundary)  # the runner's frame deadline runs while a message is incomplete
                for g in groups:
                    task = None
                    if g.batches:
                        submitted = asyncio.get_running_loop().create_future()
                        task = asyncio.ensure_future(self._append(g, previous, submitted))
                        previous = submitted
                    await queue.put((task, g.acks))
            await queue.put(None)
            await acker  # raises the first failed append (LogError, Backpressure)
        except BaseException:
            acker.cancel()
            raise
        if error is not None:
            raise error

    @staticmethod
    async def _acker(conn: Connection, queue: asyncio.Queue[tuple[asyncio.Task[None] | None, list[bytes]] | None],
                     ) -> None:
        """Await appends in order; write their acks. On a failed append: close the connection, send no
        further ack, keep draining the queue (so the reader never blocks), then raise the failure."""
        failure: Exception | None = None
        while (item := await queue.get()) is not None:
            task, acks = item
            if failure is not None:
                if task is not None:
                    task.cancel()
                continue
            try:
                if task is not None:
                    await task
            except Exception as e:  # noqa: BLE001 - re-raised below, after the queue is drained
                failure = e
                conn.close()
                continue
            for a in acks:
                conn.write(a)
            if acks and queue.empty():
                await conn.drain()
        if failure is not None:
            raise failure

    def _decode_available(self, unpacker: msgpack.Unpacker, boundary: int) -> tuple[
            list[pa.RecordBatch], list[bytes], int, IngestError | None]:
        """Decode every whole message buffered, all in this process: (batches, acks, boundary, error).

        What :meth:`_decode_groups` does with no decoder processes, flattened (the fuzz harness's view).
        """
        groups, boundary, error = self._decode_groups(unpacker, boundary)
        batches = [b for g in groups for b in g.batches if isinstance(b, pa.RecordBatch)]
        return batches, [a for g in groups for a in g.acks], boundary, error

    def _offload(self, msg: Any) -> _Offload | None:
        """A big (Compressed)PackedForward message as a decoder-process job (``[ingest] decode_forward``),
        else None: decode it here."""
        pool = self.appender.pool if self.appender is not None and self.decode_forward else None
        if (pool is None or not isinstance(msg, list) or len(msg) not in (2, 3)
                or not isinstance(msg[1], bytes) or not pool.offloads(len(msg[1]))):
            return None
        tag = msg[0]
        if isinstance(tag, bytes):
            tag = tag.decode("utf-8", "replace")
        if not isinstance(tag, str):
            return None  # the inline path names the error
        option = _option(msg[2] if len(msg) == 3 else None)
        plain = {k: option[k] for k in ("size", "compressed") if isinstance(option.get(k), (int, str))}
        return _Offload(msg[1], {"tag": tag, "option": plain, "max_decompressed": self.max_decompressed},
                        option.get("chunk"))

    def _decode_groups(self, unpacker: msgpack.Unpacker, boundary: int) -> tuple[list[_Group], int,
                                                                                 IngestError | None]:
        """Decode every whole message buffered: (groups to append in order, new boundary, error that stopped it).

        Big PackedForward messages become a batch each — decoded in a decoder process when
        the pool takes them (a group of their own, so a refusal there spares the messages
        before it); the rows of small ones (Message mode, as fluent-logger sends one event per
        message) are gathered into one batch, in order — an Arrow batch per event would cost
        more than the event.
        """
        groups: list[_Group] = []
        group = _Group()
        small = _Gathered()
        error: IngestError | None = None
        try:
            with paused_gc():
                for msg in unpacker:
                    start, boundary = boundary, unpacker.tell()
                    if boundary - start > self.max_frame:
                        raise FrameTooLarge(f"forward frame of {boundary - start} bytes over {self.max_frame}")
                    job = self._offload(msg)
                    if job is not None:
                        small.flush_into(group.batches)
                        groups.append(group)
                        groups.append(_Group([job], [self._ack(job.chunk)] if job.chunk else [], boundary - start))
                        group = _Group()
                        continue
                    group.nbytes += boundary - start
                    tag, times, recs, values, option = decode_message(msg, max_decompressed=self.max_decompressed,
                                                                      columnar=True)
                    if values == "batch":  # a big PackedForward, decoded straight to columns
                        small.flush_into(group.batches)
                        group.batches.append(recs[0])
                    elif recs and (values == "any" or len(recs) < SMALL_MESSAGE):
                        small.add(tag, *checked_rows(times, recs))
                    elif recs:
                        small.flush_into(group.batches)
                        group.batches.append(entries_batch(tag, times, recs, values=values))
                    chunk = option.get("chunk")
                    if chunk:
                        group.acks.append(self._ack(chunk))
        except IngestError as e:
            error = e
        except (msgpack.UnpackException, ValueError, TypeError) as e:
            error = DecodeError(f"forward: not msgpack: {e}")
        small.flush_into(group.batches)
        groups.append(group)
        return [g for g in groups if g.batches or g.acks], boundary, error

    @staticmethod
    def _ack(chunk: str | bytes) -> bytes:
        return _packb({"ack": chunk if isinstance(chunk, str) else _b(chunk).decode()})

    async def _append(self, group: _Group, previous: asyncio.Future[bool] | None,
                      submitted: asyncio.Future[bool]) -> None:
        """Decode the group's offloaded message (if any), then — once the connection's previous group
        is queued, so chunks reach the log in arrival order — queue its rows; return once durable.

        A group whose predecessor failed queues nothing (the connection is closing, unacked)."""
        ok = False
        try:
            only = group.batches[0] if len(group.batches) == 1 else None
            if isinstance(only, _Offload):  # its own group: encoded for the log, or rows ordered by partition
                rows: pa.RecordBatch | Decoded | Encoded = await self.appender.decode(
                    "forward", only.blob, only.params, topic="logs", receiver=RECEIVER, encode=True)
            else:
                rows = pa.concat_batches(group.batches) if len(group.batches) > 1 else group.batches[0]
            if previous is not None and not await previous:
                raise DecodeError("forward: an earlier message of this connection was refused")
            if isinstance(rows, Encoded):
                self.stats.received(RECEIVER, rows.rows, group.nbytes)
                durable = self.appender.submit_encoded("logs", rows)
            else:
                batch = rows.batch if isinstance(rows, Decoded) else rows
                self.stats.received(RECEIVER, batch.num_rows, group.nbytes)
                pooled = isinstance(rows, Decoded)
                durable = self.appender.submit("logs", rows, None if pooled else log_keys(rows), receiver=RECEIVER,
                                               admitted=pooled and self.appender.pool.offloads(len(only.blob)))
            ok = True
        finally:
            if not submitted.done():
                submitted.set_result(ok)
        await durable

    async def _handshake(self, conn: Connection, unpacker: msgpack.Unpacker) -> int:
        """HELO → PING → PONG; returns the bytes fed to ``unpacker``.

        Raises :class:`Unauthorized` (after answering ``PONG false``) on a bad key.
        """
        nonce = os.urandom(16)  # fresh per connection: a recorded PING replayed elsewhere does not match
        conn.mid_frame(True)  # the whole handshake is under the frame deadline
        # auth "" = no username/password step, as Fluentd's in_forward says when user auth is off
        conn.write(_packb(["HELO", {"nonce": nonce, "auth": "", "keepalive": True}]))
        await conn.drain()
        got = 0
        ping = None
        while ping is None:
            data = await conn.read(_HANDSHAKE_MAX)
            if not data:
                raise Unauthorized("forward: connection closed during the handshake")
            got += len(data)
            if got > _HANDSHAKE_MAX:
                raise Unauthorized("forward: handshake message too large")
            unpacker.feed(data)
            try:
                ping = next(unpacker, None)
            except (msgpack.UnpackException, ValueError) as e:
                raise Unauthorized(f"forward: bad handshake: {e}") from None
        ok, reason = False, ""
        if not (isinstance(ping, list) and len(ping) == 6 and ping[0] == "PING"):
            reason = "expected PING"
        else:
            _, hostname, salt, digest, _user, _pw = ping
            hostname = _b(hostname).decode("utf-8", "replace")
            salt = _b(salt)
            if hostname == self.self_hostname:
                reason = "same hostname between input and output: invalid configuration"
            elif digest != shared_key_digest(salt, hostname, nonce, self.shared_key):
                reason = "shared_key mismatch"
            else:
                ok = True
        if not ok:
            conn.write(_packb(["PONG", False, reason, self.self_hostname, ""]))
            await conn.drain()
            raise Unauthorized(f"forward: handshake failed: {reason}")
        conn.write(_packb(["PONG", True, "", self.self_hostname,
                           shared_key_digest(salt, self.self_hostname, nonce, self.shared_key)]))
        await conn.drain()
        conn.mid_frame(False)
        return got


def _heartbeat(data: bytes, addr: Any, transport: asyncio.DatagramTransport) -> None:
    """UDP heartbeat: answer every probe with one NUL byte, as in_forward does."""
    transport.sendto(b"\x00", addr)


async def start(cfg: Config, appender: Appender, stats: IngestStats) -> list[Listener]:
    """Start the forward receiver: TCP (TLS when ``tls_cert`` is set) and UDP heartbeat on one port."""
    fc = cfg.forward
    host, port = parse_listen(fc.listen)
    recv = ForwardReceiver(
        appender,
        stats,
        max_frame=fc.max_frame,
        max_decompressed=4 * fc.max_frame,
        shared_key=fc.shared_key,
        self_hostname=fc.self_hostname or socket.gethostname(),
        decode_forward=cfg.ingest.decode_forward,
    )
    tcp = await serve_tcp(RECEIVER, host, port, recv.handle, max_connections=fc.max_connections,
                          ssl=tls_context(fc.tls_cert, fc.tls_key, "forward"), stats=stats,
                          frame_timeout=fc.frame_timeout or None)
    try:
        udp = await serve_udp(f"{RECEIVER}_heartbeat", host, tcp.port, _heartbeat, stats=stats)
    except OSError:
        await tcp.close()
        raise
    return [tcp, udp]
