"""Influx line protocol: every field type, escaping, precision, errors by line; influxdb-client as a peer."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from influxdb_client import InfluxDBClient, Point, WritePrecision
from influxdb_client.client.write_api import SYNCHRONOUS

from httpkit import data_log, rows, server, server_factory  # noqa: F401  (fixtures)
from millpond.ingest import lineproto
from millpond.ingest.errors import DecodeError, FrameTooLarge

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def decoded(body: bytes, **kw) -> list[dict]:
    out = lineproto.decode(body, arrival_us=1_000_000, **kw).to_pylist()
    for r in out:
        r["labels"] = dict(r["labels"])
        r["ts"] = (r["ts"] - EPOCH) // timedelta(microseconds=1)
    return out


def test_field_types_and_naming() -> None:
    """One row per numeric field; ``value`` keeps the bare measurement name; strings are not metrics."""
    got = decoded(b'm,host=h1,dc=x f=1.5,i=-7i,u=9u,b=true,B=F,value=3,s="text" 1000000000')
    assert [(r["name"], r["value"]) for r in got] == [
        ("m_f", 1.5), ("m_i", -7.0), ("m_u", 9.0), ("m_b", 1.0), ("m_B", 0.0), ("m", 3.0)]
    assert all(r["labels"] == {"host": "h1", "dc": "x"} and r["host"] == "h1" for r in got)
    assert all(r["ts"] == 1_000_000 and r["source"] == "influx" for r in got)


def test_escaping() -> None:
    body = (b'my\\ meas\\,ure,tag\\ key=va\\,l\\=ue,t2=a\\ b fi\\=eld=1,str="a \\"q\\" \\\\ , x=1" 5\n')
    got = decoded(body)
    assert [r["name"] for r in got] == ["my meas,ure_fi=eld"]
    assert got[0]["labels"] == {"tag key": "va,l=ue", "t2": "a b"}
    assert got[0]["ts"] == 0  # 5 ns


@pytest.mark.parametrize("precision,ts,expect_us", [
    ("ns", 1_700_000_000_123_456_789, 1_700_000_000_123_456), ("us", 1_700_000_000_123_456, 1_700_000_000_123_456),
    ("u", 1_700_000_000_123_456, 1_700_000_000_123_456), ("ms", 1_700_000_000_123, 1_700_000_000_123_000),
    ("s", 1_700_000_000, 1_700_000_000_000_000), ("m", 28_333_333, 1_699_999_980_000_000),
    ("h", 472_222, 1_699_999_200_000_000),
])
def test_precision(precision: str, ts: int, expect_us: int) -> None:
    for body in (f"m v=1 {ts}".encode(), f'm v=1,s="x" {ts}'.encode()):  # fast and scanner paths
        assert decoded(body, precision=precision)[0]["ts"] == expect_us


def test_missing_timestamp_is_arrival_time_and_comments_blank_lines_skipped() -> None:
    got = decoded(b"# a comment\n\n  m v=1  \r\n")
    assert len(got) == 1 and got[0]["ts"] == 1_000_000


def test_order_is_kept_across_fast_and_scanner_paths() -> None:
    body = b'm v=1 1\nm v=2,s="x" 2\nm v=3 3\nm\\ x v=4 4\n'
    assert [r["value"] for r in decoded(body)] == [1.0, 2.0, 3.0, 4.0]


@pytest.mark.parametrize("body,where", [
    (b"m v=1\nm v=abc 5\n", "line 2"),
    (b"m\n", "line 1"),
    (b"m v=1 notatime\n", "line 1"),
    (b"m,t v=1\n", "line 1"),
    (b'm,a=1 s="unterminated\n', "line 1"),
    (b"m v=1\n\n\nm v=99999999999999999999i\n", "line 4"),
    (b"m v=1 99999999999999999999\n", "line 1"),
    (b"m v=\n", "line 1"),
    (b",t=1 v=1\n", "line 1"),
    (b"m v=1,=2\n", "line 1"),
    (b"m v=1 1 2\n", "line 1"),
    (b"m v=-1u\n", "line 1"),
])
def test_errors_name_the_line(body: bytes, where: str) -> None:
    with pytest.raises(DecodeError, match=where):
        lineproto.decode(body)


def test_bad_utf8_and_precision_and_too_many_tags() -> None:
    with pytest.raises(DecodeError, match="UTF-8"):
        lineproto.decode(b"m v=1\xff\n")
    with pytest.raises(DecodeError, match="precision"):
        lineproto.decode(b"m v=1", precision="weeks")
    tags = ",".join(f"t{i}=v" for i in range(5))
    for body in (f"m,{tags} v=1".encode(), f'm,{tags} v=1,s="x"'.encode()):
        with pytest.raises(FrameTooLarge, match="tags"):
            lineproto.decode(body, max_labels=4)


_ident = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABC_0123456789.-", min_size=1, max_size=8)
_fields = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False, width=64).map(repr),
    st.integers(-(2**63), 2**63 - 1).map(lambda i: f"{i}i"),
    st.integers(0, 2**64 - 1).map(lambda i: f"{i}u"),
    st.sampled_from(["t", "T", "true", "True", "TRUE", "f", "F", "false", "False", "FALSE"]),
)
_line = st.tuples(
    _ident,
    st.lists(st.tuples(_ident, _ident), max_size=4),
    st.lists(st.tuples(_ident, _fields), min_size=1, max_size=4),
    st.one_of(st.none(), st.integers(-(2**62), 2**62)),
).map(lambda t: t[0] + "".join(f",{k}={v}" for k, v in t[1]) + " " + ",".join(f"{k}={v}" for k, v in t[2])
      + ("" if t[3] is None else f" {t[3]}"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_line, min_size=1, max_size=20))
def test_vectorised_path_agrees_with_the_scanner(lines: list[str]) -> None:
    """Differential: the Arrow fast path gives exactly what the character scanner says."""
    expect = []
    for no, text in enumerate(lines, 1):
        meas, tags, fields, ts = lineproto.parse_line(text, no)
        for k, v in fields:
            expect.append((meas if k == "value" else f"{meas}_{k}", v, dict(tags),
                           1_000_000 if ts is None else ts // 1000 if ts >= 0 else -(-ts // 1000)))
    got = [(r["name"], r["value"], r["labels"], r["ts"]) for r in decoded("\n".join(lines).encode())]
    assert got == expect


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=300), st.lists(_line, max_size=5).map(lambda ls: "\n".join(ls).encode()).flatmap(
    lambda b: st.tuples(st.just(b), st.integers(0, max(0, len(b) - 1)), st.binary(min_size=1, max_size=3)).map(
        lambda t: t[0][:t[1]] + t[2] + t[0][t[1] + 1:]))))
def test_fuzz_never_crashes(body: bytes) -> None:
    """Random and mutated bodies either decode or raise the decoder's own refusal."""
    try:
        batch = lineproto.decode(body)
    except (DecodeError, FrameTooLarge):
        return
    assert batch.num_rows >= 0


