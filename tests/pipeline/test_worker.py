"""The pipeline worker end to end through the real embedded log: archive, rollups, exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from unittest import mock

import duckdb
import numpy as np
import pyarrow as pa
import pytest

from millpond.commands.worker import run_worker
from millpond.config import Config, build_config
from millpond.pipeline.log import open_log
from millpond.pipeline.log.base import Log
from millpond.pipeline.schema import logs_batch, metrics_batch
from millpond.pipeline.worker import GROUP
from millpond.sinks.query import QueryService


def _cfg(data: Path, **archive) -> Config:
    return build_config({"data_dir": str(data), "log": {"partitions": 2},
                         "archive": {"flush_interval": "0.2s", **archive}})


def _logs(start: int, n: int) -> pa.RecordBatch:
    ids = np.arange(start, start + n)
    now = time.time_ns() // 1000
    return logs_batch(message=pa.array([f"order {i} shipped" for i in ids]), ts=np.full(n, now * 1000),
                      host=[f"h{i % 3}" for i in ids], service=["shop", "api"][start % 2], severity="WARN",
                      attributes=[{"id": str(i)} for i in ids])


def _metrics(start: int, n: int) -> pa.RecordBatch:
    ids = np.arange(start, start + n)
    now = time.time_ns()
    return metrics_batch(name=["temperature"] * n, value=ids.astype(float), ts=now + ids * 1000,
                         labels=[{"device": f"d{i % 4}", "unit": "C"} for i in ids], host="gw")


def _append(lg: Log, topic: str, batch: pa.RecordBatch) -> None:
    for f in lg.append_keyed(topic, batch, batch.column("host")):
        f.result()


def _wait_archived(lg: Log, timeout: float = 20.0) -> None:
    """Poll until the group's committed offsets reach every partition's end."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not any(lg.lag(GROUP).values()):
            return
        time.sleep(0.05)
    raise AssertionError(f"worker did not catch up: lag {lg.lag(GROUP)}")


def _archive_sql(data: Path, sql: str) -> list[tuple]:
    """Plain DuckDB over the Parquet files (what a user with Millpond stopped gets)."""
    glob = f"{data}/archive/{{t}}/*/*/*.parquet"
    return duckdb.sql(sql.format(logs=f"read_parquet('{glob.format(t='logs')}')",
                                 metrics=f"read_parquet('{glob.format(t='metrics')}')",
                                 logs_1m=f"read_parquet('{glob.format(t='logs_1m')}')")).fetchall()


def test_records_flow_to_archive_rollups_and_patterns(tmp_path):
    """Appended records are queryable with their values; rollups equal DuckDB over the raw rows."""
    cfg = _cfg(tmp_path / "data")
    lg = open_log(cfg.data_path, cfg.log)
    stop = threading.Event()
    t = threading.Thread(target=run_worker, args=(cfg, stop))
    t.start()
    qs = QueryService(cfg, log=lg)
    try:
        for i in range(0, 3000, 500):
            _append(lg, "logs", _logs(i, 500))
            _append(lg, "metrics", _metrics(i, 500))
        _wait_archived(lg)
        assert qs.run("SELECT count(*), count(DISTINCT attributes['id']) FROM logs").rows == [[3000, 3000]]
        row = qs.run("SELECT host, service, severity, message FROM logs WHERE attributes['id'] = '1234'").rows
        assert row == [["h1", "shop", "warning", "order 1234 shipped"]]  # batch 1000.. is "shop"
        assert qs.run("SELECT value, labels FROM metrics WHERE value = 7").rows == [[7.0, {"device": "d3", "unit": "C"}]]
        for unit, table in (("minute", "metrics_1m"), ("hour", "metrics_1h")):
            want = qs.run(f"""SELECT date_trunc('{unit}', ts), labels['device'], min(value), max(value), sum(value),
                                     count(*), arg_max(value, ts) FROM metrics GROUP BY ALL ORDER BY ALL""").rows
            got = qs.run(f"""SELECT ts, labels['device'], "min", "max", "sum", "count", "last" FROM {table}
                             ORDER BY ALL""").rows
            assert got == want and want
        want = qs.run("SELECT date_trunc('minute', ts), service, host, severity, count(*) FROM logs GROUP BY ALL ORDER BY ALL")
        got = qs.run('SELECT ts, service, host, severity, "count" FROM logs_1m ORDER BY ALL')
        assert got.rows == want.rows
        patterns = qs.run("SELECT template, count FROM log_patterns ORDER BY 1").rows
        if patterns:  # the miner is installed: every line has a pattern, and counts add up
            assert qs.run("SELECT count(*) FROM logs WHERE pattern_id IS NULL").rows == [[0]]
            assert sum(c for _, c in patterns) == 3000
    finally:
        stop.set()
        t.join(30)
        qs.close()
        lg.close()
    assert not t.is_alive()


