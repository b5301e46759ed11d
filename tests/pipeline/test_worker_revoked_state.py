"""A partition taken away by a rebalance between a poll and the flush keeps its committed pattern state.

On Kafka the group can take a partition away inside ``poll``; the worker
then flushes the buffer it had read (its state piece is saved) and the
consumer drops that partition's commit (``KafkaConsumer.commit`` commits
owned partitions only). The miner must not be told that offset was
committed: it would delete the pieces that end at the real committed
offset, and the next owner would mine from an empty state, minting a
second id for a template from whatever line it replays first (the kafka
e2e kill test's ``['shop1', 2, 3750]``).

Real embedded log, real archive sink, the worker's real per-partition
miner; the only thing added is the rebalance: a consumer wrapper that,
as a Kafka group member does, loses the partition during one poll.
"""

from __future__ import annotations

import time
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa
import pytest

from millpond.commands.worker import _miner
from millpond.config import Config, build_config
from millpond.pipeline.log import open_log
from millpond.pipeline.log.base import Consumer, FetchedBatch, TopicPartition
from millpond.pipeline.schema import logs_batch
from millpond.pipeline.worker import GROUP, Worker
from millpond.sinks.sink import ArchiveSink

P0 = TopicPartition("logs", 0)


def _cfg(data: Path) -> Config:
    return build_config({"data_dir": str(data), "log": {"partitions": 1}})


CITIES = ("paris", "rome", "oslo", "lima")


def _lines(start: int, n: int) -> pa.RecordBatch:
    """One template whose first line (0) says "paris" and the others each city in turn: a miner that lost its
    state mints a new id from the first city it replays (line 50: "oslo")."""
    ids = np.arange(start, start + n)
    return logs_batch(message=pa.array([f"order {i} shipped to {CITIES[i % len(CITIES)]}" for i in ids]),
                      ts=np.full(n, time.time_ns() // 1000 * 1000), host="h", service="shop",
                      attributes=[{"id": str(i)} for i in ids])


class LosesPartitionInPoll:
    """The embedded consumer as a Kafka member sees a rebalance: during the next poll ``tp`` moves away
    (the poll still hands out what was fetched); from then on it is not assigned and its commits are dropped."""

    def __init__(self, inner: Consumer, tp: TopicPartition) -> None:
        self.inner, self.tp, self.gone = inner, tp, False

    def poll(self, timeout: float = 1.0, max_records: int = 100_000) -> list[FetchedBatch]:
        got = self.inner.poll(timeout, max_records)
        self.gone = self.gone or bool(got)
        return got

    def assignment(self) -> list[TopicPartition]:
        return [tp for tp in self.inner.assignment() if not (self.gone and tp == self.tp)]

    def commit(self, offsets: dict[TopicPartition, int]) -> None:
        self.inner.commit({tp: o for tp, o in offsets.items() if not (self.gone and tp == self.tp)})

    def __getattr__(self, name: str):  # noqa: ANN204 - seek, position, close: the real consumer's
        return getattr(self.inner, name)


def _worker(cfg: Config, *, overlap: bool) -> Worker:
    sink = ArchiveSink(cfg)
    miner = _miner(sink, legacy_partitions=None)
    if miner is None:
        pytest.skip("the pattern miner is not installed")
    w = Worker(open_log(cfg.data_path, cfg.log, readonly=True), sink, miner=miner, flush_interval=0.0,
               overlap=overlap)
    w.start()
    return w


def _until_committed(w: Worker, lg, offset: int) -> None:  # noqa: ANN001
    deadline = time.monotonic() + 20
    while lg.committed(GROUP).get(P0) != offset:
        assert time.monotonic() < deadline, lg.committed(GROUP)
        w.step(0.05)


@pytest.mark.parametrize("overlap", [False, True], ids=["kafka-serial-flush", "overlapped-flush"])
def test_a_flush_of_a_partition_lost_in_the_poll_keeps_the_committed_pattern_state(tmp_path, caplog, overlap):
    cfg = _cfg(tmp_path / "data")
    lg = open_log(cfg.data_path, cfg.log)
    try:
        lg.append("logs", 0, _lines(0, 50)).result()
        a = _worker(cfg, overlap=overlap)
        try:
            _until_committed(a, lg, 50)
        finally:
            a.close()

        lg.append("logs", 0, _lines(50, 50)).result()
        b = _worker(cfg, overlap=overlap)  # loads logs/0's state at 50; its first save is a whole snapshot
        try:
            b._consumer = LosesPartitionInPoll(b._consumer, P0)
            deadline = time.monotonic() + 20
            while not b._consumer.gone or b._buffers or b._flight is not None:  # read, lost, flushed, landed
                assert time.monotonic() < deadline
                b.step(0.05)
            assert lg.committed(GROUP)[P0] == 50  # the new owner's commit was dropped
        finally:
            b.close()

        c = _worker(cfg, overlap=overlap)  # the next owner: state at 50, replays 50..100
        try:
            _until_committed(c, lg, 100)
        finally:
            c.close()
    finally:
        lg.close()
    glob = f"{cfg.data_path}/archive/logs/*/*/*.parquet"
    got = duckdb.sql(f"SELECT count(*), count(DISTINCT attributes['id']), count(DISTINCT pattern_id) "
                     f"FROM read_parquet('{glob}')").fetchall()
    assert got == [(100, 100, 1)]  # one template, one id: the paris lines' id, kept across the moves
    assert "nothing saved at the committed offset" not in caplog.text
