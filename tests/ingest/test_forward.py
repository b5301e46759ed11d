"""Fluent forward receiver with real clients: fluent-logger, a raw msgpack client in every
mode, chunk → ack only once durable, shared_key handshake, TLS, UDP heartbeat, bad input."""

from __future__ import annotations

import asyncio
import gzip
import os
import hashlib
import ssl
import struct
import subprocess
from pathlib import Path
from typing import Any

import msgpack
import pytest
from fluent import sender
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from streamkit import Running, log_rows, poll, wait_log_rows
from millpond.ingest import forward
from millpond.ingest.errors import IngestError
from millpond.ingest.forward_codec import decode_entries, decode_message, entries_batch
from millpond.ingest.forward_packed import COLUMNAR_MIN, packed_batch

T0 = 1_700_000_000


def event_time(seconds: int, nanos: int = 0) -> msgpack.ExtType:
    return msgpack.ExtType(0, struct.pack(">II", seconds, nanos))


def entries(n: int, start: int = 0, **extra: Any) -> list[list[Any]]:
    return [[event_time(T0 + i, 500_000_000), {"log": f"line {i}", "level": "warn", "host": "web1", "n": i,
                                                   **extra}] for i in range(start, start + n)]


def packed(es: list[list[Any]]) -> bytes:
    return b"".join(msgpack.packb(e) for e in es)


