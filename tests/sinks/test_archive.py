"""The Parquet archive: hour files named by offset range, atomic writes, the live-file rules."""

from __future__ import annotations

import os

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from sinkdata import HOUR_US, T0_US, logs, metrics

from millpond.pipeline.log.base import TopicPartition
from millpond.pipeline.schema import LOGS, METRICS
from millpond.sinks.archive import Archive, ArchiveFile, file_name, live_files, parse_name, superseded

TP = TopicPartition("logs", 1)


def test_write_splits_by_hour_and_names_the_range(tmp_path):
    """Rows land in date=/hour= directories by ts; every file carries the partition and offset range."""
    a = Archive(tmp_path)
    batch = logs(7200, step_us=1_000_000)  # two hours
    files = a.write("logs", TP, 100, 7300, batch)
    assert [f.hour_us for f in files] == [T0_US, T0_US + HOUR_US]
    for f in files:
        assert f.path.endswith(file_name("logs", 1, 100, 7300))
        assert "/logs/date=" in f.path and "/hour=" in f.path
    assert sum(pq.read_metadata(f.path).num_rows for f in files) == 7200
    assert not [p for p in tmp_path.rglob(".*")], "temporary files left behind"


def test_files_are_zstd_sorted_with_statistics(tmp_path):
    """Logs sorted by service then ts, zstd, with min/max statistics so readers prune."""
    a = Archive(tmp_path)
    (f,) = a.write("logs", TP, 0, 3000, logs(3000))
    t = pq.read_table(f.path)
    keys = list(zip(t.column("service").to_pylist(), t.column("ts").to_pylist()))
    assert keys == sorted(keys)
    md = pq.read_metadata(f.path)
    col = md.row_group(0).column(md.schema.names.index("service"))
    assert col.compression == "ZSTD"
    assert col.statistics.has_min_max and col.statistics.min == "svc0"
    (m,) = a.write("metrics", TopicPartition("metrics", 0), 0, 3000, metrics(3000))
    assert pq.read_table(m.path).schema.equals(METRICS)


def test_rewriting_a_range_overwrites(tmp_path):
    """A replay of the same range replaces the file: the archive holds each record once."""
    a = Archive(tmp_path)
    a.write("logs", TP, 0, 500, logs(500))
    a.write("logs", TP, 0, 500, logs(500))
    files = a.list("logs")
    assert len(files) == 1 and a.read(live_files(files), LOGS).num_rows == 500


def test_parse_name_round_trips_and_ignores_strangers():
    assert parse_name(file_name("my-logs", 3, 5, 9)) == ("my-logs", 3, 5, 9, False)
    assert parse_name(file_name("logs", 1, 5, 9) + ".pending") == ("logs", 1, 5, 9, True)
    assert parse_name(".logs-0001-1-2.parquet") is None
    assert parse_name("part-0.parquet") is None
    assert parse_name("logs-0001-00000000000000000001-00000000000000000002.parquet.tmp") is None


def _f(start: int, end: int, part: int = 0, hour: int = 0) -> ArchiveFile:
    return ArchiveFile("logs", hour, "logs", part, start, end, f"/x/{part}-{hour}-{start}-{end}")


@pytest.mark.parametrize(
    ("files", "committed", "expect"),
    [
        # plain sequence: all live
        ([(0, 10), (10, 20)], None, [(0, 10), (10, 20)]),
        # a merged file and its sources: only the merged one
        ([(0, 10), (10, 20), (0, 20)], None, [(0, 20)]),
        # merged covering a gap (no rows of that hour in 10..15): still only merged
        ([(0, 10), (15, 20), (0, 20)], None, [(0, 20)]),
        # committed filter first: merged file past what this reader's snapshot committed → sources
        ([(0, 10), (10, 20), (0, 30), (20, 30)], {TopicPartition("logs", 0): 20}, [(0, 10), (10, 20)]),
        # orphan of a crash (start >= committed) is not read
        ([(0, 10), (10, 20)], {TopicPartition("logs", 0): 10}, [(0, 10)]),
    ],
)
def test_live_files(files, committed, expect):
    got = live_files([_f(s, e) for s, e in files], committed)
    assert [(f.start, f.end) for f in got] == expect


def test_live_files_are_per_hour_and_partition():
    files = [_f(0, 10, part=0), _f(0, 20, part=1), _f(0, 10, part=0, hour=1), _f(0, 20, part=0, hour=2)]
    assert len(live_files(files)) == 4
    assert superseded([_f(0, 10), _f(0, 20), _f(20, 30)]) == [_f(0, 10)]