def test_graceful_stop_archives_the_tail(tmp_path):
    """Records appended just before stop are archived before the worker exits."""
    cfg = _cfg(tmp_path / "data", flush_interval="1h")  # only the stop flushes
    lg = open_log(cfg.data_path, cfg.log)
    stop = threading.Event()
    t = threading.Thread(target=run_worker, args=(cfg, stop))
    t.start()
    try:
        _append(lg, "logs", _logs(0, 777))
        deadline = time.monotonic() + 10
        while not list((tmp_path / "data").glob("catalog.duckdb")) and time.monotonic() < deadline:
            time.sleep(0.02)  # the worker started (it writes the catalog at start)
        stop.set()
        t.join(30)
        assert not any(lg.lag(GROUP).values())
        assert _archive_sql(cfg.data_path, "SELECT count(*) FROM {logs}") == [(777,)]
    finally:
        stop.set()
        lg.close()


class _Worker:
    """A ``millpond worker`` process; ``ready`` is set once it owns its partitions (signals handled)."""

    def __init__(self, data: Path, env: dict) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "millpond", "worker", "--data-dir", str(data)], env=env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.ready = threading.Event()
        self.lines: list[str] = []
        threading.Thread(target=self._drain, daemon=True).start()

    def _drain(self) -> None:
        for line in self.proc.stderr:
            self.lines.append(line)
            if "now owns" in line:
                self.ready.set()

    def stderr(self) -> str:
        return "".join(self.lines[-30:])


def test_kill_9_mid_stream_then_restart_archives_every_record_once(tmp_path):
    """kill -9 the worker process while records stream in; after restarts the archive holds each exactly once."""
    data = tmp_path / "data"
    cfg = _cfg(data)
    env = {**os.environ, "MILLPOND_ARCHIVE_FLUSH_INTERVAL": "0.05s", "MILLPOND_ARCHIVE_FLUSH_ROWS": "300",
           "MILLPOND_ARCHIVE_COMPACT_INTERVAL": "0.5s", "MILLPOND_LOG_PARTITIONS": "2"}
    lg = open_log(data, cfg.log)
    total = [0]
    stop_feed = threading.Event()

    def feed() -> None:
        while not stop_feed.is_set() and total[0] < 60_000:
            _append(lg, "logs", _logs(total[0], 250))
            total[0] += 250

    feeder = threading.Thread(target=feed)
    feeder.start()
    w = _Worker(data, env)
    try:
        for kill in range(3):
            start = sum(lg.committed(GROUP).values())
            deadline = time.monotonic() + 60
            while sum(lg.committed(GROUP).values()) < start + 1500 + kill * 317:
                assert time.monotonic() < deadline, f"worker made no progress: {w.stderr()}"
                assert w.proc.poll() is None, w.stderr()
                time.sleep(0.02)
            w.proc.send_signal(signal.SIGKILL)
            w.proc.wait()
            # the worker is down: reading the files alone (no log, no offsets) shows no record twice
            qs = QueryService(cfg)
            assert qs.run("SELECT count(*) - count(DISTINCT attributes['id']) FROM logs").rows == [[0]]
            qs.close()
            w = _Worker(data, env)
        stop_feed.set()
        feeder.join()
        _wait_archived(lg, timeout=60)
        assert w.ready.wait(60), w.stderr()
        w.proc.send_signal(signal.SIGTERM)
        assert w.proc.wait(timeout=60) == 0, w.stderr()
    finally:
        stop_feed.set()
        if w.proc.poll() is None:
            w.proc.kill()
        lg.close()
    n = total[0]
    assert n >= 3000
    got = _archive_sql(data, "SELECT count(*), count(DISTINCT attributes['id']), min(attributes['id']::INT), "
                             "max(attributes['id']::INT) FROM {logs}")
    assert got == [(n, n, 0, n - 1)]
    assert _archive_sql(data, "SELECT sum(count) FROM {logs_1m}") == [(n,)]


