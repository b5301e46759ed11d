"""Fixtures for the stream receiver tests (forward, syslog): a real embedded log,
stats, the shared appender and receivers started on free loopback ports.

The log helpers (``read_topic``, ``data_log``, ``make_config``) live in
``httpkit`` (H2) and are reused here rather than copied.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pytest

from httpkit import data_log, make_config, read_topic  # noqa: F401  (data_log is a fixture)
from millpond.config import Config
from millpond.ingest.appender import Appender
from millpond.ingest.server import Listener
from millpond.ingest.stats import IngestStats
from millpond.pipeline.log import Log


async def poll(check: Callable[[], Any], timeout: float = 15.0, every: float = 0.02) -> Any:
    """Await until ``check()`` is truthy (returns it) or fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        got = check()
        if got:
            return got
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout}s")
        await asyncio.sleep(every)


def log_rows(log: Log) -> list[dict[str, Any]]:
    """Every ``logs`` record as a dict, attributes as a plain dict, sorted by (ts, message)."""
    out = read_topic(log, "logs").to_pylist()
    for r in out:
        r["attributes"] = dict(r["attributes"] or [])
    return sorted(out, key=lambda r: (r["ts"], r["message"]))


async def wait_log_rows(log: Log, n: int, timeout: float = 15.0) -> list[dict[str, Any]]:
    """Poll until the ``logs`` topic holds at least ``n`` records; return them."""
    await poll(lambda: read_topic(log, "logs").num_rows >= n, timeout)
    return log_rows(log)


@dataclass
class Running:
    """A receiver started by :func:`receiver`; ``port`` is its actual TCP (and UDP) port."""

    port: int
    cfg: Config
    log: Log
    stats: IngestStats
    appender: Appender
    listeners: list[Listener]

    def rejected(self, receiver: str, reason: str) -> float:
        return self.stats.value("millpond_rejected_total", {"receiver": receiver, "reason": reason})


@pytest.fixture
async def receiver(data_log: Log) -> AsyncIterator[Callable[..., Awaitable[Running]]]:  # noqa: F811
    """``await receiver(module, section={...}, ...)`` starts ``module.start`` on 127.0.0.1:0."""
    started: list[Running] = []

    async def start(module: ModuleType, **sections: dict[str, Any]) -> Running:
        name = module.RECEIVER
        sections.setdefault(name, {})
        sections[name] = {"listen": "127.0.0.1:0", **sections[name]}
        sections.setdefault("ingest", {"linger": "2ms"})
        cfg = make_config(**sections)
        stats = IngestStats()
        appender = Appender(data_log, stats, max_pending_bytes=cfg.ingest.max_pending, linger=cfg.ingest.linger)
        listeners = await module.start(cfg, appender, stats)
        run = Running(listeners[0].port, cfg, data_log, stats, appender, listeners)
        started.append(run)
        return run

    yield start
    for run in started:
        for lst in run.listeners:
            await lst.close()
        await run.appender.close()

