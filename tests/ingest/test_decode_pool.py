"""Decoder processes (ingest/decode_pool.py): the pool gives exactly what inline decoding gives — rows,
partitions, refusals and their messages — a decoder killed mid-job fails only that request (503, nothing
written) and is replaced, a forward connection's chunks reach the log in order, and bytes held by
decoders count against ``[ingest] max_pending``."""

from __future__ import annotations

import asyncio
import gzip
import json
import os
from collections.abc import Iterator
from typing import Any

import aiohttp
import msgpack
import psutil
import pyarrow.compute as pc
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from httpkit import read_topic, server_factory  # noqa: F401  (a fixture)
from millpond.config import ConfigError, build_config
from millpond.ingest import decode_jobs, forward, syslog
from millpond.ingest.decode_pool import DecodePool, DecoderLost, auto_decoders
from millpond.ingest.errors import IngestError
from millpond.ingest.stats import IngestStats
from millpond.pipeline.log import record
from streamkit import poll

LIMITS = {"max_decompressed": 1 << 20, "max_labels": 8}


@pytest.fixture(scope="module")
def pool() -> Iterator[DecodePool]:
    """Two decoder processes that take every job, however small (inline_below=0)."""
    p = DecodePool(2, inline_below=0)
    assert p.wait_ready(60)
    yield p
    p.close()


def _same(kind: str, body: bytes, params: dict[str, Any], pool: DecodePool) -> None:
    """The pool's answer equals the inline one: same rows in the same order and partitions, or the same error."""
    params = {**LIMITS, **params}
    try:
        want: Any = decode_jobs.run(kind, body, params)
    except Exception as e:  # noqa: BLE001 - compared below
        want = e
    try:
        got: Any = pool.submit(kind, body, params).result(30)
    except Exception as e:  # noqa: BLE001
        got = e
    if isinstance(want, BaseException):
        assert type(got) is type(want), (got, want)
        assert str(got) == str(want)
        assert getattr(got, "code", None) == getattr(want, "code", None)
        assert getattr(got, "reason", None) == getattr(want, "reason", None)
    else:
        assert not isinstance(got, BaseException), got
        assert got.parts == want.parts
        assert got.batch.equals(want.batch)


_word = st.text("abcxyz09_-", min_size=0, max_size=6)
_lp_line = st.builds(
    lambda m, tags, fields, ts: m + "".join(f",{k}={v}" for k, v in tags) + " "
    + ",".join(f"{k}={v}" for k, v in fields) + f" {ts}",
    _word, st.lists(st.tuples(_word, _word), max_size=3),
    st.lists(st.tuples(_word, st.sampled_from(["1", "2.5", "-3i", "7u", "true", "F", '"s"', "x", "1e400"])),
             min_size=0, max_size=3),
    st.integers(0, 2**62))


@given(lines=st.lists(_lp_line, max_size=30), parts=st.integers(1, 4), gz=st.booleans())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_line_protocol_through_the_pool_equals_inline(pool: DecodePool, lines: list[str], parts: int,
                                                      gz: bool) -> None:
    body = "\n".join(lines).encode()
    _same("lineproto", gzip.compress(body) if gz else body,
          {"topic": "metrics", "partitions": parts, "encoding": "gzip" if gz else ""}, pool)


_json_val = st.one_of(st.integers(-10, 10**12), st.floats(allow_nan=False), st.booleans(), st.none(), _word,
                      st.lists(st.integers(), max_size=2))
_json_obj = st.fixed_dictionaries(
    {"ts": st.one_of(st.integers(0, 2**33), st.just("2024-01-02T03:04:05Z"), st.just("yesterday"))},
    optional={"host": _word, "service": _word, "level": st.sampled_from(["info", "ERROR", "x"]), "msg": _word,
              "k": _json_val, "n": _json_val})


@given(objs=st.lists(_json_obj, max_size=25), array=st.booleans(), junk=st.sampled_from(["", "{", "null", "[1]"]),
       parts=st.integers(1, 4))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_json_logs_through_the_pool_equal_inline(pool: DecodePool, objs: list[dict], array: bool, junk: str,
                                                 parts: int) -> None:
    body = json.dumps(objs).encode() if array else "\n".join(json.dumps(o) for o in objs).encode()
    if junk:
        body += b"\n" + junk.encode()
    _same("jsonlogs", body, {"topic": "logs", "partitions": parts}, pool)


