"""InfluxDB line protocol → a ``metrics`` Arrow batch.

``measurement[,tag=v…] field=v[,field=v…] [timestamp]``: one row per numeric
field (float, ``i`` integer, ``u`` unsigned, boolean as 1/0), named
``measurement_field`` (just ``measurement`` when the field is ``value``);
tags → labels (all of them), tag ``host`` also → the ``host`` column; string
fields are not metrics and are skipped.

Two paths give identical rows. Lines without a backslash or a quote (nearly
all of them) are split with Arrow compute kernels over the whole body at
once; the rest — and any line the fast path finds odd — go through a small
character scanner that knows the escaping rules and names the line and
column of an error. The whole body is rejected on the first bad line.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from millpond.ingest.errors import DecodeError, FrameTooLarge
from millpond.pipeline.schema import STRMAP, metrics_batch

PRECISION_NS: dict[str, int] = {
    "ns": 1, "n": 1, "us": 1_000, "u": 1_000, "µ": 1_000, "ms": 1_000_000,
    "s": 1_000_000_000, "m": 60_000_000_000, "h": 3_600_000_000_000,
}
"""Influx v1 (``n u ms s m h``) and v2 (``ns us ms s``) precision names → nanoseconds."""

SOURCE = "influx"
_BOOLS_TRUE = pa.array(["t", "T", "true", "True", "TRUE"])
_BOOLS = pa.array(["t", "T", "true", "True", "TRUE", "f", "F", "false", "False", "FALSE"])
_INT64_MAX = 2**63 - 1


def precision_factor(precision: str | None) -> int:
    """Nanoseconds per unit of ``precision`` (default ns), or :class:`DecodeError`."""
    if not precision:
        return 1
    try:
        return PRECISION_NS[precision]
    except KeyError:
        raise DecodeError(f"precision: unknown {precision!r} (use ns, us, ms, s)") from None


def decode(body: bytes, *, precision: str | None = None, max_labels: int = 64,
           arrival_us: int | None = None) -> pa.RecordBatch:
    """All metrics in ``body`` as one batch, or :class:`DecodeError` naming the first bad line."""
    factor = precision_factor(precision)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as e:
        raise DecodeError(f"body is not UTF-8 (byte {e.start})") from None
    lines = pc.ascii_trim_whitespace(pc.split_pattern(pa.array([text], pa.string()), "\n").flatten())
    lengths = _np(pc.utf8_length(lines))
    keep = (lengths > 0) & ~_np(pc.starts_with(lines, "#"))
    if "\\" in text or '"' in text:
        slow = _np(pc.match_substring(lines, "\\")) | _np(pc.match_substring(lines, '"'))
    else:
        slow = np.zeros(len(lines), dtype=bool)
    fast_idx = np.flatnonzero(keep & ~slow)
    fast_lines = lines if len(fast_idx) == len(lines) else lines.take(pa.array(fast_idx))
    fast, odd = _fast(fast_lines, fast_idx, factor, max_labels)
    slow_idx = np.sort(np.concatenate([np.flatnonzero(keep & slow), fast_idx[odd]]))
    cols = fast
    if len(slow_idx):
        scanned = _slow(lines, slow_idx, factor, max_labels)
        cols = {k: pa.concat_arrays([fast[k], scanned[k]]) for k in fast}
        order = pa.array(np.argsort(cols["line"].to_numpy(), kind="stable"))
        cols = {k: v.take(order) for k, v in cols.items()}
    return metrics_batch(
        name=cols["name"], value=cols["value"], ts=cols["ts"], labels=cols["labels"], host=cols["host"],
        source=pa.repeat(SOURCE, len(cols["name"])), default_ts_us=arrival_us,
    )


def _np(a: pa.Array) -> np.ndarray:
    return a.to_numpy(zero_copy_only=False)


def _flat(lst: pa.ListArray) -> tuple[pa.Array, np.ndarray]:
    """The lists' values and offsets into them, starting at 0 (whatever slicing ``lst`` went through)."""
    off = _np(lst.offsets)
    values = lst.values
    if off[0] != 0 or off[-1] != len(values):
        values = values.slice(off[0], off[-1] - off[0])
        off = off - off[0]
    return values, off


