"""The per-line reference parser for syslog (RFC 5424 and RFC 3164), pure Python.

:mod:`~millpond.ingest.syslog_codec` sends odd lines here (missing fields,
host-less RFC 3164, malformed structured data) and its tests check the
columnar fast paths against it line for line. It never raises: whatever does
not parse becomes the message, with PRI 13 (user.notice) when there is none.
"""

from __future__ import annotations

import datetime as dt
import re

import pyarrow as pa

__all__ = ["iso_us", "parse_line", "parse_structured_data"]

_TS_NS = pa.timestamp("ns", tz="UTC")
_PY_PRI = re.compile(r"<(\d{1,3})>")
_PY_3164_TS = re.compile(r"([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d\d):(\d\d):(\d\d) ")
_PY_ISO_TS = re.compile(r"(\d{4}-\d\d-\d\dT[0-9:.]+(?:Z|[+-]\d\d:?\d\d)) ")
_PY_TAG = re.compile(r"([^\s:\[\]]{1,128})(?:\[([^\]\s]{0,128})\])?: ?", re.S)
_MONTHS = {m: i for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)}
_SD_PARAM = re.compile(r' ([^\s=\]"]{1,32})="((?:[^"\\\]]|\\.)*)"')


def iso_us(s: str | None) -> int | None:
    """One RFC 3339 timestamp → epoch microseconds, or ``None`` if absent or unparsable."""
    if not s:
        return None
    try:
        return pa.scalar(s).cast(_TS_NS).cast(pa.int64()).as_py() // 1000
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, TypeError):
        return None


def parse_structured_data(s: str) -> tuple[list[tuple[str, str]], str] | None:
    """``[id k="v" …][id2 …] MSG`` → (("id.k", "v") pairs, MSG); ``None`` if the SD is malformed.

    Escapes ``\\"``, ``\\\\`` and ``\\]`` inside values are undone.
    """
    pairs: list[tuple[str, str]] = []
    i = 0
    n = len(s)
    while i < n and s[i] == "[":
        j = i + 1
        while j < n and s[j] not in ' ]"=':
            j += 1
        sdid = s[i + 1:j]
        if not sdid or j >= n or len(sdid) > 32:
            return None
        while j < n and s[j] == " ":
            m = _SD_PARAM.match(s, j)
            if not m:
                return None
            value = m.group(2)
            if "\\" in value:
                value = re.sub(r'\\(["\\\]])', r"\1", value)
            pairs.append((f"{sdid}.{m.group(1)}", value))
            j = m.end()
        if j >= n or s[j] != "]":
            return None
        i = j + 1
    if i < n and s[i] != " ":
        return None
    return pairs, s[i + 1:]


def parse_line(s: str, now: dt.datetime) -> tuple[int | None, str, str, int, str, list[tuple[str, str]]]:
    """Best effort for one odd line: (ts_us, host, service, pri, message, attributes). Never raises."""
    pri = 13
    m = _PY_PRI.match(s)
    if m and int(m.group(1)) <= 191:
        pri = int(m.group(1))
        s = s[m.end():]
    attrs: list[tuple[str, str]] = []
    if s.startswith("1 "):  # RFC 5424 missing fields: take what is there
        f = s[2:].split(" ", 5)
        f += ["-"] * (6 - len(f))
        ts = iso_us(f[0]) if f[0] != "-" else None
        for name, v in (("procid", f[3]), ("msgid", f[4])):
            if v and v != "-":
                attrs.append((name, v))
        rest = f[5]
        msg = rest[2:] if rest.startswith("- ") else ("" if rest == "-" else rest)
        if rest.startswith("["):
            parsed = parse_structured_data(rest)
            if parsed:
                attrs += parsed[0]
                msg = parsed[1]
        return ts, "" if f[1] == "-" else f[1], "" if f[2] == "-" else f[2], pri, msg.lstrip("\ufeff"), attrs
    ts_us: int | None = None
    host = service = ""
    t = _PY_3164_TS.match(s)
    if t and t.group(1) in _MONTHS:
        try:
            when = dt.datetime(now.year, _MONTHS[t.group(1)], int(t.group(2)), int(t.group(3)),
                               int(t.group(4)), int(t.group(5)), tzinfo=dt.UTC)
            if when > now + dt.timedelta(days=1):
                when = when.replace(year=now.year - 1)
            ts_us = int(when.timestamp() * 1_000_000)
            s = s[t.end():]
        except ValueError:
            pass
    else:
        t = _PY_ISO_TS.match(s)
        if t:
            ts_us = iso_us(t.group(1))
            s = s[t.end():]
    if ts_us is not None:
        h, sep, rest = s.partition(" ")
        tag = _PY_TAG.match(s)
        if sep and not (tag and tag.end() <= len(h) + 1):
            host, s = h, rest
        tag = _PY_TAG.match(s)
        if tag:
            service = tag.group(1)
            if tag.group(2):
                attrs.append(("procid", tag.group(2)))
            s = s[tag.end():]
    return ts_us, host, service, pri, s, attrs
