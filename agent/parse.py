"""Lines of a tailed file → packed forward entries carrying the ``logs`` fields.

Every record has ``host`` (this machine unless the line says otherwise),
``file`` (the path it was read from) and ``message``; the forward tag is the
file's ``service``. ``json`` lines keep their keys (``level``/``severity``,
``msg``/``log`` and so on are the receiver's business; a timestamp key becomes
the event time). ``syslog`` lines (RFC 5424, RFC 3164, rsyslog's
high-precision format) give ``host``, ``service``, ``severity``, ``pid``.

The plain parser is the hot path: its records differ only in ``message``, so
the constant part is packed once per batch and each line costs a header and a
copy, not a msgpack call.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import msgpack
import msgspec

from millpond.agent.forward_client import event_time, str_header

_JSON = msgspec.json.Decoder()
_TIME_KEYS = ("ts", "timestamp", "time", "@timestamp")


def _valid_utf8(lines: list[bytes]) -> list[bytes]:
    """``lines`` with any invalid UTF-8 replaced (msgpack str must be UTF-8)."""
    if b"".join(lines).isascii():
        return lines
    out = []
    for line in lines:
        try:
            line.decode()
            out.append(line)
        except UnicodeDecodeError:
            out.append(line.decode(errors="replace").encode())
    return out


class PlainParser:
    """Each line is a ``message``."""

    def __init__(self, host: str, path: str) -> None:
        p = msgpack.Packer(use_bin_type=True)
        self._map = b"\x83" + p.pack("host") + p.pack(host) + p.pack("file") + p.pack(path) + p.pack("message")

    def encode(self, lines: list[bytes], ts_ns: int) -> bytes:
        prefix = b"\x92" + event_time(ts_ns) + self._map
        return b"".join([prefix + str_header(len(line)) + line for line in _valid_utf8(lines)])


def parse_time(value: Any) -> int | None:
    """Epoch nanoseconds from a JSON timestamp (RFC 3339, epoch s/ms/us/ns), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        for scale in (10**9, 10**6, 10**3, 1):  # s, ms, us, ns by magnitude
            if 1e17 < value * scale < 1e19:
                return value * scale if isinstance(value, int) else round(value * scale / 1000) * 1000
        return None
    if isinstance(value, str):
        try:
            dt = datetime.fromisoformat(value)
        except ValueError:
            return None
        if dt.tzinfo is None:
            dt = dt.replace(tzinfo=UTC)
        return int(dt.timestamp() * 1_000_000) * 1000
    return None


class _RecordParser:
    """Parsers that build a record (and maybe an event time) per line."""

    def __init__(self, host: str, path: str) -> None:
        self.host, self.path = host, path
        self._packer = msgpack.Packer(use_bin_type=True)

    def record(self, line: bytes) -> tuple[int | None, dict[str, Any]]:
        raise NotImplementedError

    def encode(self, lines: list[bytes], ts_ns: int) -> bytes:
        pack = self._packer.pack
        out = []
        for line in lines:
            ts, rec = self.record(line)
            out.append(b"\x92" + event_time(ts if ts is not None else ts_ns) + pack(rec))
        return b"".join(out)

    def encode_by_service(self, lines: list[bytes], ts_ns: int, default: str) -> dict[str, tuple[bytes, int]]:
        """Entries grouped by each record's own ``service`` (the forward tag), in line order per group."""
        pack = self._packer.pack
        groups: dict[str, tuple[list[bytes], list[int]]] = {}
        for line in lines:
            ts, rec = self.record(line)
            tag = str(rec.pop("service", "") or default)
            g = groups.setdefault(tag, ([], [0]))
            g[0].append(b"\x92" + event_time(ts if ts is not None else ts_ns) + pack(rec))
            g[1][0] += 1
        return {tag: (b"".join(parts), n[0]) for tag, (parts, n) in groups.items()}


