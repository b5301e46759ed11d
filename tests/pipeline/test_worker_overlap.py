"""The worker's overlapped flush: writes run on writer threads while the main thread reads on; commits wait for them.

Real embedded log and real :class:`ArchiveSink`; the only thing added is a gate
in front of the sink's ``write`` so a test can hold a flight in the air.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa
import pytest

from millpond.config import Config, build_config
from millpond.pipeline import worker as worker_mod
from millpond.pipeline.log import open_log
from millpond.pipeline.log.base import TopicPartition
from millpond.pipeline.schema import logs_batch
from millpond.pipeline.worker import GROUP, Worker
from millpond.sinks.sink import ArchiveSink

P0 = TopicPartition("logs", 0)


def _cfg(data: Path) -> Config:
    return build_config({"data_dir": str(data), "log": {"partitions": 1}})


def _logs(start: int, n: int) -> pa.RecordBatch:
    ids = np.arange(start, start + n)
    return logs_batch(message=pa.array([f"order {i} shipped" for i in ids]),
                      ts=np.full(n, time.time_ns() // 1000 * 1000), host="h", service="shop",
                      attributes=[{"id": str(i)} for i in ids])


def _archived(data: Path) -> list[tuple]:
    glob = f"{data}/archive/logs/*/*/*.parquet"
    return duckdb.sql(f"SELECT count(*), count(DISTINCT attributes['id']) FROM read_parquet('{glob}')").fetchall()


class GatedSink(ArchiveSink):
    """The real archive sink, whose ``write`` waits for ``gate`` (at most 10 s, then fails: no hang) and then
    fails ``fail`` times (a full disk)."""

    def __init__(self, cfg: Config) -> None:
        super().__init__(cfg)
        self.gate = threading.Event()
        self.writing = threading.Event()
        self.write_threads: set[str] = set()
        self.fail = 0

    def write(self, tp, start, end, table) -> None:  # noqa: ANN001
        self.write_threads.add(threading.current_thread().name)
        self.writing.set()
        if not self.gate.wait(10):
            raise OSError(5, "gate never opened")
        if self.fail:
            self.fail -= 1
            raise OSError(28, "No space left on device")
        super().write(tp, start, end, table)


def _until(cond, what: str, step=None, timeout: float = 15.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not cond():
        assert time.monotonic() < deadline, what
        if step is not None:
            step()
        else:
            time.sleep(0.01)


def _polled_300(cfg: Config, sink: ArchiveSink, now: list[float]) -> tuple:
    """The log, and a started worker on a fake clock that has polled records 0-299 of partition 0."""
    lg = open_log(cfg.data_path, cfg.log)
    w = Worker(open_log(cfg.data_path, cfg.log, readonly=True), sink, flush_interval=5.0, clock=lambda: now[0],
               maintain_interval=3600)
    w.start()
    lg.append("logs", 0, _logs(0, 300)).result()
    _until(lambda: w.stats.records == 300, "first records polled", lambda: w.step(0.01))
    return lg, w


def test_reading_goes_on_while_a_flush_is_written_and_commits_wait_for_it(tmp_path):
    """While a flush's files are being written (held at a gate), the worker keeps polling and buffering the
    next records, and commits nothing; once the files are durable the commit names exactly the flushed range,
    and the next range follows it. A serial flush would block the main thread inside the write instead."""
    cfg = _cfg(tmp_path / "data")
    sink = GatedSink(cfg)
    now = [0.0]
    lg, w = _polled_300(cfg, sink, now)
    try:
        now[0] = 10.0  # the buffer is due: the step hands it to a writer thread and returns
        t = time.monotonic()
        w.step(0.01)
        assert sink.writing.wait(5) and time.monotonic() - t < 5
        lg.append("logs", 0, _logs(300, 200)).result()
        _until(lambda: w.stats.records == 500, "records read while the flush is in the air", lambda: w.step(0.01))
        assert lg.committed(GROUP).get(P0, 0) == 0  # nothing committed before the files are durable
        assert not _archived_any(cfg.data_path)
        sink.gate.set()
        _until(lambda: lg.committed(GROUP).get(P0, 0) == 300, "the flight committed", lambda: w.step(0.01))
        assert w._buffers[P0].start == 300 and w._buffers[P0].end == 500
        w.flush()
        assert lg.committed(GROUP)[P0] == 500
    finally:
        w.close()
        lg.close()
    assert sink.write_threads and all(n.startswith("archive-write") for n in sink.write_threads)
    assert _archived(cfg.data_path) == [(500, 500)]
    assert not list((cfg.data_path / "archive").rglob("*.pending"))


def _archived_any(data: Path) -> bool:
    return any((data / "archive" / "logs").rglob("*.parquet")) if (data / "archive" / "logs").exists() else False


def test_a_failed_flight_is_rewritten_with_what_came_since_once(tmp_path):
    """A flight whose write fails commits nothing; its buffer goes back in front of the records read while it
    was in the air, and the retry archives the whole longer range exactly once."""
    cfg = _cfg(tmp_path / "data")
    sink = GatedSink(cfg)
    sink.fail = 1  # the disk is full for the first write
    now = [0.0]
    lg, w = _polled_300(cfg, sink, now)
    try:
        now[0] = 10.0
        w.step(0.01)
        assert sink.writing.wait(5)
        lg.append("logs", 0, _logs(300, 200)).result()
        _until(lambda: w.stats.records == 500, "read while in the air", lambda: w.step(0.01))
        sink.gate.set()  # now the write fails on its writer thread
        _until(lambda: w._flight is None, "failure seen", lambda: w.step(0.01))
        assert lg.committed(GROUP).get(P0, 0) == 0
        assert (w._buffers[P0].start, w._buffers[P0].end, w._buffers[P0].rows) == (0, 500, 300)
        now[0] = 100.0  # past the back-off
        _until(lambda: lg.committed(GROUP).get(P0, 0) == 500, "retried", lambda: w.step(0.01))
    finally:
        w.close()
        lg.close()
    assert sink.fail == 0
    assert _archived(cfg.data_path) == [(500, 500)]
    assert not list((cfg.data_path / "archive").rglob("*.pending"))


@pytest.mark.parametrize("rows, flushed", [(1200, True), (300, False)])
def test_a_big_buffer_is_flushed_when_the_log_goes_quiet(tmp_path, monkeypatch, rows, flushed):
    """Once a poll finds nothing new, a buffer of IDLE_FLUSH_ROWS or more goes to the archive at once (the end
    of a burst need not wait for flush_interval); a smaller one still waits."""
    monkeypatch.setattr(worker_mod, "IDLE_FLUSH_ROWS", 1000)
    cfg = _cfg(tmp_path / "data")
    lg = open_log(cfg.data_path, cfg.log)
    w = Worker(open_log(cfg.data_path, cfg.log, readonly=True), ArchiveSink(cfg), flush_interval=3600,
               maintain_interval=3600)
    try:
        w.start()
        lg.append("logs", 0, _logs(0, rows)).result()
        _until(lambda: w.stats.records == rows, "polled", lambda: w.step(0.01))
        for _ in range(5):  # quiet polls
            w.step(0.01)
        if flushed:
            _until(lambda: lg.committed(GROUP).get(P0, 0) == rows, "idle flush", lambda: w.step(0.01))
        else:
            assert lg.committed(GROUP).get(P0, 0) == 0 and w._buffers[P0].end == rows
    finally:
        w.close()
        lg.close()


def test_the_tail_of_a_burst_is_flushed_when_the_log_goes_quiet(tmp_path, monkeypatch):
    """After a burst of IDLE_FLUSH_ROWS or more, the first quiet poll flushes every buffer, however small: what
    is left after the burst's last size-triggered flush used to wait for flush_interval (seconds of archive lag
    after the load stopped)."""
    monkeypatch.setattr(worker_mod, "IDLE_FLUSH_ROWS", 1000)
    cfg = _cfg(tmp_path / "data")
    lg = open_log(cfg.data_path, cfg.log)
    w = Worker(open_log(cfg.data_path, cfg.log, readonly=True), ArchiveSink(cfg), flush_interval=3600,
               flush_rows=1000, maintain_interval=3600)
    try:
        w.start()
        for start in range(0, 1500, 500):  # polls read at most flush_rows: 1,000 flushed by size, 500 left
            lg.append("logs", 0, _logs(start, 500)).result()
        _until(lambda: lg.committed(GROUP).get(P0, 0) == 1500, "burst tail flushed", lambda: w.step(0.01),
               timeout=10)
        assert w.stats.flushes == 2
    finally:
        w.close()
        lg.close()
    assert _archived(cfg.data_path) == [(1500, 1500)]


@pytest.mark.parametrize("overlap", [True, False])
def test_writers_idle_a_big_buffer_is_handed_off_without_waiting(tmp_path, monkeypatch, overlap):
    """With overlap and no flight in the air, a buffer of EAGER_FLUSH_ROWS is handed to the writers in the step
    that read it (no quiet poll, no flush_interval): under a sustained load the writes then overlap reading
    instead of piling up for the end. Only one flight at a time; without overlap (Kafka) it waits as before."""
    monkeypatch.setattr(worker_mod, "EAGER_FLUSH_ROWS", 1000)
    monkeypatch.setattr(worker_mod, "IDLE_FLUSH_ROWS", 10**9)
    cfg = _cfg(tmp_path / "data")
    sink = GatedSink(cfg)
    lg = open_log(cfg.data_path, cfg.log)
    w = Worker(open_log(cfg.data_path, cfg.log, readonly=True), sink, flush_interval=3600, flush_rows=10**6,
               maintain_interval=3600, overlap=overlap)
    try:
        w.start()
        lg.append("logs", 0, _logs(0, 1200)).result()
        assert w.step(1.0) == 1200
        if not overlap:
            assert not sink.writing.is_set() and w._buffers[P0].rows + w._buffers[P0].raw_rows == 1200
            return
        assert sink.writing.wait(5) and w._flight is not None
        lg.append("logs", 0, _logs(1200, 1500)).result()
        _until(lambda: w.stats.records == 2700, "read while in the air", lambda: w.step(0.01))
        assert w._flight is not None and list(w._flight.bufs) == [P0] and w._buffers[P0].start == 1200
        sink.gate.set()
        _until(lambda: lg.committed(GROUP).get(P0, 0) == 2700, "next buffer handed off", lambda: w.step(0.01))
        assert w.stats.flushes == 2
    finally:
        sink.gate.set()
        w.close()
        lg.close()
    assert _archived(cfg.data_path) == [(2700, 2700)]


def _mined_archive(data: Path, monkeypatch, threads: int) -> tuple[list[tuple], set[str]]:  # noqa: ANN001
    """Two partitions' varied lines through a worker with one miner per partition; (message, pattern_id) rows
    archived, and the names of the threads the miners ran on."""
    from millpond.commands.worker import _miner
    from millpond.pipeline.patterns import PatternMiner

    monkeypatch.setattr(worker_mod, "MINE_THREADS", threads)
    monkeypatch.setattr(worker_mod, "MINE_ROWS", 100)
    seen: set[str] = set()
    assign = getattr(PatternMiner.assign, "__wrapped__", PatternMiner.assign)  # not an earlier call's spy

    def spy(self, *a, **k):  # noqa: ANN001, ANN002, ANN003, ANN202 — the real assign, noting its thread
        seen.add(threading.current_thread().name)
        return assign(self, *a, **k)

    spy.__wrapped__ = assign  # type: ignore[attr-defined]
    monkeypatch.setattr(PatternMiner, "assign", spy)
    cfg = build_config({"data_dir": str(data), "log": {"partitions": 2}})
    lg = open_log(cfg.data_path, cfg.log)
    sink = ArchiveSink(cfg)
    w = Worker(open_log(cfg.data_path, cfg.log, readonly=True), sink, flush_interval=3600, maintain_interval=3600,
               miner=_miner(sink, legacy_partitions=None))
    try:
        w.start()
        for p in (0, 1):
            ids = np.arange(300)
            msgs = [f"user u{i} logged in from 10.0.{p}.{i % 200}" if i % 3 else f"disk sd{p} at {i}% on vol-{i}"
                    for i in ids]
            lg.append("logs", p, logs_batch(message=msgs, ts=np.full(300, time.time_ns() // 1000 * 1000),
                                            host="h", service=f"svc{p}")).result()
        _until(lambda: w.stats.records == 600, "polled", lambda: w.step(0.05))
        assert all(not b.raw for b in w._buffers.values())  # mined in the step that read them
        w.flush()
    finally:
        w.close()
        lg.close()
    glob = f"{data}/archive/logs/*/*/*.parquet"
    rows = duckdb.sql(f"SELECT message, pattern_id FROM read_parquet('{glob}') ORDER BY ALL").fetchall()
    return rows, seen


def test_partitions_are_mined_in_parallel_with_the_same_pattern_ids(tmp_path, monkeypatch):
    """With one miner per partition, the partitions read in one poll are normalised and mined on the mining
    threads (the masking regexes run outside the GIL: the second core), and every line gets the pattern id
    serial mining gives it."""
    serial, on_serial = _mined_archive(tmp_path / "serial", monkeypatch, threads=1)
    parallel, on_parallel = _mined_archive(tmp_path / "parallel", monkeypatch, threads=2)
    assert on_serial == {"MainThread"}
    assert on_parallel and all(n.startswith("mine") for n in on_parallel)
    assert len(parallel) == 600 and parallel == serial
    assert len({pid for _, pid in parallel}) >= 4 and all(pid is not None for _, pid in parallel)
