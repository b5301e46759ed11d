"""The HTTP layer: bounds (413), media types (415), garbage (400), auth, backpressure, all-or-nothing."""

from __future__ import annotations

import asyncio
import base64
import gzip
import json
import zlib

import aiohttp
import pytest

from millpond.ingest.http import decompress
from millpond.ingest.errors import FrameTooLarge

from httpkit import read_topic, rows, data_log, server, server_factory  # noqa: F401  (fixtures)

LP = b"cpu,host=a,region=eu usage=1.5,idle=2i 1700000000000000000\nmem,host=b value=42 1700000000000000000\n"


async def post(url: str, body: bytes, **headers: str) -> tuple[int, str, dict]:
    async with aiohttp.ClientSession() as s, s.post(url, data=body, headers=headers) as r:
        return r.status, await r.text(), dict(r.headers)


async def test_line_protocol_gzip_lands_in_the_log(server) -> None:
    """A gzip'd line-protocol body is answered 204 only once its rows are in the log."""
    status, _, _ = await post(f"{server.url}/api/v2/write?precision=ns", gzip.compress(LP),
                              **{"Content-Encoding": "gzip", "Content-Type": "text/plain; charset=utf-8"})
    assert status == 204
    got = rows(server.log, "metrics")
    assert [(r["name"], r["value"], r["host"]) for r in got] == [
        ("cpu_idle", 2.0, "a"), ("cpu_usage", 1.5, "a"), ("mem", 42.0, "b")]
    assert got[0]["labels"] == {"host": "a", "region": "eu"}
    assert got[0]["ts"].timestamp() == 1_700_000_000
    assert server.stats.value("millpond_records_received_total", {"receiver": "influx"}) == 3


@pytest.mark.parametrize("path,headers", [
    ("/write", {}),
    ("/api/v1/write", {"Content-Type": "application/x-protobuf", "Content-Encoding": "snappy"}),
    ("/v1/logs", {"Content-Type": "application/x-protobuf"}),
    ("/v1/metrics", {"Content-Type": "application/json"}),
    ("/api/v1/logs", {"Content-Type": "application/json"}),
])
async def test_garbage_is_400_with_a_message_and_nothing_written(server, path, headers) -> None:
    """Every route answers garbage with 400 and says what was wrong; the log stays empty; others keep working."""
    status, text, _ = await post(server.url + path, b"\x00\xff garbage {{{ \n\x01", **headers)
    assert status == 400, text
    assert len(text.strip()) > 10
    assert read_topic(server.log, "metrics").num_rows == 0
    assert read_topic(server.log, "logs").num_rows == 0
    assert sum(s.value for m in server.stats.registry.collect() if m.name == "millpond_rejected"
               for s in m.samples if s.name.endswith("_total")) == 1
    status, _, _ = await post(server.url + "/write", LP)
    assert status == 204


@pytest.mark.parametrize("path,headers", [
    ("/write", {"Content-Type": "application/json"}),
    ("/api/v1/write", {"Content-Type": "application/json", "Content-Encoding": "snappy"}),
    ("/api/v1/write", {"Content-Type": "application/x-protobuf", "Content-Encoding": "gzip"}),
    ("/api/v1/write", {"Content-Type": "application/x-protobuf;proto=io.prometheus.write.v2.Request",
                       "Content-Encoding": "snappy", "X-Prometheus-Remote-Write-Version": "2.0.0"}),
    ("/v1/logs", {"Content-Type": "text/html"}),
    ("/v1/metrics", {"Content-Type": "application/x-protobuf", "Content-Encoding": "br"}),
    ("/api/v1/logs", {"Content-Type": "application/xml"}),
])
async def test_wrong_media_type_is_415(server, path, headers) -> None:
    status, text, _ = await post(server.url + path, b"{}", **headers)
    assert status == 415, text
    assert "type" in text or "Encoding" in text or "version" in text


async def test_body_over_limit_is_413_and_others_are_served(server_factory) -> None:
    srv = await server_factory(http={"max_body": 1000, "max_decompressed": 5000})
    status, text, _ = await post(srv.url + "/write", LP * 100)
    assert status == 413 and "limit" in text
    bomb = gzip.compress(b"m value=1\n" * 10_000)
    assert len(bomb) < 1000
    status, text, _ = await post(srv.url + "/write", bomb, **{"Content-Encoding": "gzip"})
    assert status == 413 and "decompressed" in text
    assert read_topic(srv.log, "metrics").num_rows == 0
    assert (await post(srv.url + "/write", LP))[0] == 204
    assert srv.stats.value("millpond_rejected_total", {"receiver": "influx", "reason": "too_large"}) == 2


async def test_request_is_all_or_nothing(server) -> None:
    """One bad line refuses the whole body: the good lines before it are not written."""
    body = LP + b"cpu,host=c usage=oops 1700000000000000000\n" + LP
    status, text, _ = await post(server.url + "/write", body)
    assert status == 400
    assert "line 3" in text and "usage" in text
    assert read_topic(server.log, "metrics").num_rows == 0


