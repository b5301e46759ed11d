"""Delivery of Alertmanager webhook bodies, and the alerting loop that drives evaluation.

:class:`WebhookSender` owns a bounded queue and one aiohttp session; ``submit``
never blocks (a full queue drops the oldest body, counted), and a background
task POSTs bodies in order, retrying connection errors, timeouts, 5xx and 429
with capped exponential backoff.  Other 4xx answers are not retried (the
receiver refused the body; retrying cannot help) and are counted as failed.

:func:`run_alerting` evaluates every ``interval`` in a worker thread (the
query may block), hands transition rows to ``on_rows`` (the ``alerts`` table)
and bodies to the sender, so a slow or dead webhook never delays evaluation,
and evaluation never blocks the event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
import pyarrow as pa

from millpond.pipeline.alerting import AlertEvaluator

log = logging.getLogger(__name__)


@dataclass
class WebhookStats:
    sent: int = 0
    retries: int = 0
    failed: int = 0  # given up (attempts exhausted, or refused with 4xx)
    dropped: int = 0  # queue full: oldest body dropped


class WebhookSender:
    """POSTs webhook bodies to ``url`` with retries; start with :meth:`start`, stop with :meth:`close`."""

    def __init__(self, url: str, *, timeout: float = 10.0, max_attempts: int = 8, backoff: float = 0.5,
                 max_backoff: float = 30.0, max_queue: int = 1_000,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self.url = url
        self.timeout = timeout
        self.max_attempts = max_attempts
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_queue = max_queue
        self.stats = WebhookStats()
        self._sleep = sleep
        self._queue: deque[dict[str, Any]] = deque()
        self._wake = asyncio.Event()
        self._idle = asyncio.Event()
        self._idle.set()
        self._task: asyncio.Task[None] | None = None
        self._session: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.timeout))
        self._task = asyncio.create_task(self._run(), name="alert-webhook")

    def submit(self, body: dict[str, Any]) -> None:
        """Queue one body; never blocks. Call from the event loop's thread."""
        if len(self._queue) >= self.max_queue:
            self._queue.popleft()
            self.stats.dropped += 1
            log.warning("alert webhook queue full (%d): dropped the oldest notification", self.max_queue)
        self._queue.append(body)
        self._idle.clear()
        self._wake.set()

    async def drain(self, timeout: float) -> bool:
        """Wait until every queued body was delivered or given up; False on timeout."""
        try:
            await asyncio.wait_for(self._idle.wait(), timeout)
        except TimeoutError:
            return False
        return True

    async def close(self, drain_timeout: float = 5.0) -> None:
        await self.drain(drain_timeout)
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._session is not None:
            await self._session.close()

    async def _run(self) -> None:
        while True:
            if not self._queue:
                self._idle.set()
                self._wake.clear()
                await self._wake.wait()
                continue
            await self._deliver(self._queue.popleft())

    async def _deliver(self, body: dict[str, Any]) -> None:
        assert self._session is not None
        delay = self.backoff
        for attempt in range(1, self.max_attempts + 1):
            try:
                async with self._session.post(self.url, json=body) as resp:
                    await resp.read()
                    if resp.status < 300:
                        self.stats.sent += 1
                        return
                    if resp.status != 429 and resp.status < 500:
                        self.stats.failed += 1
                        log.error("alert webhook %s refused a notification: HTTP %d", self.url, resp.status)
                        return
                    reason = f"HTTP {resp.status}"
            except (aiohttp.ClientError, TimeoutError, OSError) as e:
                reason = " ".join(str(e).split()) or type(e).__name__
            if attempt == self.max_attempts:
                break
            self.stats.retries += 1
            log.warning("alert webhook %s: %s; retry %d in %.1fs", self.url, reason, attempt, delay)
            await self._sleep(delay)
            delay = min(delay * 2, self.max_backoff)
        self.stats.failed += 1
        log.error("alert webhook %s: gave up after %d attempts", self.url, self.max_attempts)


async def run_alerting(evaluator: AlertEvaluator, sender: WebhookSender | None, interval: float,
                       on_rows: Callable[[pa.Table], None], stop: asyncio.Event) -> None:
    """Evaluate every ``interval`` seconds until ``stop`` is set.

    ``on_rows`` gets each round's transition rows (write them to ``alerts``);
    it runs in the worker thread too, after the evaluation.  A round that takes
    longer than ``interval`` delays the next one; rounds never overlap.
    """
    def round_() -> Any:
        ev = evaluator.evaluate()
        if ev.rows.num_rows:
            try:
                on_rows(ev.rows)
            except Exception:  # noqa: BLE001 — the notifications still go out; the failure is logged
                log.exception("writing %d alert transitions failed", ev.rows.num_rows)
        return ev

    while not stop.is_set():
        started = time.monotonic()
        try:
            ev = await asyncio.to_thread(round_)
        except Exception:  # noqa: BLE001 — an evaluator bug must not end alerting; it is logged
            log.exception("alert evaluation round failed")
        else:
            if sender is not None:
                for body in ev.notifications:
                    sender.submit(body)
        wait = max(0.0, interval - (time.monotonic() - started))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), wait)
