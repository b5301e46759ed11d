"""Hostile and slow clients against one running appliance: bounded resources, everyone else still served.

During the whole attack a well-behaved client on each protocol keeps sending
uniquely id'd records; every one acknowledged must reach the archive.
"""

from __future__ import annotations

import http.client
import socket
import threading
import time
import zlib
from pathlib import Path

import cramjam
import msgpack
import pytest

from millpond.bench_load import varint

from chaoskit import Appliance, Client, RssPeak, ForwardClient, JsonLogsClient, LineProtocolClient, poll, verdict

MAX_CONN = 64


def _post(app: Appliance, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, str]:
    c = http.client.HTTPConnection("127.0.0.1", app.http, timeout=60)
    c.request("POST", path, body=body, headers=headers)
    r = c.getresponse()
    text = r.read().decode(errors="replace")
    c.close()
    return r.status, text


def _gzip_bomb(decompressed: int) -> bytes:
    """``decompressed`` bytes of one NDJSON-looking line of spaces, gzipped (~1000:1)."""
    z = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts = [z.compress(b'{"message": "')]
    block = b" " * (1 << 20)
    for _ in range(decompressed >> 20):
        parts.append(z.compress(block))
    parts.append(z.compress(b'"}\n'))
    parts.append(z.flush())
    return b"".join(parts)


def _absurd_remote_write() -> bytes:
    """A WriteRequest whose first timeseries claims 2**60 bytes (snappy-framed as the route wants)."""
    raw = b"\x0a" + varint(1 << 60) + b"\x0a\x05\x0a\x03abc"
    return bytes(cramjam.snappy.compress_raw(raw))


def _huge_msgpack() -> list[bytes]:
    """Forward frames declaring absurd sizes: array32 of 2**32-1 entries, str32 of 4 GiB, bin32 of 2 GiB."""
    return [
        b"\xdd\xff\xff\xff\xff" + b"\xa3tag",
        b"\x93\xa3tag\xdb\xff\xff\xff\xf0abc",
        b"\x93\xa3tag\xc6\x7f\xff\xff\xff" + b"x" * 100,
    ]


class Slowloris(threading.Thread):
    """``n`` HTTP connections that dribble one header byte now and then, never finishing a request.

    With ``reconnect`` a connection the server closed is opened again (the classic tool keeps ``n`` open),
    so the server stays at its limit for the whole attack. Every 4th one sends a complete header and then
    dribbles its body instead (``Content-Length`` 1 MB, one byte a tick).
    """

    def __init__(self, port: int, n: int, reconnect: bool = False, tick: float = 0.5) -> None:
        super().__init__(daemon=True)
        self.port, self.n, self.reconnect, self.tick = port, n, reconnect, tick
        self.halt = threading.Event()
        self.socks: list[socket.socket] = []
        self.closed_by_server = 0
        self.opened = 0

    def _open(self) -> None:
        try:
            s = socket.create_connection(("127.0.0.1", self.port), timeout=5)
            self.opened += 1
            if self.reconnect and self.opened % 4 == 0:
                s.sendall(b"POST /api/v1/logs HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\n"
                          b"Content-Length: 1000000\r\n\r\n{")
            else:
                s.sendall(b"POST /api/v1/logs HTTP/1.1\r\nHost: x\r\n")
            self.socks.append(s)
        except OSError:
            self.closed_by_server += 1

    def run(self) -> None:
        for _ in range(self.n):
            self._open()
        while not self.halt.wait(self.tick):
            for s in list(self.socks):
                try:
                    s.sendall(b"X")
                except OSError:
                    self.socks.remove(s)
                    s.close()
                    self.closed_by_server += 1
            while self.reconnect and len(self.socks) < self.n and not self.halt.is_set():
                self._open()

    def stop(self) -> None:
        self.halt.set()
        self.join(10)
        for s in self.socks:
            s.close()


