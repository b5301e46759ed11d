"""One suite for every Log backend (embedded segments, Kafka on a tansu broker).

The contract tested here is what both backends guarantee:

- an appended batch reads back equal (Arrow equality) from its ``base_offset``,
  and from any offset inside it, sliced there;
- offsets in a partition increase in append order; row ``i`` of a fetched
  batch has offset ``base_offset + i``; ``next_offset`` of the last batch read
  is the partition's end once appends are acknowledged one by one;
- a resolved append future means durable: a freshly opened log sees it;
- consumer groups: commit ``next_offset``, close, and a new member resumes
  right after it; two groups read independently; ``committed`` returns what
  was committed at batch boundaries;
- ``lag`` is 0 when the group committed the end and counts the rest in the
  backend's unit (records on the embedded log, messages on Kafka);
- ``offset_for_time`` never skips a batch holding a later record (it may
  point earlier: tansu 0.6 answers 0 to every time lookup).

Not part of the contract (backend-specific, tested in their own files): the
absolute offset numbers (Kafka packs message offset and row, see
``pipeline/log/kafka.py``), ``size_bytes``, segment counts.

tansu 0.6 reports the high watermark as the last produce batch's base
offset + 1; the Kafka fixture produces one message a batch
(``producer.batch.num.messages = 1``), so end offsets and lag are exact
here. Even so, tests compute completion from what they consumed, and check
watermarks only after appends awaited one at a time (or, in one test, with
that setting in force).
"""

from __future__ import annotations

import time
from collections.abc import Iterable

import pyarrow as pa
import pytest

from millpond.pipeline.log.base import AppendResult, Consumer, FetchedBatch, Log, TopicPartition
from millpond.pipeline.log.errors import LogError
from millpond.pipeline.schema import TS, logs_batch, metrics_batch

T0 = 1_700_000_000_000_000
"""A timestamp in µs (2023-11-14)."""


def batch(n: int, start: int = 0, ts: int = T0) -> pa.RecordBatch:
    return logs_batch(
        message=[f"line {start + i}" for i in range(n)],
        ts=pa.array([ts + i for i in range(n)], TS),
        host=[f"h{(start + i) % 3}" for i in range(n)],
        service="svc", severity="info", attributes=[{"k": str(start + i)} for i in range(n)],
    )


def table(batches: Iterable[FetchedBatch]) -> pa.Table:
    bs = [b.batch for b in batches]
    return pa.Table.from_batches(bs).combine_chunks()


def append_each(log: Log, topic: str, partition: int, batches: list[pa.RecordBatch]) -> list[AppendResult]:
    """Append one at a time, each acknowledged before the next (exact watermarks on tansu too)."""
    return [log.append(topic, partition, b).result(timeout=15) for b in batches]


def read_all(log: Log, topic: str, partition: int, offset: int) -> list[FetchedBatch]:
    out: list[FetchedBatch] = []
    while got := log.read(topic, partition, offset):
        out += got
        offset = got[-1].next_offset
    return out


def drain(consumer: Consumer, rows: int, timeout: float = 20.0) -> list[FetchedBatch]:
    """Poll until ``rows`` records came (group joins take seconds on tansu)."""
    out: list[FetchedBatch] = []
    deadline = time.monotonic() + timeout
    while sum(b.batch.num_rows for b in out) < rows:
        assert time.monotonic() < deadline, f"got {sum(b.batch.num_rows for b in out)} of {rows} records"
        out += consumer.poll(timeout=0.5)
    return out


def test_topics_exist_after_open(log: Log) -> None:
    """``logs`` and ``metrics`` exist with the configured partitions."""
    topics = log.topics()
    assert topics["logs"] == 2 and topics["metrics"] == 2
    assert log.ensure_topic("logs") == 2


