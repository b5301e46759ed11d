"""Compaction merges small files atomically: counts never change, even under concurrent queries."""

from __future__ import annotations

import threading

import pyarrow as pa
import pytest
from sinkdata import HOUR_US, T0_US, logs

from millpond.pipeline.log.base import TopicPartition
from millpond.pipeline.schema import LOGS
from millpond.sinks import archive as archive_mod
from millpond.sinks import copy_merge
from millpond.sinks.archive import Archive, live_files
from millpond.sinks.compaction import compact, purge_superseded
from millpond.sinks.query import QueryService
from millpond.sinks.rollups import METRICS_PARTS, Rollups

TP = TopicPartition("logs", 0)
NOW = T0_US + 3 * HOUR_US


def _fill(a: Archive, files: int, per: int) -> int:
    for i in range(files):
        a.write("logs", TP, i * per, (i + 1) * per, logs(per, start_id=i * per, step_us=200_000))
    return files * per


def test_compaction_merges_an_hour_into_one_file(tmp_path):
    a = Archive(tmp_path)
    total = _fill(a, 10, 100)
    before = a.read(live_files(a.list("logs")), LOGS).sort_by("ts")
    s = compact(a, "logs", LOGS, {TP: total}, now_us=NOW)
    files = a.list("logs")
    assert s.merged_files == 10 and s.written_files == 1 and len(files) == 1
    assert (files[0].start, files[0].end) == (0, 1000)
    assert a.read(files, LOGS).sort_by("ts").equals(before)


def test_compaction_leaves_uncommitted_and_unsettled_files(tmp_path):
    a = Archive(tmp_path)
    _fill(a, 6, 100)
    compact(a, "logs", LOGS, {TP: 300}, now_us=NOW)  # only 0..300 is committed
    assert sorted((f.start, f.end) for f in a.list("logs")) == [(0, 300), (300, 400), (400, 500), (500, 600)]
    s = compact(a, "logs", LOGS, {TP: 600}, now_us=T0_US + 10)  # the hour is still open
    assert s.written_files == 0


def test_rollup_partials_fold_when_compacted(tmp_path):
    """Merged rollup files hold one row per bucket and series, and the same totals."""
    from sinkdata import metrics

    a, r = Archive(tmp_path), Rollups()
    mtp = TopicPartition("metrics", 0)
    for i in range(4):
        t = pa.Table.from_batches([metrics(600, start_id=i * 600, step_us=1_030_000)])  # buckets straddle flushes
        a.write("metrics_1m", mtp, i * 600, (i + 1) * 600, r.compute("metrics", t)["metrics_1m"])
    before = a.read(a.list("metrics_1m"), METRICS_PARTS)
    compact(a, "metrics_1m", METRICS_PARTS, {mtp: 2400}, now_us=NOW, fold=lambda t: r.fold("metrics_1m", t))
    after = a.read(a.list("metrics_1m"), METRICS_PARTS)
    assert len(a.list("metrics_1m")) == 1
    assert after.num_rows < before.num_rows
    assert pa.compute.sum(after["count"]).as_py() == pa.compute.sum(before["count"]).as_py() == 2400


def test_crash_between_rename_and_delete_is_harmless(tmp_path):
    """A merged file beside its not-yet-deleted sources is read once; the next run deletes the sources."""
    a = Archive(tmp_path)
    _fill(a, 3, 100)
    merged = a.read(a.list("logs"), LOGS)
    a.write("logs", TP, 0, 300, merged)  # the merge's rename happened, the deletes did not
    assert len(a.list("logs")) == 4
    assert a.read(live_files(a.list("logs")), LOGS).num_rows == 300
    assert purge_superseded(a, "logs") == 3
    assert a.read(a.list("logs"), LOGS).num_rows == 300


@pytest.mark.parametrize("copy", [False, True])
def test_compaction_under_concurrent_queries_never_changes_a_count(cfg, monkeypatch, copy: bool):
    """Readers run counts while files are written and merged over and over: every count is exact.

    ``copy``: row groups big enough to be copied (sinks/copy_merge.py), else merged by encoding again.
    """
    if copy:
        monkeypatch.setattr(archive_mod, "ROW_GROUP", 20)
        monkeypatch.setattr(copy_merge, "MIN_COPY_ROWS", 5)
    qs = QueryService(cfg)
    a = qs.archive
    per, rounds = 50, 12
    total = 0
    counts: list[tuple[int, int, int]] = []
    stop = threading.Event()
    done, started = [0], [0]  # rows of finished writes; rows once the write in flight lands

    def reader() -> None:
        while not stop.is_set():
            lo = done[0]
            got = qs.run("SELECT count(*) FROM logs").rows[0][0]
            hi = started[0]
            counts.append((got, lo, hi))

    threads = [threading.Thread(target=reader) for _ in range(2)]
    for t in threads:
        t.start()
    try:
        for r in range(rounds):
            for _ in range(4):
                started[0] = total + per
                a.write("logs", TP, total, total + per, logs(per, start_id=total, step_us=100_000))
                total += per
                done[0] = total
            compact(a, "logs", LOGS, {TP: total}, now_us=NOW, max_files=2)
    finally:
        stop.set()
        for t in threads:
            t.join()
    qs.close()
    assert len(counts) > 10
    bad = [c for c in counts if not c[1] <= c[0] <= c[2] or c[0] % per]
    assert not bad, f"counts outside [before, after] of a write, or a partial file: {bad[:5]}"
    assert len(a.list("logs")) == 1