@pytest.mark.parametrize("overlap", [True, False])
def test_failed_writes_are_retried_without_loss_or_duplicates(tmp_path, overlap):
    """A full disk in the middle of flushes: nothing is committed, the worker backs off, and although the
    retried range is longer (more records arrived), the archive holds every record once. With writes on
    writer threads (``overlap``, the embedded log) and serial ones (Kafka)."""
    from millpond.pipeline.worker import Worker
    from millpond.sinks.sink import ArchiveSink

    cfg = _cfg(tmp_path / "data")
    lg = open_log(cfg.data_path, cfg.log)
    now = [0.0]
    sink = ArchiveSink(cfg)
    real, calls, failed, more = sink.archive.write_file, [0], [], []

    def flaky(path: str, table: pa.Table, **kw: object) -> None:  # the disk fills up at the 2nd, 3rd and 6th file
        calls[0] += 1
        if calls[0] in (2, 3, 6):
            failed.append(path)
            raise OSError(28, "No space left on device")
        real(path, table, **kw)

    sink.archive.write_file = flaky
    w = Worker(open_log(cfg.data_path, cfg.log, readonly=True), sink, flush_interval=1.0, clock=lambda: now[0],
               overlap=overlap)
    try:
        w.start()
        _append(lg, "logs", _logs(0, 400))
        deadline = time.monotonic() + 20
        while any(lg.lag(GROUP).values()):
            assert time.monotonic() < deadline, lg.lag(GROUP)
            w.step(timeout=0.01)
            if failed and not more:  # (two writer threads may both have failed by now)
                more.append(_append(lg, "logs", _logs(400, 300)))  # arrives while the first flush failed
            now[0] += 0.5
        assert len(failed) == 3
        w.drain(5)
    finally:
        w.close()
        lg.close()
    assert _archive_sql(cfg.data_path, "SELECT count(*), count(DISTINCT attributes['id']) FROM {logs}") == [(700, 700)]
    assert _archive_sql(cfg.data_path, "SELECT sum(count) FROM {logs_1m}") == [(700,)]
    assert not list((cfg.data_path / "archive").rglob("*.pending"))


def _two_workers(cfg: Config, lg: Log, feed: Callable[[], None]) -> None:
    """Two in-process workers (--member 0 and 1 of 2) while ``feed`` appends; returns archived, stopped, log closed."""
    stop = threading.Event()
    threads = [threading.Thread(target=run_worker, args=(cfg, stop), kwargs={"member": m, "members": 2})
               for m in (0, 1)]
    for t in threads:
        t.start()
    try:
        feed()
        _wait_archived(lg)
    finally:
        stop.set()
        for t in threads:
            t.join(30)
        lg.close()


def test_two_workers_split_the_partitions_and_archive_once(tmp_path):
    """A second worker joins the group (--member 1 --members 2): each archives its half, nothing twice."""
    cfg = _cfg(tmp_path / "data")
    lg = open_log(cfg.data_path, cfg.log)

    def feed() -> None:
        for i in range(0, 2000, 250):
            _append(lg, "logs", _logs(i, 250))

    _two_workers(cfg, lg, feed)
    assert _archive_sql(cfg.data_path, "SELECT count(*), count(DISTINCT attributes['id']) FROM {logs}") == [(2000, 2000)]
    parts = {int(p.name.split("-")[1]) for p in (cfg.data_path / "archive" / "logs").rglob("*.parquet")}
    assert parts == {0, 1}
    mined = sorted(p.name for p in (cfg.data_path / "archive" / "log_patterns").glob("*.parquet"))
    if mined:  # one miner per logs partition, whichever worker owns it; the log_patterns view adds them up
        assert mined == ["logs-0.parquet", "logs-1.parquet"]
        qs = QueryService(cfg)
        assert qs.run('SELECT sum("count"), count(*) = count(DISTINCT pattern_id) FROM log_patterns').rows == [[2000, True]]
        qs.close()


