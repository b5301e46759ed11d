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

import re
from datetime import datetime, timezone
from typing import Any

import msgspec
import numpy as np
import pyarrow as pa

from millpond.ingest.errors import DecodeError
from millpond.pipeline.schema import TS, logs_batch

SOURCE = "http"
TS_KEYS = ("ts", "timestamp", "time")
SEVERITY_KEYS = ("severity", "level")
MESSAGE_KEYS = ("message", "msg", "log")
_decoder = msgspec.json.Decoder()
_encode = msgspec.json.encode


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


def _objects(body: bytes) -> tuple[list[Any], list[int] | None]:
    """All decoded items and, for NDJSON, their line numbers; DecodeError at the first unparsable line."""
    is_array, lines, numbers = _split(body)
    if is_array:
        try:
            items = _decoder.decode(body)
        except msgspec.DecodeError as e:
            at = re.search(r"byte (\d+)", str(e))
            end = int(at.group(1)) if at else len(body.rstrip()) if "truncated" in str(e) else 0
            line = body.count(b"\n", 0, end) + 1
            raise DecodeError(f"line {line}: not valid JSON: {e}") from None
        if not isinstance(items, list):
            raise DecodeError("line 1: expected a JSON array of objects or NDJSON")
        return items, None
    try:
        return _decoder.decode(b"[" + b",".join(lines) + b"]"), numbers
    except msgspec.DecodeError:
        for line, no in zip(lines, numbers):
            try:
                _decoder.decode(line)
            except msgspec.DecodeError as e:
                raise DecodeError(f"line {no}: not valid JSON: {e}") from None
        raise DecodeError("body is not valid NDJSON") from None


def _text(v: Any) -> str | None:
    if v is None or isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    return _encode(v).decode()


def decode(body: bytes, *, arrival_us: int | None = None) -> pa.RecordBatch:
    """All records of ``body`` as one batch, or :class:`DecodeError` naming the first bad object's line."""
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
            if k in TS_KEYS:
                if isinstance(v, str):
                    ts_str[i] = v
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    ts_num[i] = float(v)
                elif v is not None:
                    raise DecodeError(f"{where(i)}: {k!r} must be RFC 3339 text or epoch seconds, got {_text(v)}")
            elif k == "host":
                host[i] = _text(v)
            elif k == "service":
                service[i] = _text(v)
            elif k in SEVERITY_KEYS:
                severity[i] = _text(v)
            elif k in MESSAGE_KEYS:
                message[i] = _text(v)
            else:
                t = _text(v)
                if t is not None:
                    attrs[k] = t
        attributes[i] = attrs
    ts = _timestamps(ts_str, ts_num, where)
    return logs_batch(message=message, ts=ts, host=host, service=service, severity=severity,
                      attributes=attributes, source=SOURCE, default_ts_us=arrival_us)


def _timestamps(ts_str: list[str | None], ts_num: list[float | None], where: Any) -> pa.Array:
    """Microsecond UTC timestamps, null where absent (the batch builder fills arrival time)."""
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
