"""Sample-data formats for ``millpond replay``: detect a file's kind, read its
records, and move their timestamps (so old sample data lands "now").

A file is a list of :class:`Item` (its time in epoch seconds and the payload
in the form its protocol sender wants: a raw line, a JSON object, a sample).
The senders live in :mod:`millpond.replay_send`; this module does no IO
beyond reading the file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

KINDS = ("syslog5424", "syslog3164", "access", "jsonlogs", "prometheus", "lineproto", "otlp-logs", "otlp-metrics", "iot")
PROTOCOLS = ("http-logs", "forward", "syslog", "line", "remote-write", "otlp", "mqtt")

MAX_FILE_BYTES = 512 * 1024 * 1024
"""Replay reads a whole file into memory; refuse anything larger than this."""

MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


class ReplayError(Exception):
    """A file that cannot be replayed (unknown kind, unreadable, bad protocol choice)."""


@dataclass(slots=True)
class Item:
    """One record to send: its time (epoch seconds) and its payload."""

    ts: float
    payload: Any


# ---------------------------------------------------------------- detection

_5424 = re.compile(r"^<\d{1,3}>1 ")
_3164 = re.compile(r"^<\d{1,3}>[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d ")
_ACCESS = re.compile(r'^\S+ \S+ \S+ \[(\d\d)/(\w{3})/(\d{4}):(\d\d):(\d\d):(\d\d) ([+-]\d{4})\] "')
_LP = re.compile(r"^[A-Za-z_][\w.\-]*(,[^ ]+)? [^ ]+=[^ ]+( \d{9,19})?$")


def detect(path: Path, head: str) -> str:
    """The kind of a sample file, from its first data line, else its name."""
    first = next((ln for ln in head.splitlines() if ln.strip()), "")
    name = path.name.lower()
    if _5424.match(first):
        return "syslog5424"
    if _3164.match(first):
        return "syslog3164"
    if _ACCESS.match(first):
        return "access"
    if first.startswith("{"):
        if '"resourceLogs"' in first:
            return "otlp-logs"
        if '"resourceMetrics"' in first:
            return "otlp-metrics"
        if '"device"' in first:
            return "iot"
        return "jsonlogs"
    if first.startswith("[") or name.endswith((".json", ".jsonl", ".ndjson")):
        return "jsonlogs"
    if first.startswith("# HELP") or first.startswith("# TYPE") or name.endswith(".prom"):
        return "prometheus"
    if name.endswith((".lp", ".influx")) or _LP.match(first):
        return "lineproto"
    raise ReplayError(f"{path}: cannot tell what kind of data this is; pass --kind ({', '.join(KINDS)})")


def default_protocol(kind: str, *, mqtt: bool) -> str:
    """The protocol a kind travels by unless ``--protocol`` says otherwise."""
    return {
        "syslog5424": "syslog", "syslog3164": "syslog", "access": "forward", "jsonlogs": "http-logs",
        "prometheus": "remote-write", "lineproto": "line", "otlp-logs": "otlp", "otlp-metrics": "otlp",
        "iot": "mqtt" if mqtt else "line",
    }[kind]


ALLOWED = {
    "syslog5424": {"syslog"},
    "syslog3164": {"syslog"},
    "access": {"forward", "http-logs"},
    "jsonlogs": {"http-logs", "forward"},
    "prometheus": {"remote-write", "line"},
    "lineproto": {"line"},
    "otlp-logs": {"otlp"},
    "otlp-metrics": {"otlp"},
    "iot": {"mqtt", "line"},
}


# ---------------------------------------------------------------- reading

def _epoch(s: str) -> float:
    return datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp()


def _iso(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _read_5424(line: str) -> Item:
    parts = line.split(" ", 2)
    return Item(_epoch(parts[1]), line)


def _year() -> int:
    return datetime.now(UTC).year


def _read_3164(line: str) -> Item:
    mon, day, hms = line[line.index(">") + 1:].split(None, 3)[:3]
    h, m, s = (int(x) for x in hms.split(":"))
    return Item(datetime(_year(), MONTHS.index(mon) + 1, int(day), h, m, s, tzinfo=UTC).timestamp(), line)


def _read_access(line: str) -> Item:
    m = _ACCESS.match(line)
    if not m:
        raise ValueError("not a combined-format access log line")
    d, mon, y, hh, mm, ss, tz = m.groups()
    t = datetime.strptime(f"{y}-{MONTHS.index(mon) + 1}-{d} {hh}:{mm}:{ss} {tz}", "%Y-%m-%d %H:%M:%S %z")
    return Item(t.timestamp(), line)


def _read_json(line: str) -> Item:
    obj = json.loads(line)
    if not isinstance(obj, dict):
        raise ValueError("not a JSON object")
    raw = obj.get("ts", obj.get("timestamp", obj.get("time")))
    ts = float(raw) if isinstance(raw, int | float) else _epoch(raw) if isinstance(raw, str) else float("nan")
    return Item(ts, obj)


def _read_lp(line: str) -> Item:
    head, _, stamp = line.rpartition(" ")
    if not stamp.isdigit():
        return Item(float("nan"), line)
    return Item(int(stamp) / 1e9, line)


def _otlp_times(obj: Any, out: list[int]) -> None:
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in ("timeUnixNano", "startTimeUnixNano", "observedTimeUnixNano"):
                out.append(int(v))
            else:
                _otlp_times(v, out)
    elif isinstance(obj, list):
        for v in obj:
            _otlp_times(v, out)


def _read_otlp(line: str) -> Item:
    obj = json.loads(line)
    times: list[int] = []
    _otlp_times(obj, times)
    return Item(max(times) / 1e9 if times else float("nan"), obj)


READERS: dict[str, Callable[[str], Item]] = {
    "syslog5424": _read_5424, "syslog3164": _read_3164, "access": _read_access, "jsonlogs": _read_json,
    "lineproto": _read_lp, "otlp-logs": _read_otlp, "otlp-metrics": _read_otlp, "iot": _read_json,
}


def _read_prometheus(text: str) -> list[Item]:
    """Every sample of an exposition text; payload ``(name, labels, value, ts_ms|None)``."""
    from prometheus_client.parser import text_string_to_metric_families

    items = []
    for fam in text_string_to_metric_families(text):
        for s in fam.samples:
            ts = float(s.timestamp) if s.timestamp is not None else float("nan")
            items.append(Item(ts, (s.name, dict(s.labels), float(s.value), ts)))
    return items


def read(path: Path, kind: str | None = None) -> tuple[str, list[Item]]:
    """``(kind, items)`` of a sample file; errors name the file and line."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ReplayError(f"{path}: {size} bytes is more than replay reads at once ({MAX_FILE_BYTES}); split it")
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ReplayError(f"{path}: {e.strerror}") from None
    except UnicodeDecodeError:
        raise ReplayError(f"{path}: not UTF-8 text") from None
    kind = kind or detect(path, text[:8192])
    if kind not in KINDS:
        raise ReplayError(f"unknown kind {kind!r}; one of {', '.join(KINDS)}")
    if kind == "prometheus":
        try:
            return kind, _read_prometheus(text)
        except ValueError as e:
            raise ReplayError(f"{path}: not Prometheus exposition text: {e}") from None
    if kind == "jsonlogs" and text.lstrip().startswith("["):
        try:
            arr = json.loads(text)
        except json.JSONDecodeError as e:
            raise ReplayError(f"{path}: bad JSON: {e}") from None
        text = "\n".join(json.dumps(o) for o in arr)
    reader = READERS[kind]
    items = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or (kind == "lineproto" and line.startswith("#")):
            continue
        try:
            items.append(reader(line))
        except (ValueError, KeyError, TypeError) as e:
            raise ReplayError(f"{path}:{n}: not {kind}: {e}") from None
    return kind, items


