"""The record schemas of the ``logs`` and ``metrics`` topics, and the one place
that turns loose columns into a validated Arrow batch.

Every receiver ends in :func:`logs_batch` or :func:`metrics_batch`; every
consumer can rely on what they guarantee: the exact schema, UTC timestamps in
microseconds, no null ``ts``/``name``/``value``, severities from the fixed set.
This module imports nothing else of Millpond.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

TS = pa.timestamp("us", tz="UTC")
STRMAP = pa.map_(pa.string(), pa.string())

LOGS = pa.schema(
    [
        pa.field("ts", TS, nullable=False),
        pa.field("host", pa.string()),
        pa.field("service", pa.string()),
        pa.field("severity", pa.string()),
        pa.field("message", pa.string()),
        pa.field("attributes", STRMAP),
        pa.field("source", pa.string()),
        pa.field("pattern_id", pa.int64()),
    ]
)

METRICS = pa.schema(
    [
        pa.field("ts", TS, nullable=False),
        pa.field("name", pa.string(), nullable=False),
        pa.field("value", pa.float64(), nullable=False),
        pa.field("labels", STRMAP),
        pa.field("host", pa.string()),
        pa.field("source", pa.string()),
    ]
)

SCHEMAS: dict[str, pa.Schema] = {"logs": LOGS, "metrics": METRICS}

SEVERITIES = ("trace", "debug", "info", "notice", "warning", "error", "critical", "alert", "emergency")
"""Severity names, least to most severe; syslog severity n is ``SEVERITIES[8 - n]``… see :data:`SYSLOG_SEVERITY`."""

SYSLOG_SEVERITY = ("emergency", "alert", "critical", "error", "warning", "notice", "info", "debug")
"""syslog PRI severity number (0..7) → name."""

_ALIASES = {
    **{s: s for s in SEVERITIES},
    "trc": "trace", "verbose": "trace", "finest": "trace", "finer": "trace",
    "dbg": "debug", "fine": "debug", "config": "debug",
    "information": "info", "informational": "info", "inf": "info", "i": "info",
    "warn": "warning", "wrn": "warning", "w": "warning",
    "err": "error", "eror": "error", "e": "error", "severe": "error",
    "crit": "critical", "fatal": "critical", "ftl": "critical", "panic": "emergency",
    "emerg": "emergency", "d": "debug",
}
_ALIAS_KEYS = pa.array(list(_ALIASES))
_ALIAS_VALUES = pa.array(list(_ALIASES.values()))


class SchemaError(ValueError):
    """Columns that cannot form a valid batch (wrong length, unparsable values)."""


def now_us() -> int:
    return time.time_ns() // 1000


def otlp_severity(number: int) -> str:
    """OTLP SeverityNumber (1..24) → severity name; 0/unknown → ``info``."""
    if number <= 0:
        return "info"
    return ("trace", "debug", "info", "warning", "error", "critical")[min((number - 1) // 4, 5)]


def normalize_severity(values: pa.Array | Sequence[str | None], default: str = "info") -> pa.Array:
    """Map severity spellings (``WARN``, ``err``, ``Fatal``…) onto :data:`SEVERITIES`.

    Unknown spellings and nulls become ``default``: a log line is never
    dropped for an odd level name.
    """
    arr = values if isinstance(values, (pa.Array, pa.ChunkedArray)) else pa.array(values, pa.string())
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    if arr.type != pa.string():
        arr = arr.cast(pa.string())
    idx = pc.index_in(pc.utf8_lower(pc.utf8_trim_whitespace(arr)), value_set=_ALIAS_KEYS)
    out = pc.take(_ALIAS_VALUES, idx)
    return pc.fill_null(out, default)


def to_timestamps(values: Any, n: int, *, default_us: int | None = None) -> pa.Array:
    """Coerce ``values`` to UTC microsecond timestamps, nulls → arrival time.

    Accepts a timestamp array (any unit/zone), integers in epoch
    nanoseconds, floats in epoch seconds, or ``None`` (all arrival time).
    """
    fill = now_us() if default_us is None else default_us
    if values is None:
        return pa.array(np.full(n, fill, dtype="int64"), pa.int64()).cast(TS)
    arr = values if isinstance(values, (pa.Array, pa.ChunkedArray)) else pa.array(values)
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    t = arr.type
    if pa.types.is_timestamp(t):
        if t.tz is None:
            arr = arr.cast(pa.timestamp(t.unit, tz="UTC"))
        arr = arr.cast(TS, safe=False)
    elif pa.types.is_integer(t):
        arr = pc.divide(arr.cast(pa.int64()), 1000).cast(pa.int64()).cast(TS)
    elif pa.types.is_floating(t):
        arr = pc.multiply(arr, 1_000_000.0).cast(pa.int64(), safe=False).cast(TS)
    elif pa.types.is_null(t):
        arr = pa.nulls(len(arr), TS)
    else:
        raise SchemaError(f"ts: expected timestamps, epoch nanoseconds or seconds, got {t}")
    if arr.null_count:
        arr = pc.fill_null(arr, pa.scalar(fill, TS))
    return arr


def _strings(values: Any, n: int, name: str, default: str | None = None) -> pa.Array:
    if values is None:
        return pa.array([default] * n, pa.string()) if default is not None else pa.nulls(n, pa.string())
    if isinstance(values, str):
        return pa.array([values] * n, pa.string())
    arr = values if isinstance(values, (pa.Array, pa.ChunkedArray)) else pa.array(values, pa.string())
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    if pa.types.is_dictionary(arr.type):
        arr = arr.dictionary_decode()
    if arr.type != pa.string():
        try:
            arr = arr.cast(pa.string())
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as e:
            raise SchemaError(f"{name}: expected strings, got {arr.type}") from e
    if default is not None and arr.null_count:
        arr = pc.fill_null(arr, default)
    return arr


def _maps(values: Any, n: int, name: str) -> pa.Array:
    if values is None:
        return pa.MapArray.from_arrays(
            pa.array(np.zeros(n + 1, dtype="int32")), pa.array([], pa.string()), pa.array([], pa.string())
        )
    if isinstance(values, (pa.Array, pa.ChunkedArray)):
        arr = values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values
        if arr.type != STRMAP:
            try:
                arr = arr.cast(STRMAP)
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as e:
                raise SchemaError(f"{name}: expected map<string,string>, got {arr.type}") from e
    else:
        rows = [list(d.items()) if isinstance(d, dict) else ([] if d is None else d) for d in values]
        try:
            arr = pa.array(rows, STRMAP)
        except (pa.ArrowInvalid, pa.ArrowTypeError) as e:
            raise SchemaError(f"{name}: expected string→string maps: {e}") from e
    if arr.null_count:  # a missing map is an empty map: SQL `labels['x']` then just yields NULL
        arr = pa.MapArray.from_arrays(arr.offsets, arr.keys, arr.items)
    return arr


def _check_len(cols: dict[str, Any], n: int) -> None:
    for name, col in cols.items():
        if col is not None and not isinstance(col, str) and len(col) != n:
            raise SchemaError(f"{name}: {len(col)} values for {n} rows")


def logs_batch(
    *,
    message: Any,
    ts: Any = None,
    host: Any = None,
    service: Any = None,
    severity: Any = None,
    attributes: Any = None,
    source: str | Any = None,
    pattern_id: Any = None,
    default_ts_us: int | None = None,
) -> pa.RecordBatch:
    """A validated ``logs`` batch from columns (arrays, lists, or one string for all rows).

    Raises
    ------
    SchemaError
        when a column has the wrong length or type.
    """
    n = len(message)
    _check_len({"ts": ts, "host": host, "service": service, "severity": severity,
                "attributes": attributes, "source": source, "pattern_id": pattern_id}, n)
    sev = severity if severity is not None else [None] * n
    pid = pa.nulls(n, pa.int64()) if pattern_id is None else pa.array(pattern_id, pa.int64()) \
        if not isinstance(pattern_id, pa.Array) else pattern_id.cast(pa.int64())
    return pa.RecordBatch.from_arrays(
        [
            to_timestamps(ts, n, default_us=default_ts_us),
            _strings(host, n, "host", ""),
            _strings(service, n, "service", ""),
            normalize_severity(_strings(sev, n, "severity")),
            _strings(message, n, "message", ""),
            _maps(attributes, n, "attributes"),
            _strings(source, n, "source", ""),
            pid,
        ],
        schema=LOGS,
    )


def metrics_batch(
    *,
    name: Any,
    value: Any,
    ts: Any = None,
    labels: Any = None,
    host: Any = None,
    source: str | Any = None,
    default_ts_us: int | None = None,
) -> pa.RecordBatch:
    """A validated ``metrics`` batch from columns; ``value`` must be numeric and ``name`` non-null."""
    n = len(name)
    _check_len({"value": value, "ts": ts, "labels": labels, "host": host, "source": source}, n)
    names = _strings(name, n, "name")
    if names.null_count:
        raise SchemaError("name: a metric needs a name")
    vals = value if isinstance(value, (pa.Array, pa.ChunkedArray)) else pa.array(value)
    if isinstance(vals, pa.ChunkedArray):
        vals = vals.combine_chunks()
    if not (pa.types.is_integer(vals.type) or pa.types.is_floating(vals.type) or pa.types.is_boolean(vals.type)
            or pa.types.is_null(vals.type)):
        raise SchemaError(f"value: expected numbers, got {vals.type}")
    vals = vals.cast(pa.float64())
    if vals.null_count:
        raise SchemaError("value: a metric sample needs a value")
    return pa.RecordBatch.from_arrays(
        [
            to_timestamps(ts, n, default_us=default_ts_us),
            names,
            vals,
            _maps(labels, n, "labels"),
            _strings(host, n, "host", ""),
            _strings(source, n, "source", ""),
        ],
        schema=METRICS,
    )


def empty(topic: str) -> pa.RecordBatch:
    """An empty batch of ``topic``'s schema."""
    return pa.RecordBatch.from_pylist([], schema=SCHEMAS[topic])