@pytest.mark.parametrize("loris_n, short_n, half_n", [
    (100, 300, 20),
    pytest.param(800, 50_000, 50, marks=[pytest.mark.slow, pytest.mark.timeout(1800)]),  # F6: past the limit
])
def test_hostile_clients_are_bounded_and_others_are_served(tmp_path: Path, loris_n: int, short_n: int,
                                                           half_n: int) -> None:
    """Slowloris, a connection flood, half-open TCP, a gzip bomb, absurd protobuf and msgpack sizes."""
    app = Appliance(tmp_path, env={"MILLPOND_FORWARD_MAX_CONNECTIONS": str(MAX_CONN),
                                   "MILLPOND_HTTP_MAX_CONNECTIONS": str(MAX_CONN * 4)})
    app.start()
    good: list[Client] = [ForwardClient(app), JsonLogsClient(app), LineProtocolClient(app)]
    for c in good:
        c.start()
    poll(lambda: all(c.tally.acked for c in good), 30, what="well-behaved clients served")
    assert app.proc is not None
    rss = RssPeak(app.proc.pid)
    loris = Slowloris(app.http, loris_n)
    loris.start()
    half_open: list[socket.socket] = []
    try:
        # half-open TCP: a frame started and never finished, the socket left open
        for _ in range(half_n):
            s = socket.create_connection(("127.0.0.1", app.forward), timeout=5)
            s.sendall(msgpack.packb(["tag", [[1, {"message": "x" * 100}]]])[:25])
            half_open.append(s)  # half_n < MAX_CONN: these hold slots, the good client keeps its own
        # a flood of tiny connections past max_connections: the count stays bounded
        flood: list[socket.socket] = []
        for _ in range(MAX_CONN * 3):
            try:
                flood.append(socket.create_connection(("127.0.0.1", app.forward), timeout=5))
            except OSError:
                pass
        def gauge() -> float | None:
            try:  # past the HTTP connection limit the server refuses until slow clients are evicted
                return app.metric("millpond_open_connections", receiver="forward") or None
            except (OSError, http.client.HTTPException):
                return None
        open_fwd = poll(gauge, 30, what="GET /metrics answered during the slowloris attack")
        assert open_fwd <= MAX_CONN, open_fwd
        for s in flood:
            s.close()
        for _ in range(short_n):  # many short ones, each closed at once
            socket.create_connection(("127.0.0.1", app.forward), timeout=5).close()

        # a gzip bomb: 256 MiB of spaces in ~260 KiB of gzip → 413, memory bounded by max_decompressed
        bomb = _gzip_bomb(256 << 20)
        status, text = _post(app, "/api/v1/logs", bomb, {"Content-Type": "application/x-ndjson",
                                                         "Content-Encoding": "gzip"})
        assert status == 413, (status, text)
        # protobuf with absurd lengths
        status, text = _post(app, "/api/v1/write", _absurd_remote_write(),
                             {"Content-Type": "application/x-protobuf", "Content-Encoding": "snappy",
                              "X-Prometheus-Remote-Write-Version": "0.1.0"})
        assert status == 400, (status, text)
        # msgpack declaring huge sizes: the connection is closed, nothing is allocated for the claim
        for frame in _huge_msgpack():
            s = socket.create_connection(("127.0.0.1", app.forward), timeout=10)
            s.sendall(frame)
            s.shutdown(socket.SHUT_WR)
            assert s.recv(100) == b"", "the server answered a broken frame instead of closing"
            s.close()
        # during all of that the others were served: each good client got more acks
        base = [len(c.tally.acked) for c in good]
        poll(lambda: all(len(c.tally.acked) >= b + 3 * c.batch for c, b in zip(good, base)), 30,
             what="well-behaved clients still served during the attack")
        assert app.healthy()
    finally:
        loris.stop()
        for s in half_open:
            s.close()
        grew = rss.stop()
    assert grew < 200 * 2**20, f"ingest RSS grew {grew / 2**20:.0f} MiB under attack"
    rejected = {r: app.metric("millpond_rejected_total", reason=r) for r in ("too_large", "decode")}
    assert rejected["too_large"] >= 1 and rejected["decode"] >= 1, rejected
    tallies = [c.stop() for c in good]
    app.wait_worker_ready()
    assert app.stop() == 0, app.log_tail()
    v = verdict(app.data, tallies)
    print(f"\nhostile ({loris_n} slowloris, {MAX_CONN * 3} flood + {short_n} short conns, {half_n} half-open, "
          f"256 MiB gzip bomb, "
          f"2^60 protobuf, 3 huge msgpack): RSS +{grew / 2**20:.0f} MiB, rejected {rejected}, "
          f"{v.row()}")
    assert v.acked > 0 and not v.lost and not v.duplicated, v.row()