class RawClient:
    """A forward client speaking msgpack over a real socket (optionally TLS)."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer
        self.unpacker = msgpack.Unpacker(raw=False)

    @classmethod
    async def connect(cls, port: int, tls: ssl.SSLContext | None = None) -> RawClient:
        r, w = await asyncio.open_connection("127.0.0.1", port, ssl=tls)
        return cls(r, w)

    async def send(self, obj: Any) -> None:
        await self.send_raw(msgpack.packb(obj))

    async def send_raw(self, data: bytes) -> None:
        self.writer.write(data)
        await self.writer.drain()

    async def recv(self, timeout: float = 10.0) -> Any:
        async with asyncio.timeout(timeout):
            while True:
                for obj in self.unpacker:
                    return obj
                data = await self.reader.read(65536)
                if not data:
                    return None
                self.unpacker.feed(data)

    async def closed_by_server(self, timeout: float = 10.0) -> bool:
        async with asyncio.timeout(timeout):
            while True:
                try:
                    if not await self.reader.read(65536):
                        return True
                except ConnectionError:
                    return True

    async def close(self) -> None:
        self.writer.close()


async def test_fluent_logger_messages_become_rows(receiver: Any) -> None:
    """The real fluent-logger (Message mode, int and EventTime times) → rows with mapped fields."""
    run: Running = await receiver(forward)

    def send() -> None:
        s = sender.FluentSender("app", host="127.0.0.1", port=run.port, nanosecond_precision=True)
        assert s.emit_with_time("web", T0 + 0.25, {"message": "hello", "severity": "ERROR", "hostname": "h9",
                                                    "user": {"id": 7}, "ok": True}), s.last_error
        s.close()
        s2 = sender.FluentSender("plain", host="127.0.0.1", port=run.port)
        assert s2.emit_with_time(None, T0 + 60, {"log": "second"}), s2.last_error
        s2.close()

    await asyncio.to_thread(send)
    rows = await wait_log_rows(run.log, 2)
    first, second = rows
    assert first["ts"].timestamp() == T0 + 0.25
    assert (first["service"], first["message"], first["severity"], first["host"]) == ("app.web", "hello", "error", "h9")
    assert first["attributes"] == {"user": '{"id":7}', "ok": "true"}
    assert first["source"] == "forward"
    assert (second["service"], second["message"], second["ts"].timestamp()) == ("plain", "second", T0 + 60)
    assert run.stats.value("millpond_records_received_total", {"receiver": "forward"}) == 2


@pytest.mark.parametrize("mode", ["message", "forward", "packed", "compressed"])
async def test_every_mode_acks_only_after_rows_are_durable(receiver: Any, mode: str) -> None:
    """Each carrier mode with a chunk gets {"ack": chunk}; when it arrives the rows are in the log."""
    run: Running = await receiver(forward)
    es = entries(1 if mode == "message" else 20)
    if mode == "message":
        msg = ["t.msg", es[0][0], es[0][1], {"chunk": "c-1"}]
    elif mode == "forward":
        msg = ["t.fwd", es, {"chunk": "c-1", "size": len(es)}]
    elif mode == "packed":
        msg = ["t.pk", packed(es), {"chunk": "c-1", "size": len(es)}]
    else:
        blob = gzip.compress(packed(es[:10])) + gzip.compress(packed(es[10:]))  # two gzip members, as fluentd sends
        msg = ["t.gz", blob, {"chunk": "c-1", "compressed": "gzip"}]
    c = await RawClient.connect(run.port)
    await c.send(msg)
    assert await c.recv() == {"ack": "c-1"}
    rows = log_rows(run.log)  # no polling: durable before the ack
    assert len(rows) == len(es)
    r = rows[-1]
    i = len(es) - 1
    assert r["message"] == f"line {i}" and r["severity"] == "warning" and r["host"] == "web1"
    assert r["ts"].timestamp() == T0 + i + 0.5
    assert r["attributes"] == {"n": str(i)}
    await c.close()


async def test_columnar_packed_forward_over_a_connection(receiver: Any) -> None:
    """A big all-string PackedForward (Fluent Bit's shape) takes the columnar path; acked rows are in the log."""
    run: Running = await receiver(forward)
    n = COLUMNAR_MIN + 44
    c = await RawClient.connect(run.port)
    await c.send(["fb.app", packed(text_entries(n)), {"chunk": "col", "size": n}])
    assert await c.recv() == {"ack": "col"}
    rows = sorted(log_rows(run.log), key=lambda r: r["ts"])
    assert len(rows) == n
    r = rows[7]
    assert (r["service"], r["message"], r["severity"], r["host"]) == ("fb.app", "GET /item/7 200", "info", "web1")
    assert r["ts"].timestamp() == T0 + 7 and r["attributes"] == {"path": "/item"}
    await c.close()


async def test_pipelined_chunks_acked_in_order_and_packed_without_size(receiver: Any) -> None:
    run: Running = await receiver(forward)
    c = await RawClient.connect(run.port)
    data = b"".join(msgpack.packb(["t", packed(entries(5, start=k * 5)), {"chunk": f"k{k}"}]) for k in range(4))
    await c.send_raw(data)
    assert [await c.recv() for _ in range(4)] == [{"ack": f"k{k}"} for k in range(4)]
    assert len(log_rows(run.log)) == 20
    await c.close()


async def test_small_and_big_messages_keep_their_order(receiver: Any) -> None:
    """Small messages are gathered into one batch, big PackedForward ones stay whole; in the
    log (one host, so one partition) the rows keep the order they were sent in."""
    run: Running = await receiver(forward)
    c = await RawClient.connect(run.port)
    big = entries(300, start=1)
    data = b"".join(msgpack.packb(m) for m in [
        ["t", event_time(T0), {"log": "line 0", "host": "web1"}, {"chunk": "m0"}],
        ["t", packed(big), {"chunk": "big", "size": 300}],
        ["t2", [[T0 + 400, {"log": "line 301", "host": "web1"}], [T0 + 401, {"log": "line 302", "host": "web1"}]],
         {"chunk": "fwd"}],
        ["t3", T0 + 500, {"message": "line 303", "hostname": "web1"}, {"chunk": "m1"}],
    ])
    await c.send_raw(data)
    assert [await c.recv() for _ in range(4)] == [{"ack": a} for a in ("m0", "big", "fwd", "m1")]
    (p,) = {p for p in range(run.log.partitions("logs")) if run.log.end_offset("logs", p)}
    got = [m for f in run.log.read("logs", p, 0) for m in f.batch["message"].to_pylist()]
    assert got == [f"line {i}" for i in range(304)]
    services = [sv for f in run.log.read("logs", p, 0) for sv in f.batch["service"].to_pylist()]
    assert services[0] == "t" and services[302:] == ["t2", "t3"]
    await c.close()


async def test_no_chunk_no_ack_but_rows_arrive(receiver: Any) -> None:
    run: Running = await receiver(forward)
    c = await RawClient.connect(run.port)
    await c.send(["t", packed(entries(3))])
    rows = await wait_log_rows(run.log, 3)
    assert [r["message"] for r in rows] == ["line 0", "line 1", "line 2"]
    await c.close()


def _digest(salt: bytes, host: str, nonce: bytes, key: str) -> str:
    return hashlib.sha512(salt + host.encode() + nonce + key.encode()).hexdigest()


async def _handshake(c: RawClient, key: str) -> list[Any]:
    helo = await c.recv()
    assert helo[0] == "HELO" and len(helo[1]["nonce"]) == 16 and helo[1]["auth"] == "" and helo[1]["keepalive"]
    nonce = helo[1]["nonce"]
    salt = b"s" * 16
    await c.send(["PING", "client-host", salt, _digest(salt, "client-host", nonce, key), "", ""])
    pong = await c.recv()
    if pong[1]:
        assert pong[4] == _digest(salt, pong[3], nonce, "sekret")  # the server proves it knows the key
    return pong


async def test_shared_key_handshake_good_key_then_data(receiver: Any) -> None:
    run: Running = await receiver(forward, forward={"shared_key": "sekret", "self_hostname": "mp"})
    c = await RawClient.connect(run.port)
    pong = await _handshake(c, "sekret")
    assert pong[:4] == ["PONG", True, "", "mp"]
    await c.send(["t", packed(entries(2)), {"chunk": "a"}])
    assert await c.recv() == {"ack": "a"}
    assert len(log_rows(run.log)) == 2
    await c.close()


async def test_shared_key_handshake_bad_key_is_refused(receiver: Any) -> None:
    run: Running = await receiver(forward, forward={"shared_key": "sekret", "self_hostname": "mp"})
    c = await RawClient.connect(run.port)
    pong = await _handshake(c, "wrong")
    assert pong[:3] == ["PONG", False, "shared_key mismatch"]
    await c.send(["t", packed(entries(2)), {"chunk": "a"}])
    assert await c.closed_by_server()
    assert run.rejected("forward", "auth") == 1
    assert log_rows(run.log) == []
    # data before any handshake is refused too
    c2 = await RawClient.connect(run.port)
    assert (await c2.recv())[0] == "HELO"
    await c2.send(["t", packed(entries(1)), {"chunk": "b"}])
    assert await c2.closed_by_server()
    assert log_rows(run.log) == []


@pytest.fixture
def tls_files(tmp_path: Path) -> tuple[str, str]:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                    "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return str(cert), str(key)


async def test_tls_with_handshake(receiver: Any, tls_files: tuple[str, str]) -> None:
    cert, key = tls_files
    run: Running = await receiver(forward, forward={"tls_cert": cert, "tls_key": key, "shared_key": "sekret"})
    ctx = ssl.create_default_context(cafile=cert)
    c = await RawClient.connect(run.port, tls=ctx)
    assert (await _handshake(c, "sekret"))[1] is True
    await c.send(["t", packed(entries(4)), {"chunk": "tls"}])
    assert await c.recv() == {"ack": "tls"}
    assert len(log_rows(run.log)) == 4
    await c.close()


async def test_udp_heartbeat_on_the_same_port(receiver: Any) -> None:
    run: Running = await receiver(forward)
    loop = asyncio.get_running_loop()
    got: asyncio.Future[bytes] = loop.create_future()

    class Probe(asyncio.DatagramProtocol):
        def datagram_received(self, data: bytes, addr: Any) -> None:
            if not got.done():
                got.set_result(data)

    tr, _ = await loop.create_datagram_endpoint(Probe, remote_addr=("127.0.0.1", run.port))
    tr.sendto(b"\x00")
    assert await asyncio.wait_for(got, 10) == b"\x00"
    tr.close()


async def test_garbage_closes_only_that_connection(receiver: Any) -> None:
    """Bad msgpack: connection closed, counted; a good message before it in the same write is kept;
    another client is served throughout."""
    run: Running = await receiver(forward)
    good = await RawClient.connect(run.port)
    bad = await RawClient.connect(run.port)
    await bad.send_raw(msgpack.packb(["t", packed(entries(2)), {"chunk": "ok"}]) + b"\xc1\xc1\xc1garbage")
    assert await bad.recv() == {"ack": "ok"}
    assert await bad.closed_by_server()
    assert run.rejected("forward", "decode") == 1
    await good.send(["t2", packed(entries(3)), {"chunk": "g"}])
    assert await good.recv() == {"ack": "g"}
    assert len(log_rows(run.log)) == 5
    await good.close()


async def test_half_bad_message_writes_nothing(receiver: Any) -> None:
    """A Forward-mode message whose third entry is broken: none of its entries reach the log."""
    run: Running = await receiver(forward)
    c = await RawClient.connect(run.port)
    es: list[Any] = entries(5)
    es[2] = ["not a time", {"log": "x"}]
    await c.send(["t", es, {"chunk": "x"}])
    assert await c.closed_by_server()
    assert log_rows(run.log) == []
    assert run.rejected("forward", "decode") == 1


async def test_oversize_frame_closes_connection(receiver: Any) -> None:
    run: Running = await receiver(forward, forward={"max_frame": "64KiB"})
    c = await RawClient.connect(run.port)
    big = ["t", packed(entries(1, pad="x" * 200_000)), {"chunk": "big"}]
    await c.send_raw(msgpack.packb(big))
    assert await c.closed_by_server()
    assert run.rejected("forward", "too_large") == 1
    assert log_rows(run.log) == []
    whole = await RawClient.connect(run.port)  # complete, just over the limit: refused too
    await whole.send_raw(msgpack.packb(["t", packed(entries(1, pad="x" * 66_000)), {"chunk": "over"}]))
    assert await whole.closed_by_server()
    assert run.rejected("forward", "too_large") == 2
    assert log_rows(run.log) == []
    ok = await RawClient.connect(run.port)
    await ok.send(["t", packed(entries(1)), {"chunk": "small"}])
    assert await ok.recv() == {"ack": "small"}
    await ok.close()


async def test_backpressure_withholds_the_ack_and_closes(receiver: Any) -> None:
    """Pending memory full: the refused chunk gets no ack (the client will resend), its connection
    is closed and counted; the chunk already accepted is acked once durable."""
    run: Running = await receiver(forward, ingest={"max_pending": "100B", "linger": "1500ms"})
    a = await RawClient.connect(run.port)
    b = await RawClient.connect(run.port)
    await a.send(["t", packed(entries(3)), {"chunk": "a"}])
    await poll(lambda: run.appender.pending_bytes > 0)
    await b.send(["t", packed(entries(3, start=100)), {"chunk": "b"}])
    assert await b.recv() is None  # closed without an ack
    assert await a.recv() == {"ack": "a"}
    assert [r["message"] for r in log_rows(run.log)] == ["line 0", "line 1", "line 2"]
    assert run.rejected("forward", "backpressure") == 1
    await a.close()


async def test_max_connections_refuses_the_extra_client(receiver: Any) -> None:
    run: Running = await receiver(forward, forward={"max_connections": 1})
    first = await RawClient.connect(run.port)
    await first.send(["t", packed(entries(1)), {"chunk": "1"}])
    assert await first.recv() == {"ack": "1"}
    assert run.stats.value("millpond_open_connections", {"receiver": "forward"}) == 1
    second = await RawClient.connect(run.port)
    assert await second.closed_by_server()
    assert run.rejected("forward", "max_connections") == 1
    await first.close()
    await poll(lambda: run.stats.value("millpond_open_connections", {"receiver": "forward"}) == 0)


async def test_shutdown_finishes_the_inflight_ack(receiver: Any) -> None:
    """Closing the listener lets a connection finish the append+ack it is in, then ends it."""
    run: Running = await receiver(forward)
    c = await RawClient.connect(run.port)
    await c.send(["t", packed(entries(50)), {"chunk": "last"}])
    await poll(lambda: run.stats.value("millpond_records_received_total", {"receiver": "forward"}) == 50)
    await run.listeners[0].close()
    assert await c.recv() == {"ack": "last"}
    assert len(log_rows(run.log)) == 50


# ---- decoder fuzzing (no sockets) ------------------------------------------------------------

def text_entries(n: int) -> list[list[Any]]:
    """Entries of the common Fluent Bit shape (string values only): the columnar path takes them."""
    return [[event_time(T0 + i, i), {"log": f"GET /item/{i} 200", "level": "info", "host": f"web{i % 3}",
                                     "path": "/item"}] for i in range(n)]


VALID = [
    ["t", T0, {"log": "a"}],
    ["t", [[T0, {"log": "a"}], [event_time(T0), {"k": 1}]], {"chunk": "c"}],
    ["t", packed(entries(3)), {"size": 3}],
    ["t", gzip.compress(packed(entries(2))), {"compressed": "gzip"}],
    ["t", packed(text_entries(COLUMNAR_MIN)), {"size": COLUMNAR_MIN}],
]


scalar = st.one_of(st.text(max_size=6), st.integers(-2**63, 2**63 - 1), st.booleans(), st.none(),
                   st.floats(allow_nan=False))


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", 120)), deadline=None)
@given(st.lists(st.dictionaries(st.text(max_size=6), scalar, max_size=5), min_size=1, max_size=8))
def test_typed_decoders_agree_with_the_general_path(recs: list[dict[str, Any]]) -> None:
    """PackedForward records decoded by the typed msgspec paths give the same rows as the
    per-record general path (reference), including stringified numbers/bools/nulls."""
    blob = packed([[event_time(T0 + i), r] for i, r in enumerate(recs)])
    times, got, values = decode_entries(blob, len(recs))
    assert values in ("str", "scalar")
    fast = entries_batch("t", times, got, values=values).to_pylist()
    slow = entries_batch("t", times, [dict(r) for r in got], values="any").to_pylist()
    assert fast == slow


def _check(msg: Any) -> None:
    for columnar in (False, True):
        try:
            tag, times, recs, values, option = decode_message(msg, max_decompressed=1 << 20, columnar=columnar)
            batch = entries_batch(tag, times, recs, values=values)
            assert batch.num_rows == (recs[0].num_rows if values == "batch" else len(recs))
        except IngestError:
            pass


def _typed(blob: bytes, n: int) -> Any:
    times, recs, values = decode_entries(blob, n)
    return entries_batch("t", times, recs, values=values)


_text = st.one_of(st.text(max_size=14), st.text(min_size=200, max_size=300))


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", 60)), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.dictionaries(st.text(max_size=8), _text, max_size=6), min_size=1, max_size=5),
       st.sampled_from(["ext", "u32", "fixint"]))