def _nth(lst: pa.ListArray, i: int, flat: tuple[pa.Array, np.ndarray] | None = None) -> pa.Array:
    """Element ``i`` of every list (null where a list is shorter): one ``take``, cheaper than list kernels."""
    values, off = _flat(lst) if flat is None else flat
    idx = off[:-1] + i
    return values.take(pa.array(idx, mask=idx >= off[1:]))


def _fast(lines: pa.StringArray, line_no: np.ndarray, factor: int,
          max_labels: int) -> tuple[dict[str, pa.Array], np.ndarray]:
    """Columns of the well-behaved lines and a mask of lines to hand to the scanner."""
    n = len(lines)
    odd = np.zeros(n, dtype=bool)
    parts = pc.split_pattern(lines, " ")
    nparts = np.diff(_flat(parts)[1])
    odd |= (nparts < 2) | (nparts > 3)
    ok = np.flatnonzero(~odd)
    if len(ok) < n:
        parts = parts.take(pa.array(ok))
    m = len(ok)
    key, fieldset, raw_ts = _nth(parts, 0), _nth(parts, 1), _nth(parts, 2)
    bad = np.zeros(m, dtype=bool)

    # the series key (measurement and tags) repeats from line to line: parse each distinct one once
    enc = pc.dictionary_encode(key)
    kidx = _np(enc.indices)
    key_bad, measurement, labels_key, host_key = _series_keys(enc.dictionary, max_labels)
    bad |= key_bad[kidx]

    fields = pc.split_pattern(fieldset, ",")
    fvalues, foff = _flat(fields)
    fparent = np.repeat(np.arange(m), np.diff(foff))
    fkv = pc.split_pattern(fvalues, "=", max_splits=1)
    fk = _nth(fkv, 0)
    fv = pc.fill_null(_nth(fkv, 1), "")
    is_int = _np(pc.ends_with(fv, "i"))
    is_uint = _np(pc.ends_with(fv, "u"))
    is_bool = _np(pc.is_in(fv, value_set=_BOOLS))
    is_float = ~(is_int | is_uint | is_bool)
    bad[fparent[(_np(pc.utf8_length(fk)) == 0) | (_np(pc.utf8_length(fv)) == 0)]] = True
    vals = np.zeros(len(fv), dtype=np.float64)
    try:
        # casts refuse anything malformed; then the scanner re-reads everything and names the line
        digits = pc.utf8_slice_codeunits(fv, 0, -1)
        if is_int.any():
            vals[is_int] = _np(pc.cast(digits.filter(pa.array(is_int)), pa.int64())).astype(np.float64)
        if is_uint.any():
            vals[is_uint] = _np(pc.cast(digits.filter(pa.array(is_uint)), pa.uint64())).astype(np.float64)
        if is_bool.any():
            vals[is_bool] = _np(pc.is_in(fv.filter(pa.array(is_bool)), value_set=_BOOLS_TRUE)).astype(np.float64)
        if is_float.any():
            vals[is_float] = _np(pc.cast(fv.filter(pa.array(is_float)), pa.float64()))
        ts_ns = pc.multiply_checked(pc.cast(raw_ts, pa.int64()), factor)
    except (pa.ArrowInvalid, OverflowError):
        odd[:] = True
        return _empty(), odd
    bad[fparent[~np.isfinite(vals)]] = True  # Arrow parses nan/inf, line protocol does not
    values = pa.array(vals)

    odd[ok[bad]] = True
    rows = np.flatnonzero(~bad[fparent])
    line_of_row = fparent[rows]
    rows_a, lor_a = pa.array(rows), pa.array(line_of_row)
    key_a = pa.array(kidx[line_of_row])
    meas_r = measurement.take(key_a)
    fk_r = fk if len(rows) == len(fk) else fk.take(rows_a)
    name = pc.binary_join_element_wise(meas_r, fk_r, "_")
    is_value = pc.equal(fk_r, "value")
    if pc.any(is_value).as_py():  # a field named "value" keeps the bare measurement name
        name = pc.if_else(is_value, meas_r, name)
    return {
        "line": pa.array(line_no[ok][line_of_row], pa.int64()),
        "name": name,
        "value": values if len(rows) == len(values) else values.take(rows_a),
        "ts": ts_ns.take(lor_a),
        "labels": labels_key.take(key_a),
        "host": host_key.take(key_a),
    }, odd


