"""With Millpond stopped, plain DuckDB (via the catalog file or globs) and Polars read the archive."""

from __future__ import annotations

import json
import subprocess
import sys

import pyarrow as pa
from sinkdata import logs, metrics

from millpond.pipeline.log.base import TopicPartition
from millpond.sinks.catalog import CATALOG_FILE
from millpond.sinks.sink import ArchiveSink

READER = r"""
import json, sys, duckdb, polars as pl
data = sys.argv[1]
con = duckdb.connect(f"{data}/catalog.duckdb", read_only=True)
out = {
  "tables": sorted(r[0] for r in con.sql("SELECT table_name FROM information_schema.tables").fetchall()),
  "logs": con.sql("SELECT count(*), count(DISTINCT message) FROM logs").fetchall()[0],
  "metrics_1m": con.sql('SELECT sum("count") FROM metrics_1m').fetchall()[0][0],
  "log_patterns": con.sql("SELECT count(*) FROM log_patterns").fetchall()[0][0],
  "alerts": con.sql("SELECT count(*) FROM alerts").fetchall()[0][0],
  "glob": duckdb.sql(f"SELECT count(*), count(DISTINCT hour) FROM read_parquet('{data}/archive/logs/*/*/*.parquet', hive_partitioning=true)").fetchall()[0],
  "polars": pl.scan_parquet(f"{data}/archive/metrics/**/*.parquet", hive_partitioning=True).select(pl.len()).collect().item(),
  "polars_sum": pl.scan_parquet(f"{data}/archive/metrics/**/*.parquet").select(pl.col("value").sum()).collect().item(),
}
print(json.dumps(out))
"""


def test_plain_duckdb_and_polars_read_the_archive(cfg):
    sink = ArchiveSink(cfg)
    sink.maintain({}, [])  # the catalog exists from the start, with empty tables
    assert (cfg.data_path / CATALOG_FILE).exists()
    tp, mtp = TopicPartition("logs", 0), TopicPartition("metrics", 1)
    sink.write(tp, 0, 5000, pa.Table.from_batches([logs(5000)]))  # spans two hours
    sink.write(mtp, 0, 800, pa.Table.from_batches([metrics(800)]))
    sink.committed([tp, mtp])  # the worker committed the offsets: files are published
    sink.close()  # Millpond stops
    got = json.loads(subprocess.run([sys.executable, "-c", READER, str(cfg.data_path)], capture_output=True,
                                    text=True, check=True, timeout=60).stdout)
    assert {"logs", "metrics", "metrics_1m", "metrics_1h", "logs_1m", "log_patterns", "alerts"} <= set(got["tables"])
    assert got["logs"] == [5000, 5000]
    assert got["metrics_1m"] == 800
    assert got["log_patterns"] == 0 and got["alerts"] == 0
    assert got["glob"] == [5000, 2]
    assert got["polars"] == 800 and got["polars_sum"] == sum(range(800))


def test_catalog_is_replaced_while_a_reader_holds_it_open(cfg):
    """The worker rewrites the catalog by rename, so an open reader does not block it (one-writer lock)."""
    import duckdb

    sink = ArchiveSink(cfg)
    sink.maintain({}, [])
    reader = duckdb.connect(str(cfg.data_path / CATALOG_FILE), read_only=True)
    assert reader.sql("SELECT count(*) FROM logs").fetchall() == [(0,)]
    sink.write(TopicPartition("logs", 0), 0, 10, pa.Table.from_batches([logs(10)]))
    sink.committed([TopicPartition("logs", 0)])  # logs gets files: the catalog is rewritten
    fresh = subprocess.run([sys.executable, "-c", "import duckdb, sys; print(duckdb.connect(sys.argv[1], "
                            "read_only=True).sql('SELECT count(*) FROM logs').fetchall()[0][0])",
                            str(cfg.data_path / CATALOG_FILE)], capture_output=True, text=True, check=True)
    assert fresh.stdout.strip() == "10"  # a new reader (another process) sees the new catalog
    assert reader.sql("SELECT count(*) FROM logs").fetchall() == [(0,)]  # the old snapshot, still readable
    reader.close()
    sink.close()


def test_the_catalogs_log_patterns_read_files_from_before_merged_into(cfg):
    """A patterns file written before session 10 has no ``merged_into``: plain DuckDB reads it as null."""
    import duckdb
    import pyarrow.parquet as pq

    d = cfg.data_path / "archive" / "log_patterns"
    d.mkdir(parents=True)
    ts = pa.array([0], pa.timestamp("us", tz="UTC"))
    base = {"service": ["a"], "template": ["x"], "count": pa.array([1], pa.int64()), "first_seen": ts, "last_seen": ts,
            "example": ["x"]}
    pq.write_table(pa.table({"pattern_id": pa.array([1], pa.int64()), **base}), d / "logs-0.parquet")
    pq.write_table(pa.table({"pattern_id": pa.array([2], pa.int64()), **base,
                             "merged_into": pa.array([1], pa.int64())}), d / "logs-1.parquet")
    sink = ArchiveSink(cfg)
    sink.maintain({}, [])
    sink.close()
    con = duckdb.connect(str(cfg.data_path / CATALOG_FILE), read_only=True)
    try:
        assert con.sql("SELECT pattern_id, merged_into FROM log_patterns ORDER BY 1").fetchall() == [(1, None), (2, 1)]
    finally:
        con.close()
