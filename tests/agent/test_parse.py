"""Parsers: their packed entries decoded by the appliance's own forward codec into ``logs`` rows."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from millpond.agent.forward_client import new_chunk_id, pack_frame
from millpond.agent.parse import JsonParser, PlainParser, SyslogParser, parse_time
from millpond.ingest.forward_codec import decode_message, entries_batch, ext_hook

TS = 1_700_000_000_123_456_789


def _rows(tag: str, entries: bytes, n: int, compress: bool = True) -> list[dict[str, object]]:
    """What the appliance stores for this frame (the real receiver's decode path)."""
    import msgpack

    frame = pack_frame(tag, entries, n, new_chunk_id(), compress=compress)
    msg = msgpack.unpackb(frame, raw=False, ext_hook=ext_hook)
    tag, times, recs, values, option = decode_message(msg, max_decompressed=1 << 24)
    assert option["size"] == n and option["chunk"]
    rows = entries_batch(tag, times, recs, values=values).to_pylist()
    for r in rows:
        r["attributes"] = dict(r["attributes"])
    return rows


@pytest.mark.parametrize("compress", [True, False])
def test_plain_lines_become_messages_with_host_and_file(compress: bool) -> None:
    """Plain lines: message, host, service (the tag), file attribute, the read time; bad UTF-8 repaired."""
    p = PlainParser("web-1", "/var/log/app.log")
    lines = [b"hello", b"x" * 300, "caf\u00e9".encode(), b"bad \xff byte", b"y" * 70000]
    rows = _rows("app", p.encode(lines, TS), len(lines), compress)
    assert [r["message"] for r in rows[:3]] == ["hello", "x" * 300, "caf\u00e9"]
    assert rows[3]["message"] == "bad \ufffd byte"
    assert rows[4]["message"] == "y" * 70000
    assert {r["host"] for r in rows} == {"web-1"} and {r["service"] for r in rows} == {"app"}
    assert rows[0]["attributes"] == {"file": "/var/log/app.log"}
    assert rows[0]["ts"] == datetime.fromtimestamp(TS // 1000 / 1e6, UTC)


def test_json_lines_keep_their_fields_and_time() -> None:
    """JSON objects: level → severity, msg → message, ts → event time, other keys → attributes."""
    p = JsonParser("web-1", "/l.json")
    lines = [b'{"ts": "2024-05-01T10:00:00Z", "level": "WARN", "msg": "disk low", "pct": 91}',
             b'{"message": "plain", "host": "other"}', b"not json"]
    rows = _rows("api", p.encode(lines, TS), 3)
    assert rows[0]["message"] == "disk low" and rows[0]["severity"] == "warning"
    assert rows[0]["ts"] == datetime(2024, 5, 1, 10, tzinfo=UTC)
    assert rows[0]["attributes"] == {"pct": "91", "file": "/l.json"}
    assert rows[1]["host"] == "other"
    assert rows[2]["message"] == "not json" and rows[2]["attributes"]["parse_error"] == "json"


def test_syslog_lines_give_host_service_severity() -> None:
    """RFC 5424 and RFC 3164 / rsyslog file lines; grouped by APP-NAME as the forward tag."""
    p = SyslogParser("agent-host", "/var/log/syslog")
    lines = [
        b'<34>1 2003-10-11T22:14:15.003Z mymachine su - ID47 [ex@32473 iut="3"] su failed',
        b"2026-11-25T08:00:01.123456+00:00 db-1 postgres[991]: checkpoint starting",
        b"Nov 25 08:00:01 web-2 CRON[1234]: (root) CMD (run)",
        b"garbage line",
    ]
    groups = p.encode_by_service(lines, TS, "syslog")
    assert set(groups) == {"su", "postgres", "CRON", "syslog"}
    su = _rows("su", *groups["su"])[0]
    assert (su["host"], su["severity"], su["message"]) == ("mymachine", "critical", "su failed")
    assert su["attributes"]["ex@32473.iut"] == "3" and su["attributes"]["msgid"] == "ID47"
    pg = _rows("postgres", *groups["postgres"])[0]
    assert pg["host"] == "db-1" and pg["attributes"]["pid"] == "991"
    assert pg["ts"] == datetime(2026, 11, 25, 8, 0, 1, 123456, tzinfo=UTC)
    cron = _rows("CRON", *groups["CRON"])[0]
    assert cron["message"] == "(root) CMD (run)" and cron["host"] == "web-2"
    bad = _rows("syslog", *groups["syslog"])[0]
    assert bad["message"] == "garbage line" and bad["host"] == "agent-host"


@pytest.mark.parametrize(("value", "ns"), [
    (1_700_000_000, 1_700_000_000 * 10**9),
    (1_700_000_000_500, 1_700_000_000_500 * 10**6),
    (1_700_000_000.25, 1_700_000_000_250_000_000),
    ("2023-11-14T22:13:20+00:00", 1_700_000_000 * 10**9),
    ("yesterday", None),
    (True, None),
])
def test_parse_time_units(value: object, ns: int | None) -> None:
    assert parse_time(value) == ns