# ---------------------------------------------------------------- moving time

def shift_for(items: list[Item], now: float) -> float:
    """Seconds to add so the file's latest record lands at ``now``."""
    latest = max((i.ts for i in items if i.ts == i.ts), default=now)
    return now - latest


def _shift_otlp(obj: Any, dns: int) -> Any:
    if isinstance(obj, dict):
        return {k: (str(int(v) + dns) if k in ("timeUnixNano", "startTimeUnixNano", "observedTimeUnixNano") else _shift_otlp(v, dns))
                for k, v in obj.items()}
    if isinstance(obj, list):
        return [_shift_otlp(v, dns) for v in obj]
    return obj


def _stamp_3164(t: float) -> str:
    d = datetime.fromtimestamp(t, UTC)
    return f"{MONTHS[d.month - 1]} {d.day:>2} {d:%H:%M:%S}"


def shifted(kind: str, item: Item, delta: float) -> Item:
    """``item`` moved ``delta`` seconds later, in its own wire format."""
    if delta == 0 or item.ts != item.ts:
        return item
    t = item.ts + delta
    p = item.payload
    if kind == "syslog5424":
        a, _, rest = p.split(" ", 2)
        p = f"{a} {_iso(t)} {rest}"
    elif kind == "syslog3164":
        i = p.index(">") + 1
        p = p[:i] + _stamp_3164(t) + p[i + 15:]
    elif kind == "access":
        d = datetime.fromtimestamp(t, UTC)
        i, j = p.index(" [") + 2, p.index('] "')
        p = f"{p[:i]}{d.day:02d}/{MONTHS[d.month - 1]}/{d:%Y:%H:%M:%S} +0000{p[j:]}"
    elif kind in ("jsonlogs", "iot"):
        p = {k: v for k, v in p.items() if k not in ("timestamp", "time")} | {"ts": _iso(t)}
    elif kind == "lineproto":
        p = f"{p.rpartition(' ')[0]} {int(round(t * 1e6)) * 1000}"
    elif kind in ("otlp-logs", "otlp-metrics"):
        p = _shift_otlp(p, int(round(delta * 1e9)))
    elif kind == "prometheus":
        name, labels, value, _ = p
        p = (name, labels, value, t)
    return Item(t, p)
