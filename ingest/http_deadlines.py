"""Deadlines for HTTP connections, so slow clients cannot hold the port (slowloris).

aiohttp bounds header sizes but not the time a client may take to send them,
and its idle keep-alive timeout does not apply to a request that has begun.
Connections that dribble a header byte now and then would hold every slot of
``[http] max_connections`` for ever. Here each connection is an aiohttp
:class:`RequestHandler` that also keeps the clocks the deadlines need:

* **headers**: from accept (or from the first byte of a later keep-alive
  request) to the end of the headers, at most ``[http] header_timeout``;
  past it the client gets ``408`` and the connection is closed.
* **body**: after ``header_timeout`` of grace a body still arriving must
  have averaged ``[http] min_body_rate`` bytes/s, else the connection is closed.
* **at the limit** a new connection evicts the oldest connection whose
  headers are still incomplete (one that sent part of them, or nothing
  for :data:`MIN_IDLE_EVICT` s), else the longest idle keep-alive connection
  (idle at least :data:`MIN_IDLE_EVICT` s), else the connection whose body
  arrives slowest, instead of being refused; it is refused only when every
  slot holds a request being answered.

Every closed connection counts in ``millpond_rejected_total{receiver="http",
reason="slow"}``; one log line per sweep says how many went.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp.web_protocol import RequestHandler

from millpond.ingest.stats import IngestStats

log = logging.getLogger(__name__)

__all__ = ["Deadlines", "TimedHandler"]

SWEEP_EVERY = 0.5
MIN_IDLE_EVICT = 1.0
"""A connection silent this long (since accept, or between keep-alive requests) may be evicted at the limit."""
_408 = b"HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"


class TimedHandler(RequestHandler):
    """aiohttp's request handler plus three clocks (no ``__slots__`` here: instances get a ``__dict__``)."""

    def __init__(self, deadlines: Deadlines, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.deadlines = deadlines
        self.head_since: float | None = None  # a request's headers are incomplete since then
        self.body_since: float | None = None  # the app handler runs since then (headers done)
        self.idle_since: float | None = None  # between keep-alive requests since then
        self.got_bytes = False  # a request began arriving (a new client's first packet completes its headers)
        deadlines.live[self] = None
        deadlines.head_started(self)  # the clock runs from accept

    def data_received(self, data: bytes) -> None:
        if data and self.head_since is None and self.body_since is None:
            self.deadlines.head_started(self)
        self.got_bytes = self.got_bytes or bool(data)
        super().data_received(data)
        if self.head_since is not None and self._messages:  # headers parsed: a request is queued
            self.deadlines.head_done(self)

    async def _handle_request(self, request: Any, start_time: Any, request_handler: Any) -> Any:
        self.deadlines.head_done(self)
        self.body_since = time.monotonic()
        self.deadlines.bodies[self] = None
        try:
            return await super()._handle_request(request, start_time, request_handler)
        finally:
            self.body_since = None
            self.deadlines.bodies.pop(self, None)
            if self.transport is not None and self.head_since is None:
                self.idle_since = time.monotonic()
                self.deadlines.idle[self] = None

    def connection_lost(self, exc: BaseException | None) -> None:
        self.deadlines.forget(self)
        self.deadlines.live.pop(self, None)
        super().connection_lost(exc)

    def body_rate(self, now: float) -> float | None:
        """Bytes/s of the body being received so far (``None`` when no body is arriving)."""
        req = self._current_request
        if self.body_since is None or req is None or req.content.is_eof():
            return None
        return req.content.total_bytes / max(now - self.body_since, 1e-3)

    def body_too_slow(self, now: float) -> bool:
        """True when the body being received is behind ``min_body_rate`` (after the grace)."""
        req = self._current_request
        if self.body_since is None or req is None or req.content.is_eof():
            return False
        late = now - self.body_since - self.deadlines.header_timeout
        return late > 0 and req.content.total_bytes < late * self.deadlines.min_body_rate


@dataclass(eq=False)
class Deadlines:
    """The clocks of one HTTP listener's connections, the sweeper and eviction at the limit.

    ``heads`` and ``idle`` are insertion-ordered (a dict per state, re-inserted
    when a clock restarts), so the oldest is the first key: eviction is O(1).
    """

    stats: IngestStats
    header_timeout: float
    min_body_rate: float
    live: dict[TimedHandler, None] = field(default_factory=dict)  # open and not being closed by us
    heads: dict[TimedHandler, None] = field(default_factory=dict)
    idle: dict[TimedHandler, None] = field(default_factory=dict)
    bodies: dict[TimedHandler, None] = field(default_factory=dict)
    evicted: int = 0  # slow connections closed to make room since the last sweep's log line
    _task: asyncio.Task[None] | None = None

    def head_started(self, h: TimedHandler) -> None:
        h.head_since, h.idle_since, h.got_bytes = time.monotonic(), None, False
        self.idle.pop(h, None)
        self.heads[h] = None

    def head_done(self, h: TimedHandler) -> None:
        h.head_since = None
        self.heads.pop(h, None)

    def forget(self, h: TimedHandler) -> None:
        for d in (self.heads, self.idle, self.bodies):
            d.pop(h, None)

    def _close(self, h: TimedHandler, answer: bytes = b"") -> None:
        self.forget(h)
        self.live.pop(h, None)  # its slot is free now, though aiohttp lets go of it a moment later
        if h.transport is not None and answer:
            h.transport.write(answer)
        h.force_close()
        self.stats.rejected("http", "slow")

    def evict_one(self) -> bool:
        """Make room for a new connection: close the oldest incomplete request, else the longest idle one."""
        now = time.monotonic()
        h = self._oldest_partial_head(now)
        if h is not None:
            self._close(h, _408)
            self.evicted += 1
            return True
        if self.idle:
            h = next(iter(self.idle))
            if h.idle_since is not None and now - h.idle_since >= MIN_IDLE_EVICT:
                self.forget(h)
                self.live.pop(h, None)
                h.force_close()  # a keep-alive connection closed between requests: not a refusal
                return True
        rates = [(rate, h) for h in self.bodies if (rate := h.body_rate(now)) is not None]
        if rates:
            _, h = min(rates, key=lambda x: x[0])
            self._close(h)
            self.evicted += 1
            return True
        return False

    def _oldest_partial_head(self, now: float) -> TimedHandler | None:
        """The oldest connection with part of a request's headers; else one silent since accept for
        ``MIN_IDLE_EVICT`` s. A client that has just connected and not been read yet is spared: its first
        packet usually holds the whole request."""
        for i, h in enumerate(self.heads):
            if h.got_bytes or (h.head_since is not None and now - h.head_since >= MIN_IDLE_EVICT):
                return h
            if i >= 256:  # bounded scan per new connection
                break
        return None

    def sweep(self, now: float) -> tuple[int, int]:
        """Close connections past a deadline; returns (header timeouts, slow bodies)."""
        heads = 0
        while self.heads:
            h = next(iter(self.heads))
            if h.head_since is None or now - h.head_since <= self.header_timeout:
                break
            self._close(h, _408)
            heads += 1
        slow = [h for h in self.bodies if h.body_too_slow(now)]
        for h in slow:
            self._close(h)
        return heads, len(slow)

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(SWEEP_EVERY)
            heads, bodies = self.sweep(time.monotonic())
            evicted, self.evicted = self.evicted, 0
            if heads or bodies or evicted:  # one line per sweep, however many went: an attack cannot flood the log
                log.warning("http: closed %d connection(s) whose headers took over %.0fs, %d whose body came slower "
                            "than %.0f bytes/s, %d slow one(s) to make room at max_connections", heads,
                            self.header_timeout, bodies, self.min_body_rate, evicted)

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