def test_columnar_packed_forward_agrees_with_the_typed_path(recs: list[dict[str, str]], times: str) -> None:
    """The numpy PackedForward path gives exactly the rows of the msgspec typed path (the reference)."""
    n = COLUMNAR_MIN + 3
    t = {"ext": lambda i: event_time(T0 + i, i * 1000), "u32": lambda i: T0 + i, "fixint": lambda i: i % 100}[times]
    blob = packed([[t(i), recs[i % len(recs)]] for i in range(n)])
    got = packed_batch("t", blob, n)
    assert got is not None
    assert got.equals(_typed(blob, n))


def test_columnar_packed_forward_wide_long_and_odd_records() -> None:
    """map16 records, str8/16/32 values; anything outside the common shape is left to the typed path."""
    n = COLUMNAR_MIN
    wide = {f"k{j}": "v" * j for j in range(20)} | {"log": "é" * 200}
    blob = packed([[event_time(T0 + i), wide | ({"big": "x" * 70_000} if i == 3 else {})] for i in range(n)])
    assert packed_batch("t", blob, n).equals(_typed(blob, n))
    for odd in ({"log": "a", "n": 1}, {"log": "a", "nested": {"x": "y"}}, {b"bin": "a"}):
        blob = packed([[event_time(T0), odd]] * n)
        assert packed_batch("t", blob, n) is None
    dup = b"".join(b"\x92" + msgpack.packb(event_time(T0)) + b"\x82\xa1a\xa1x\xa1a\xa1y" for _ in range(n))
    assert packed_batch("t", dup, n) is None  # a key twice: the typed path keeps the last one
    assert _typed(dup, n).column("attributes")[0].as_py() == [("a", "y")]
    bad_utf8 = packed([[event_time(T0), {"log": "ok"}]] * n).replace(b"ok", b"o\xff")
    assert packed_batch("t", bad_utf8, n) is None
    good = packed(text_entries(n))
    assert packed_batch("t", good, n - 1) is None and packed_batch("t", good, None) is None  # size hint wrong/absent
    msg = ["t", good, {"size": n - 1}]
    tag, times, recs, values, _ = decode_message(msg, max_decompressed=1 << 24, columnar=True)
    assert values != "batch" and entries_batch(tag, times, recs, values=values).equals(_typed(good, n))
    tag, times, recs, values, _ = decode_message(["t", good], max_decompressed=1 << 24, columnar=True)
    assert values == "batch" and recs[0].equals(_typed(good, n))  # no options (Fluent Bit): counted first


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", 300)), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.recursive(st.none() | st.booleans() | st.integers(-2**63, 2**64 - 1) | st.floats() | st.text(max_size=8)
                    | st.binary(max_size=24),
                    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=4), kids, max_size=3),
                    max_leaves=12))