@pytest.mark.parametrize("kind,body,params", [
    ("lineproto", b"cpu,host=a usage=1 1\ncpu,host=b usage=oops 2", {"encoding": ""}),
    ("lineproto", b"cpu v=1 1", {"precision": "fortnight"}),
    ("lineproto", gzip.compress(b"cpu v=1 1\n" * 200_000), {"encoding": "gzip"}),  # 413 past max_decompressed
    ("lineproto", b"cpu v=1 1", {"encoding": "br"}),  # 415
    ("lineproto", b"\xff\xfe", {}),
    ("jsonlogs", b'{"msg": "ok"}\n{"msg": ', {}),
    ("jsonlogs", b"[" * 100_000 + b"]" * 100_000, {}),  # nested too deeply
    ("jsonlogs", b"not gzip", {"encoding": "gzip"}),
    ("remote_write", b"not snappy", {}),
    ("otlp", b"\x00\x01garbage", {"content_type": "application/x-protobuf", "topic": "logs"}),
    ("forward", b"\xc1", {"tag": "t", "option": {"size": 1}}),
    ("forward", b"xx", {"tag": "t", "option": {"compressed": "zip"}}),
])
def test_refusals_through_the_pool_read_as_inline(pool: DecodePool, kind: str, body: bytes,
                                                  params: dict[str, Any]) -> None:
    params = {"topic": "metrics", "partitions": 2, **params}
    _same(kind, body, params, pool)
    with pytest.raises(Exception) as err:
        pool.submit(kind, body, {**LIMITS, **params}).result(30)
    assert isinstance(err.value, (IngestError, RecursionError, ValueError)), err.value


@pytest.mark.parametrize("codec", ["lz4", "none"])
def test_encoded_answers_hold_the_inline_rows(pool: DecodePool, codec: str) -> None:
    """With a codec the decoder encodes each partition's rows as a log batch (header + CRC checked on
    arrival); decoded again they are exactly the inline rows of that partition, in order."""
    params = {**LIMITS, "topic": "metrics", "partitions": 3}
    want = decode_jobs.run("lineproto", LP_BIG, params)
    got = pool.submit("lineproto", LP_BIG, {**params, "codec": codec}).result(30)
    assert isinstance(got, decode_jobs.Encoded) and got.rows == 20_000
    assert [p for p, _ in got.parts] == [p for p, _, _ in want.parts]
    for (p, enc), (_, a, b) in zip(got.parts, want.parts):
        buf = bytes(enc.header) + enc.payload.to_pybytes()
        head = record.parse_header(buf)
        assert record.decode_payload(buf, 0, head).equals(want.batch.slice(a, b - a))
        assert head.codec == record.CODECS[codec]


def _forward_blob(n: int, start: int = 0) -> bytes:
    return b"".join(msgpack.packb([1_700_000_000 + i, {"log": f"line {i}", "host": "h"}])
                    for i in range(start, start + n))


def test_forward_entries_through_the_pool_equal_inline(pool: DecodePool) -> None:
    blob = _forward_blob(400)
    for option in ({"size": 400}, {}, {"compressed": "gzip"}):
        body = gzip.compress(blob) if option.get("compressed") else blob
        _same("forward", body, {"topic": "logs", "partitions": 3, "tag": "app", "option": option}, pool)


def _children_of_this_pool(p: DecodePool) -> list[psutil.Process]:
    return [psutil.Process(pid) for pid in p.pids]


LP_BIG = b"\n".join(b"big,host=h%d v=%d %d" % (i % 5, i, 1_700_000_000_000_000_000 + i) for i in range(20_000))


async def test_a_killed_decoder_fails_only_its_request_with_503_and_is_replaced(server_factory) -> None:  # noqa: F811
    """kill -9 of the decoder holding a request: that request gets 503 + Retry-After, nothing of it is
    written; the decoder is restarted and the next request is answered 204 with all its rows."""
    p = DecodePool(1, inline_below=1024)
    try:
        assert p.wait_ready(60)
        srv = await server_factory(pool=p)
        (victim,) = _children_of_this_pool(p)
        victim.suspend()  # it takes the job but never answers
        req = asyncio.ensure_future(_post(srv.url + "/write", LP_BIG))
        await poll(lambda: srv.stats.value("millpond_decode_pending_bytes") > 0)
        victim.kill()
        status, text, headers = await req
        assert status == 503, text
        assert "decoder" in text and "Retry-After" in headers
        assert read_topic(srv.log, "metrics").num_rows == 0
        assert srv.stats.value("millpond_rejected_total", {"receiver": "influx", "reason": "decoder_lost"}) == 1
        status, text, _ = await _post(srv.url + "/write", LP_BIG)
        assert status == 204, text
        assert read_topic(srv.log, "metrics").num_rows == 20_000
        assert p.restarts == 1 and p.pids and p.pids[0] != victim.pid
        assert srv.stats.value("millpond_decode_pending_bytes") == 0
    finally:
        p.close()