def test_worker_command_rejects_a_bad_member(tmp_path):
    from click.testing import CliRunner

    from millpond.cli import cli

    r = CliRunner().invoke(cli, ["worker", "--data-dir", str(tmp_path), "--member", "2", "--members", "2"])
    assert r.exit_code == 2 and r.stderr.strip() == "millpond: --member must be between 0 and 1"


def test_a_damaged_offsets_file_is_rebuilt_from_the_archive(tmp_path, caplog):
    """Bit rot in the committed offsets: the worker moves the file aside, rebuilds the offsets from the
    archive's published ranges, says so, and goes on with no duplicate and no gap."""
    cfg = _cfg(tmp_path / "data")
    lg = open_log(cfg.data_path, cfg.log)
    try:
        stop = threading.Event()
        t = threading.Thread(target=run_worker, args=(cfg, stop))
        t.start()
        _append(lg, "logs", _logs(0, 500))
        _wait_archived(lg)
        stop.set()
        t.join(30)
        groups = cfg.data_path / "log" / "_groups"
        (groups / f"{GROUP}.json").write_bytes(b'{"offsets": {"logs/0": ')
        _append(lg, "logs", _logs(500, 300))
        stop = threading.Event()
        with caplog.at_level("WARNING"):
            t = threading.Thread(target=run_worker, args=(cfg, stop))
            t.start()
            deadline = time.monotonic() + 20
            while not list(groups.glob(f"{GROUP}.json.corrupt-*")):  # moved aside by the worker
                assert time.monotonic() < deadline, "the worker did not repair the offsets file"
                time.sleep(0.02)
            _wait_archived(lg)
            stop.set()
            t.join(30)
        assert "rebuilt the committed offsets from the archive" in caplog.text
        rows = _archive_sql(cfg.data_path, "SELECT count(*), count(DISTINCT attributes['id']) FROM {logs}")
        assert rows == [(800, 800)]
    finally:
        lg.close()


def test_coalesce_joins_contiguous_batches_per_partition_only():
    """Small polled batches are normalised as one per run: same partition, contiguous offsets, one schema."""
    from millpond.pipeline.log.base import FetchedBatch
    from millpond.pipeline.worker import JOIN_BELOW, coalesce

    def fb(p: int, base: int, n: int, batch: pa.RecordBatch | None = None) -> FetchedBatch:
        return FetchedBatch("logs", p, base, batch if batch is not None else _logs(base, n))

    other = pa.RecordBatch.from_pydict({"message": ["x"] * 3})  # an older producer's schema
    big = JOIN_BELOW  # a batch this big is normalised alone (joining would only copy it)
    got = coalesce([fb(0, 0, 5), fb(1, 10, 2), fb(0, 5, 4), fb(0, 9, 0), fb(0, 9, 3), fb(1, 20, 2),
                    fb(0, 12, 3, other), fb(0, 15, 1), fb(1, 22, big), fb(1, 22 + big, 1), fb(1, 23 + big, 1)])
    assert [(f.partition, f.base_offset, f.next_offset) for f in got] == [
        (0, 0, 12), (0, 12, 15), (0, 15, 16), (1, 10, 12), (1, 20, 22), (1, 22, 22 + big), (1, 22 + big, 24 + big)]
    ids = got[0].batch.column("attributes").to_pylist()
    assert [dict(m)["id"] for m in ids] == [str(i) for i in range(12)]  # rows in offset order


