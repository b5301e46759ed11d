"""Shared by the HTTP-side receiver tests (H2): a real embedded log, stats, an appender, a live server.

Imported by the test modules (not a conftest, so the forward/syslog tests beside them stay independent)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pytest

from millpond.config import Config, LogConfig, build_config
from millpond.ingest import http
from millpond.ingest.appender import Appender
from millpond.ingest.decode_pool import DecodePool
from millpond.ingest.stats import IngestStats
from millpond.pipeline.log import Log, open_log
from millpond.pipeline.schema import SCHEMAS


def read_topic(log: Log, topic: str) -> pa.Table:
    """Every record of ``topic`` across partitions (order within a partition kept)."""
    batches = []
    for p in range(log.partitions(topic)):
        offset = log.start_offset(topic, p)
        while True:
            got = log.read(topic, p, offset)
            if not got:
                break
            batches += [f.batch for f in got]
            offset = got[-1].next_offset
    return pa.Table.from_batches(batches, schema=SCHEMAS[topic])


def rows(log: Log, topic: str, sort: tuple[str, ...] = ("name",)) -> list[dict]:
    t = read_topic(log, topic)
    out = t.to_pylist()
    for r in out:
        for k in ("labels", "attributes"):
            if k in r and r[k] is not None:
                r[k] = dict(r[k])
    return sorted(out, key=lambda r: tuple(str(r.get(k)) for k in sort))


async def wait_rows(log: Log, topic: str, n: int, timeout: float = 20.0) -> pa.Table:
    """Poll (no sleeps of fixed length in assertions) until ``topic`` holds at least ``n`` records."""
    deadline = time.monotonic() + timeout
    while True:
        t = read_topic(log, topic)
        if t.num_rows >= n or time.monotonic() > deadline:
            return t
        await asyncio.sleep(0.05)


def make_config(**sections: dict) -> Config:
    tree = {"http": {"listen": "127.0.0.1:0"}, "log": {"partitions": 2}}
    for k, v in sections.items():
        tree[k] = {**tree.get(k, {}), **v}
    return build_config(tree)


@pytest.fixture
def data_log(tmp_path: Path) -> Iterator[Log]:
    log = open_log(tmp_path, LogConfig(partitions=2))
    yield log
    log.close()


@dataclass
class Server:
    url: str
    log: Log
    stats: IngestStats
    appender: Appender
    cfg: Config


@pytest.fixture
async def server_factory(data_log: Log) -> AsyncIterator[Callable]:
    """Start HTTP ingest servers (config sections as keyword dicts) on free loopback ports; closed after."""
    started: list[tuple[list, Appender]] = []

    async def start(pool: DecodePool | None = None, stats: IngestStats | None = None, **sections: dict) -> Server:
        cfg = make_config(**sections)
        stats = stats or IngestStats()
        appender = Appender(data_log, stats, max_pending_bytes=cfg.ingest.max_pending, linger=cfg.ingest.linger,
                            pool=pool)
        listeners = await http.start(cfg, appender, stats)
        started.append((listeners, appender))
        return Server(f"http://127.0.0.1:{listeners[0].port}", data_log, stats, appender, cfg)

    yield start
    for listeners, appender in started:
        for lst in listeners:
            await lst.close()
        await appender.close()


@pytest.fixture
async def server(server_factory: Callable) -> Server:
    return await server_factory()
