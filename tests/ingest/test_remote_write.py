"""Prometheus remote_write 1.0: decoder against a hand-made encoding, bounds, the series cache; real Prometheus."""

from __future__ import annotations

import asyncio
import shutil
import struct
import subprocess
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import aiohttp
import cramjam
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from httpkit import data_log, read_topic, rows, server, server_factory  # noqa: F401  (fixtures)
from millpond.ingest import remote_write as rw
from millpond.ingest.remote_write import encode_varint
from millpond.ingest.errors import DecodeError, FrameTooLarge

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
HEADERS = {"Content-Type": "application/x-protobuf", "Content-Encoding": "snappy",
           "X-Prometheus-Remote-Write-Version": "0.1.0"}


def _ld(field: int, payload: bytes) -> bytes:
    return encode_varint(field << 3 | 2) + encode_varint(len(payload)) + payload


def encode(series: list[tuple[dict[str, str], list[tuple[float, int]]]]) -> bytes:
    """A WriteRequest encoded by hand from the spec (independent of the decoder's descriptors)."""
    out = b""
    for labels, samples in series:
        ts = b"".join(_ld(1, _ld(1, k.encode()) + _ld(2, v.encode())) for k, v in labels.items())
        ts += b"".join(_ld(2, b"\x09" + struct.pack("<d", v) + b"\x10" + encode_varint(t)) for v, t in samples)
        out += _ld(1, ts)
    return out


def decoded(raw: bytes, cache: rw.SeriesCache | None = None) -> list[dict]:
    out = rw.decode(raw, cache if cache is not None else rw.SeriesCache()).to_pylist()
    for r in out:
        r["labels"] = dict(r["labels"])
    return out


def test_samples_labels_and_timestamps() -> None:
    raw = encode([
        ({"__name__": "up", "job": "node", "instance": "a:9100", "host": "a"}, [(1.0, 1_700_000_000_123)]),
        ({"job": "x", "__name__": "temp_c"}, [(21.5, 1_700_000_000_000), (-3.25, 1_700_000_001_000)]),
    ])
    got = decoded(raw)
    assert [(r["name"], r["value"]) for r in got] == [("up", 1.0), ("temp_c", 21.5), ("temp_c", -3.25)]
    assert got[0]["labels"] == {"job": "node", "instance": "a:9100", "host": "a"} and got[0]["host"] == "a"
    assert got[1]["labels"] == {"job": "x"} and got[1]["host"] == ""
    assert got[0]["ts"] == datetime(2023, 11, 14, 22, 13, 20, 123000, tzinfo=timezone.utc)
    assert got[2]["ts"].timestamp() == 1_700_000_001
    assert {r["source"] for r in got} == {"prometheus"}


def test_staleness_markers_are_dropped() -> None:
    stale = struct.unpack("<d", struct.pack("<Q", 0x7FF0000000000002))[0]
    got = decoded(encode([({"__name__": "m"}, [(1.0, 1), (stale, 2), (float("nan"), 3)])]))
    assert len(got) == 2 and got[0]["value"] == 1.0


def test_samples_with_default_fields_left_out() -> None:
    """proto3 writers omit a zero value or time: the general path decodes those samples."""
    ts = _ld(1, _ld(1, b"__name__") + _ld(2, b"m"))
    raw = _ld(1, ts + _ld(2, b"\x10" + encode_varint(1_700_000_000_000)) + _ld(2, b"\x09" + struct.pack("<d", 2.5)))
    got = decoded(raw)
    assert [(r["value"], r["ts"].timestamp()) for r in got] == [(0.0, 1_700_000_000), (2.5, 0)]


def test_uniform_fast_path_and_a_label_that_looks_like_a_sample() -> None:
    """Every series with k samples takes the Arrow path; a label value ending in bytes shaped like a
    sample must not fool it (the guessed label region is checked, the request decoded the general way)."""
    cache = rw.SeriesCache()
    uniform = encode([({"__name__": f"m{i}", "i": str(i)}, [(float(i + j), 1_700_000_000_000 + j) for j in range(3)])
                      for i in range(4)])
    got = decoded(uniform, cache)
    assert [(r["name"], r["value"], r["labels"]["i"]) for r in got][:4] == [
        ("m0", 0.0, "0"), ("m0", 1.0, "0"), ("m0", 2.0, "0"), ("m1", 1.0, "1")]
    assert len(got) == 12 and all(isinstance(k, bytes) for k in cache._ids)
    fake = "\x12\x10" + "A" * 16  # the tag and length of a sample field, inside a label value
    tricky = encode([({"__name__": "a", "v": "x" + fake}, []),
                     ({"__name__": "b"}, [(1.0, 1_700_000_000_000), (2.0, 1_700_000_001_000)])])
    got = decoded(tricky, cache)
    assert [(r["name"], r["value"]) for r in got] == [("b", 1.0), ("b", 2.0)]
    assert got[0]["labels"] == {}
    assert any(isinstance(k, tuple) for k in cache._ids)  # decoded the general way


_series = st.lists(st.tuples(
    st.dictionaries(st.sampled_from(["job", "host", "x", "y"]), st.text(max_size=4), max_size=3),
    st.lists(st.tuples(st.floats(allow_nan=False), st.integers(0, 2**42)), max_size=3)), min_size=1, max_size=6)


