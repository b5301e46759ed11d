"""The ingest process: every receiver of the contract on one event loop, one appender, one stats registry.

:class:`IngestService` is given an open :class:`~millpond.pipeline.log.Log`
(the command line opens it, and owns closing it) and starts forward,
syslog, HTTP, MQTT, scrape and self-monitoring as configured. ``GET
/healthz`` answers 200 only once every configured receiver listens (MQTT:
is subscribed) and until stopping begins. :meth:`stop` closes the
receivers first, each finishing the append it is in the middle of, then
flushes the appender so everything acknowledged is durable.

A receiver whose listen address is empty is off. Routes from other parts
(the query API) come in through ``extra_routes``, so ``ingest`` imports
nothing of ``sinks`` — the command line wires them.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from aiohttp import web

from millpond.config import Config
from millpond.ingest import forward, http, mqtt, scrape, selfmon, syslog
from millpond.ingest.appender import Appender
from millpond.ingest.decode_pool import DecodePool, auto_decoders
from millpond.ingest.server import Listener, parse_listen
from millpond.ingest.stats import IngestStats
from millpond.pipeline.log import Log

log = logging.getLogger(__name__)

__all__ = ["IngestService"]

Starter = Callable[[Config, Appender, IngestStats], Awaitable[list[Listener]]]


@dataclass
class IngestService:
    """Start/stop of all receivers around one :class:`Appender` (see the module doc)."""

    cfg: Config
    log: Log
    extra_routes: Callable[[web.Application], None] | None = None
    stats: IngestStats = field(default_factory=IngestStats)
    listeners: list[Listener] = field(default_factory=list)
    appender: Appender | None = None
    pool: DecodePool | None = None
    _started: bool = False
    _stopping: bool = False

    def healthy(self) -> bool:
        """Every configured receiver listens (MQTT subscribed) and we are not stopping."""
        return self._started and not self._stopping and all(getattr(lst, "ready", True) for lst in self.listeners)

    def ports(self) -> dict[str, int]:
        """Receiver name → bound port (useful when the config asked for port 0)."""
        return {lst.name: lst.port for lst in self.listeners}

    def _starters(self) -> list[tuple[str, Starter]]:
        async def start_http(cfg: Config, appender: Appender, stats: IngestStats) -> list[Listener]:
            return await http.start(cfg, appender, stats, healthy=self.healthy, extra_routes=self.extra_routes)

        return [
            ("forward", forward.start), ("syslog", syslog.start), ("http", start_http),
            ("mqtt", mqtt.start), ("scrape", scrape.start), ("self", selfmon.start),
        ]

    async def start(self) -> None:
        """Start every configured receiver; on any failure close what started and re-raise."""
        cfg = self.cfg
        self.pool = DecodePool(auto_decoders(cfg.ingest.decoders), inline_below=cfg.ingest.decode_inline,
                               stats=self.stats)
        self.appender = Appender(self.log, self.stats, max_pending_bytes=cfg.ingest.max_pending,
                                 linger=cfg.ingest.linger, pool=self.pool)
        listen = {"forward": cfg.forward.listen, "syslog": cfg.syslog.listen, "http": cfg.http.listen}
        for name, addr in listen.items():  # all addresses checked before anything binds
            if addr:
                try:
                    parse_listen(addr)
                except ValueError as e:
                    raise ValueError(f"{name}.listen: {e}") from None
        try:
            for name, starter in self._starters():
                if listen.get(name, "on") == "":
                    continue
                try:
                    self.listeners += await starter(cfg, self.appender, self.stats)
                except OSError as e:
                    raise OSError(e.errno, f"{name}: {e.strerror or e}") from None
        except BaseException:
            await self.stop()
            raise
        self._started = True

    async def stop(self) -> None:
        """Close receivers (HTTP last, so /healthz reports the stop), then flush the appender."""
        self._stopping = True
        ordered = sorted(self.listeners, key=lambda lst: lst.name == "http")
        for lst in ordered:
            try:
                await lst.close()
            except Exception:  # one receiver failing to close must not keep the rest open
                log.exception("closing %s failed", lst.name)
        self.listeners.clear()
        if self.appender is not None:
            await self.appender.close()
        if self.pool is not None:
            await asyncio.to_thread(self.pool.close)

    async def run_until_signal(self, started: Callable[[IngestService], None] | None = None) -> None:
        """Start, call ``started``, serve until SIGTERM/SIGINT, then stop gracefully."""
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        try:
            await self.start()
            if started is not None:
                started(self)
            await stop.wait()
            log.info("stopping: closing receivers, flushing what was accepted")
        finally:
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.remove_signal_handler(sig)
            await self.stop()
