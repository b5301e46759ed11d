"""Self-monitoring: Millpond's own ``/metrics`` appended to its ``metrics`` topic (source ``self``).

Every ``[ingest] self_metrics_interval`` seconds the ingest stats are
rendered and parsed exactly as a scrape would (:func:`scrape.exposition_batch`),
so the appliance's history (records received, rejections, append latency,
pending bytes) is queryable and chartable like any other host's. An interval
of 0 turns it off.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from dataclasses import dataclass

from millpond.config import Config
from millpond.ingest.appender import Appender
from millpond.ingest.errors import IngestError
from millpond.ingest.scrape import exposition_batch
from millpond.ingest.server import Listener
from millpond.ingest.stats import IngestStats
from millpond.pipeline.log.errors import LogError

log = logging.getLogger(__name__)

__all__ = ["SelfMonitor", "start"]

SOURCE = "self"


@dataclass
class SelfMonitor(Listener):
    appender: Appender
    stats: IngestStats
    interval: float
    name: str = "self"
    port: int = 0
    host: str = ""
    _task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self.host = self.host or socket.gethostname()
        self._task = asyncio.create_task(self._loop(), name="self-metrics")

    async def sample_once(self) -> int:
        """Append one snapshot of our own metrics; returns the number of samples (0 if refused)."""
        batch = exposition_batch(self.stats.render().decode(), labels={}, host=self.host, source=SOURCE)
        try:
            await self.appender.append("metrics", batch, batch.column("name"), receiver=SOURCE)
        except (IngestError, LogError) as e:  # the next snapshot carries the counters anyway
            log.info("self metrics not stored: %s", e)
            return 0
        return batch.num_rows

    async def _loop(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            await self.sample_once()

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)


async def start(cfg: Config, appender: Appender, stats: IngestStats) -> list[Listener]:
    if cfg.ingest.self_metrics_interval <= 0:
        return []
    mon = SelfMonitor(appender, stats, cfg.ingest.self_metrics_interval)
    mon.start()
    return [mon]