def test_fuzz_random_messages_only_raise_typed_errors(obj: Any) -> None:
    _check(obj)
    _check(["tag", obj])
    _check(["tag", obj, {}])


@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", 300)), deadline=None)
@given(which=st.integers(0, len(VALID) - 1), flips=st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 255)),
                                                           min_size=1, max_size=4))
def test_fuzz_mutated_valid_messages_only_raise_typed_errors(which: int, flips: list[tuple[int, int]]) -> None:
    """Byte-mutated valid messages, decoded as the stream does: typed errors or whole batches."""
    data = bytearray(msgpack.packb(VALID[which]))
    for pos, val in flips:
        data[pos % len(data)] = val
    u = forward.ForwardReceiver(None, None, max_frame=1 << 20, max_decompressed=1 << 20)._unpacker()  # type: ignore[arg-type]
    u.feed(bytes(data))
    try:
        for msg in u:
            _check(msg)
    except (msgpack.UnpackException, ValueError, TypeError):
        pass  # the receiver turns these into DecodeError and closes the connection



async def _soak(run: Running, seconds: float, clients: int = 6, window: int = 3) -> None:
    """Clients stream pipelined chunks while a saboteur sends garbage, oversize frames and
    half messages and hangs up; every acked chunk's rows must be in the log exactly once."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    acked: set[str] = set()

    async def client(k: int) -> None:
        c = await RawClient.connect(run.port)
        sent: list[str] = []
        i = 0
        while loop.time() < deadline or len(sent) > len([a for a in sent if a in acked]):
            while loop.time() < deadline and len(sent) - sum(a in acked for a in sent) < window:
                cid = f"c{k}-{i}"
                es = [[event_time(T0 + i), {"log": f"{cid}-{j}", "host": f"h{(k + j) % 5}"}] for j in range(50)]
                await c.send(["soak", packed(es), {"chunk": cid, "size": 50}])
                sent.append(cid)
                i += 1
            if len(sent) == sum(a in acked for a in sent):
                break
            ack = await c.recv()
            assert ack is not None, "server closed a good client"
            acked.add(ack["ack"])
        await c.close()

    async def saboteur() -> None:
        n = 0
        while loop.time() < deadline:
            c = await RawClient.connect(run.port)
            kind = n % 3
            if kind == 0:
                await c.send_raw(b"\xc1" * 10)
            elif kind == 1:
                await c.send_raw(msgpack.packb(["x", packed(entries(1, pad="z" * 70_000))])[:100_000])
            else:
                await c.send_raw(msgpack.packb(["x", packed(entries(5)), {"chunk": "half"}])[:40])
            await c.close()
            n += 1
            await asyncio.sleep(0.01)

    await asyncio.gather(*(client(k) for k in range(clients)), saboteur())
    rows = [r["message"] for r in log_rows(run.log)]
    assert len(rows) == len(set(rows)), "a record was written twice"
    expected = {f"{cid}-{j}" for cid in acked for j in range(50)}
    assert expected <= set(rows), "an acked record is missing"
    assert not any(m.startswith("line ") for m in rows), "a refused message was written"
    assert len(acked) > clients


async def test_soak_short(receiver: Any) -> None:
    run: Running = await receiver(forward, forward={"max_frame": "64KiB"})
    await _soak(run, 1.5)


@pytest.mark.slow
async def test_soak_long(receiver: Any) -> None:
    run: Running = await receiver(forward, forward={"max_frame": "64KiB"})
    await _soak(run, 30.0, clients=12)
