"""``POST /api/v1/logs``: a JSON array of objects, or NDJSON → a ``logs`` batch.

Keys: ``ts`` (or ``timestamp``/``time``; RFC 3339, or epoch seconds as a
number; absent = arrival time), ``host``, ``service``, ``severity`` (or
``level``), ``message`` (or ``msg``/``log``); every other key lands in
``attributes`` (non-string values as compact JSON). The whole body is parsed
by msgspec in one call; only when that fails is it walked again to name the
line of the first bad object. RFC 3339 strings are converted by one Arrow
cast, with a per-value fallback only for the unusual ones.
"""

from __future__ import annotations

import math
import re
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

import msgspec
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.json as pajson

from millpond.ingest.errors import DecodeError
from millpond.pipeline.schema import TS, logs_batch

SOURCE = "http"
TS_KEYS = ("ts", "timestamp", "time")
SEVERITY_KEYS = ("severity", "level")
MESSAGE_KEYS = ("message", "msg", "log")
_decoder = msgspec.json.Decoder()
_encode = msgspec.json.encode
_PARSE = pajson.ParseOptions(newlines_in_values=False, unexpected_field_behavior="infer")


def _split(body: bytes) -> tuple[bool, list[bytes], list[int]]:
    """Is the body an array? Else its non-blank NDJSON lines and their 1-based numbers."""
    head = body.lstrip()[:1]
    if head == b"[":
        return True, [], []
    lines, numbers = [], []
    for no, line in enumerate(body.split(b"\n"), 1):
        if line.strip():
            lines.append(line)
            numbers.append(no)
    return False, lines, numbers


def _array_line(body: bytes, index: int) -> int:
    """The line where element ``index`` of a JSON array body starts (for error messages)."""
    try:
        items = msgspec.json.decode(body, type=list[msgspec.Raw])
    except msgspec.DecodeError:
        return 1
    pos = 0
    for i, raw in enumerate(items):
        found = body.find(bytes(raw), pos)
        if found < 0:
            break
        pos = found
        if i == index:
            return body.count(b"\n", 0, pos) + 1
        pos += len(raw)
    return 1


_NOT_JSON = (msgspec.DecodeError, UnicodeDecodeError)  # invalid UTF-8 inside a string is the latter (fuzz)


def _objects(body: bytes) -> tuple[list[Any], list[int] | None]:
    """All decoded items and, for NDJSON, their line numbers; DecodeError at the first unparsable line."""
    is_array, lines, numbers = _split(body)
    if is_array:
        try:
            items = _decoder.decode(body)
        except _NOT_JSON as e:
            at = re.search(r"(?:byte|position) (\d+)", str(e))
            end = int(at.group(1)) if at else len(body.rstrip()) if "truncated" in str(e) else 0
            line = body.count(b"\n", 0, end) + 1
            raise DecodeError(f"line {line}: not valid JSON: {e}") from None
        if not isinstance(items, list):
            raise DecodeError("line 1: expected a JSON array of objects or NDJSON")
        return items, None
    try:
        items = _decoder.decode(b"[" + b",".join(lines) + b"]")
        if len(items) == len(lines):  # else a line held several values ("{},0"): find it below (fuzz)
            return items, numbers
    except _NOT_JSON:
        pass
    for line, no in zip(lines, numbers):
        try:
            _decoder.decode(line)
        except _NOT_JSON as e:
            raise DecodeError(f"line {no}: not valid JSON: {e}") from None
    raise DecodeError("body is not valid NDJSON: a line holds more or less than one JSON value")


_CORE = frozenset(TS_KEYS + SEVERITY_KEYS + MESSAGE_KEYS + ("host", "service"))


def _first(obj: dict[str, Any], keys: tuple[str, ...]) -> Any:
    """The value of the first alias present and not null (``ts`` before ``timestamp`` before ``time``)."""
    for k in keys:
        v = obj.get(k)
        if v is not None:
            return v
    return None


def format_float(v: float) -> str:
    """``v`` as Arrow's float→string cast writes it (so both decode paths agree): shortest
    digits, positional for exponents -6…9 (``2``, ``0.000001``), else ``1e+10``, ``1.5e-7``."""
    if v == 0:
        return "-0" if math.copysign(1, v) < 0 else "0"
    sign, digits, exp = Decimal(repr(v)).as_tuple()
    e10 = exp + len(digits) - 1  # type: ignore[operator]
    ds = "".join(map(str, digits)).rstrip("0") or "0"
    if -7 < e10 < 10:
        if e10 >= 0:
            whole, frac = ds[: e10 + 1].ljust(e10 + 1, "0"), ds[e10 + 1:]
            out = whole + ("." + frac if frac else "")
        else:
            out = "0." + "0" * (-e10 - 1) + ds
    else:
        out = ds[0] + ("." + ds[1:] if len(ds) > 1 else "") + f"e{'+' if e10 >= 0 else '-'}{abs(e10)}"
    return ("-" if sign else "") + out


def _text(v: Any) -> str | None:
    if v is None or isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return format_float(v)
    if isinstance(v, int):
        return str(v)
    return _encode(v).decode()


