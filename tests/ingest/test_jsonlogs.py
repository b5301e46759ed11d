"""POST /api/v1/logs: JSON array or NDJSON, gzip, aliases, RFC 3339/epoch timestamps, 400 naming the line."""

from __future__ import annotations

import gzip
import json
from datetime import datetime, timezone

import aiohttp
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from httpkit import data_log, read_topic, rows, server, server_factory  # noqa: F401  (fixtures)
from millpond.ingest import jsonlogs
from millpond.ingest.errors import DecodeError


def decoded(body: bytes) -> list[dict]:
    out = jsonlogs.decode(body, arrival_us=5_000_000).to_pylist()
    for r in out:
        r["attributes"] = dict(r["attributes"])
    return out


def test_aliases_and_attributes() -> None:
    got = decoded(b'[{"timestamp": "2024-05-01T10:00:00.5+02:00", "host": "h", "service": "api", "level": "WARN",'
                  b' "msg": "slow", "took_ms": 1200, "ok": false, "ctx": {"a": [1]}, "nothing": null},'
                  b' {"time": 1714557600.25, "severity": "err", "log": "x"}, {"message": "now"}]')
    assert [(r["message"], r["severity"], r["host"], r["service"]) for r in got] == [
        ("slow", "warning", "h", "api"), ("x", "error", "", ""), ("now", "info", "", "")]
    assert got[0]["ts"] == datetime(2024, 5, 1, 8, 0, 0, 500000, tzinfo=timezone.utc)
    assert got[0]["attributes"] == {"took_ms": "1200", "ok": "false", "ctx": '{"a":[1]}'}
    assert got[1]["ts"].timestamp() == 1714557600.25
    assert got[2]["ts"].timestamp() == 5.0  # absent → arrival time
    assert {r["source"] for r in got} == {"http"}


def test_ndjson_with_blank_lines_and_naive_timestamps() -> None:
    got = decoded(b'{"ts": "2024-05-01T10:00:00Z", "message": "a"}\n\n{"ts": "2024-05-01 10:00:01", "message": "b"}\n')
    assert [r["ts"].isoformat() for r in got] == ["2024-05-01T10:00:00+00:00", "2024-05-01T10:00:01+00:00"]


@pytest.mark.parametrize("body,where", [
    (b'{"message": "a"}\n\n{"message": \n', "line 3"),
    (b'{"message": "a"}\n[1]\n', "line 2"),
    (b'[\n  {"message": "a"},\n  {"ts": "not a time"}\n]', "line 3"),
    (b'[{"message": "a"},\n "text"]', "line 2"),
    (b'{"ts": [1]}', "line 1"),
    (b'{"ts": 1e300}', "line 1"),
    (b'[{"message": "a"},\n{"message": "b"}', "line 2: not valid JSON"),
    (b'"just a string"', "line 1"),
])
def test_errors_name_the_line(body: bytes, where: str) -> None:
    with pytest.raises(DecodeError, match=where):
        jsonlogs.decode(body)


_json = st.recursive(
    st.none() | st.booleans() | st.floats(allow_nan=False) | st.text(max_size=10) | st.integers(),
    lambda c: st.lists(c, max_size=4) | st.dictionaries(st.sampled_from(["ts", "time", "msg", "host", "x", "level"]),
                                                         c, max_size=4), max_leaves=10)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.binary(max_size=200), _json.map(lambda v: json.dumps(v).encode()),
                 st.lists(_json, min_size=1, max_size=5).map(lambda vs: "\n".join(map(json.dumps, vs)).encode()),
                 st.lists(st.sampled_from(['{"a": 1}', "null", "[1]", '{"a": "x"}', "", "  ", '{"a": {"b": 1}}', "1",
                                           '{"ts": null}', '{"a":1} {"b":2}', "{", "}"]), min_size=1, max_size=6)
                 .flatmap(lambda ls: st.sampled_from(["\n".join(ls), "[" + ",".join(ls) + "]"])).map(str.encode)))
def test_fuzz_never_crashes(body: bytes) -> None:
    try:
        jsonlogs.decode(body)
    except DecodeError:
        pass


_value = st.one_of(st.none(), st.booleans(), st.integers(-(2**53), 2**53), st.text(max_size=8),
                   st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12))
_ts = st.one_of(st.none(), st.integers(0, 4_000_000_000), st.floats(0, 4e9),
                st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1),
                             timezones=st.just(timezone.utc)).map(lambda d: d.isoformat().replace("+00:00", "Z")))
_record = st.fixed_dictionaries({}, optional={
    "ts": _ts, "time": _ts, "host": _value, "service": st.text(max_size=5), "level": st.sampled_from(["WARN", "err", "x"]),
    "severity": st.sampled_from(["info", "debug"]), "message": _value, "msg": st.text(max_size=8), "log": _value,
    "a": st.integers(0, 10), "b": _value, "path": st.text(max_size=6)})


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_float_text_matches_arrow(v: float) -> None:
    assert jsonlogs.format_float(v) == pa.array([v]).cast(pa.string())[0].as_py()


@settings(max_examples=150, deadline=None)
@given(st.lists(_record, min_size=1, max_size=8))
def test_columnar_path_agrees_with_the_object_path(records: list[dict]) -> None:
    """Differential: Arrow's JSON reader path gives what the object-by-object path gives (or steps aside)."""
    body = "\n".join(json.dumps(r) for r in records).encode()
    fast = jsonlogs._columnar(body, 5_000_000)
    slow = jsonlogs._objectwise(body, 5_000_000)
    if fast is None:
        return
    as_array = jsonlogs.decode(("[" + ",".join(json.dumps(r) for r in records) + "]").encode(), arrival_us=5_000_000)
    f, o = fast.to_pylist(), slow.to_pylist()
    assert as_array.to_pylist() == f
    for r in f + o:
        r["attributes"] = dict(r["attributes"])
    assert f == o


async def test_route_gzip_ndjson_and_bad_line(server) -> None:
    lines = b"\n".join(json.dumps({"ts": 1700000000 + i, "host": f"h{i % 2}", "message": f"m{i}", "i": i}).encode()
                       for i in range(50))
    async with aiohttp.ClientSession() as s:
        async with s.post(server.url + "/api/v1/logs", data=gzip.compress(lines),
                          headers={"Content-Type": "application/x-ndjson", "Content-Encoding": "gzip"}) as r:
            assert r.status == 204, await r.text()
        async with s.post(server.url + "/api/v1/logs", data=lines + b"\n{oops}\n",
                          headers={"Content-Type": "application/x-ndjson"}) as r:
            assert r.status == 400
            assert "line 51" in await r.text()
    got = rows(server.log, "logs", sort=("ts",))
    assert len(got) == 50
    assert [(r["message"], r["host"], r["attributes"]["i"]) for r in got[:2]] == [("m0", "h0", "0"), ("m1", "h1", "1")]
    assert got[49]["ts"].timestamp() == 1700000049