def test_deeply_nested_json_is_refused(tmp_path: Path) -> None:
    """Deeply nested JSON (logs: 1,000 and 20,000 levels; OTLP/JSON body: 5,000) gets a clear 400; serving goes on."""
    app = Appliance(tmp_path, extra=["--no-worker"])
    app.start()
    try:
        for depth in (1000, 20_000):
            deep = b'{"message": "m", "x": ' + b"[" * depth + b"]" * depth + b"}"
            try:
                status, text = _post(app, "/api/v1/logs", deep, {"Content-Type": "application/x-ndjson"})
            except (OSError, http.client.HTTPException) as e:
                status, text = 0, repr(e)
            assert app.healthy(), f"appliance down after {depth}-deep JSON (exit {app.proc.poll()})"  # type: ignore[union-attr]
            assert status == 400, (depth, status, text[:200])
        otlp = ('{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"body":' + '{"arrayValue":{"values":[' * 5000
                + '{"stringValue":"x"}' + ']}}' * 5000 + '}]}]}]}')
        status, text = _post(app, "/v1/logs", otlp.encode(), {"Content-Type": "application/json"})
        assert status == 400 and app.healthy(), ("otlp", status, text[:200])
    finally:
        if app.proc is not None and app.proc.poll() is None:
            app.stop()


def _timed(app: Appliance, method: str, path: str, body: bytes | None = None) -> tuple[int, float]:
    """(status, seconds) of one request on a fresh connection (a new client arriving during the attack)."""
    t = time.monotonic()
    c = http.client.HTTPConnection("127.0.0.1", app.http, timeout=15)
    c.request(method, path, body=body, headers={"Content-Type": "application/x-ndjson"} if body else {})
    r = c.getresponse()
    r.read()
    c.close()
    return r.status, time.monotonic() - t


def test_slowloris_past_the_limit_does_not_starve_http(tmp_path: Path) -> None:
    """F6 short form: 3× ``[http] max_connections`` slow clients (headers or bodies dribbled, reopened when
    closed) — new clients still get /healthz, /metrics and ingest answered; the slow ones are closed, counted."""
    limit, header_timeout = 24, 2.0
    app = Appliance(tmp_path, extra=["--no-worker"], env={
        "MILLPOND_HTTP_MAX_CONNECTIONS": str(limit), "MILLPOND_HTTP_HEADER_TIMEOUT": f"{header_timeout}s",
        "MILLPOND_HTTP_MIN_BODY_RATE": "1KiB"})
    app.start()
    loris = Slowloris(app.http, limit * 3, reconnect=True, tick=0.25)
    loris.start()
    try:
        poll(lambda: loris.opened >= limit * 3, 20, what="slowloris connections opened")
        t0, answered, worst = time.monotonic(), 0, 0.0
        while time.monotonic() - t0 < 3 * header_timeout:  # past the deadline: body dribblers are cut too
            for method, path, body in (("GET", "/healthz", None), ("GET", "/metrics", None),
                                       ("POST", "/api/v1/logs", b'{"message": "served during slowloris"}')):
                status, took = _timed(app, method, path, body)
                assert status in (200, 204), (path, status)
                worst, answered = max(worst, took), answered + 1
        assert answered >= 9 and worst < 3 * header_timeout, (answered, worst)
        assert app.proc is not None and app.proc.poll() is None
    finally:
        loris.stop()
    slow = app.metric("millpond_rejected_total", receiver="http", reason="slow")
    refused = app.metric("millpond_rejected_total", receiver="http", reason="connections")
    assert slow >= limit * 3 and loris.closed_by_server >= limit * 2, (slow, loris.closed_by_server)
    log = app.log_text()
    app.stop()
    assert "whose headers took over" in log and "body came slower" in log, log[-2000:]
    print(f"\nslowloris vs limit {limit}: {loris.opened} opened, {loris.closed_by_server} closed by the server, "
          f"rejected slow={slow:.0f} connections={refused:.0f}; {answered} requests served, worst {worst:.2f}s")


