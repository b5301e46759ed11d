"""``WHERE message = 'literal'`` reads only the archive row groups the needle index allows, and only
when the parse tree shows that is safe."""

from __future__ import annotations

import duckdb
import pytest
from searchkit import svc_for, write  # noqa: F401 (fixture)

from millpond.sinks import archive as archive_mod
from millpond.sinks.archive import Archive
from millpond.sinks.query_prune import message_literal


@pytest.fixture(scope="module")
def cur():
    con = duckdb.connect()
    yield con
    con.close()


@pytest.mark.parametrize(("sql", "literal"), [
    ("SELECT count(*) FROM logs WHERE message = 'a b'", "a b"),
    ("SELECT * FROM logs WHERE ts >= to_timestamp(5) AND 'x y' = message AND host = 'h'", "x y"),
    ("SELECT l.host FROM logs AS l WHERE l.message = 'q' GROUP BY ALL", "q"),
    ("SELECT * FROM logs WHERE logs.message = 'it''s'", "it's"),
    ("SELECT (SELECT count(*) FROM logs WHERE message = 'x') AS n", "x"),
    ("WITH m AS (SELECT * FROM logs WHERE message = 'x') SELECT count(*) FROM m", "x"),
])
def test_a_safe_equality_gives_its_literal(cur, sql, literal):
    assert message_literal(cur, sql) == literal


@pytest.mark.parametrize("sql", [
    "SELECT * FROM logs WHERE message = 'x' OR host = 'h'",  # not every row read must equal it
    "SELECT * FROM logs WHERE NOT message = 'x'",
    "SELECT * FROM logs WHERE message LIKE 'x%'",
    "SELECT * FROM logs WHERE message = host",
    "SELECT (SELECT count(*) FROM logs), count(*) FROM logs WHERE message = 'x'",  # logs twice
    "SELECT count(*) FROM logs WHERE message = 'x' AND ts <= (SELECT min(ts) FROM logs)",
    "SELECT * FROM logs WHERE message = 'x' UNION ALL SELECT * FROM _logs_archive",
    "SELECT * FROM logs WHERE message = 'x' UNION ALL SELECT * FROM query_table('logs')",
    "SELECT * FROM logs JOIN metrics ON true WHERE message = 'x'",
    "SELECT * FROM metrics WHERE name = 'message' AND labels['logs'] = 'x'",
    "SELECT * FROM logs WHERE message = 'x'; SELECT 1",
    "this is not SQL about logs and message",
])
def test_anything_else_prunes_nothing(cur, sql):
    assert message_literal(cur, sql) is None


def test_an_exact_message_reads_only_its_row_groups_and_answers_as_a_full_scan(cfg, svc_for, monkeypatch):
    monkeypatch.setattr(archive_mod, "ROW_GROUP", 500)
    archive = Archive.for_data_dir(cfg.data_path)
    files = [[f"GET /api/orders 200 trace_id={i:016x}{f:04d} user=u{i % 97}x" for i in range(2000)] for f in range(8)]
    line = "payment declined request_id=req-8d41c7e02f9b from 172.31.254.77:51234"
    files[3][1234] = line
    files[6][10] = line  # twice, in another file
    write(archive, files)
    svc = svc_for()
    sql = f"SELECT count(*), min(ts) FROM logs WHERE message = '{line}'"
    pruned = svc.run(sql).rows
    plan = svc.last_prune
    assert plan is not None and (plan.files_total, plan.files_indexed, plan.groups_total) == (8, 8, 32)
    assert 2 <= plan.groups_read <= 6  # its 2 row groups and rarely a false positive (~3.5 % each)
    svc.last_prune = None
    full = svc.run(f"SELECT count(*), min(ts) FROM logs WHERE message = '{line}' OR false").rows
    assert svc.last_prune is None  # (an OR: not pruned)
    assert pruned == full and pruned[0][0] == 2
    assert svc.run("SELECT count(*) FROM logs WHERE message = 'absent line 42'").rows == [[0]]
    assert svc.last_prune.groups_read <= 4
    # logs named twice: the other reference must see every row (pruned, min(ts) would be its row group's)
    assert svc.run(f"SELECT (SELECT count(*) FROM logs), count(*) FROM logs WHERE message = '{line}'").rows \
        == [[16000, 2]]
    assert svc.run(f"SELECT count(*) FROM logs WHERE message = '{line}' "
                   "AND ts <= (SELECT min(ts) FROM logs) + INTERVAL 1 SECOND").rows == [[0]]


def test_the_tail_is_handed_over_filtered_by_the_literal_and_answers_as_before(cfg):
    from sinkdata import logs

    from millpond.pipeline.log import open_log
    from millpond.pipeline.schema import logs_batch
    from millpond.sinks.query import QueryService

    lg = open_log(cfg.data_path, cfg.log)
    svc = QueryService(cfg, log=lg)
    try:
        lg.append("logs", 0, logs(300)).result()
        lg.append("logs", 1, logs_batch(message=["it's ok", "it's ok", "x"], source="t")).result()
        run = lambda sql: svc.run(sql).rows  # noqa: E731
        assert run("SELECT count(*) FROM logs WHERE message = 'req 3 done'") == [[1]]
        assert svc.last_tail_rows == 1  # DuckDB scanned 1 tail row, not 303
        assert run("SELECT count(*) FROM logs WHERE host = 'h3' AND message = 'it''s ok'") == [[0]]
        assert run("SELECT count(*), min(message) FROM logs WHERE message = 'it''s ok'") == [[2, "it's ok"]]
        assert svc.last_tail_rows == 2
        assert run("SELECT count(*) OVER () FROM logs WHERE message = 'x'") == [[1]]
        # the tail named apart from the view: nothing is filtered away
        assert run("SELECT count(*) FROM logs WHERE message = 'x' UNION ALL SELECT count(*) FROM _logs_tail") \
            in ([[1], [303]], [[303], [1]])
        assert svc.last_tail_rows == 303
        assert run("SELECT count(*) FROM logs WHERE message = 'x' OR host = 'h1'")[0][0] == 61
        assert svc.last_tail_rows == 303
    finally:
        svc.close()
        lg.close()