def _series_keys(key: pa.StringArray, max_labels: int) -> tuple[np.ndarray, pa.Array, pa.MapArray, pa.Array]:
    """Per series key ``measurement[,tag=value…]``: bad?, measurement, tags as a map, first ``host`` tag."""
    m = len(key)
    keyparts = pc.split_pattern(key, ",")
    kvalues, koff = kflat = _flat(keyparts)
    measurement = _nth(keyparts, 0, kflat)
    bad = _np(pc.equal(pc.utf8_length(measurement), 0))
    ntags = np.diff(koff) - 1
    bad |= ntags > max_labels
    not_first = np.ones(koff[-1], dtype=bool)
    not_first[koff[:-1]] = False
    tag_offsets = pa.array((koff - np.arange(m + 1)).astype(np.int32))
    tag_parent = np.repeat(np.arange(m), ntags)
    tkv = pc.split_pattern(kvalues.filter(pa.array(not_first)), "=", max_splits=1)
    tk, tv = _nth(tkv, 0), _nth(tkv, 1)
    tag_bad = _np(pc.is_null(tv)) | (_np(pc.utf8_length(tk)) == 0) | (_np(pc.fill_null(pc.utf8_length(tv), 0)) == 0)
    bad[tag_parent[tag_bad]] = True
    tv = pc.fill_null(tv, "")
    labels = pa.MapArray.from_arrays(tag_offsets, tk, tv)
    host_idx = np.full(m, -1, dtype=np.int64)
    is_host = np.flatnonzero(_np(pc.equal(tk, "host")))
    host_idx[tag_parent[is_host][::-1]] = is_host[::-1]  # the first host tag wins
    return bad, measurement, labels, tv.take(pa.array(host_idx, mask=host_idx < 0))


def _empty() -> dict[str, pa.Array]:
    return {"line": pa.array([], pa.int64()), "name": pa.array([], pa.string()),
            "value": pa.array([], pa.float64()), "ts": pa.array([], pa.int64()),
            "labels": pa.array([], STRMAP), "host": pa.array([], pa.string())}


def _slow(lines: pa.StringArray, idx: np.ndarray, factor: int, max_labels: int) -> dict[str, pa.Array]:
    """The scanner over the lines the fast path left: escapes, quoted strings, errors."""
    out_line: list[int] = []
    names: list[str] = []
    values: list[float] = []
    stamps: list[int | None] = []
    labels: list[list[tuple[str, str]]] = []
    hosts: list[str | None] = []
    for i, text in zip(idx.tolist(), lines.take(pa.array(idx)).to_pylist()):
        meas, tags, fields, ts = parse_line(text, i + 1)
        if len(tags) > max_labels:
            raise FrameTooLarge(f"line {i + 1}: {len(tags)} tags, more than the limit of {max_labels}")
        if ts is not None:
            ts *= factor
            if not -_INT64_MAX <= ts <= _INT64_MAX:
                raise DecodeError(f"line {i + 1}: timestamp out of range")
        host = next((v for k, v in tags if k == "host"), None)
        for fkey, fval in fields:
            if isinstance(fval, str):
                continue
            out_line.append(i)
            names.append(meas if fkey == "value" else f"{meas}_{fkey}")
            values.append(fval)
            stamps.append(ts)
            labels.append(tags)
            hosts.append(host)
    return {"line": pa.array(out_line, pa.int64()), "name": pa.array(names, pa.string()),
            "value": pa.array(values, pa.float64()), "ts": pa.array(stamps, pa.int64()),
            "labels": pa.array(labels, STRMAP), "host": pa.array(hosts, pa.string())}