def test_housekeeping_leaves_another_workers_flush_in_flight_alone(tmp_path):
    """Worker 0's compaction pass runs while worker 1 has written a range but not committed it yet:
    worker 1's pending files must survive (they were deleted as 'superseded', losing acked records)."""
    from millpond.pipeline.log.base import TopicPartition
    from millpond.sinks.sink import ArchiveSink

    cfg = _cfg(tmp_path / "data")
    mine, theirs = TopicPartition("logs", 0), TopicPartition("logs", 1)
    other = ArchiveSink(cfg, member=1)
    other.write(theirs, 0, 300, pa.Table.from_batches([_logs(0, 300)]))  # written, pending, not committed
    in_flight = sorted(p.name for p in (cfg.data_path / "archive").rglob("*.pending"))
    assert len(in_flight) == 2  # raw + logs_1m
    ArchiveSink(cfg, member=0).maintain({}, [mine])
    assert sorted(p.name for p in (cfg.data_path / "archive").rglob("*.pending")) == in_flight
    other.committed([theirs])
    assert _archive_sql(cfg.data_path, "SELECT count(*) FROM {logs}") == [(300,)]


def test_run_supervises_several_workers_that_split_the_partitions(tmp_path):
    """[pipeline] workers = 2: `millpond run`'s supervisor starts two members, each archives its half, one
    killed with -9 is restarted, and a stop leaves every record archived once."""
    from millpond.commands.run import WorkerSupervisor, worker_count

    cfg = build_config({"data_dir": str(tmp_path / "data"), "log": {"partitions": 2},
                        "archive": {"flush_interval": "0.2s"}, "pipeline": {"workers": 2}})
    assert worker_count(cfg) == 2
    assert worker_count(build_config({"pipeline": {"workers": 3}, "log": {"partitions": 2}})) == 2
    for cores, partitions, want in ((1, 4, 1), (2, 4, 1), (4, 4, 2), (16, 4, 4)):  # auto: one per two cores
        with mock.patch("os.cpu_count", return_value=cores):
            assert worker_count(build_config({"log": {"partitions": partitions}})) == want
    lg = open_log(cfg.data_path, cfg.log)
    sup = WorkerSupervisor(cfg, None, worker_count(cfg))
    assert [c.args[-4:] for c in sup.children] == [["--member", "0", "--members", "2"],
                                                   ["--member", "1", "--members", "2"]]
    sup.start()
    try:
        _append(lg, "logs", _logs(0, 400))
        _wait_archived(lg, 90)
        victim = sup.children[1].proc
        victim.kill()
        deadline = time.monotonic() + 60
        while sup.restarts < 1 or sup.children[1].proc is victim:
            assert time.monotonic() < deadline, "the killed worker was not restarted"
            time.sleep(0.05)
        _append(lg, "logs", _logs(400, 400))
        _wait_archived(lg, 90)
    finally:
        procs = [c.proc for c in sup.children]
        sup.stop()
        lg.close()
    assert all(p is not None and p.poll() == 0 for p in procs)
    assert _archive_sql(cfg.data_path, "SELECT count(*), count(DISTINCT attributes['id']) FROM {logs}") == [(800, 800)]
    mined = sorted(p.name for p in (cfg.data_path / "archive" / "log_patterns").glob("*.parquet"))
    assert mined == ["logs-0.parquet", "logs-1.parquet"]


