"""syslog messages (RFC 5424 and RFC 3164, detected per message) → ``logs`` batches.

No sockets here: :func:`decode` takes whole messages (frames, datagrams) and
returns one batch, one row per message, in input order. It never refuses a
message: whatever does not parse as either format becomes a row whose
``message`` is the text (PRI default 13, user.notice, as RFC 3164 §4.3.3
says a relay should assume).

Fast paths are columnar: RFC 5424 headers are cut with one
``pyarrow.compute.split_pattern`` (7 fields: ``<PRI>1``, TIMESTAMP, HOSTNAME,
APP-NAME, PROCID, MSGID, and "SD MSG"); RFC 3164 by ``split_pattern`` plus
cheap RE2 shape checks (host-less lines by one RE2 ``extract_regex``).
Only structured data (``[id k="v" …]``) and odd lines take the per-line
reference parser (:mod:`~millpond.ingest.syslog_ref`).

Mapping (DESIGN): HOSTNAME → host; APP-NAME (5424) or TAG (3164) → service;
MSG → message (a leading UTF-8 BOM dropped); PRI → severity (via
:data:`SYSLOG_SEVERITY`) and ``attributes["facility"]`` (name); PROCID / the
3164 ``TAG[pid]`` → ``attributes["procid"]``; MSGID → ``attributes["msgid"]``;
each SD-PARAM → ``attributes["<SD-ID>.<name>"]``. NILVALUE ``-`` is absent.
RFC 3164 timestamps carry no year or zone: the current UTC year is assumed
(last year if that lands more than a day in the future), and UTC.
Invalid UTF-8 is replaced with U+FFFD.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from millpond.ingest.syslog_ref import iso_us, parse_line, parse_structured_data
from millpond.pipeline.schema import SYSLOG_SEVERITY, TS, logs_batch, now_us

__all__ = ["FACILITIES", "decode", "parse_structured_data"]  # parse_structured_data re-exported

SOURCE = "syslog"
FACILITIES = (
    "kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news", "uucp", "cron", "authpriv",
    "ftp", "ntp", "security", "console", "solaris-cron", *(f"local{i}" for i in range(8)),
)
_FAC = pa.array(FACILITIES)
_SEV = pa.array(SYSLOG_SEVERITY)
_TS_NS = pa.timestamp("ns", tz="UTC")

_IS_5424 = r"^<\d{1,3}>1 "
_RX_3164 = (
    r"^<(?P<pri>\d{1,3})>"
    r"(?P<ts>[A-Z][a-z]{2} [ 0-9]?\d \d\d:\d\d:\d\d|\d{4}-\d\d-\d\dT[0-9:.]+(?:Z|[+-]\d\d:?\d\d)) "
    r"(?:(?P<host>[^\s:\[\]]+) )?(?P<tag>[^\s:\[\]]{1,128})(?:\[(?P<pid>[^\]\s]{0,128})\])?: ?(?P<msg>(?s:.*))$"
)
_BSD_HEAD = r"^<\d{1,3}>[A-Z][a-z]{2}$"
_ISO_HEAD = r"^<\d{1,3}>\d{4}-\d\d-\d\dT[0-9:.]+(?:Z|[+-]\d\d:?\d\d)$"
_DAY = r"^[0-9]{1,2}$"
_CLOCK = r"^\d\d:\d\d:\d\d$"
_HOSTNAME = r"^[^\s:\[\]]+$"
_TAG_COLON = r"^[^\s:\[\]]{1,128}(?:\[[^\]\s:]{0,128}\])?:"


@dataclass
class _Cols:
    """Rows decoded by one path: their input positions and column values."""

    rows: list[np.ndarray] = field(default_factory=list)
    ts: list[pa.Array] = field(default_factory=list)  # timestamp[us, UTC], nulls = arrival time
    host: list[pa.Array] = field(default_factory=list)
    service: list[pa.Array] = field(default_factory=list)
    pri: list[pa.Array] = field(default_factory=list)  # int32 0..191
    message: list[pa.Array] = field(default_factory=list)
    a_rows: list[np.ndarray] = field(default_factory=list)  # attribute triplets (input row, key, value)
    a_keys: list[pa.Array] = field(default_factory=list)
    a_vals: list[pa.Array] = field(default_factory=list)

    def add(self, rows: np.ndarray, ts: pa.Array, host: pa.Array, service: pa.Array, pri: pa.Array,
            message: pa.Array) -> None:
        self.rows.append(rows)
        self.ts.append(ts)
        self.host.append(host)
        self.service.append(service)
        self.pri.append(pri.cast(pa.int32()))
        self.message.append(message)

    def attr(self, rows: np.ndarray, key: str | pa.Array, vals: pa.Array) -> None:
        if len(rows):
            self.a_rows.append(rows)
            self.a_keys.append(pa.repeat(pa.scalar(key), len(rows)) if isinstance(key, str) else key)
            self.a_vals.append(vals)


def _nil(arr: pa.Array) -> pa.Array:
    """``-`` (NILVALUE) → null."""
    return pc.if_else(pc.equal(arr, "-"), pa.scalar(None, pa.string()), arr)


def _iso_ts(text: pa.Array) -> pa.Array:
    """RFC 3339 strings (nulls allowed) → timestamp[us, UTC]; unparsable ones → null."""
    try:
        return text.cast(_TS_NS).cast(TS, safe=False)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return pa.array([iso_us(s) for s in text.to_pylist()], pa.int64()).cast(TS)


def _bsd_year(now: dt.datetime) -> tuple[int, int]:
    return now.year, now.year - 1


def _bsd_ts(text: pa.Array, now_us_: int) -> pa.Array:
    """``Mmm dd hh:mm:ss`` (no year, no zone) → UTC timestamps, year inferred; ISO passes through.

    Stamps repeat (second resolution): each distinct one is parsed once.
    """
    enc = pc.dictionary_encode(text)
    return _bsd_ts_distinct(enc.dictionary, now_us_).take(enc.indices)


def _bsd_ts_distinct(text: pa.Array, now_us_: int) -> pa.Array:
    iso = pc.match_substring_regex(text, r"^\d{4}-")
    now = dt.datetime.fromtimestamp(now_us_ / 1e6, dt.UTC)
    this, last = _bsd_year(now)
    out = pc.strptime(pc.binary_join_element_wise(f"{this} ", text, ""), format="%Y %b %d %H:%M:%S",
                      unit="us", error_is_null=True).cast(TS)
    future = pc.greater(out.cast(pa.int64()), now_us_ + 86_400_000_000)
    if pc.any(future).as_py():
        prev = pc.strptime(pc.binary_join_element_wise(f"{last} ", text, ""), format="%Y %b %d %H:%M:%S",
                           unit="us", error_is_null=True).cast(TS)
        out = pc.if_else(future, prev, out)
    if pc.any(iso).as_py():
        out = pc.if_else(iso, _iso_ts(pc.if_else(iso, text, pa.scalar(None, pa.string()))), out)
    return out


def _fast_5424(text: pa.Array, rows: np.ndarray, out: _Cols) -> np.ndarray:
    """Decode RFC 5424 rows; returns the input rows this path could not take."""
    parts = pc.split_pattern(text, " ", max_splits=6)
    ok = pc.equal(pc.list_value_length(parts), 7).to_numpy(zero_copy_only=False)
    if not ok.all():
        parts = parts.filter(pa.array(ok))
    good = rows[ok]
    el = [pc.list_element(parts, i) for i in range(7)]
    pri = pc.cast(pc.utf8_slice_codeunits(el[0], 1, -2), pa.int32())
    valid_pri = pc.less_equal(pri, 191).to_numpy(zero_copy_only=False)
    if not valid_pri.all():
        keep = pa.array(valid_pri)
        el = [e.filter(keep) for e in el]
        pri = pri.filter(keep)
        good = good[valid_pri]
        ok[np.flatnonzero(ok)[~valid_pri]] = False
    rest = el[6]
    nil_sd = pc.or_(pc.equal(rest, "-"), pc.starts_with(rest, "- ")).to_numpy(zero_copy_only=False)
    message = pc.if_else(pa.array(nil_sd), pc.utf8_slice_codeunits(rest, 2), rest)
    has_sd = np.flatnonzero(~nil_sd & pc.starts_with(rest, "[").to_numpy(zero_copy_only=False))
    if len(has_sd):
        msgs = message.to_pylist()
        sd_rows, sd_keys, sd_vals = [], [], []
        for k, s in zip(has_sd.tolist(), rest.take(pa.array(has_sd)).to_pylist()):
            parsed = parse_structured_data(s)
            if parsed is None:
                continue  # malformed SD: the whole remainder stays the message
            pairs, msgs[k] = parsed
            for key, val in pairs:
                sd_rows.append(good[k])
                sd_keys.append(key)
                sd_vals.append(val)
        message = pa.array(msgs, pa.string())
    message = pc.utf8_ltrim(message, "\ufeff")
    out.add(good, _iso_ts(_nil(el[1])), _nil(el[2]), _nil(el[3]), pri, message)
    for name, col in (("procid", el[4]), ("msgid", el[5])):
        present = pc.not_equal(col, "-").to_numpy(zero_copy_only=False)
        out.attr(good[present], name, col.filter(pa.array(present)))
    if len(has_sd):
        out.attr(np.array(sd_rows, dtype=np.int64), pa.array(sd_keys, pa.string()), pa.array(sd_vals, pa.string()))
    return rows[~ok]


def _match(arr: pa.Array, pattern: str) -> pa.Array:
    return pc.fill_null(pc.match_substring_regex(arr, pattern), False)


def _tag_msg(rest: pa.Array) -> tuple[pa.Array, pa.Array, pa.Array]:
    """``TAG[pid]: MSG`` (validated by ``_TAG_COLON``) → (tag, pid or "", msg)."""
    tm = pc.split_pattern(rest, ":", max_splits=1)
    tagpart, msgpart = pc.list_element(tm, 0), pc.list_element(tm, 1)
    msg = pc.if_else(pc.starts_with(msgpart, " "), pc.utf8_slice_codeunits(msgpart, 1), msgpart)
    tag = pc.list_element(pc.split_pattern(tagpart, "[", max_splits=1), 0)
    pid = pc.utf8_rtrim(pc.replace_substring_regex(tagpart, r"^[^\[]*\[?", ""), "]")
    return tag, pid, msg


def _add_3164(rows: np.ndarray, ok: pa.Array, pri_text: pa.Array, ts: pa.Array, host: pa.Array, rest: pa.Array,
              out: _Cols) -> np.ndarray:
    """Add the rows whose header checks passed (``ok``); returns the accepted mask."""
    accepted = ok.to_numpy(zero_copy_only=False)
    if not accepted.any():
        return accepted
    keep = pa.array(accepted)
    pri = pc.cast(pri_text.filter(keep), pa.int32())
    valid = pc.less_equal(pri, 191).to_numpy(zero_copy_only=False)
    accepted[np.flatnonzero(accepted)[~valid]] = False
    keep = pa.array(accepted)
    tag, pid, msg = _tag_msg(rest.filter(keep))
    good = rows[accepted]
    out.add(good, ts.filter(keep), host.filter(keep), tag, pri.filter(pa.array(valid)), msg)
    present = pc.not_equal(pid, "").to_numpy(zero_copy_only=False)
    out.attr(good[present], "procid", pid.filter(pa.array(present)))
    return accepted


def _split_3164(text: pa.Array, rows: np.ndarray, out: _Cols, now: int) -> np.ndarray:
    """The common RFC 3164 shapes cut by ``split_pattern`` (much cheaper than an RE2 extract):
    ``<PRI>Mmm dd hh:mm:ss HOST TAG[pid]: MSG`` (day space-padded or not) and the same with an
    RFC 3339 timestamp. Returns the rows left for the regex and slow paths."""
    taken = np.zeros(len(text), dtype=bool)
    parts = pc.split_pattern(text, " ", max_splits=4)
    five = np.flatnonzero(pc.equal(pc.list_value_length(parts), 5).to_numpy(zero_copy_only=False))
    if len(five):
        t = [pc.list_element(_subset(parts, five), i) for i in range(5)]
        padded = pc.equal(t[1], "").to_numpy(zero_copy_only=False)
        groups: list[tuple[np.ndarray, list[pa.Array]]] = []
        if not padded.any():
            groups.append((five, t))
        elif (~padded).any():
            m = pa.array(~padded)
            groups.append((five[~padded], [x.filter(m) for x in t]))
        if padded.any():  # "Nov  5": the padding space made an empty token; host and rest are in t[4]
            m = pa.array(padded)
            hr = pc.split_pattern(t[4].filter(m), " ", max_splits=1)
            two = pc.equal(pc.list_value_length(hr), 2).to_numpy(zero_copy_only=False)
            m2 = pa.array(two)
            hr = hr.filter(m2)
            groups.append((five[padded][two], [t[0].filter(m).filter(m2), t[2].filter(m).filter(m2),
                                               t[3].filter(m).filter(m2), pc.list_element(hr, 0),
                                               pc.list_element(hr, 1)]))
        for idx, (head, day, clock, host, rest) in groups:
            ok = pc.and_(pc.and_(_match(head, _BSD_HEAD), pc.and_(_match(day, _DAY), _match(clock, _CLOCK))),
                         pc.and_(_match(host, _HOSTNAME), _match(rest, _TAG_COLON)))
            stamp = pc.binary_join_element_wise(pc.utf8_slice_codeunits(head, -3), day, clock, " ")
            ts = _bsd_ts(pc.if_else(ok, stamp, pa.scalar(None, pa.string())), now)
            taken[idx] = _add_3164(rows[idx], ok, pc.utf8_slice_codeunits(head, 1, -4), ts, host, rest, out)
    left = np.flatnonzero(~taken)
    iso = left[_match(text.take(pa.array(left)), r"^<\d{1,3}>\d{4}-").to_numpy(zero_copy_only=False)] \
        if len(left) else left
    if len(iso):
        parts = pc.split_pattern(text.take(pa.array(iso)), " ", max_splits=2)
        three = pc.equal(pc.list_value_length(parts), 3).to_numpy(zero_copy_only=False)
        iso = iso[three]
        parts = parts.filter(pa.array(three))
        head, host, rest = (pc.list_element(parts, i) for i in range(3))
        ok = pc.and_(_match(head, _ISO_HEAD), pc.and_(_match(host, _HOSTNAME), _match(rest, _TAG_COLON)))
        pri_ts = pc.split_pattern(pc.if_else(ok, head, "<0>"), ">", max_splits=1)
        ts = _iso_ts(pc.if_else(ok, pc.list_element(pri_ts, 1), pa.scalar(None, pa.string())))
        taken[iso] = _add_3164(rows[iso], ok, pc.utf8_slice_codeunits(pc.list_element(pri_ts, 0), 1), ts, host,
                               rest, out)
    return rows[~taken]


def _fast_3164(text: pa.Array, rows: np.ndarray, out: _Cols, now: int) -> np.ndarray:
    """Decode RFC 3164 rows that match the common shape; returns the rows left for the slow path."""
    m = pc.extract_regex(text, _RX_3164)
    ok = pc.is_valid(m).to_numpy(zero_copy_only=False)
    if not ok.any():
        return rows
    m = m.filter(pa.array(ok))
    pri = pc.cast(pc.struct_field(m, "pri"), pa.int32())
    valid = pc.less_equal(pri, 191).to_numpy(zero_copy_only=False)
    if not valid.all():
        m = m.filter(pa.array(valid))
        pri = pri.filter(pa.array(valid))
        ok[np.flatnonzero(ok)[~valid]] = False
    good = rows[ok]
    ts = _bsd_ts(pc.struct_field(m, "ts"), now)
    host = pc.struct_field(m, "host")
    out.add(good, ts, host, pc.struct_field(m, "tag"), pri, pc.struct_field(m, "msg"))
    pid = pc.struct_field(m, "pid")
    present = pc.not_equal(pid, "").to_numpy(zero_copy_only=False)
    out.attr(good[present], "procid", pid.filter(pa.array(present)))
    return rows[~ok]


def _slow(text: pa.Array, rows: np.ndarray, out: _Cols, now: int) -> None:
    when = dt.datetime.fromtimestamp(now / 1e6, dt.UTC)
    parsed = [parse_line(s, when) for s in text.to_pylist()]
    cols = list(zip(*parsed)) if parsed else [[] for _ in range(6)]
    out.add(rows, pa.array(cols[0], pa.int64()).cast(TS), pa.array(cols[1], pa.string()),
            pa.array(cols[2], pa.string()), pa.array(cols[3], pa.int32()), pa.array(cols[4], pa.string()))
    a_rows = [int(r) for r, attrs in zip(rows, cols[5]) for _ in attrs]
    pairs = [p for attrs in cols[5] for p in attrs]
    if pairs:
        out.attr(np.array(a_rows, dtype=np.int64), pa.array([k for k, _ in pairs], pa.string()),
                 pa.array([v for _, v in pairs], pa.string()))


def _subset(arr: pa.Array, idx: np.ndarray) -> pa.Array:
    """``arr`` at positions ``idx`` (no copy when ``idx`` is every position in order)."""
    if len(idx) == len(arr) and (len(idx) == 0 or (idx[0] == 0 and idx[-1] == len(arr) - 1)):
        return arr
    return arr.take(pa.array(idx))


def _as_text(messages: list[bytes]) -> pa.Array:
    arr = pa.array(messages, pa.binary())
    try:
        return arr.cast(pa.string())
    except pa.ArrowInvalid:  # invalid UTF-8 somewhere: repair just like Python would
        return pa.array([m.decode("utf-8", "replace") for m in messages], pa.string())


def decode(messages: list[bytes], *, received_us: int | None = None, fast: bool = True) -> pa.RecordBatch:
    """Whole syslog messages (no framing left) → one ``logs`` batch, a row each, in order.

    ``fast=False`` sends every message through the per-line reference parser
    (tests check the columnar paths against it).
    """
    n = len(messages)
    now = now_us() if received_us is None else received_us
    text = _as_text(messages)
    out = _Cols()
    if not fast:
        _slow(text, np.arange(n, dtype=np.int64), out, now)
        return _assemble(out, n, now)
    is5424 = pc.match_substring_regex(text, _IS_5424).to_numpy(zero_copy_only=False)
    rows = np.arange(n, dtype=np.int64)
    left = [rows[~is5424]]
    if is5424.any():
        idx = rows[is5424]
        left.append(_fast_5424(_subset(text, idx), idx, out))
    rest = np.sort(np.concatenate(left))
    if len(rest):
        rest = _split_3164(_subset(text, rest), rest, out, now)
    if len(rest):
        rest = _fast_3164(_subset(text, rest), rest, out, now)
    if len(rest):
        _slow(_subset(text, rest), rest, out, now)
    return _assemble(out, n, now)


def _assemble(out: _Cols, n: int, now: int) -> pa.RecordBatch:
    """Put every path's rows back in input order and build the validated batch."""
    rows = np.concatenate(out.rows) if out.rows else np.zeros(0, dtype=np.int64)
    in_order = bool(np.all(rows[1:] > rows[:-1]))  # one path took everything: no reordering
    order = None if in_order else pa.array(np.argsort(rows, kind="stable"))

    def col(parts: list[pa.Array], typ: pa.DataType) -> pa.Array:
        if len(parts) == 1 and parts[0].type == typ:
            arr = parts[0]
        else:
            arr = pa.concat_arrays([p.cast(typ) for p in parts]) if parts else pa.array([], typ)
        return arr if order is None else arr.take(order)

    pri = col(out.pri, pa.int32())
    fac = _FAC.take(pc.shift_right(pri, 3))
    sev = _SEV.take(pc.bit_wise_and(pri, 7))
    # attributes: facility for every row, then the collected triplets, grouped by row
    a_rows = np.concatenate([np.arange(n, dtype=np.int64), *out.a_rows])
    a_keys = pa.concat_arrays([pa.repeat(pa.scalar("facility"), n), *out.a_keys])
    a_vals = pa.concat_arrays([fac, *(v.cast(pa.string()) for v in out.a_vals)])
    a_order = np.argsort(a_rows, kind="stable")
    offsets = np.zeros(n + 1, dtype=np.int32)
    np.cumsum(np.bincount(a_rows, minlength=n), out=offsets[1:])
    take = pa.array(a_order)
    attrs = pa.MapArray.from_arrays(pa.array(offsets), a_keys.take(take), a_vals.take(take))
    return logs_batch(
        message=col(out.message, pa.string()),
        ts=col(out.ts, TS),
        host=col(out.host, pa.string()),
        service=col(out.service, pa.string()),
        severity=sev,
        attributes=attrs,
        source=SOURCE,
        default_ts_us=now,
    )