async def test_errors_through_the_pool_are_the_same_http_answers(server_factory) -> None:  # noqa: F811
    """A bad line protocol body, a too-large gzip body and an unknown encoding: the same status and
    message with decoder processes as without."""
    p = DecodePool(1, inline_below=0)
    try:
        with_pool = await server_factory(pool=p, http={"max_decompressed": 100_000})
        inline = await server_factory(http={"max_decompressed": 100_000})
        cases = [({}, b"cpu v=1 1\ncpu v=oops 2"), ({"Content-Encoding": "gzip"}, gzip.compress(b"c v=1 1\n" * 20_000)),
                 ({"Content-Encoding": "br"}, b"c v=1 1")]
        for headers, body in cases:
            a = await _post(with_pool.url + "/write", body, **headers)
            b = await _post(inline.url + "/write", body, **headers)
            assert a[:2] == b[:2] and a[0] in (400, 413, 415), (a, b)
    finally:
        p.close()


async def test_a_connection_chunks_reach_the_log_in_order(receiver) -> None:
    """Big, middling and tiny PackedForward chunks alternate on one connection; the big ones take a
    decoder longer than the next chunk does on the other decoder or inline, yet the log (one host,
    one partition) holds the rows in the order sent and every chunk is acked in order."""
    p = DecodePool(2, inline_below=8 * 1024)
    try:
        run = await receiver(forward, pool=p, ingest={"linger": "2ms", "decode_forward": True})
        r, w = await asyncio.open_connection("127.0.0.1", run.port)
        sizes = [6000, 150, 3, 6000, 200, 2, 5000, 150, 4]
        msgs, start = [], 0
        for k, n in enumerate(sizes):
            msgs.append(msgpack.packb(["app", _forward_blob(n, start), {"chunk": f"c{k}", "size": n}]))
            start += n
        w.write(b"".join(msgs))
        await w.drain()
        unpacker = msgpack.Unpacker(raw=False)
        acks: list[str] = []
        async with asyncio.timeout(30):
            while len(acks) < len(sizes):
                unpacker.feed(await r.read(65536))
                acks += [a["ack"] for a in unpacker]
        assert acks == [f"c{k}" for k in range(len(sizes))]
        assert p.completed >= 3  # the three big chunks went through decoder processes
        (part,) = {q for q in range(run.log.partitions("logs")) if run.log.end_offset("logs", q)}
        got = [m for f in run.log.read("logs", part, 0, max_records=10**6) for m in f.batch["message"].to_pylist()]
        assert got == [f"line {i}" for i in range(start)]
        w.close()
    finally:
        p.close()


def test_syslog_frames_through_the_pool_equal_inline(pool: DecodePool) -> None:
    frames = [b"<34>1 2026-11-25T10:00:00.123Z web1 sshd 42 ID47 [ex@1 a=\"b\"] login failed",
              b"<13>Nov 25 10:00:00 db2 postgres[7]: checkpoint complete", b"not syslog at all",
              "<14>Nov 25 10:00:01 h3 app: caf\u00e9 \u2713".encode(), b"<191>1 - - - - - -"] * 40
    params = {"topic": "logs", "partitions": 3}
    want = decode_jobs.run("syslog", decode_jobs.pack_frames(frames), params)
    got = pool.submit("syslog", decode_jobs.pack_frames(frames), params).result(30)
    assert got.parts == want.parts
    assert got.batch.drop_columns(["ts"]).equals(want.batch.drop_columns(["ts"]))
    msg = want.batch.column("message")
    stamped = pc.and_(pc.invert(pc.starts_with(msg, "not syslog")), pc.not_equal(msg, ""))  # else: time of receipt
    assert pc.sum(stamped).as_py() == 120  # the three kinds of frame that carry their own time
    assert pc.filter(got.batch.column("ts"), stamped).equals(pc.filter(want.batch.column("ts"), stamped))