def _fail(lineno: int, col: int, what: str) -> DecodeError:
    return DecodeError(f"line {lineno}, column {col + 1}: {what}")


def _scan(s: str, i: int, stops: str, lineno: int, what: str) -> tuple[str, int]:
    """Read an escaped token from ``s[i:]`` up to an unescaped char in ``stops``."""
    out: list[str] = []
    n = len(s)
    while i < n:
        c = s[i]
        if c == "\\" and i + 1 < n and s[i + 1] in stops + "\\=":
            out.append(s[i + 1])
            i += 2
            continue
        if c in stops:
            break
        out.append(c)
        i += 1
    tok = "".join(out)
    if not tok:
        raise _fail(lineno, i, f"empty {what}")
    return tok, i


def _field_value(raw: str, lineno: int, col: int, key: str) -> float | str:
    last = raw[-1]
    try:
        if last == "i":
            v = int(raw[:-1])
            if not -(2**63) <= v < 2**63:
                raise ValueError
            return float(v)
        if last == "u":
            v = int(raw[:-1])
            if not 0 <= v < 2**64 or raw.startswith(("-", "+")):
                raise ValueError
            return float(v)
        if raw in ("t", "T", "true", "True", "TRUE"):
            return 1.0
        if raw in ("f", "F", "false", "False", "FALSE"):
            return 0.0
        if raw.lower().lstrip("+-") in ("nan", "inf", "infinity") or "_" in raw:
            raise ValueError
        return float(raw)
    except ValueError:
        raise _fail(lineno, col, f"field {key!r}: invalid value {raw!r}") from None


def parse_line(s: str, lineno: int) -> tuple[str, list[tuple[str, str]], list[tuple[str, float | str]], int | None]:
    """One line → (measurement, tags, fields, timestamp); raises :class:`DecodeError` with line and column."""
    n = len(s)
    meas, i = _scan(s, 0, ", ", lineno, "measurement")
    tags: list[tuple[str, str]] = []
    while i < n and s[i] == ",":
        k, i = _scan(s, i + 1, ",= ", lineno, "tag key")
        if i >= n or s[i] != "=":
            raise _fail(lineno, i, f"tag {k!r} has no '='")
        v, i = _scan(s, i + 1, ", ", lineno, f"value of tag {k!r}")
        tags.append((k, v))
    if i >= n or s[i] != " ":
        raise _fail(lineno, i, "expected a space and fields")
    i += 1
    fields: list[tuple[str, float | str]] = []
    while True:
        k, i = _scan(s, i, ",= ", lineno, "field key")
        if i >= n or s[i] != "=":
            raise _fail(lineno, i, f"field {k!r} has no '='")
        i += 1
        if i < n and s[i] == '"':
            j = i + 1
            out: list[str] = []
            while j < n and s[j] != '"':
                if s[j] == "\\" and j + 1 < n and s[j + 1] in '"\\':
                    j += 1
                out.append(s[j])
                j += 1
            if j >= n:
                raise _fail(lineno, i, f"field {k!r}: unterminated string")
            fields.append((k, "".join(out)))
            i = j + 1
        else:
            j = i
            while j < n and s[j] not in ", ":
                j += 1
            if j == i:
                raise _fail(lineno, i, f"field {k!r} has no value")
            fields.append((k, _field_value(s[i:j], lineno, i, k)))
            i = j
        if i < n and s[i] == ",":
            i += 1
            continue
        break
    ts: int | None = None
    if i < n:
        if s[i] != " ":
            raise _fail(lineno, i, "expected a space before the timestamp")
        raw = s[i + 1:].strip()
        if not raw or not raw.lstrip("-").isdigit() or len(raw.lstrip("-")) > 19:
            raise _fail(lineno, i + 1, f"invalid timestamp {raw!r}")
        ts = int(raw)
    return meas, tags, fields, ts
