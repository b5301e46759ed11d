"""Load generators for ``millpond bench``: pre-built request bodies per protocol, driven from a separate process.

Each protocol has one *shape* (what a typical sender sends) built once,
before the clock starts, so the load process spends its CPU on sending. The
load runs in its own process (``multiprocessing`` spawn) so it does not share
the interpreter with the appliance or with the bench's own bookkeeping.

What counts as accepted:

* forward — records of chunks whose ``{"ack": chunk}`` came back (durable);
* JSON logs, line protocol, remote_write — records of requests answered 2xx;
* syslog over TCP — records written to the socket (TCP pushes back; the
  bench then waits until the receiver has counted them, see bench_ingest).
"""

from __future__ import annotations

import asyncio
import json
import struct
import time
from dataclasses import dataclass

import cramjam
import msgpack

PROTOCOLS = ("forward", "syslog", "jsonlogs", "remote_write", "lineproto")


@dataclass
class Shape:
    """Pre-built bodies for one protocol and how to send them."""

    protocol: str
    bodies: list[bytes]
    per_body: int  # records (rows as Millpond stores them) per body
    path: str = ""
    headers: dict[str, str] | None = None

    @property
    def mean_bytes(self) -> float:
        return sum(map(len, self.bodies)) / len(self.bodies)


def varint(n: int) -> bytes:
    """Protobuf base-128 varint."""
    out = bytearray()
    while True:
        b, n = n & 0x7F, n >> 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _ld(field: int, payload: bytes) -> bytes:
    return varint(field << 3 | 2) + varint(len(payload)) + payload


def _line(i: int) -> str:
    """A web-access-like line; ``req`` and the item id make every line of a run distinct (real entropy)."""
    h = (i * 2654435761 + 12345) % 2**32
    return f"GET /api/v1/items/{h % 100_003} HTTP/1.1 {(200, 200, 200, 404, 500)[h % 5]} {h % 997}ms user{h % 500} req={h:08x}"


def build(protocol: str, now: float | None = None, count: int = 16) -> Shape:
    """The bodies of ``protocol``; timestamps near ``now`` (remote_write moves forward body by body)."""
    now = time.time() if now is None else now
    if protocol == "forward":
        n = 2000
        bodies = []
        for r in range(count):
            sec = int(now)
            entries = b"".join(msgpack.packb([msgpack.ExtType(0, struct.pack(">II", sec, i * 1000)),
                                              {"log": _line(r * n + i), "level": "info", "host": f"web{i % 16}"}])
                               for i in range(n))
            bodies.append(entries)
        return Shape("forward", bodies, n)
    if protocol == "syslog":
        n = 500
        bodies = []
        for r in range(count):
            frames = []
            for i in range(n):
                msg = (f"<134>1 2026-11-25T10:00:00.{i % 1000:03d}Z web{i % 16} api {1000 + i % 50} - - "
                       f"{_line(r * n + i)}").encode()
                frames.append(str(len(msg)).encode() + b" " + msg)
            bodies.append(b"".join(frames))
        return Shape("syslog", bodies, n)
    if protocol == "jsonlogs":
        n = 2000
        bodies = [
            "\n".join(json.dumps({"ts": now - 1 + i / 1e4, "host": f"web{i % 16}", "service": "api", "level": "info",
                                  "message": _line(r * n + i), "path": f"/api/v1/items/{i % 97}"})
                      for i in range(n)).encode()
            for r in range(count)]
        return Shape("jsonlogs", bodies, n, "/api/v1/logs", {"Content-Type": "application/x-ndjson"})
    if protocol == "lineproto":
        n = 2500  # two fields per line → two rows
        ts = int(now * 1e9)
        bodies = ["\n".join(f"cpu,host=web{i % 100},cpu=cpu{i % 8} usage_user={i * 7 % 1000 / 10},usage_idle={i % 97}i "
                            f"{ts + r * n + i}" for i in range(n)).encode() for r in range(count)]
        return Shape("lineproto", bodies, 2 * n, "/write", {"Content-Type": "text/plain"})
    if protocol == "remote_write":
        series, samples = 500, 10
        labels = [b"".join(_ld(1, _ld(1, k) + _ld(2, v)) for k, v in (
            (b"__name__", b"http_requests_total"), (b"instance", f"host{i % 50}:9100".encode()),
            (b"job", b"node"), (b"path", f"/api/v1/item/{i}".encode())))
            for i in range(series)]
        start_ms = int(now * 1000) - 3_600_000
        bodies = []
        for r in range(count * 4):
            t0 = start_ms + r * samples * 1000
            blob = b"".join(_ld(2, b"\x09" + struct.pack("<d", float(r + j)) + b"\x10" + varint(t0 + j * 1000))
                            for j in range(samples))
            bodies.append(bytes(cramjam.snappy.compress_raw(b"".join(_ld(1, lab + blob) for lab in labels))))
        return Shape("remote_write", bodies, series * samples, "/api/v1/write",
                     {"Content-Type": "application/x-protobuf", "Content-Encoding": "snappy",
                      "X-Prometheus-Remote-Write-Version": "0.1.0"})
    raise ValueError(f"unknown protocol {protocol!r}")