@settings(max_examples=100, deadline=None)
@given(_series, st.integers(1, 2))
def test_decoder_against_the_input(series, repeat: int) -> None:
    """Whatever the shape (uniform or not, cached or not), rows are exactly the input's samples."""
    cache = rw.SeriesCache()
    data = [({"__name__": f"s{i}", **labels}, samples) for i, (labels, samples) in enumerate(series)]
    expect = [(f"s{i}", v, t, labels) for i, (labels, samples) in enumerate(series) for v, t in samples]
    for _ in range(repeat):  # again with a warm cache
        got = rw.decode(encode(data), cache).to_pylist()
        assert [(r["name"], r["value"], (r["ts"] - EPOCH) // timedelta(milliseconds=1), dict(r["labels"]))
                for r in got] == expect


def test_series_cache_reuses_and_is_bounded() -> None:
    cache = rw.SeriesCache(max_series=3)
    a = encode([({"__name__": "a", "k": "1"}, [(1.0, 1)]), ({"__name__": "b"}, [(2.0, 1)])])
    assert [r["name"] for r in decoded(a, cache)] == ["a", "b"] and len(cache) == 2
    assert [r["labels"] for r in decoded(a, cache)] == [{"k": "1"}, {}] and len(cache) == 2
    c = encode([({"__name__": "c"}, [(3.0, 1)]), ({"__name__": "d"}, [(4.0, 1)])])
    assert [r["name"] for r in decoded(c, cache)] == ["c", "d"] and len(cache) == 2  # started afresh
    assert [r["name"] for r in decoded(a + c, cache)] == ["a", "b", "c", "d"]


@pytest.mark.parametrize("series,error,match", [
    ([({"job": "x"}, [(1.0, 1)])], DecodeError, "no __name__"),
    ([({"__name__": "m", "": "v"}, [(1.0, 1)])], DecodeError, "empty name"),
    ([({"__name__": "m", **{f"l{i}": "v" for i in range(10)}}, [(1.0, 1)])], FrameTooLarge, "11 labels"),
])
def test_bad_series_refuse_the_whole_request(series, error, match) -> None:
    cache = rw.SeriesCache(max_labels=8)
    with pytest.raises(error, match=match):
        rw.decode(encode([({"__name__": "fine"}, [(1.0, 1)])] + series), cache)
    assert len(cache) == 0


def test_garbage_and_bounds() -> None:
    with pytest.raises(DecodeError):
        rw.decode(b"\x0a\xff\xff\xff\xff\x0f", rw.SeriesCache())
    with pytest.raises(DecodeError):
        rw.decompress(b"not snappy at all", 1000)
    with pytest.raises(FrameTooLarge, match="limit"):
        rw.decompress(bytes(cramjam.snappy.compress_raw(b"\0" * 5000)), 4999)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_fuzz_never_crashes(raw: bytes) -> None:
    for body in (raw, encode([({"__name__": "m", "a": "b"}, [(1.0, 5)])])[: len(raw)] + raw):
        try:
            rw.decode(body, rw.SeriesCache())
        except (DecodeError, FrameTooLarge):
            pass


async def test_http_route_appends_rows(server) -> None:
    raw = encode([({"__name__": "node_load1", "instance": "h:9100"}, [(0.5, 1_700_000_000_000)])])
    async with aiohttp.ClientSession() as s:
        async with s.post(server.url + "/api/v1/write", data=bytes(cramjam.snappy.compress_raw(raw)),
                          headers=HEADERS) as r:
            assert r.status == 204, await r.text()
        async with s.post(server.url + "/api/v1/write", data=raw, headers=HEADERS) as r:  # not snappy
            assert r.status == 400
    got = rows(server.log, "metrics")
    assert [(r["name"], r["value"], r["labels"]) for r in got] == [("node_load1", 0.5, {"instance": "h:9100"})]


@pytest.mark.skipif(shutil.which("prometheus") is None, reason="Debian package prometheus not installed")
async def test_real_prometheus_scrapes_us_and_remote_writes_to_us(server, tmp_path: Path, port: int) -> None:
    """Prometheus 2.x scrapes our /metrics every second and remote_writes the samples back to us."""
    target = server.url.removeprefix("http://")
    (tmp_path / "prometheus.yml").write_text(f"""
global:
  scrape_interval: 1s
  evaluation_interval: 1s
scrape_configs:
  - job_name: millpond
    static_configs:
      - targets: ['{target}']
remote_write:
  - url: {server.url}/api/v1/write
    queue_config:
      batch_send_deadline: 200ms
      min_backoff: 50ms
      max_backoff: 200ms
""")
    web = f"127.0.0.1:{port}"
    proc = subprocess.Popen(
        ["prometheus", f"--config.file={tmp_path / 'prometheus.yml'}", f"--storage.tsdb.path={tmp_path / 'tsdb'}",
         f"--web.listen-address={web}", "--log.level=warn"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    started = time.time()
    try:
        deadline = time.monotonic() + 30
        got: list[dict] = []
        while time.monotonic() < deadline:
            got = [r for r in rows(server.log, "metrics") if r["name"] == "up"]
            if got and any(r["name"] == "millpond_records_received_total" for r in rows(server.log, "metrics")):
                break
            assert proc.poll() is None, proc.stderr.read().decode()[-2000:] if proc.stderr else ""
            await asyncio.sleep(0.1)
        assert got, "no 'up' sample arrived from Prometheus"
        up = got[0]
        assert up["value"] == 1.0
        assert up["labels"] == {"job": "millpond", "instance": target}
        assert started - 5 <= up["ts"].timestamp() <= time.time() + 1
        received = [r for r in rows(server.log, "metrics") if r["name"] == "millpond_records_received_total"]
        assert received[0]["labels"]["receiver"] == "remote_write" and received[0]["value"] >= 1
        assert server.stats.value("millpond_rejected_total", {"receiver": "remote_write", "reason": "decode"}) == 0
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stderr:
            proc.stderr.close()