async def test_a_syslog_connection_reaches_the_log_in_order(receiver) -> None:
    """Big reads of one TCP connection go to two decoders (the big ones take longer than the next
    read does), yet the log (one host, one partition) holds the lines in the order sent."""
    p = DecodePool(2, inline_below=8 * 1024)
    try:
        run = await receiver(syslog, pool=p)
        _, w = await asyncio.open_connection("127.0.0.1", run.port)
        n, sent = 0, []
        for burst in (20_000, 40, 15_000, 3, 25_000, 100, 1):
            lines = [f"<13>Nov 25 10:00:00 h app: line {n + i}\n" for i in range(burst)]
            n += burst
            sent.append("".join(lines).encode())
        for chunk in sent:
            w.write(chunk)
            await w.drain()
        w.close()
        await poll(lambda: sum(run.log.end_offset("logs", q) for q in range(run.log.partitions("logs"))) >= n, 30)
        assert p.completed >= 2  # big reads went through decoder processes
        (part,) = {q for q in range(run.log.partitions("logs")) if run.log.end_offset("logs", q)}
        got = [m for f in run.log.read("logs", part, 0, max_records=10**6) for m in f.batch["message"].to_pylist()]
        assert got == [f"line {i}" for i in range(n)]
    finally:
        p.close()


async def test_memory_bound_holds_while_the_decoders_are_saturated(server_factory) -> None:  # noqa: F811
    """Both decoders stalled: bodies waiting for them count against max_pending, so past the bound
    requests are refused at once (429) instead of queueing without limit; once the decoders run
    again the held requests complete."""
    p = DecodePool(2, inline_below=1024)
    try:
        assert p.wait_ready(60)
        stats = IngestStats()
        bound = 3 * len(LP_BIG)
        srv = await server_factory(pool=p, stats=stats, ingest={"max_pending": bound})
        kids = _children_of_this_pool(p)
        for k in kids:
            k.suspend()
        reqs = [asyncio.ensure_future(_post(srv.url + "/write", LP_BIG)) for _ in range(8)]
        refused = await poll(lambda: [r for r in reqs if r.done()] if sum(r.done() for r in reqs) >= 5 else None)
        assert all(r.result()[0] == 429 for r in refused)
        assert "Retry-After" in refused[0].result()[2]
        assert stats.value("millpond_decode_pending_bytes") <= bound
        assert stats.value("millpond_pending_bytes") <= bound
        for k in kids:
            k.resume()
        answers = [await r for r in reqs]
        ok = sum(a[0] == 204 for a in answers)
        assert ok == 3 and sum(a[0] == 429 for a in answers) == 5
        assert read_topic(srv.log, "metrics").num_rows == ok * 20_000
        assert stats.value("millpond_pending_bytes") == 0
    finally:
        p.close()


def test_close_leaves_no_decoder_running() -> None:
    p = DecodePool(2)
    assert p.wait_ready(60)
    kids = _children_of_this_pool(p)
    p.close()
    for k in kids:
        k.wait(10)
    assert not any(k.is_running() for k in kids)
    with pytest.raises(DecoderLost):
        p.submit("lineproto", b"c v=1 1", {**LIMITS, "topic": "metrics"}).result(5)


def test_decoders_config() -> None:
    assert build_config({"ingest": {"decoders": 3}}).ingest.decoders == 3
    with pytest.raises(ConfigError, match="ingest.decoders"):
        build_config({"ingest": {"decoders": -2}})
    assert auto_decoders(-1) == 0 and auto_decoders(5) == 5
    assert auto_decoders(0) == (len(os.sched_getaffinity(0)) if len(os.sched_getaffinity(0)) > 1 else 0)


async def _post(url: str, body: bytes, **headers: str) -> tuple[int, str, dict]:
    async with aiohttp.ClientSession() as s, s.post(url, data=body, headers=headers) as r:
        return r.status, await r.text(), dict(r.headers)


async def test_remote_write_on_threads_shares_its_series_cache_safely() -> None:
    """With no decoder processes big bodies decode on threads; concurrent remote_write requests (new
    series every time, so the label-set cache grows and consolidates) all decode to their own rows."""
    import cramjam

    from test_remote_write import encode

    p = DecodePool(0, inline_below=0)
    bodies = [bytes(cramjam.snappy.compress_raw(encode(
        [({"__name__": f"m{k}", "i": str(i)}, [(float(i), 1_700_000_000_000)]) for i in range(2000)])))
        for k in range(12)]
    params = {**LIMITS, "max_decompressed": 1 << 24, "topic": "metrics", "partitions": 2}
    got = await asyncio.gather(*(p.run("remote_write", b, params) for b in bodies))
    for k, d in enumerate(got):
        assert d.batch.num_rows == 2000
        assert set(d.batch.column("name").to_pylist()) == {f"m{k}"}
