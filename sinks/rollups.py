"""Rollups: ``metrics_1m``, ``metrics_1h`` and ``logs_1m``, kept incrementally.

Each flushed log range ``[start, end)`` of a partition yields *partial*
aggregates, written as their own Parquet files named exactly like the raw
file of that range (see :mod:`millpond.sinks.archive`): a replay after a crash
overwrites them, compaction merges them like raw files, and they are correct
across restarts with no state outside the archive. A bucket can straddle
two flushes, so a reader folds the partials once more: :data:`VIEW_SQL` is
that fold (``min`` of mins, ``sum`` of counts, ``last`` by the latest ``last_ts``).

All aggregation runs in DuckDB over Arrow (vectorised, off the GIL).
"""

from __future__ import annotations

import threading

import duckdb
import pyarrow as pa

from millpond.pipeline.schema import STRMAP, TS

METRICS_PARTS = pa.schema(
    [
        pa.field("ts", TS), pa.field("name", pa.string()), pa.field("labels", STRMAP), pa.field("host", pa.string()),
        pa.field("min", pa.float64()), pa.field("max", pa.float64()), pa.field("sum", pa.float64()),
        pa.field("count", pa.int64()), pa.field("last", pa.float64()), pa.field("last_ts", TS),
    ]
)
LOGS_PARTS = pa.schema(
    [
        pa.field("ts", TS), pa.field("service", pa.string()), pa.field("host", pa.string()),
        pa.field("severity", pa.string()), pa.field("pattern_id", pa.int64()), pa.field("count", pa.int64()),
    ]
)
PARTS_SCHEMAS: dict[str, pa.Schema] = {"metrics_1m": METRICS_PARTS, "metrics_1h": METRICS_PARTS, "logs_1m": LOGS_PARTS}
ROLLUPS: dict[str, tuple[str, ...]] = {"metrics": ("metrics_1m", "metrics_1h"), "logs": ("logs_1m",)}
"""Source topic → the rollup tables computed from it."""

_BUCKET = {"metrics_1m": "minute", "metrics_1h": "hour", "logs_1m": "minute"}

_METRICS_FROM_RAW = """
SELECT date_trunc('{unit}', ts) AS ts, name, labels, host,
       min(value) AS "min", max(value) AS "max", sum(value) AS "sum", count(*) AS "count",
       arg_max(value, ts) AS "last", max(ts) AS last_ts
FROM src GROUP BY ALL
"""
_METRICS_FOLD = """
SELECT {ts} AS ts, name, labels, host,
       min("min") AS "min", max("max") AS "max", sum("sum") AS "sum", sum("count")::BIGINT AS "count",
       arg_max("last", last_ts) AS "last", max(last_ts) AS last_ts
FROM {src} GROUP BY ALL
"""
_LOGS_FROM_RAW = """
SELECT date_trunc('minute', ts) AS ts, service, host, severity, pattern_id, count(*) AS "count"
FROM src GROUP BY ALL
"""
_LOGS_FOLD = """
SELECT ts, service, host, severity, pattern_id, sum("count")::BIGINT AS "count" FROM {src} GROUP BY ALL
"""

VIEW_SQL: dict[str, str] = {
    "metrics_1m": _METRICS_FOLD.format(ts="ts", src="{src}"),
    "metrics_1h": _METRICS_FOLD.format(ts="ts", src="{src}"),
    "logs_1m": _LOGS_FOLD,
}
"""Per rollup table: SQL folding its partials (``{src}``) into one row per bucket and series."""


class Rollups:
    """Computes partial rollups of flushed batches; one DuckDB connection, used by one thread at a time."""

    def __init__(self) -> None:
        self._con = duckdb.connect(":memory:", config={"enable_external_access": False, "threads": 1,
                                                       "python_enable_replacements": False})
        self._con.execute("SET TimeZone = 'UTC'")
        self._lock = threading.Lock()

    def _run(self, sql: str, src: pa.Table, schema: pa.Schema) -> pa.Table:
        with self._lock:
            self._con.register("src", src)
            try:
                out = self._con.sql(sql).to_arrow_table()
            finally:
                self._con.unregister("src")
        return out.select(schema.names).cast(schema)

    def compute(self, topic: str, table: pa.Table) -> dict[str, pa.Table]:
        """Partial rollups of raw ``table`` of ``topic``: rollup table name → partials."""
        if topic == "metrics":
            return {name: self._run(_METRICS_FROM_RAW.format(unit=_BUCKET[name]), table, METRICS_PARTS)
                    for name in ROLLUPS["metrics"]}
        if topic == "logs":
            return {"logs_1m": self._run(_LOGS_FROM_RAW, table, LOGS_PARTS)}
        return {}

    def fold(self, name: str, partials: pa.Table) -> pa.Table:
        """``partials`` of rollup ``name`` merged into one row per bucket and series (for compaction)."""
        return self._run(VIEW_SQL[name].format(src="src"), partials, PARTS_SCHEMAS[name])

    def close(self) -> None:
        self._con.close()
