"""Rollups from partial per-range aggregates equal DuckDB's aggregate over the raw rows."""

from __future__ import annotations

import duckdb
import pyarrow as pa
from sinkdata import logs, metrics

from millpond.sinks.rollups import PARTS_SCHEMAS, VIEW_SQL, Rollups


def _fold_view(name: str, parts: list[pa.Table]) -> list[tuple]:
    con = duckdb.connect()
    con.register("p", pa.concat_tables(parts).cast(PARTS_SCHEMAS[name]))
    sql = VIEW_SQL[name].format(src="p")
    if name.startswith("metrics"):
        return con.sql(f'SELECT ts, name, labels, host, "min", "max", "sum", "count", "last" FROM ({sql}) ORDER BY ALL').fetchall()
    return con.sql(f'SELECT ts, service, host, severity, pattern_id, "count" FROM ({sql}) ORDER BY ALL').fetchall()


def test_metrics_rollups_split_across_flushes_equal_raw_aggregate():
    """Buckets straddling two flushed ranges fold back to exactly the raw aggregate (1m and 1h)."""
    raw = pa.Table.from_batches([metrics(5000, step_us=997_000)])
    r = Rollups()
    cuts = [0, 1234, 1235, 4000, 5000]  # uneven flushes, one of a single row
    parts = {"metrics_1m": [], "metrics_1h": []}
    for a, b in zip(cuts, cuts[1:]):
        for name, t in r.compute("metrics", raw.slice(a, b - a)).items():
            parts[name].append(t)
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    con.register("raw", raw)
    for name, unit in (("metrics_1m", "minute"), ("metrics_1h", "hour")):
        want = con.sql(f"""SELECT date_trunc('{unit}', ts) AS ts, name, labels, host, min(value), max(value),
                                  sum(value), count(*), arg_max(value, ts)
                           FROM raw GROUP BY ALL ORDER BY ALL""").fetchall()
        assert _fold_view(name, parts[name]) == want
        assert len(want) > 4
        # compaction's fold of the partials gives the same answer
        folded = r.fold(name, pa.concat_tables(parts[name]))
        assert _fold_view(name, [folded]) == want


def test_logs_1m_counts_per_service_host_severity_pattern():
    raw = pa.Table.from_batches([logs(3000, step_us=50_000)])
    r = Rollups()
    parts = [r.compute("logs", raw.slice(0, 1000))["logs_1m"], r.compute("logs", raw.slice(1000))["logs_1m"]]
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    con.register("raw", raw)
    want = con.sql("""SELECT date_trunc('minute', ts), service, host, severity, pattern_id, count(*)
                      FROM raw GROUP BY ALL ORDER BY ALL""").fetchall()
    assert _fold_view("logs_1m", parts) == want
    assert sum(row[-1] for row in want) == 3000


def test_series_codes_are_exact_for_awkward_label_maps():
    """Series are told apart by content only: empty vs null maps, values that look like joined
    pairs, a map split differently across entries, sliced and chunked input — each one series in
    the rollup exactly as DuckDB's GROUP BY over the raw rows (the rollup no longer groups by MAP)."""
    from millpond.pipeline.schema import STRMAP, metrics_batch
    from sinkdata import T0_US

    labels = [{"a": "b", "c": "d"}, {"a": "b\x1fc", "d": ""}, {}, None, {"a": "b"}, {"a": "bc", "": "d"},
              {"a": "b", "c": "e"}, {"a": "c"}, {"a": "b", "c": "d"}, {"c": "d"}]
    n = 4000
    b = metrics_batch(name=[("m", "n")[i % 3 == 0] for i in range(n)], value=[float(i % 97) for i in range(n)],
                      ts=pa.array([T0_US + i * 50_000 for i in range(n)], pa.int64()).cast(pa.timestamp("us", tz="UTC")),
                      labels=pa.array([labels[i % len(labels)] for i in range(n)], STRMAP),
                      host=[None if i % 5 == 0 else f"h{i % 2}" for i in range(n)])
    raw = pa.Table.from_batches([b.slice(1, 1500), b.slice(1501, 2000)])  # chunked, sliced (offsets not at 0)
    parts = Rollups().compute("metrics", raw)
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    con.register("raw", raw)
    for name, unit in (("metrics_1m", "minute"), ("metrics_1h", "hour")):
        want = con.sql(f"""SELECT date_trunc('{unit}', ts), name, labels, host, min(value), max(value), sum(value),
                                  count(*), arg_max(value, ts) FROM raw GROUP BY ALL ORDER BY ALL""").fetchall()
        assert _fold_view(name, [parts[name]]) == want
        assert len({(r[1], str(r[2]), r[3]) for r in want}) >= 20  # many series, each kept apart


def test_logs_1m_edges_match_sql_group_by():
    """Arrow's aggregation of logs_1m is SQL's: null keys group apart, minutes floor before 1970 and at bounds."""
    from millpond.pipeline.schema import LOGS

    ts = [-90_000_001, -60_000_000, -1, 0, 59_999_999, 60_000_000, 1_700_000_000_000_000, None, None]
    n = len(ts)
    raw = pa.table({"ts": pa.array(ts, pa.int64()).cast(LOGS.field("ts").type),
                    "service": ["a", None, "a", "a", None, "b", "a", "a", None],
                    "host": ["h", "h", None, "h", "h", "h", "h", "h", None],
                    "severity": ["info"] * n, "pattern_id": pa.array([1, 1, None, 1, 2, None, 1, 1, None], pa.int64()),
                    "message": ["m"] * n})
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    con.register("raw", raw)
    want = con.sql("""SELECT date_trunc('minute', ts), service, host, severity, pattern_id, count(*)
                      FROM raw GROUP BY ALL ORDER BY ALL""").fetchall()
    assert _fold_view("logs_1m", [Rollups().compute("logs", raw)["logs_1m"]]) == want
    assert len(want) == 9