def decode(body: bytes, *, arrival_us: int | None = None) -> pa.RecordBatch:
    """All records of ``body`` as one batch, or :class:`DecodeError` naming the first bad object's line."""
    ndjson = _as_checked_ndjson(body)
    if ndjson:
        fast = _columnar(ndjson, arrival_us)
        if fast is not None:
            return fast
    return _objectwise(body, arrival_us)


class _Object(msgspec.Struct):
    """Any JSON object (fields ignored): decoding into it checks syntax and shape in C."""


_check_objects = msgspec.json.Decoder(list[_Object]).decode
_check_lines = msgspec.json.Decoder(_Object).decode_lines


def _as_checked_ndjson(body: bytes) -> bytes | None:
    """The body as NDJSON of valid JSON objects, one a line, or None (then the object path decides).

    Arrow's JSON reader is only ever given input that msgspec has found to
    be well-formed objects: it is not a validator (a bare ``null`` line can
    crash it).
    """
    head = body.lstrip()[:1]
    try:
        if head == b"[":
            items = msgspec.json.decode(body, type=list[msgspec.Raw])
            _check_objects(body)
        elif head == b"{":
            core = body.strip()
            _check_lines(core)  # one object a line (blank lines skipped, as Arrow's reader does), no copies
            return core
        else:
            return None
    except (msgspec.DecodeError, msgspec.ValidationError):
        return None
    return b"\n".join(items) if items else None


_PRIMITIVE = (pa.types.is_string, pa.types.is_integer, pa.types.is_floating, pa.types.is_boolean)


def _pick(table: pa.Table, names: tuple[str, ...]) -> pa.Array | None:
    """The first non-null of the alias columns ``names`` (as strings), or None if none is present."""
    cols = [table.column(n).combine_chunks() for n in names if n in table.column_names]
    cols = [c if pa.types.is_string(c.type) else c.cast(pa.string()) for c in cols]
    if not cols:
        return None
    return cols[0] if len(cols) == 1 else pc.coalesce(*cols)


def _columnar(body: bytes, arrival_us: int | None) -> pa.RecordBatch | None:
    """NDJSON of flat objects, parsed into columns by Arrow's JSON reader; None → use the object path.

    Anything unusual (nested values, a key with two types, a bad line, odd
    timestamps) returns None and the object-by-object path decides, with
    its line-numbered errors.
    """
    try:
        # on the calling thread: one block, so Arrow's pool would only add a hand-off (70 vs 158 CPU-µs a call
        # on a 10-row body; 0.631 vs 0.645 CPU-µs a record at 2,000 rows, medians of 9 interleaved, /tmp/s5d_thr.py);
        # read in place, not through a Python file object (0.605 → 0.588, /tmp/s5d_br.py)
        table = pajson.read_json(pa.BufferReader(body), read_options=pajson.ReadOptions(
            block_size=max(len(body), 1 << 20), use_threads=False), parse_options=_PARSE)
        table.validate(full=True)  # Arrow's reader passes invalid UTF-8 inside strings through (fuzz): refuse it
        table.column_names  # noqa: B018 - and in keys, where reading a name raises UnicodeDecodeError (fuzz)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError, UnicodeDecodeError):
        return None
    extra = [n for n in table.column_names if n not in _CORE]
    for n in table.column_names:
        t = table.schema.field(n).type
        if not (pa.types.is_null(t) or any(f(t) for f in _PRIMITIVE)):
            return None
        if pa.types.is_floating(t) and n not in TS_KEYS:
            # a column of ints and floats is read as floats: an int ≥ 1e10 would come out as "1e+10"
            v = table.column(n).to_numpy()
            if ((np.abs(v) >= 1e10) & (np.floor(v) == v)).any():
                return None
    n_rows = table.num_rows
    try:
        ts = _columnar_ts(table, n_rows)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, OverflowError):
        return None
    if ts is None:
        return None
    return logs_batch(message=_pick(table, MESSAGE_KEYS) if any(k in table.column_names for k in MESSAGE_KEYS)
                      else pa.nulls(n_rows, pa.string()),
                      ts=ts, host=_pick(table, ("host",)), service=_pick(table, ("service",)),
                      severity=_pick(table, SEVERITY_KEYS), attributes=_columnar_attrs(table, extra, n_rows),
                      source=pa.repeat(SOURCE, n_rows), default_ts_us=arrival_us)


def _columnar_ts(table: pa.Table, n: int) -> pa.Array | None:
    """Timestamps from the alias columns (strings RFC 3339, numbers epoch seconds); None if unparsable."""
    found = []
    for name in TS_KEYS:  # ts wins over timestamp over time, as in the object path
        if name not in table.column_names:
            continue
        col = table.column(name).combine_chunks()
        t = col.type
        if pa.types.is_null(t):
            continue
        if pa.types.is_string(t):
            conv = col.cast(TS)
        elif pa.types.is_integer(t) or pa.types.is_floating(t):
            with np.errstate(over="ignore"):
                us = col.cast(pa.float64()).to_numpy(zero_copy_only=False) * 1e6
            absent = np.isnan(us)
            if (~absent & ~(np.abs(us) < 9.2e18)).any():
                return None
            micros = np.round(np.where(absent, 0, us)).astype(np.int64)
            conv = pa.array(micros, pa.int64(), mask=absent if absent.any() else None).view(TS)  # view: no cast
        elif pa.types.is_timestamp(t):
            conv = col.cast(TS) if t.tz else col.cast(pa.timestamp(t.unit, "UTC")).cast(TS)
        else:
            return None
        found.append(conv)
    if not found:
        return pa.nulls(n, TS)
    return found[0] if len(found) == 1 else pc.coalesce(*found)  # one alias (the usual case): no coalesce