class TcpDribbler(threading.Thread):
    """``n`` TCP connections that each start a frame (``head``) and add one byte a tick, reopened when closed."""

    def __init__(self, port: int, n: int, head: bytes, tick: float = 0.25) -> None:
        super().__init__(daemon=True)
        self.port, self.n, self.head, self.tick = port, n, head, tick
        self.halt = threading.Event()
        self.socks: list[socket.socket] = []
        self.opened = self.closed_by_server = 0

    def run(self) -> None:
        while not self.halt.is_set():
            while len(self.socks) < self.n and not self.halt.is_set():
                try:
                    s = socket.create_connection(("127.0.0.1", self.port), timeout=5)
                    s.sendall(self.head)
                    self.socks.append(s)
                    self.opened += 1
                except OSError:
                    self.closed_by_server += 1
            if self.halt.wait(self.tick):
                break
            for s in list(self.socks):
                try:
                    s.sendall(b"x")
                except OSError:
                    self.socks.remove(s)
                    s.close()
                    self.closed_by_server += 1

    def stop(self) -> None:
        self.halt.set()
        self.join(10)
        for s in self.socks:
            s.close()


def _forward_ack(port: int, chunk: str) -> float:
    """Seconds until a new forward connection's message is acked."""
    t = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=15) as s:
        s.sendall(msgpack.packb(["chaos.tcp", [[int(time.time()), {"message": chunk}]], {"chunk": chunk}]))
        unpacker = msgpack.Unpacker()
        while (reply := next(unpacker, None)) is None:
            data = s.recv(4096)
            assert data, "forward closed a good client's connection"
            unpacker.feed(data)
    assert reply == {"ack": chunk}, reply
    return time.monotonic() - t


def _try_ack(port: int) -> bool:
    try:
        _forward_ack(port, "warm-up")
        return True
    except (OSError, AssertionError):
        return False


def test_tcp_frames_dribbled_past_the_limit_are_cut(tmp_path: Path) -> None:
    """Forward and syslog TCP: 3× max_connections clients each inside a frame that grows a byte a tick. The
    frame deadline closes them, at the limit the oldest open frame makes room: new clients are acked."""
    limit, frame_timeout = 16, 2.0
    app = Appliance(tmp_path, extra=["--no-worker"], env={
        "MILLPOND_FORWARD_MAX_CONNECTIONS": str(limit), "MILLPOND_SYSLOG_MAX_CONNECTIONS": str(limit),
        "MILLPOND_FORWARD_FRAME_TIMEOUT": f"{frame_timeout}s", "MILLPOND_SYSLOG_FRAME_TIMEOUT": f"{frame_timeout}s"})
    app.start()
    fwd = TcpDribbler(app.forward, limit * 3, b"\x93\xa9chaos.tcp\xdb\x00\x01\x00\x00")  # str32 of 64 KiB, begun
    sys_ = TcpDribbler(app.syslog, limit * 3, b"<13>1 2026-11-25T12:00:00Z h app - - - never ends ")
    fwd.start()
    sys_.start()
    try:
        poll(lambda: fwd.opened >= limit * 3 and sys_.opened >= limit * 3, 20, what="dribblers connected")
        # a client arriving in the instant every slot holds a connection not yet read from is refused (nothing
        # to evict yet): wait for the first ack, then every new client must be served
        poll(lambda: _try_ack(app.forward), 10, what="a first forward ack during the dribble")
        t0, worst, acked = time.monotonic(), 0.0, 0
        while time.monotonic() - t0 < 2.5 * frame_timeout:
            worst = max(worst, _forward_ack(app.forward, f"tcp-{acked}"))
            acked += 1
        assert acked >= 5 and worst < frame_timeout + 1.5, (acked, worst)
        with socket.create_connection(("127.0.0.1", app.syslog), timeout=5) as s:  # syslog still takes a new client
            s.sendall(b"<13>1 2026-11-25T12:00:00Z h app - - - served during the dribble\n")
    finally:
        fwd.stop()
        sys_.stop()
    slow = {r: app.metric("millpond_rejected_total", receiver=r, reason="slow") for r in ("forward", "syslog")}
    assert slow["forward"] >= limit and slow["syslog"] >= limit, slow
    assert fwd.closed_by_server >= limit and sys_.closed_by_server >= limit
    app.stop()
    print(f"\nTCP dribblers vs limit {limit}: forward {fwd.opened} opened / {fwd.closed_by_server} closed, syslog "
          f"{sys_.opened} / {sys_.closed_by_server}; rejected slow {slow}; {acked} new forward clients acked, "
          f"worst {worst:.2f}s")