def test_recover_deletes_uncommitted_and_publishes_committed_pending_files(tmp_path):
    """After a crash, of owned partitions only: files past the committed offset go; committed pending ones publish."""
    a = Archive(tmp_path)
    a.write("logs", TP, 0, 100, logs(100))
    a.write("logs", TP, 100, 200, logs(100, start_id=100), pending=True)  # committed, crash before the rename
    a.write("logs", TP, 200, 300, logs(100, start_id=200), pending=True)  # never committed
    a.write("logs", TP, 300, 400, logs(100, start_id=300))  # never committed (an older release's orphan)
    other = TopicPartition("logs", 0)
    a.write("logs", other, 100, 200, logs(100), pending=True)
    assert a.recover(["logs"], {TP: 200, other: 100}, [TP]) == (2, 1)
    got = sorted((f.partition, f.start, f.pending) for f in a.list("logs"))
    assert got == [(0, 100, True), (1, 0, False), (1, 100, False)]


def test_recover_sweeps_the_temp_files_a_kill_left_for_its_partitions_only(tmp_path):
    """A flush, merge or index killed before its rename leaves ``.<name>.<hex>.tmp``: recovery of its partition deletes it."""
    a = Archive(tmp_path)
    mine = a.write("logs", TP, 0, 100, logs(100))[0]
    other = a.write("logs", TopicPartition("logs", 0), 0, 100, logs(100))[0]
    hour = os.path.dirname(mine.path)
    index_hour = hour.replace(f"{tmp_path}/logs/", f"{tmp_path}/_search/logs/")
    os.makedirs(index_hour, exist_ok=True)
    left = [f"{hour}/.logs-1-100-200.parquet.0a1b2c3d.tmp", f"{hour}/.logs-1-100-200.parquet.pending.0a1b2c3e.tmp",
            f"{index_hour}/.logs-1-100-200.parquet.search.0a1b2c3f.tmp"]
    kept = [f"{hour}/.logs-0-100-200.parquet.0a1b2c40.tmp", f"{index_hour}/.logs-0-100-200.parquet.search.0a1b2c41.tmp"]
    for path in left + kept:
        with open(path, "wb") as f:
            f.write(b"half a parquet file")
    assert a.recover(["logs"], {TP: 100}, [TP]) == (0, 0)
    assert [os.path.exists(p) for p in left] == [False] * 3
    assert [os.path.exists(p) for p in kept] == [True] * 2
    assert {f.path for f in a.list("logs")} == {mine.path, other.path}


def test_pending_files_are_invisible_to_plain_readers(tmp_path):
    """Globs and readers without the committed offsets see published files only; the query service sees both."""
    import duckdb

    a = Archive(tmp_path)
    a.write("logs", TP, 0, 100, logs(100))
    pend = a.write("logs", TP, 100, 150, logs(50, start_id=100), pending=True)
    assert [f.start for f in live_files(a.list("logs"))] == [0]
    assert [f.start for f in live_files(a.list("logs"), {TP: 150})] == [0, 100]
    glob = f"{tmp_path}/logs/*/*/*.parquet"
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{glob}')").fetchall() == [(100,)]
    a.publish(pend)
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{glob}')").fetchall() == [(150,)]
    assert a.publish(pend) == []  # a retry is harmless


def test_expire_deletes_old_hours_and_empty_dirs(tmp_path):
    a = Archive(tmp_path)
    a.write("logs", TP, 0, 7200, logs(7200))
    assert a.expire(["logs"], T0_US + HOUR_US) == 1
    assert [f.hour_us for f in a.list("logs")] == [T0_US + HOUR_US]
    assert len(list((tmp_path / "logs").iterdir())) == 1 or len(list((tmp_path / "logs").rglob("hour=*"))) == 1


def test_dataset_prunes_hours_by_ts(tmp_path):
    """Each fragment knows its hour: a ts filter outside it never opens the file."""
    a = Archive(tmp_path)
    files = a.write("logs", TP, 0, 7200, logs(7200))
    os.remove(files[0].path)  # if the first hour's file were opened, reading would fail
    d = a.dataset(files, LOGS)
    lo = pa.scalar(T0_US + HOUR_US, pa.int64()).cast(LOGS.field("ts").type)
    import pyarrow.dataset as ds

    assert d.count_rows(filter=ds.field("ts") >= lo) == 3600
