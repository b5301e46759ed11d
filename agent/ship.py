"""Shippers: read the spool in order, send, and report what the appliance acked.

``ForwardShipper`` keeps up to ``max_in_flight`` PackedForward chunks on the
wire and acknowledges spool records strictly in order; ``HttpShipper`` POSTs
line protocol (host metrics) one body at a time. Both reconnect with
exponential backoff and full jitter; after a reconnect they resend from the
first unacknowledged record, so a lost ack means a duplicate, never a gap.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
import msgpack

from millpond.agent.config import AgentConfig, split_hostport
from millpond.agent.forward_client import AuthError, ForwardConnection, ForwardError, tls_context
from millpond.agent.spool import Spool

log = logging.getLogger(__name__)

Acked = list[tuple[int, int, list[Any]]]
"""(seq, record count, file positions) of each newly acknowledged spool record."""
OnAck = Callable[[Acked], Awaitable[None]]


@dataclass
class ShipStats:
    connected: bool = False
    sent_chunks: int = 0
    acked_chunks: int = 0
    acked_records: int = 0
    rejected_records: int = 0
    errors: int = 0
    reconnects: int = 0
    last_ack: float = 0.0
    last_error: str = ""


def backoff(attempt: int, lo: float, hi: float) -> float:
    """Exponential backoff with full jitter: a random delay up to ``lo * 2**attempt`` (capped at ``hi``)."""
    return random.uniform(lo, max(lo, min(hi, lo * 2 ** min(attempt, 30))))


async def _wait(ev: asyncio.Event, timeout: float) -> bool:
    try:
        await asyncio.wait_for(ev.wait(), timeout)
        return True
    except TimeoutError:
        return False


def encode_record(chunk: str, count: int, positions: list[Any], body: bytes) -> bytes:
    """A spool record: what to send plus what it covers (for the checkpoint)."""
    return msgpack.packb([chunk, count, positions, body], use_bin_type=True)


def decode_record(payload: bytes) -> tuple[str, int, list[Any], bytes]:
    chunk, count, positions, body = msgpack.unpackb(payload, raw=False)
    return chunk, count, positions, body


@dataclass
class _Shipper:
    cfg: AgentConfig
    spool: Spool
    on_ack: OnAck
    wake: asyncio.Event
    stop: asyncio.Event
    stats: ShipStats

    async def run(self) -> None:
        attempt = 0
        while not self.stop.is_set():
            try:
                await self._session()
                attempt = 0
            except AuthError as e:
                self._error(f"authentication failed: {e}")
                attempt = max(attempt, 6)
            except (ForwardError, OSError, TimeoutError, aiohttp.ClientError) as e:
                self._error(str(e) or type(e).__name__)
            self.stats.connected = False
            if self.stop.is_set():
                break
            attempt += 1
            await _wait(self.stop, backoff(attempt, self.cfg.retry_min, self.cfg.retry_max))

    def _error(self, text: str) -> None:
        self.stats.errors += 1
        if text != self.stats.last_error:
            log.warning("%s: %s (retrying with backoff)", type(self).__name__, text)
        self.stats.last_error = text

    async def _idle(self, after: int) -> None:
        """Wait for new spool records (or stop)."""
        self.wake.clear()
        if self.spool.next_seq - 1 > after:
            return
        await _wait(self.wake, 1.0)

    async def _session(self) -> None:
        raise NotImplementedError


@dataclass
class ForwardShipper(_Shipper):
    async def _session(self) -> None:
        host, port = split_hostport(self.cfg.server, 24224)
        ctx = tls_context(self.cfg.tls_ca, self.cfg.tls_verify) if self.cfg.tls else None
        conn = await ForwardConnection.connect(
            host, port, shared_key=self.cfg.shared_key, self_hostname=self.cfg.self_hostname, ssl_ctx=ctx
        )
        self.stats.connected = True
        self.stats.reconnects += 1
        try:
            await self._pump(conn)
        finally:
            await conn.close()

    async def _pump(self, conn: ForwardConnection) -> None:
        inflight: deque[tuple[int, int, list[Any], asyncio.Future[None]]] = deque()
        try:
            await self._pump_inflight(conn, inflight)
        finally:
            for *_, fut in inflight:  # resent on the next connection; mark their failures seen
                if fut.done() and not fut.cancelled():
                    fut.exception()
                else:
                    fut.cancel()

    async def _pump_inflight(
        self, conn: ForwardConnection, inflight: deque[tuple[int, int, list[Any], asyncio.Future[None]]]
    ) -> None:
        after = self.spool.acked_seq
        while not self.stop.is_set():
            after = max(after, self.spool.acked_seq)  # records dropped by a full spool are skipped
            room = self.cfg.max_in_flight - len(inflight)
            recs = self.spool.read(after, room) if room > 0 else []
            for seq, payload in recs:
                chunk, count, positions, frame = decode_record(payload)
                inflight.append((seq, count, positions, conn.send(frame, chunk)))
                self.stats.sent_chunks += 1
                after = seq
            if recs:
                await asyncio.wait_for(conn.drain(), self.cfg.ack_timeout)
            if not inflight:
                await self._idle(after)
                continue
            head = inflight[0][3]
            waiters: set[asyncio.Future[Any]] = {head}
            wake = None
            if len(inflight) < self.cfg.max_in_flight:
                self.wake.clear()
                if self.spool.next_seq - 1 > after:
                    continue
                wake = asyncio.ensure_future(self.wake.wait())
                waiters.add(wake)
            done, _ = await asyncio.wait(waiters, timeout=self.cfg.ack_timeout, return_when=asyncio.FIRST_COMPLETED)
            if wake is not None and not wake.done():
                wake.cancel()
            if not done:
                raise ForwardError(f"no ack within {self.cfg.ack_timeout:g}s")
            acked: Acked = []
            failed: BaseException | None = None
            while inflight and inflight[0][3].done():
                fut = inflight[0][3]
                failed = fut.exception() if not fut.cancelled() else ForwardError("cancelled")
                if failed is not None:
                    break
                seq, count, positions, _ = inflight.popleft()
                acked.append((seq, count, positions))
            if acked:
                self.stats.acked_chunks += len(acked)
                self.stats.acked_records += sum(a[1] for a in acked)
                self.stats.last_ack = time.time()
                await self.on_ack(acked)
            if failed is not None:
                raise failed


@dataclass
class HttpShipper(_Shipper):
    """Line protocol bodies to ``POST {http_url}/write``; 2xx acks, 400/413 drop (logged), else retry."""

    async def _session(self) -> None:
        url = self.cfg.http_url.rstrip("/") + "/write?precision=ns"
        timeout = aiohttp.ClientTimeout(total=self.cfg.ack_timeout)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            after = self.spool.acked_seq
            while not self.stop.is_set():
                after = max(after, self.spool.acked_seq)
                recs = self.spool.read(after, 1)
                if not recs:
                    await self._idle(after)
                    continue
                seq, payload = recs[0]
                _, count, positions, body = decode_record(payload)
                headers = {"Content-Type": "text/plain"}
                if self.cfg.http_token:
                    headers["Authorization"] = f"Bearer {self.cfg.http_token}"
                async with session.post(url, data=body, headers=headers) as resp:
                    text = (await resp.text())[:200]
                    if resp.status in (401, 403):
                        raise aiohttp.ClientError(f"HTTP {resp.status}: check http_token ({text})")
                    if resp.status in (400, 413, 422):
                        log.error("appliance rejected %d host metric lines (%d): %s", count, resp.status, text)
                        self.stats.rejected_records += count
                    elif resp.status >= 300:
                        raise aiohttp.ClientError(f"HTTP {resp.status}: {text}")
                    else:
                        self.stats.acked_records += count
                        self.stats.acked_chunks += 1
                        self.stats.last_ack = time.time()
                self.stats.connected = True
                after = seq
                await self.on_ack([(seq, count, positions)])
