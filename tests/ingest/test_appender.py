"""The shared appender against the real embedded log: durable on return, coalescing,
partitioning by key, bounded pending memory (Backpressure), log errors, flush on close."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pyarrow as pa
import pytest

from streamkit import log_rows
from millpond.config import LogConfig
from millpond.ingest.appender import Appender, Backpressure, log_keys
from millpond.ingest.stats import IngestStats
from millpond.pipeline.log import Log, LogError, open_log, stable_partition
from millpond.pipeline.schema import logs_batch


def batch(n: int, host: str = "h1", prefix: str = "m") -> pa.RecordBatch:
    return logs_batch(message=[f"{prefix}{i}" for i in range(n)], host=[host] * n, service="svc",
                      ts=[1_700_000_000.0 + i for i in range(n)], source="test")


def end_offsets(log: Log) -> int:
    return sum(log.end_offset("logs", p) for p in range(log.partitions("logs")))


async def test_append_returns_only_when_rows_are_in_the_log(data_log: Log) -> None:
    """When append returns, a reader already sees every row with its values."""
    stats = IngestStats()
    app = Appender(data_log, stats, max_pending_bytes=1 << 26, linger=0.005)
    b = batch(3)
    await app.append("logs", b, log_keys(b), receiver="test")
    rows = log_rows(data_log)
    assert [r["message"] for r in rows] == ["m0", "m1", "m2"]
    assert rows[0]["host"] == "h1" and rows[0]["ts"].timestamp() == 1_700_000_000.0
    assert app.pending_bytes == 0 and stats.value("millpond_pending_bytes") == 0
    assert stats.value("millpond_batches_appended_total", {"topic": "logs"}) == 1
    assert stats.value("millpond_append_latency_seconds_count", {"topic": "logs"}) == 1
    await app.close()


async def test_concurrent_callers_coalesce_into_few_appends(data_log: Log) -> None:
    """Fifty callers within the linger window share appends (one per partition touched)."""
    stats = IngestStats()
    app = Appender(data_log, stats, max_pending_bytes=1 << 26, linger=0.05)
    hosts = [f"host{i % 4}" for i in range(50)]
    bs = [batch(2, host=h, prefix=f"c{i}-") for i, h in enumerate(hosts)]
    await asyncio.gather(*(app.append("logs", b, log_keys(b), receiver="test") for b in bs))
    assert end_offsets(data_log) == 100
    appended = stats.value("millpond_batches_appended_total", {"topic": "logs"})
    partitions = {stable_partition(h, data_log.partitions("logs")) for h in hosts}
    assert appended == len(partitions) < 50
    # each host's rows sit in its key's partition
    for p in range(data_log.partitions("logs")):
        got = data_log.read("logs", p, 0)
        for f in got:
            assert {stable_partition(h, data_log.partitions("logs")) for h in f.batch["host"].to_pylist()} == {p}
    await app.close()


async def test_no_keys_round_robin_over_partitions(data_log: Log) -> None:
    app = Appender(data_log, IngestStats(), max_pending_bytes=1 << 26, linger=0)
    for _ in range(4):
        await app.append("logs", batch(1), None, receiver="test")
    assert [data_log.end_offset("logs", p) for p in range(2)] == [2, 2]
    await app.close()


async def test_backpressure_refuses_at_once_when_pending_is_full(data_log: Log) -> None:
    """Over max_pending_bytes: Backpressure immediately, nothing queued, counted; the first still lands."""
    stats = IngestStats()
    b = batch(100)
    app = Appender(data_log, stats, max_pending_bytes=b.nbytes + 10, linger=0.2)
    first = asyncio.create_task(app.append("logs", b, None, receiver="forward"))
    await asyncio.sleep(0)  # let the first caller queue its batch
    assert app.pending_bytes == b.nbytes
    with pytest.raises(Backpressure) as exc:
        await app.append("logs", batch(100, prefix="late"), None, receiver="forward")
    assert exc.value.retry_after > 0 and exc.value.code == 429
    assert stats.value("millpond_rejected_total", {"receiver": "forward", "reason": "backpressure"}) == 1
    await first
    rows = log_rows(data_log)
    assert len(rows) == 100 and not any(r["message"].startswith("late") for r in rows)
    assert app.pending_bytes == 0
    await app.close()


async def test_log_errors_reach_the_caller_and_release_memory(tmp_path: Path) -> None:
    log = open_log(tmp_path, LogConfig(partitions=1))
    app = Appender(log, IngestStats(), max_pending_bytes=1 << 26, linger=0)
    log.close()
    with pytest.raises(LogError):
        await app.append("logs", batch(5), None, receiver="test")
    assert app.pending_bytes == 0


async def test_a_cancelled_caller_does_not_fail_the_others(data_log: Log) -> None:
    """Callers share one bucket; one going away (client disconnect) must not cancel the rest."""
    app = Appender(data_log, IngestStats(), max_pending_bytes=1 << 26, linger=0.05)
    a = asyncio.create_task(app.append("logs", batch(1, prefix="a"), None, receiver="t"))
    b = asyncio.create_task(app.append("logs", batch(1, prefix="b"), None, receiver="t"))
    await asyncio.sleep(0)
    a.cancel()
    await b
    assert {r["message"] for r in log_rows(data_log)} == {"a0", "b0"}
    await app.close()


async def test_close_flushes_lingering_batches(data_log: Log) -> None:
    """close() sends what waits for its linger and returns once it is durable."""
    app = Appender(data_log, IngestStats(), max_pending_bytes=1 << 26, linger=60)
    task = asyncio.create_task(app.append("logs", batch(7), None, receiver="t"))
    await asyncio.sleep(0)
    await asyncio.wait_for(app.close(), 10)
    await asyncio.wait_for(task, 1)
    assert len(log_rows(data_log)) == 7
    with pytest.raises(Backpressure):
        await app.append("logs", batch(1), None, receiver="t")


async def test_max_batch_bytes_sends_before_linger(data_log: Log) -> None:
    """A bucket reaching max_batch_bytes goes out at once instead of waiting out the linger."""
    b = batch(50)
    app = Appender(data_log, IngestStats(), max_pending_bytes=1 << 26, linger=60, max_batch_bytes=b.nbytes)
    await asyncio.wait_for(app.append("logs", b, None, receiver="t"), 10)
    assert end_offsets(data_log) == 50
    await app.close()