async def test_ingest_token_accepts_bearer_and_token(server_factory) -> None:
    srv = await server_factory(http={"ingest_token": "s3cret"})
    assert (await post(srv.url + "/write", LP))[0] == 401
    assert (await post(srv.url + "/write", LP, Authorization="Bearer wrong"))[0] == 401
    assert (await post(srv.url + "/write", LP, Authorization="Bearer s3cret"))[0] == 204
    assert (await post(srv.url + "/write", LP, Authorization="Token s3cret"))[0] == 204
    basic = base64.b64encode(b"telegraf:s3cret").decode()
    assert (await post(srv.url + "/write", LP, Authorization=f"Basic {basic}"))[0] == 204
    assert (await post(srv.url + "/write?u=telegraf&p=s3cret", LP))[0] == 204
    assert (await post(srv.url + "/write?u=telegraf&p=nope", LP))[0] == 401
    async with aiohttp.ClientSession() as s, s.get(srv.url + "/healthz") as r:
        assert r.status == 200
    assert read_topic(srv.log, "metrics").num_rows == 12


async def test_backpressure_answers_429_with_retry_after(server_factory) -> None:
    """With pending bytes bounded tightly and a long linger, a concurrent second request is pushed back."""
    srv = await server_factory(ingest={"max_pending": 1, "linger": 0.5})
    first = asyncio.ensure_future(post(srv.url + "/write", LP))
    deadline = asyncio.get_running_loop().time() + 5
    while srv.appender.pending_bytes == 0 and asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(0.01)
    status, text, headers = await post(srv.url + "/write", LP)
    assert status == 429
    assert int(headers["Retry-After"]) >= 1
    assert (await first)[0] == 204
    assert read_topic(srv.log, "metrics").num_rows == 3


async def test_log_failure_is_503(server) -> None:
    server.log.close()
    status, text, headers = await post(server.url + "/write", LP)
    assert status == 503 and "Retry-After" in headers


async def test_metrics_and_healthz(server) -> None:
    status, _, _ = await post(server.url + "/api/v1/logs", json.dumps([{"message": "hello"}]).encode(),
                              **{"Content-Type": "application/json"})
    assert status == 204
    async with aiohttp.ClientSession() as s:
        async with s.get(server.url + "/metrics") as r:
            text = await r.text()
            assert r.status == 200 and r.headers["Content-Type"].startswith("text/plain")
        async with s.get(server.url + "/healthz") as r:
            assert r.status == 200
    assert 'millpond_records_received_total{receiver="http_logs"} 1.0' in text


def test_decompress_bounds_and_formats() -> None:
    data = b"x" * 10_000
    assert decompress(gzip.compress(data), "gzip", 10_000) == data
    assert decompress(gzip.compress(data[:10]) + gzip.compress(data[:5]), "gzip", 100) == data[:15]
    assert decompress(zlib.compress(data), "deflate", 10_000) == data
    raw = zlib.compressobj(wbits=-15)
    assert decompress(raw.compress(data) + raw.flush(), "deflate", 10_000) == data
    with pytest.raises(FrameTooLarge):
        decompress(gzip.compress(data), "gzip", 9_999)


async def test_big_line_protocol_body_is_decoded_off_the_event_loop(server) -> None:
    """Bodies past OFFLOAD_BYTES decode in a thread; the rows are the same as inline."""
    from millpond.ingest.http import OFFLOAD_BYTES

    body = b"".join(b"big,host=h%d,i=%d v=%d 1700000000000000000\n" % (i % 7, i, i) for i in range(5000))
    assert len(body) > OFFLOAD_BYTES
    status, text, _ = await post(server.url + "/write", body)
    assert status == 204, text
    got = read_topic(server.log, "metrics")
    assert got.num_rows == 5000
    assert sorted(got.column("value").to_pylist()) == [float(i) for i in range(5000)]


async def test_connection_limit_and_open_connections_gauge(server_factory) -> None:
    """Past [http] max_connections a new connection is closed at once; the others keep working."""
    srv = await server_factory(http={"max_connections": 2})
    port = int(srv.url.rsplit(":", 1)[1])
    held = [await asyncio.open_connection("127.0.0.1", port) for _ in range(2)]
    for _, w in held:  # a request each, so the server has surely accepted both
        w.write(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
    for r, _ in held:
        assert b"200" in await r.readline()
    assert srv.stats.value("millpond_open_connections", {"receiver": "http"}) == 2
    r3, w3 = await asyncio.open_connection("127.0.0.1", port)
    w3.write(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
    assert await r3.read() == b""  # closed without an answer
    assert srv.stats.value("millpond_rejected_total", {"receiver": "http", "reason": "connections"}) == 1
    for _, w in held:
        w.close()
    w3.close()
    deadline = asyncio.get_running_loop().time() + 5
    while srv.stats.value("millpond_open_connections", {"receiver": "http"}) and \
            asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(0.01)
    assert (await post(srv.url + "/write", LP))[0] == 204


async def test_big_json_logs_body_is_decoded_off_the_event_loop(server) -> None:
    body = b"\n".join(b'{"ts": %d, "host": "h%d", "message": "line %d"}' % (1700000000 + i, i % 3, i) for i in range(3000))
    assert len(body) > 64 * 1024
    status, text, _ = await post(server.url + "/api/v1/logs", body, **{"Content-Type": "application/x-ndjson"})
    assert status == 204, text
    got = read_topic(server.log, "logs")
    assert sorted(got.column("message").to_pylist()) == sorted(f"line {i}" for i in range(3000))