class JsonParser(_RecordParser):
    """Each line is a JSON object whose keys become the record; other lines stay plain."""

    def record(self, line: bytes) -> tuple[int | None, dict[str, Any]]:
        try:
            obj = _JSON.decode(line)
        except msgspec.DecodeError:
            obj = None
        if not isinstance(obj, dict):
            return None, {"host": self.host, "file": self.path,
                          "message": line.decode(errors="replace"), "parse_error": "json"}
        ts = None
        for k in _TIME_KEYS:
            if k in obj:
                ts = parse_time(obj[k])
                if ts is not None:
                    del obj[k]
                    break
        if "message" not in obj and "log" not in obj and isinstance(obj.get("msg"), str):
            obj["message"] = obj.pop("msg")
        obj.setdefault("host", self.host)
        obj["file"] = self.path
        return ts, obj


_SEVERITY = ("emergency", "alert", "critical", "error", "warning", "notice", "info", "debug")
_RFC5424 = re.compile(
    rb"^<(\d{1,3})>1 (\S+) (\S+) (\S+) (\S+) (\S+) (-|(?:\[(?:[^\]\\]|\\.)*\])+)(?: (.*))?$", re.S
)
_RFC3164 = re.compile(
    rb"^(?:<(\d{1,3})>)?"
    rb"([A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d))"
    rb" (\S+) ([^:\[\s]+)(?:\[(\d+)\])?:? ?(.*)$", re.S
)
_SD = re.compile(r'\[([^\s\]=]+)((?:\s+[^\s=\]]+="(?:[^"\\]|\\.)*")*)\]')
_SD_PARAM = re.compile(r'([^\s=\]]+)="((?:[^"\\]|\\.)*)"')


def _syslog_time(text: str) -> int | None:
    if text[:1].isdigit():
        return parse_time(text)
    try:
        now = datetime.now()
        dt = datetime.strptime(f"{now.year} {text}", "%Y %b %d %H:%M:%S")
    except ValueError:
        return None
    return int(dt.timestamp()) * 1_000_000_000  # local time, as syslog daemons write it


class SyslogParser(_RecordParser):
    """RFC 5424 / RFC 3164 lines as syslog daemons write them to files."""

    def record(self, line: bytes) -> tuple[int | None, dict[str, Any]]:
        rec: dict[str, Any] = {"host": self.host, "file": self.path}
        m = _RFC5424.match(line)
        if m:
            pri, ts, host, app, proc, msgid, sd, msg = (g.decode(errors="replace") if g else "" for g in m.groups())
            rec["severity"] = _SEVERITY[int(pri) & 7]
            for part, val in (("host", host), ("service", app), ("pid", proc), ("msgid", msgid)):
                if val and val != "-":
                    rec[part] = val
            for sd_id, params in _SD.findall(sd):
                for k, v in _SD_PARAM.findall(params):
                    rec[f"{sd_id}.{k}"] = v.replace('\\"', '"')
            rec["message"] = msg.removeprefix("\ufeff")
            return (parse_time(ts) if ts != "-" else None), rec
        m = _RFC3164.match(line)
        if m:
            pri, ts, host, tag, pid, msg = (g.decode(errors="replace") if g else "" for g in m.groups())
            if pri:
                rec["severity"] = _SEVERITY[int(pri) & 7]
            rec.update(host=host, service=tag, message=msg)
            if pid:
                rec["pid"] = pid
            return _syslog_time(ts), rec
        rec["message"] = line.decode(errors="replace")
        rec["parse_error"] = "syslog"
        return None, rec


Parser = PlainParser | JsonParser | SyslogParser
PARSERS: dict[str, Callable[[str, str], Parser]] = {"plain": PlainParser, "json": JsonParser, "syslog": SyslogParser}


def make_parser(kind: str, host: str, path: str) -> Parser:
    return PARSERS[kind](host, path)


def now_ns() -> int:
    return time.time_ns()
