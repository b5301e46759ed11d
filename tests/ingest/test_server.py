"""The shared TCP/UDP runner on real loopback sockets: idle timeout, refusals counted and
closed, bugs contained to one connection, graceful close lets a handler finish, UDP errors."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from streamkit import poll
from millpond.ingest.errors import DecodeError
from millpond.ingest.server import Connection, parse_listen, serve_tcp, serve_udp
from millpond.ingest.stats import IngestStats


async def echo_upper(conn: Connection) -> None:
    while data := await conn.read():
        if data.startswith(b"bad"):
            raise DecodeError("bad input")
        if data.startswith(b"bug"):
            raise KeyError("a bug")
        conn.write(data.upper())
        await conn.drain()


async def roundtrip(port: int, data: bytes) -> bytes:
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.write(data)
    await w.drain()
    got = await asyncio.wait_for(r.read(100), 10)
    w.close()
    return got


async def test_refusals_close_one_connection_and_are_counted() -> None:
    stats = IngestStats()
    lst = await serve_tcp("t", "127.0.0.1", 0, echo_upper, max_connections=8, ssl=None, stats=stats)
    assert await roundtrip(lst.port, b"hi") == b"HI"
    assert await roundtrip(lst.port, b"bad") == b""  # closed, no answer
    assert await roundtrip(lst.port, b"bug") == b""  # a handler bug: logged, that connection closed
    assert await roundtrip(lst.port, b"still") == b"STILL"
    assert stats.value("millpond_rejected_total", {"receiver": "t", "reason": "decode"}) == 1
    await lst.close()


async def test_idle_connection_is_closed() -> None:
    stats = IngestStats()
    lst = await serve_tcp("t", "127.0.0.1", 0, echo_upper, max_connections=8, ssl=None, stats=stats,
                          idle_timeout=0.2)
    r, w = await asyncio.open_connection("127.0.0.1", lst.port)
    assert await asyncio.wait_for(r.read(10), 10) == b""  # the server hung up on silence
    await poll(lambda: stats.value("millpond_open_connections", {"receiver": "t"}) == 0)
    w.close()
    await lst.close()


async def test_close_lets_the_handler_finish_then_cancels_stragglers() -> None:
    """close() ends reads (EOF) so handlers finish their work; one that ignores it is cancelled."""
    stats = IngestStats()
    finished: list[str] = []

    async def handler(conn: Connection) -> None:
        data = await conn.read()
        if data == b"stubborn":
            await asyncio.Event().wait()  # never returns by itself
        while await conn.read():
            pass
        finished.append("polite")

    lst = await serve_tcp("t", "127.0.0.1", 0, handler, max_connections=8, ssl=None, stats=stats, grace=1.0)
    _, w1 = await asyncio.open_connection("127.0.0.1", lst.port)
    _, w2 = await asyncio.open_connection("127.0.0.1", lst.port)
    w1.write(b"polite")
    w2.write(b"stubborn")
    await asyncio.gather(w1.drain(), w2.drain())
    await poll(lambda: lst.connections == 2)
    await asyncio.wait_for(lst.close(), 10)
    assert finished == ["polite"] and lst.connections == 0
    w1.close()
    w2.close()


async def test_udp_refusals_are_counted() -> None:
    stats = IngestStats()
    seen: list[bytes] = []

    def handler(data: bytes, addr: Any, transport: asyncio.DatagramTransport) -> None:
        if data == b"bad":
            raise DecodeError("bad datagram")
        seen.append(data)

    lst = await serve_udp("u", "127.0.0.1", 0, handler, stats=stats)
    tr, _ = await asyncio.get_running_loop().create_datagram_endpoint(asyncio.DatagramProtocol,
                                                                      remote_addr=("127.0.0.1", lst.port))
    tr.sendto(b"bad")
    tr.sendto(b"good")
    await poll(lambda: seen == [b"good"])
    assert stats.value("millpond_rejected_total", {"receiver": "u", "reason": "decode"}) == 1
    tr.close()
    await lst.close()


@pytest.mark.parametrize(("listen", "expected"), [("0.0.0.0:24224", ("0.0.0.0", 24224)),
                                                  ("[::1]:5514", ("::1", 5514)), (":9880", ("0.0.0.0", 9880))])
def test_parse_listen(listen: str, expected: tuple[str, int]) -> None:
    assert parse_listen(listen) == expected


@pytest.mark.parametrize("bad", ["nohost", "h:99999", "h:x"])
def test_parse_listen_rejects(bad: str) -> None:
    with pytest.raises(ValueError, match="HOST:PORT"):
        parse_listen(bad)