def test_new_topic_and_unknown_partitions(log: Log) -> None:
    """ensure_topic creates with the partitions asked for; a partition that does not exist is a LogError."""
    assert log.ensure_topic("events", 3) == 3
    assert log.topics()["events"] == 3
    res = log.append("events", 2, batch(1)).result(timeout=15)
    assert table(read_all(log, "events", 2, res.base_offset)).num_rows == 1
    with pytest.raises(LogError):
        log.append("events", 3, batch(1)).result(timeout=15)
    with pytest.raises(LogError):
        log.append("nonexistent", 0, batch(1)).result(timeout=15)


def test_append_reads_back_equal(log: Log) -> None:
    """What was appended reads back equal, for both record schemas."""
    b = batch(50)
    res = log.append("logs", 1, b).result(timeout=15)
    assert (res.topic, res.partition, res.record_count) == ("logs", 1, 50)
    got = read_all(log, "logs", 1, res.base_offset)
    assert table(got).equals(pa.Table.from_batches([b]))
    assert [g.partition for g in got] == [1]

    m = metrics_batch(name=["cpu", "mem"], value=[0.5, 1.5], ts=pa.array([T0, T0 + 1], TS), labels=[{"a": "b"}, {}], host="h")
    res = log.append("metrics", 0, m).result(timeout=15)
    assert table(read_all(log, "metrics", 0, res.base_offset)).equals(pa.Table.from_batches([m]))


def test_read_from_inside_a_batch_slices_it(log: Log) -> None:
    """Row i of a batch has offset base_offset + i; reading there starts at that row."""
    first, second = append_each(log, "logs", 0, [batch(10), batch(10, start=10)])
    got = read_all(log, "logs", 0, first.base_offset + 4)
    assert got[0].base_offset == first.base_offset + 4
    assert table(got).column("message").to_pylist() == [f"line {i}" for i in range(4, 20)]
    assert got[-1].base_offset + got[-1].batch.num_rows - 1 == second.base_offset + 9


def test_order_per_partition(log: Log) -> None:
    """Appends to one partition keep their order, even when issued without waiting."""
    futures = [log.append("logs", 0, batch(7, start=7 * i)) for i in range(6)]
    results = [f.result(timeout=15) for f in futures]
    bases = [r.base_offset for r in results]
    assert bases == sorted(bases) and len(set(bases)) == 6
    assert all(a.next_offset <= b.base_offset for a, b in zip(results, results[1:]))
    got = read_all(log, "logs", 0, results[0].base_offset)
    assert table(got).column("message").to_pylist() == [f"line {i}" for i in range(42)]
    offsets = [b.base_offset + i for b in got for i in range(b.batch.num_rows)]
    assert offsets == sorted(set(offsets))
    assert log.end_offset("logs", 0) == results[-1].next_offset  # on tansu thanks to one message a batch


def test_end_offset_and_describe(log: Log) -> None:
    """After acknowledged appends the end is the last batch's next_offset; read there is empty."""
    assert log.read("logs", 1, log.end_offset("logs", 1)) == []
    results = append_each(log, "logs", 1, [batch(3), batch(5)])
    assert log.end_offset("logs", 1) == results[-1].next_offset
    assert log.start_offset("logs", 1) <= results[0].base_offset
    assert log.read("logs", 1, results[-1].next_offset) == []
    info = {p.partition: p for p in log.describe("logs")}
    assert sorted(info) == [0, 1]
    assert info[1].end_offset == results[-1].next_offset
    assert info[1].start_offset <= results[0].base_offset


def test_resolved_append_is_durable(backend, log: Log) -> None:  # type: ignore[no-untyped-def]
    """Once the future resolves, a freshly opened log reads the batch."""
    b = batch(20)
    res = log.append("logs", 0, b).result(timeout=15)
    log.close()
    again = backend.open()
    try:
        assert table(read_all(again, "logs", 0, res.base_offset)).equals(pa.Table.from_batches([b]))
    finally:
        again.close()


