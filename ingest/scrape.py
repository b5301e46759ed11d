"""Prometheus scrape of ``[scrape] targets``: text exposition → ``metrics`` rows, plus ``up`` per target.

Each target is fetched every ``interval`` (first scrapes spread over the
interval) with ``timeout``; the body is bounded by ``[http]
max_decompressed``. The text is parsed by prometheus-client's own parser.
Every sample gets the label ``instance`` (the target's host:port), like
Prometheus does; the ``host`` column is the target's host name. Beside the
samples come ``up`` (1 scraped, 0 failed) and ``scrape_duration_seconds``,
so a dead exporter shows as ``up == 0`` rather than as silence.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import aiohttp
import pyarrow as pa
from prometheus_client.parser import text_string_to_metric_families

from millpond.config import Config
from millpond.ingest.appender import Appender
from millpond.ingest.errors import DecodeError, FrameTooLarge, IngestError
from millpond.ingest.server import Listener
from millpond.ingest.stats import IngestStats
from millpond.pipeline.log.errors import LogError
from millpond.pipeline.schema import metrics_batch, now_us

log = logging.getLogger(__name__)

__all__ = ["ScrapeListener", "exposition_batch", "start"]

RECEIVER = "scrape"
ACCEPT = "text/plain;version=0.0.4;q=1,*/*;q=0.1"


def exposition_batch(text: str, *, labels: dict[str, str], host: str, source: str,
                     default_ts_us: int | None = None) -> pa.RecordBatch:
    """Prometheus text exposition → metrics batch; ``labels`` are added to every sample.

    Raises :class:`DecodeError` for text the parser refuses.
    """
    names: list[str] = []
    values: list[float] = []
    stamps: list[int | None] = []
    label_rows: list[dict[str, str]] = []
    try:
        for family in text_string_to_metric_families(text):
            for s in family.samples:
                names.append(s.name)
                values.append(float(s.value))
                stamps.append(None if s.timestamp is None else round(float(s.timestamp) * 1_000_000))
                label_rows.append({**s.labels, **labels})
    except (ValueError, TypeError, KeyError, IndexError) as e:
        raise DecodeError(f"not Prometheus text exposition: {e}") from None
    ts = pa.array(stamps, pa.int64()).cast(pa.timestamp("us", "UTC"))
    return metrics_batch(name=names, value=pa.array(values, pa.float64()), ts=ts, labels=label_rows,
                         host=host, source=source, default_ts_us=default_ts_us)


@dataclass
class ScrapeListener(Listener):
    """One task per target; ``close`` cancels them (a scrape half-done is not appended)."""

    cfg: Config
    appender: Appender
    stats: IngestStats
    name: str = RECEIVER
    port: int = 0
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)
    _session: aiohttp.ClientSession | None = None

    def start(self) -> None:
        targets = self.cfg.scrape.targets
        for i, url in enumerate(targets):
            offset = self.cfg.scrape.interval * i / max(1, len(targets))
            self._tasks.append(asyncio.create_task(self._loop(url, offset), name=f"scrape {url}"))

    async def _loop(self, url: str, offset: float) -> None:
        await asyncio.sleep(offset)
        loop = asyncio.get_running_loop()
        nxt = loop.time()
        while True:
            await self.scrape_once(url)
            nxt += self.cfg.scrape.interval
            await asyncio.sleep(max(0.0, nxt - loop.time()))

    async def _fetch(self, url: str) -> str:
        if self._session is None:
            self._session = aiohttp.ClientSession()
        limit = self.cfg.http.max_decompressed
        timeout = aiohttp.ClientTimeout(total=self.cfg.scrape.timeout)
        async with self._session.get(url, timeout=timeout, headers={"Accept": ACCEPT}) as r:
            if r.status != 200:
                raise DecodeError(f"HTTP {r.status}", reason="http_status")
            body = await r.content.read(limit + 1)
            if len(body) > limit:
                raise FrameTooLarge(f"body over {limit} bytes")
            return body.decode("utf-8", errors="replace")

    async def scrape_once(self, url: str) -> None:
        """Fetch, parse and append one target's samples with ``up`` and ``scrape_duration_seconds``."""
        parts = urlsplit(url)
        instance, host = parts.netloc, parts.hostname or ""
        base = {"instance": instance}
        t0 = time.perf_counter()
        ts = now_us()
        up = 1.0
        samples = None
        try:
            text = await self._fetch(url)
            samples = exposition_batch(text, labels=base, host=host, source=RECEIVER, default_ts_us=ts)
        except (aiohttp.ClientError, TimeoutError, OSError) as e:
            up = 0.0
            self.stats.rejected(RECEIVER, "unreachable")
            log.info("scrape %s failed: %s", url, e or type(e).__name__)
        except IngestError as e:
            up = 0.0
            self.stats.rejected(RECEIVER, e.reason)
            log.info("scrape %s: refused: %s", url, e)
        meta = metrics_batch(name=["up", "scrape_duration_seconds"], value=[up, time.perf_counter() - t0],
                             labels=[base, base], host=host, source=RECEIVER, default_ts_us=ts)
        batch = meta if samples is None else pa.concat_batches([samples, meta])
        try:
            await self.appender.append("metrics", batch, batch.column("name"), receiver=RECEIVER)
        except (IngestError, LogError) as e:  # the next scrape is the retry
            log.warning("scrape %s: samples not stored: %s", url, e)
            return
        self.stats.received(RECEIVER, batch.num_rows, 0)

    async def close(self) -> None:
        for t in self._tasks:
            t.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks.clear()
        if self._session is not None:
            await self._session.close()


async def start(cfg: Config, appender: Appender, stats: IngestStats) -> list[Listener]:
    """Start scraping when ``[scrape] targets`` is non-empty."""
    if not cfg.scrape.targets:
        return []
    lst = ScrapeListener(cfg, appender, stats)
    lst.start()
    return [lst]
