"""The query service: tables, the fresh log tail, the sandbox, and its limits."""

from __future__ import annotations

import time
from pathlib import Path

import pyarrow as pa
import pytest
from sinkdata import T0_US, logs, make_cfg, metrics

from millpond.pipeline.log import open_log
from millpond.pipeline.log.base import TopicPartition
from millpond.pipeline.worker import GROUP
from millpond.sinks.archive import Archive
from millpond.sinks.query import TABLES, QueryError, QueryService, check_sql

ESCAPES = [
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_text('/etc/passwd')",
    "SELECT * FROM read_blob('/etc/passwd')",
    "SELECT * FROM glob('/etc/*')",
    "SELECT * FROM sniff_csv('/etc/passwd')",
    "SELECT * FROM read_json('/etc/hostname')",
    "SELECT * FROM parquet_metadata('{archive}/logs/x.parquet')",
    "SELECT * FROM read_csv('https://example.com/x.csv')",
    "SELECT * FROM read_parquet('{archive}/logs/*/*/*.parquet')",
    "COPY (SELECT 1) TO '{target}/copy.csv'",
    "COPY (SELECT 1) TO '{archive}/logs/evil.parquet' (FORMAT parquet)",
    "ATTACH '{target}/attach.db' AS x",
    "ATTACH '{archive}/new.db' AS y",
    "INSTALL httpfs",
    "LOAD httpfs",
    "SET memory_limit = '100GiB'",
    "SET enable_external_access = true",
    "PRAGMA version",
    "PRAGMA enable_profiling",
    "EXPORT DATABASE '{target}/export'",
    "CREATE TABLE t AS SELECT 1",
    "CALL pragma_version()",
    "SELECT 1; COPY (SELECT 1) TO '{target}/second.csv'",
    "SELECT * FROM query('COPY (SELECT 1) TO ''{target}/q.csv''')",
    "SELECT getenv('HOME')",
]


@pytest.fixture
def svc(cfg):
    s = QueryService(cfg)
    yield s
    s.close()


def test_every_table_exists_with_its_columns(svc):
    for t in TABLES:
        assert svc.run(f"SELECT * FROM {t}").rows == []
    cols = [c["name"] for c in svc.run("SELECT * FROM logs").columns]
    assert cols == ["ts", "host", "service", "severity", "message", "attributes", "source", "pattern_id"]
    cols = [c["name"] for c in svc.run("SELECT * FROM metrics").columns]
    assert cols == ["ts", "name", "value", "labels", "host", "source"]
    types = {c["name"]: c["type"] for c in svc.run("SELECT * FROM metrics").columns}
    assert types["ts"] == "TIMESTAMP WITH TIME ZONE" and types["labels"] == "MAP(VARCHAR, VARCHAR)"
    assert [c["name"] for c in svc.run("SELECT * FROM log_patterns").columns] == [
        "pattern_id", "service", "template", "count", "first_seen", "last_seen", "example", "merged_into"]
    assert [c["name"] for c in svc.run("SELECT * FROM alerts").columns] == [
        "ts", "rule", "state", "labels", "value", "severity", "annotations"]


def test_log_patterns_name_merged_patterns_and_read_files_written_before_the_column(svc):
    """``merged_into`` (session 10) is null in a patterns file written before it existed; a merged
    pattern's lines group with the pattern it became by ``coalesce(merged_into, pattern_id)``."""
    a = Archive.for_data_dir(svc.data_dir)
    ts = pa.array([T0_US] * 2, pa.int64()).cast(pa.timestamp("us", tz="UTC"))
    old = pa.table({"pattern_id": pa.array([1, 2], pa.int64()), "service": ["a", "a"], "template": ["x <*>", "y"],
                    "count": pa.array([3, 1], pa.int64()), "first_seen": ts, "last_seen": ts, "example": ["x 1", "y"]})
    a.write_file(f"{a.root}/log_patterns/logs-0.parquet", old)
    new = old.set_column(0, "pattern_id", pa.array([3, 4], pa.int64())).append_column(
        "merged_into", pa.array([None, 3], pa.int64()))
    a.write_file(f"{a.root}/log_patterns/logs-1.parquet", new)
    rows = svc.run("SELECT pattern_id, merged_into FROM log_patterns ORDER BY 1").rows
    assert rows == [[1, None], [2, None], [3, None], [4, 3]]
    rows = svc.run('SELECT coalesce(merged_into, pattern_id) AS p, sum("count") FROM log_patterns GROUP BY 1 ORDER BY 1').rows
    assert rows == [[1, 3], [2, 1], [3, 4]]