def _users(start: int, n: int) -> pa.RecordBatch:
    """Lines of one template whose words vary ("user <name> logged in …"): a fresh miner would name it anew."""
    ids = np.arange(start, start + n)
    names = [chr(97 + i // 676 % 26) + chr(97 + i // 26 % 26) + chr(97 + i % 26) for i in ids.tolist()]
    return logs_batch(message=pa.array([f"user {u} logged in from the console" for u in names]),
                      ts=np.full(n, time.time_ns()), host=[f"h{i % 5}" for i in ids], service="auth",
                      severity="INFO", attributes=[{"id": str(i)} for i in ids])


def test_one_workers_pattern_state_moves_to_partitions_with_its_ids(tmp_path):
    """A data dir of an older version (one worker, its miner in DATA/state/patterns) goes to 2 workers with
    per-partition state: the template keeps its pattern_id, log_patterns counts stay exact, nothing is left over."""
    from millpond.pipeline.worker import Worker, load_miner
    from millpond.sinks.sink import ArchiveSink

    cfg = _cfg(tmp_path / "data")
    data = cfg.data_path
    lg = open_log(data, cfg.log)
    _append(lg, "logs", _users(0, 300))
    ro = open_log(data, cfg.log, readonly=True)
    old = Worker(ro, ArchiveSink(cfg), miner=load_miner(data / "state" / "patterns"), flush_interval=0.1)
    if old.miner is None:
        pytest.skip("the pattern miner is not installed")
    old.start()
    deadline = time.monotonic() + 30
    while any(lg.lag(GROUP).values()):
        assert time.monotonic() < deadline, "the old-style worker did not catch up"
        old.step(0.05)
    old.close()
    ro.close()
    assert (data / "archive" / "log_patterns" / "patterns-0.parquet").exists()
    first_id = _archive_sql(data, "SELECT DISTINCT pattern_id FROM {logs}")
    assert len(first_id) == 1

    _two_workers(cfg, lg, lambda: _append(lg, "logs", _users(300, 200)))
    assert _archive_sql(data, "SELECT DISTINCT pattern_id FROM {logs}") == first_id  # new lines, the old id
    assert sorted(p.name for p in (data / "archive" / "log_patterns").glob("*.parquet")) == ["logs-0.parquet",
                                                                                             "logs-1.parquet"]
    qs = QueryService(cfg)
    assert qs.run('SELECT pattern_id, "count" FROM log_patterns').rows == [[first_id[0][0], 500]]
    qs.close()
    assert not (data / "state" / "patterns").exists()
    assert [p.name.split("-")[0] for p in (data / "state").glob("patterns.migrated-*")] == ["patterns.migrated"]


_NESTED_SIGNALS = """
import os, signal, sys, threading, time
from millpond.commands.worker import _stop_on_signals

class Event(threading.Event):
    def set(self):  # a second signal arrives while set() holds the Event's lock (as when two come together)
        with self._cond:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.05)  # Python runs the SIGINT handler here, in whichever thread holds the lock
            self._flag = True
            self._cond.notify_all()

stop = Event()
_stop_on_signals(stop)
os.kill(os.getpid(), signal.SIGTERM)
deadline = time.monotonic() + 20
while not stop.is_set() and time.monotonic() < deadline:
    time.sleep(0.01)
print("stopped" if stop.is_set() else "not stopped")
"""


def test_two_stop_signals_at_once_stop_the_worker():
    """SIGTERM and SIGINT together (Ctrl-C to the group + the supervisor's SIGTERM, or PDEATHSIG + SIGTERM):
    a handler that set the Event itself deadlocked in Event.set when the second ran inside the first."""
    out = subprocess.run([sys.executable, "-c", _NESTED_SIGNALS], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "stopped", out.stderr


def test_small_polled_batches_are_mined_in_few_large_calls(tmp_path, monkeypatch):
    """Receivers append a few hundred records at a time; the worker mines them MINE_ROWS at a time (and the rest
    at the flush), not one call per polled batch: mining costs a fixed few ms a call."""
    from millpond.pipeline import worker as worker_mod
    from millpond.pipeline.worker import Worker, load_miner
    from millpond.sinks.sink import ArchiveSink

    monkeypatch.setattr(worker_mod, "MINE_ROWS", 2000)
    cfg = _cfg(tmp_path / "data", flush_interval="1h")
    lg = open_log(cfg.data_path, cfg.log)
    miner = load_miner(cfg.data_path / "state" / "patterns")
    if miner is None:
        pytest.skip("the pattern miner is not installed")
    calls: list[int] = []
    assign = miner.assign
    monkeypatch.setattr(miner, "assign", lambda services, messages, **kw: calls.append(len(messages)) or assign(
        services, messages, **kw))
    ro = open_log(cfg.data_path, cfg.log, readonly=True)
    w = Worker(ro, ArchiveSink(cfg), miner=miner, flush_interval=3600)
    w.start()
    try:
        for i in range(0, 7000, 100):  # 70 appends of 100 records, polled as they come
            lg.append("logs", 0, _logs(i, 100)).result()
            w.step(0.01)
        while w._behind():
            w.step(0.01)
        w.flush()
    finally:
        w.close()
        ro.close()
        lg.close()
    assert sum(calls) == 7000
    assert calls[:-1] and all(c >= 2000 for c in calls[:-1]) and len(calls) <= 4, calls
    assert _archive_sql(cfg.data_path, "SELECT count(*), count(pattern_id) FROM {logs}") == [(7000, 7000)]
