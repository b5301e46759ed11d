"""Helpers of the stream receiver tests (forward, syslog, appender, server): polling with a
deadline, the ``logs`` rows of a log, and the handle of a started receiver.

A module with a unique name (not ``conftest``) so that test files import it
without clashing with the other folders' conftest.py files.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from httpkit import read_topic
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
