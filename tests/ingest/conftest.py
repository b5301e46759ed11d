"""Fixtures for the stream receiver tests (forward, syslog): a real embedded log,
stats, the shared appender and receivers started on free loopback ports.

The log helpers (``read_topic``, ``data_log``, ``make_config``) live in
``httpkit`` and the polling/rows helpers in ``streamkit``; test files import
those modules, never this one.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from types import ModuleType
from typing import Any

import pytest

from httpkit import data_log, make_config  # noqa: F401  (data_log is a fixture)
from millpond.ingest.appender import Appender
from millpond.ingest.decode_pool import DecodePool
from millpond.ingest.stats import IngestStats
from millpond.pipeline.log import Log
from streamkit import Running


@pytest.fixture
async def receiver(data_log: Log) -> AsyncIterator[Callable[..., Awaitable[Running]]]:  # noqa: F811
    """``await receiver(module, section={...}, ...)`` starts ``module.start`` on 127.0.0.1:0."""
    started: list[Running] = []

    async def start(module: ModuleType, pool: DecodePool | None = None, **sections: dict[str, Any]) -> Running:
        name = module.RECEIVER
        sections.setdefault(name, {})
        sections[name] = {"listen": "127.0.0.1:0", **sections[name]}
        sections.setdefault("ingest", {"linger": "2ms"})
        cfg = make_config(**sections)
        stats = IngestStats()
        appender = Appender(data_log, stats, max_pending_bytes=cfg.ingest.max_pending, linger=cfg.ingest.linger,
                            pool=pool)
        listeners = await module.start(cfg, appender, stats)
        run = Running(listeners[0].port, cfg, data_log, stats, appender, listeners)
        started.append(run)
        return run

    yield start
    for run in started:
        for lst in run.listeners:
            await lst.close()
        await run.appender.close()