def test_offset_for_time_never_skips(log: Log) -> None:
    """The offset for a time is at or before the first batch holding a record that late."""
    results = append_each(log, "logs", 0, [batch(5, ts=T0), batch(5, start=5, ts=T0 + 1_000_000), batch(5, start=10, ts=T0 + 2_000_000)])
    off = log.offset_for_time("logs", 0, T0 + 1_000_000)
    assert log.start_offset("logs", 0) <= off <= results[1].base_offset
    got = table(read_all(log, "logs", 0, off)).column("message").to_pylist()
    assert got[-10:] == [f"line {i}" for i in range(5, 15)]


def test_group_resumes_after_its_commit(log: Log) -> None:
    """Commit, close; a new member of the group starts right after the commit."""
    r0 = append_each(log, "logs", 0, [batch(4), batch(4, start=4), batch(4, start=8)])
    append_each(log, "logs", 1, [batch(2, start=100)])
    tp0, tp1 = TopicPartition("logs", 0), TopicPartition("logs", 1)

    c = log.consumer("workers", ["logs"])
    got = drain(c, 14)
    by_tp: dict[TopicPartition, list[FetchedBatch]] = {}
    for b in got:
        by_tp.setdefault(TopicPartition(b.topic, b.partition), []).append(b)
    assert table(by_tp[tp0]).column("message").to_pylist() == [f"line {i}" for i in range(12)]
    c.commit({tp0: by_tp[tp0][1].next_offset, tp1: by_tp[tp1][-1].next_offset})
    c.close()
    assert log.committed("workers") == {tp0: r0[1].next_offset, tp1: by_tp[tp1][-1].next_offset}
    assert "workers" in log.groups()

    c = log.consumer("workers", ["logs"])
    try:
        again = drain(c, 4)
        assert [(b.partition, b.base_offset) for b in again] == [(0, r0[2].base_offset)]
        assert c.poll(timeout=1.0) == []
    finally:
        c.close()


def test_two_groups_read_independently(log: Log) -> None:
    """One group's commits do not move another group."""
    append_each(log, "metrics", 1, [metrics_batch(name=["t"] * 3, value=[1.0, 2.0, 3.0], ts=pa.array([T0] * 3, TS))])
    a, b = log.consumer("alpha", ["metrics"]), log.consumer("beta", ["metrics"])
    try:
        got_a, got_b = drain(a, 3), drain(b, 3)
        assert table(got_a).equals(table(got_b))
        a.commit({TopicPartition("metrics", 1): got_a[-1].next_offset})
    finally:
        a.close()
        b.close()
    assert log.committed("alpha") == {TopicPartition("metrics", 1): got_a[-1].next_offset}
    assert TopicPartition("metrics", 1) not in log.committed("beta")


def test_lag_counts_what_is_not_committed(backend, log: Log) -> None:  # type: ignore[no-untyped-def]
    """Lag: everything before a commit, the rest after it, 0 once the end is committed."""
    results = append_each(log, "logs", 1, [batch(3), batch(4, start=3), batch(5, start=7)])
    tp = TopicPartition("logs", 1)
    assert log.lag("nobody")[tp] == backend.lag_units([3, 4, 5])
    log.commit("g", {tp: results[0].next_offset})
    assert log.committed("g")[tp] == results[0].next_offset
    lag = log.lag("g")
    assert lag[tp] == backend.lag_units([4, 5])
    assert lag[TopicPartition("logs", 0)] == 0
    log.commit("g", {tp: results[-1].next_offset})
    assert log.lag("g")[tp] == 0


def test_consumer_seek_and_position(log: Log) -> None:
    """A member can seek inside its partitions; position follows what poll returned."""
    r = append_each(log, "logs", 0, [batch(6), batch(6, start=6)])
    c = log.consumer("seeker", ["logs"])
    try:
        drain(c, 12)
        tp = TopicPartition("logs", 0)
        assert tp in c.assignment()
        assert c.position(tp) == r[-1].next_offset
        c.seek(tp, r[0].base_offset + 2)
        got = drain(c, 10)
        assert table(got).column("message").to_pylist() == [f"line {i}" for i in range(2, 12)]
    finally:
        c.close()