# -- drivers (run inside the load process) -------------------------------------------------------------

async def _forward(shape: Shape, port: int, seconds: float, conns: int) -> tuple[int, int]:
    acked = failed = 0
    stop_at = time.perf_counter() + seconds

    async def one(c: int) -> None:
        nonlocal acked, failed
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        unpacker = msgpack.Unpacker(raw=False)
        sent = got = 0

        def send() -> None:
            nonlocal sent
            body = shape.bodies[(c + sent) % len(shape.bodies)]
            writer.write(msgpack.packb(["bench.app", body, {"chunk": f"{c}-{sent}", "size": shape.per_body}]))
            sent += 1
        for _ in range(2):
            send()
        while got < sent:
            data = await reader.read(65536)
            if not data:
                failed += sent - got
                break
            unpacker.feed(data)
            for _ack in unpacker:
                got += 1
                acked += shape.per_body
                if time.perf_counter() < stop_at:
                    send()
            await writer.drain()
        writer.close()
    await asyncio.gather(*(one(c) for c in range(conns)))
    return acked, failed


async def _syslog(shape: Shape, port: int, seconds: float, conns: int) -> tuple[int, int]:
    sent = 0
    stop_at = time.perf_counter() + seconds

    async def one(c: int) -> None:
        nonlocal sent
        _, writer = await asyncio.open_connection("127.0.0.1", port)
        i = c
        while time.perf_counter() < stop_at:
            writer.write(shape.bodies[i % len(shape.bodies)])
            await writer.drain()  # TCP flow control is syslog's only backpressure
            sent += shape.per_body
            i += 1
        writer.close()
        await writer.wait_closed()
    await asyncio.gather(*(one(c) for c in range(conns)))
    return sent, 0


async def _http(shape: Shape, port: int, seconds: float, conns: int) -> tuple[int, int]:
    import aiohttp

    accepted = failed = 0
    nxt = 0
    stop_at = time.perf_counter() + seconds
    url = f"http://127.0.0.1:{port}{shape.path}"
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=conns)) as s:
        async def worker() -> None:
            nonlocal accepted, failed, nxt
            while time.perf_counter() < stop_at:
                body = shape.bodies[nxt % len(shape.bodies)]
                nxt += 1
                async with s.post(url, data=body, headers=shape.headers) as r:
                    await r.read()
                    if 200 <= r.status < 300:
                        accepted += shape.per_body
                    else:
                        failed += 1
                        if r.status in (429, 503):
                            await asyncio.sleep(0.05)
        await asyncio.gather(*(worker() for _ in range(conns)))
    return accepted, failed


def serve(commands, out) -> None:  # noqa: ANN001
    """Load-process entry point: for each ``(protocol, port, seconds, conns, now)`` from ``commands``, build
    the bodies, put ``"ready"``, wait for a go, send for ``seconds``, put ``(accepted, failed, wall)``; None ends."""
    try:
        import uvloop
        runner = uvloop.run
    except ImportError:  # pragma: no cover
        runner = asyncio.run
    while (cmd := commands.get()) is not None:
        protocol, port, seconds, conns, now = cmd
        shape = build(protocol, now)
        fn = {"forward": _forward, "syslog": _syslog}.get(protocol, _http)
        out.put("ready")
        commands.get()  # go
        t0 = time.perf_counter()
        try:
            accepted, failed = runner(fn(shape, port, seconds, conns))
        except OSError as e:
            out.put(("error", f"{protocol} to port {port}: {e}"))
            continue
        out.put((accepted, failed, time.perf_counter() - t0))