def test_archived_values_come_back_as_json_values(svc):
    a = Archive.for_data_dir(svc.data_dir)
    a.write("logs", TopicPartition("logs", 0), 0, 10, logs(10))
    a.write("metrics", TopicPartition("metrics", 0), 0, 10, metrics(10))
    row = svc.run("SELECT ts, message, attributes, severity FROM logs WHERE message = 'req 4 done'").rows
    assert row == [[_iso(T0_US + 4_000_000), "req 4 done", {"id": "4"}, "warning"]]
    row = svc.run("SELECT value, labels['dev'], labels FROM metrics WHERE value = 6").rows
    assert row == [[6.0, "d2", {"a": "x", "dev": "d2"}]]


def _iso(us: int) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(us / 1e6, UTC).isoformat()


@pytest.mark.parametrize("sql", ESCAPES)
def test_sandbox_escapes_fail_and_leave_no_file(svc, tmp_path, sql):
    archive = svc.archive.root
    Path(archive, "logs").mkdir(parents=True, exist_ok=True)
    target = tmp_path / "target"
    target.mkdir()
    before = sorted(Path(archive).rglob("*"))
    with pytest.raises(QueryError):
        svc.run(sql.format(target=target, archive=archive))
    assert list(target.iterdir()) == []
    assert sorted(Path(archive).rglob("*")) == before
    assert svc.run("SELECT current_setting('memory_limit')").rows[0][0] != "100.0 GiB"


def test_check_sql_goes_by_statement_type_not_text():
    check_sql("SELECT 'COPY x TO y; ATTACH; INSTALL' AS s")
    check_sql("EXPLAIN SELECT 1")
    with pytest.raises(QueryError, match="COPY"):
        check_sql("copy (select 1) to 'x.csv'")
    with pytest.raises(QueryError):
        check_sql("   ")
    with pytest.raises(QueryError):
        check_sql("SELEC 1")


def test_timeout_interrupts_a_long_query(tmp_path):
    cfg = make_cfg(tmp_path, query={"timeout": "0.3s"})
    s = QueryService(cfg)
    t0 = time.monotonic()
    with pytest.raises(QueryError, match="timed out"):
        s.run("SELECT count(*) FROM range(1000000000000) a")
    assert time.monotonic() - t0 < 3
    assert s.run("SELECT 42").rows == [[42]]  # the connection still works
    s.close()


def test_spill_directory_is_private_so_sql_cannot_read_files_left_in_cwd_tmp(tmp_path, monkeypatch):
    """DuckDB lets SQL read its spill directory; the default one is ``<cwd>/.tmp``, where anybody's
    files may lie. The service spills to a private 0700 directory of its own, removed on close."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".tmp").mkdir()
    (tmp_path / ".tmp" / "secret.txt").write_text("s3cret")
    s = QueryService(make_cfg(tmp_path / "d"))
    with pytest.raises(QueryError, match="disabled by configuration"):
        s.run("SELECT content FROM read_text('.tmp/secret.txt')")
    spill = Path(s.run("SELECT current_setting('temp_directory')").rows[0][0])
    assert spill.stat().st_mode & 0o077 == 0 and spill != tmp_path / ".tmp"
    s.close()
    assert not spill.exists()


def test_max_rows_cuts_the_result(tmp_path):
    s = QueryService(make_cfg(tmp_path, query={"max_rows": 1000}))
    r = s.run("SELECT * FROM range(5000)")
    assert len(r.rows) == 1000 and r.truncated and r.to_json()["truncated"] is True
    r = s.run("SELECT * FROM range(1000)")
    assert len(r.rows) == 1000 and not r.truncated
    assert len(s.run("SELECT * FROM range(5000)", max_rows=10).rows) == 10
    s.close()


def test_acked_record_is_visible_within_a_second_from_the_log_tail(cfg):
    """No worker runs: a record appended (acked) is still queryable, from the log's tail."""
    lg = open_log(cfg.data_path, cfg.log)
    s = QueryService(cfg, log=lg)
    try:
        assert s.run("SELECT count(*) FROM logs").rows == [[0]]
        lags = []
        for i in range(5):
            lg.append("logs", i % 2, logs(100, start_id=i * 100)).result()
            acked = time.monotonic()
            n = s.run("SELECT count(*) FROM logs").rows[0][0]
            lags.append(time.monotonic() - acked)
            assert n == (i + 1) * 100
        assert max(lags) < 1.0
        lg.append("metrics", 0, metrics(50)).result()
        assert s.run("SELECT count(*), sum(value) FROM metrics").rows == [[50, float(sum(range(50)))]]
    finally:
        s.close()
        lg.close()