async def test_influxdb_client_writes_land_as_rows(server) -> None:
    """The real influxdb-client (v2 API, token, gzip and plain) writes points; rows carry values, labels, time."""
    when = datetime(2024, 3, 1, 12, 0, 0, 250000, tzinfo=timezone.utc)
    ms = 1_709_294_400_250  # an int: the client's own datetime→ms conversion rounds down (…249)

    def write(gzip: bool) -> None:
        with InfluxDBClient(url=server.url, token="any", org="o", enable_gzip=gzip) as client:
            api = client.write_api(write_options=SYNCHRONOUS)
            api.write("b", "o", [
                Point("weather").tag("location", "lab 1").tag("host", "pi4").field("temperature", 21.5)
                .field("humidity", 40).field("note", "ok").time(ms, WritePrecision.MS),
                Point("weather").tag("location", "lab,2").field("value", 3.25).time(ms, WritePrecision.MS),
            ], write_precision=WritePrecision.MS)

    await asyncio.to_thread(write, False)
    await asyncio.to_thread(write, True)
    got = rows(server.log, "metrics", sort=("name", "labels"))
    assert len(got) == 6
    names = sorted({(r["name"], r["value"]) for r in got})
    assert names == [("weather", 3.25), ("weather_humidity", 40.0), ("weather_temperature", 21.5)]
    temp = next(r for r in got if r["name"] == "weather_temperature")
    assert temp["labels"] == {"location": "lab 1", "host": "pi4"} and temp["host"] == "pi4"
    assert temp["ts"] == when
    assert next(r for r in got if r["name"] == "weather")["labels"] == {"location": "lab,2"}