def _columnar_attrs(table: pa.Table, extra: list[str], n: int) -> pa.Array:
    """The non-core columns as one map<string,string> per row (nulls left out), built without a row loop."""
    if not extra:
        return None
    values = [table.column(c).combine_chunks() for c in extra]
    values = [v if pa.types.is_string(v.type) else v.cast(pa.string()) for v in values]
    vals = pa.concat_arrays(values)  # column-major: column j's rows at j*n … (j+1)*n
    k = len(extra)
    sel = (np.arange(n)[:, None] + np.arange(k)[None, :] * n).ravel()  # by row, then column order
    offsets = np.arange(0, (n + 1) * k, k, dtype=np.int32)
    if vals.null_count:
        present = _np_bool(pc.is_valid(vals))[sel]
        sel = sel[present]
        np.cumsum(present.reshape(n, k).sum(axis=1), out=offsets[1:])
    key_names = pa.array(extra, pa.string()).take(pa.array(sel // n))
    return pa.MapArray.from_arrays(pa.array(offsets), key_names, vals.take(pa.array(sel)))


def _np_bool(a: pa.Array) -> np.ndarray:
    return a.to_numpy(zero_copy_only=False).astype(bool)


def _objectwise(body: bytes, arrival_us: int | None) -> pa.RecordBatch:
    items, numbers = _objects(body)

    def where(i: int) -> str:
        return f"line {numbers[i] if numbers is not None else _array_line(body, i)}"

    n = len(items)
    ts_str: list[str | None] = [None] * n
    ts_num: list[float | None] = [None] * n
    host: list[str | None] = [None] * n
    service: list[str | None] = [None] * n
    severity: list[str | None] = [None] * n
    message: list[str | None] = [None] * n
    attributes: list[dict[str, str]] = [{}] * n
    for i, obj in enumerate(items):
        if type(obj) is not dict:
            raise DecodeError(f"{where(i)}: expected a JSON object, got {type(obj).__name__}")
        attrs: dict[str, str] = {}
        for k, v in obj.items():
            if k in _CORE:
                continue
            t = _text(v)
            if t is not None:
                attrs[k] = t
        v = _first(obj, TS_KEYS)
        if isinstance(v, str):
            ts_str[i] = v
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            ts_num[i] = float(v)
        elif v is not None:
            raise DecodeError(f"{where(i)}: the timestamp must be RFC 3339 text or epoch seconds, got {_text(v)}")
        host[i] = _text(obj.get("host"))
        service[i] = _text(obj.get("service"))
        severity[i] = _text(_first(obj, SEVERITY_KEYS))
        message[i] = _text(_first(obj, MESSAGE_KEYS))
        attributes[i] = attrs
    ts = _timestamps(ts_str, ts_num, where)
    return logs_batch(message=message, ts=ts, host=host, service=service, severity=severity,
                      attributes=attributes, source=SOURCE, default_ts_us=arrival_us)


def _timestamps(ts_str: list[str | None], ts_num: list[float | None], where: Any) -> pa.Array:
    """Microsecond UTC timestamps, null where absent (the batch builder fills arrival time)."""
    with np.errstate(over="ignore"):  # 1e300 seconds → inf → refused just below
        us = pa.array(ts_num, pa.float64()).to_numpy(zero_copy_only=False) * 1e6
    absent = np.isnan(us)
    out_of_range = ~absent & ~(np.abs(us) < 9.2e18)
    if out_of_range.any():
        bad = int(np.flatnonzero(out_of_range)[0])
        raise DecodeError(f"{where(bad)}: epoch seconds {ts_num[bad]} out of range")
    from_num = pa.array(np.round(np.where(absent, 0, us)).astype(np.int64), pa.int64(), mask=absent).cast(TS)
    strs = pa.array(ts_str, pa.string())
    if strs.null_count == len(strs):
        return from_num
    try:
        from_str = strs.cast(TS)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        from_str = pa.array([_parse_rfc3339(s, i, where) for i, s in enumerate(ts_str)], TS)
    return pa.array(from_str).fill_null(from_num) if from_str.null_count else from_str


def _parse_rfc3339(s: str | None, i: int, where: Any) -> datetime | None:
    if s is None:
        return None
    try:
        d = datetime.fromisoformat(s.strip())
    except ValueError:
        raise DecodeError(f"{where(i)}: timestamp {s[:64]!r} is not RFC 3339") from None
    return d.replace(tzinfo=timezone.utc) if d.tzinfo is None else d