def test_tail_and_archive_never_overlap(cfg):
    """Archived-but-uncommitted files are not read (their rows come from the tail): no duplicates."""
    lg = open_log(cfg.data_path, cfg.log)
    s = QueryService(cfg, log=lg)
    try:
        tp = TopicPartition("logs", 0)
        lg.append("logs", 0, logs(100)).result()
        lg.append("logs", 0, logs(100, start_id=100)).result()
        a = s.archive
        a.write("logs", tp, 0, 100, logs(100))
        a.write("logs", tp, 100, 200, logs(100, start_id=100))  # written, not committed (or a crash orphan)
        lg.commit(GROUP, {tp: 100})
        assert s.run("SELECT count(*), count(DISTINCT message) FROM logs").rows == [[200, 200]]
        lg.commit(GROUP, {tp: 200})
        assert s.run("SELECT count(*), count(DISTINCT message) FROM logs").rows == [[200, 200]]
    finally:
        s.close()
        lg.close()


def test_far_behind_pipeline_keeps_the_newest_records_visible(cfg):
    """The tail is bounded; past the bound the newest records stay visible and the answer says so."""
    from millpond.sinks.tail import Tail

    lg = open_log(cfg.data_path, cfg.log)
    s = QueryService(cfg, log=lg)
    s.tail = Tail(lg, GROUP, max_records=200)  # 100 per partition
    try:
        for i in range(3):
            lg.append("logs", 0, logs(100, start_id=i * 100)).result()
        r = s.run("SELECT count(*), max(attributes['id']::INT), min(attributes['id']::INT) FROM logs")
        assert r.rows == [[100, 299, 200]]
        assert r.hidden == 200 and "behind" in r.to_json()["warning"]
        lg.commit(GROUP, {TopicPartition("logs", 0): 250})  # the worker archived (files not needed here)
        r = s.run("SELECT count(*) FROM logs")
        assert r.rows == [[50]] and r.hidden == 0
    finally:
        s.close()
        lg.close()


def test_run_arrow_and_alert_history(svc):
    """Alert rules get Arrow from the same sandbox; stored alert rows show in the alerts table."""
    import pyarrow as pa

    from millpond.sinks.query import ALERTS
    from millpond.sinks.sink import append_alerts

    t = svc.run_arrow("SELECT 1 AS value, 'x' AS device")
    assert t.column_names == ["value", "device"] and t.num_rows == 1
    with pytest.raises(QueryError):
        svc.run_arrow("COPY (SELECT 1) TO 'x.csv'")
    rows = pa.table({"ts": pa.array([T0_US], pa.int64()).cast(ALERTS.field("ts").type), "rule": ["Hot"],
                     "state": ["firing"], "labels": pa.array([[("device", "d1")]], ALERTS.field("labels").type),
                     "value": [31.5], "severity": ["warning"],
                     "annotations": pa.array([[]], ALERTS.field("annotations").type)})
    assert append_alerts(svc.archive, rows) is not None
    assert svc.run("SELECT rule, state, labels['device'], value FROM alerts").rows == [["Hot", "firing", "d1", 31.5]]
