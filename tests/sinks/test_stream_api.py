"""GET /api/v1/stream + commit on a real aiohttp server over a real embedded log."""

from __future__ import annotations

import asyncio
import json
import math
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import aiohttp
import pyarrow as pa
import pytest
from aiohttp import web
from netutil import free_port
from sinkdata import logs, make_cfg

from millpond.config import Config
from millpond.pipeline.log import open_log
from millpond.pipeline.log.base import Log, TopicPartition
from millpond.pipeline.schema import metrics_batch
from millpond.sinks.stream_api import STREAMS, register


@dataclass
class Server:
    cfg: Config
    log: Log
    app: web.Application
    runner: web.AppRunner
    url: str

    @property
    def active(self) -> int:
        return self.app[STREAMS].active


async def _serve(cfg: Config, lg: Log) -> Server:
    app = web.Application()
    register(app, cfg, lg)
    runner = web.AppRunner(app, shutdown_timeout=5)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return Server(cfg, lg, app, runner, f"http://127.0.0.1:{port}")


@pytest.fixture
async def server(tmp_path) -> AsyncIterator[Server]:
    cfg = make_cfg(tmp_path / "data")
    lg = open_log(cfg.data_path, cfg.log)
    srv = await _serve(cfg, lg)
    yield srv
    await srv.runner.cleanup()
    lg.close()


@dataclass
class Reader:
    """One streaming client: lines as they come, sorted by type."""

    resp: aiohttp.ClientResponse
    records: list[dict] = field(default_factory=list)
    controls: list[dict] = field(default_factory=list)

    async def until(self, pred, timeout: float = 10.0) -> None:  # noqa: ANN001
        deadline = time.monotonic() + timeout
        while not pred(self):
            left = deadline - time.monotonic()
            assert left > 0, f"timed out; records={len(self.records)} controls={self.controls[-3:]}"
            line = await asyncio.wait_for(self.resp.content.readline(), left)
            assert line, "stream ended early"
            obj = json.loads(line)
            (self.records if obj["type"] == "record" else self.controls).append(obj)

    def offsets(self, partition: int) -> list[int]:
        return [r["offset"] for r in self.records if r["partition"] == partition]


async def _open(session: aiohttp.ClientSession, srv: Server, **params) -> Reader:
    resp = await session.get(f"{srv.url}/api/v1/stream", params={"topic": "logs", **{k: str(v) for k, v in params.items()}})
    assert resp.status == 200, await resp.text()
    assert resp.headers["Content-Type"].startswith("application/x-ndjson")
    r = Reader(resp)
    await r.until(lambda r: r.controls)
    assert r.controls[0]["type"] == "start"
    return r


async def _wait(pred, timeout: float = 5.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not pred():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.02)


async def test_read_commit_disconnect_reconnect_resumes_after_the_commit(server):
    """A client reads, commits part of what it read, drops; the next connection starts right after the commit."""
    lg = server.log
    lg.append("logs", 0, logs(30)).result()
    lg.append("logs", 1, logs(20, start_id=100)).result()
    async with aiohttp.ClientSession() as s:
        r = await _open(s, server, group="fraud")
        assert r.controls[0]["positions"] == {"logs/0": 0, "logs/1": 0}
        await r.until(lambda r: len(r.records) == 50)
        assert r.offsets(0) == list(range(30)) and r.offsets(1) == list(range(20))
        rec = next(x for x in r.records if x["partition"] == 1 and x["offset"] == 3)["record"]
        assert rec["message"] == "req 103 done" and rec["attributes"] == {"id": "103"}
        assert rec["ts"].endswith("Z") and "T" in rec["ts"]
        await r.until(lambda r: r.controls[-1]["type"] == "positions" and r.controls[-1]["positions"] == {"logs/0": 30, "logs/1": 20})
        c = await s.post(f"{server.url}/api/v1/stream/commit", json={"group": "fraud", "offsets": {"logs/0": 12, "logs/1": 20}})
        assert c.status == 200, await c.text()
        assert (await c.json())["committed"] == {"logs/0": 12, "logs/1": 20}
        r.resp.close()
        await _wait(lambda: server.active == 0)  # the server noticed the disconnect and ended the stream

        lg.append("logs", 0, logs(5, start_id=30)).result()
        r2 = await _open(s, server, group="fraud")
        assert r2.controls[0]["positions"] == {"logs/0": 12, "logs/1": 20}
        await r2.until(lambda r: len(r.records) == 23)
        assert r2.offsets(0) == list(range(12, 35)) and r2.offsets(1) == []
        assert [x["record"]["message"] for x in r2.records][-1] == "req 34 done"
        r2.resp.close()
        shown = await (await s.get(f"{server.url}/api/v1/stream/commit", params={"group": "fraud"})).json()
        assert shown == {"group": "fraud", "committed": {"logs/0": 12, "logs/1": 20}}
    assert lg.committed("fraud") == {TopicPartition("logs", 0): 12, TopicPartition("logs", 1): 20}


async def test_two_groups_are_independent_and_latest_skips_history(server):
    lg = server.log
    lg.append("logs", 0, logs(10)).result()
    async with aiohttp.ClientSession() as s:
        a = await _open(s, server, group="a")
        b = await _open(s, server, group="b", **{"from": "latest"})
        assert b.controls[0]["positions"] == {"logs/0": 10, "logs/1": 0}
        await a.until(lambda r: len(r.records) == 10)
        assert (await s.post(f"{server.url}/api/v1/stream/commit", json={"group": "a", "offsets": {"logs/0": 10}})).status == 200
        lg.append("logs", 1, logs(4, start_id=50)).result()  # live: both see it while connected
        await a.until(lambda r: len(r.records) == 14)
        await b.until(lambda r: len(r.records) == 4)
        assert b.offsets(1) == [0, 1, 2, 3] and b.offsets(0) == []
        a.resp.close()
        b.resp.close()
        c = await _open(s, server, group="c", max=3)  # a third group from the start, unaffected by a's commit
        await c.until(lambda r: r.controls[-1]["type"] == "end")
        assert len(c.records) == 3 and c.controls[-1]["reason"] == "max"
        assert await c.resp.content.read() == b""  # the response is complete
    assert lg.committed("b") == {} and lg.committed("a") == {TopicPartition("logs", 0): 10}


async def test_heartbeats_while_idle_then_live_records(server):
    async with aiohttp.ClientSession() as s:
        r = await _open(s, server, group="idle", heartbeat=0.2)
        await r.until(lambda r: sum(c["type"] == "heartbeat" for c in r.controls) >= 2)
        assert r.records == [] and r.controls[-1]["positions"] == {"logs/0": 0, "logs/1": 0}
        server.log.append("logs", 1, logs(3)).result()
        await r.until(lambda r: len(r.records) == 3)
        r.resp.close()
        await _wait(lambda: server.active == 0)


async def test_chunks_are_bounded_and_numbers_stay_json(server):
    """A backlog over one chunk comes in several chunks; NaN metric values are written as null (valid JSON)."""
    from millpond.sinks.stream_api import CHUNK_RECORDS

    lg = server.log
    lg.append("logs", 0, logs(CHUNK_RECORDS + 700)).result()
    lg.append("metrics", 0, metrics_batch(name=["t", "t"], value=[1.5, math.nan],
                                          ts=pa.array([1, 2], pa.timestamp("us", tz="UTC")), host="h")).result()
    async with aiohttp.ClientSession() as s:
        r = await _open(s, server, group="big")
        await r.until(lambda r: len(r.records) == CHUNK_RECORDS + 700)
        await r.until(lambda r: r.controls[-1]["type"] == "positions" and r.controls[-1]["positions"]["logs/0"] == CHUNK_RECORDS + 700)
        chunk_ends = [c["positions"]["logs/0"] for c in r.controls if c["type"] == "positions"]
        assert chunk_ends[0] == CHUNK_RECORDS
        assert r.offsets(0) == list(range(CHUNK_RECORDS + 700))
        r.resp.close()
        resp = await s.get(f"{server.url}/api/v1/stream", params={"topic": "metrics", "group": "m", "max": "2"})
        lines = [json.loads(x, parse_constant=lambda c: pytest.fail(f"non-JSON constant {c}"))
                 for x in (await resp.text()).splitlines()]
        assert [x["record"]["value"] for x in lines if x["type"] == "record"] == [1.5, None]


@pytest.mark.parametrize(("params", "needle"), [
    ({"group": "g"}, "topic is required"),
    ({"topic": "nope", "group": "g"}, "no topic 'nope'"),
    ({"topic": "logs"}, "group must be"),
    ({"topic": "logs", "group": "a b"}, "group must be"),
    ({"topic": "logs", "group": "millpond-pipeline"}, "reserved"),
    ({"topic": "logs", "group": "g", "from": "middle"}, "from must be"),
    ({"topic": "logs", "group": "g", "max": "0"}, "max must be"),
    ({"topic": "logs", "group": "g", "max": "ten"}, "max must be"),
    ({"topic": "logs", "group": "g", "heartbeat": "0"}, "heartbeat must be"),
    ({"topic": "logs", "group": "g", "partitions": "0,2"}, "partitions must be"),
    ({"topic": "logs", "group": "g", "partitions": "x"}, "partitions must be"),
])
async def test_bad_stream_params_are_400_with_a_message(server, params, needle):
    async with aiohttp.ClientSession() as s:
        resp = await s.get(f"{server.url}/api/v1/stream", params=params)
        assert resp.status == 400
        assert needle in (await resp.json())["error"]


@pytest.mark.parametrize(("body", "needle"), [
    (b"{nope", "not valid JSON"),
    (b"[]", "expected"),
    (json.dumps({"offsets": {"logs/0": 1}}).encode(), "group must be"),
    (json.dumps({"group": "g"}).encode(), "offsets must be"),
    (json.dumps({"group": "g", "offsets": {"logs/9": 1}}).encode(), "no partition 'logs/9'"),
    (json.dumps({"group": "g", "offsets": {"logs": 1}}).encode(), "no partition"),
    (json.dumps({"group": "g", "offsets": {"logs/0": -1}}).encode(), "non-negative"),
    (json.dumps({"group": "g", "offsets": {"logs/0": "3"}}).encode(), "non-negative"),
    (json.dumps({"group": "g", "offsets": {"logs/0": 11}}).encode(), "past the partition's end 10"),
    (json.dumps({"group": "millpond-pipeline", "offsets": {"logs/0": 1}}).encode(), "reserved"),
])
async def test_bad_commits_are_400_and_commit_nothing(server, body, needle):
    server.log.append("logs", 0, logs(10)).result()
    async with aiohttp.ClientSession() as s:
        resp = await s.post(f"{server.url}/api/v1/stream/commit", data=body, headers={"Content-Type": "application/json"})
        assert resp.status == 400
        assert needle in (await resp.json())["error"]
    assert server.log.committed("g") == {}


async def test_token_guards_stream_and_commit(tmp_path):
    cfg = make_cfg(tmp_path / "data", http={"token": "s3cret"})
    lg = open_log(cfg.data_path, cfg.log)
    srv = await _serve(cfg, lg)
    try:
        lg.append("logs", 0, logs(2)).result()
        async with aiohttp.ClientSession() as s:
            for headers in ({}, {"Authorization": "Bearer wrong"}):
                r = await s.get(f"{srv.url}/api/v1/stream", params={"topic": "logs", "group": "g"}, headers=headers)
                assert r.status == 401
                r = await s.post(f"{srv.url}/api/v1/stream/commit", json={"group": "g", "offsets": {"logs/0": 1}},
                                 headers=headers)
                assert r.status == 401
            ok = {"Authorization": "Bearer s3cret"}
            r = await s.get(f"{srv.url}/api/v1/stream", params={"topic": "logs", "group": "g", "max": "2"}, headers=ok)
            assert r.status == 200
            assert sum(json.loads(x)["type"] == "record" for x in (await r.text()).splitlines()) == 2
            r = await s.post(f"{srv.url}/api/v1/stream/commit", json={"group": "g", "offsets": {"logs/0": 2}}, headers=ok)
            assert r.status == 200
        assert lg.committed("g") == {TopicPartition("logs", 0): 2}
    finally:
        await srv.runner.cleanup()
        lg.close()


async def test_shutdown_ends_open_streams(server):
    async with aiohttp.ClientSession() as s:
        r = await _open(s, server, group="bye")
        cleanup = asyncio.create_task(server.runner.cleanup())
        await r.until(lambda r: r.controls[-1]["type"] == "end")
        assert r.controls[-1]["reason"] == "shutdown"
        await asyncio.wait_for(cleanup, 5)


async def test_readers_of_one_group_can_split_the_partitions(server):
    """`partitions=` lets several readers share a group, each with its own partitions (and commits)."""
    lg = server.log
    lg.append("logs", 0, logs(6)).result()
    lg.append("logs", 1, logs(4, start_id=50)).result()
    async with aiohttp.ClientSession() as s:
        one = await _open(s, server, group="split", partitions="1")
        assert one.controls[0]["positions"] == {"logs/1": 0}
        await one.until(lambda r: len(r.records) == 4)
        assert {x["partition"] for x in one.records} == {1}
        r = await s.post(f"{server.url}/api/v1/stream/commit", json={"group": "split", "offsets": {"logs/1": 4}})
        assert r.status == 200
        zero = await _open(s, server, group="split", partitions="0")
        await zero.until(lambda r: len(r.records) == 6)
        assert {x["partition"] for x in zero.records} == {0}
        one.resp.close()
        zero.resp.close()
        both = await _open(s, server, group="split")
        assert both.controls[0]["positions"] == {"logs/0": 0, "logs/1": 4}
        both.resp.close()


async def test_non_loopback_clients_are_refused_without_a_token(server):
    """The routes share the query API's guard: a peer that is not loopback gets 403 (no token configured)."""
    from aiohttp.test_utils import make_mocked_request

    class Transport:
        def get_extra_info(self, name, default=None):  # noqa: ANN001, ANN202
            return ("10.1.2.3", 40000) if name == "peername" else default

        def is_closing(self) -> bool:
            return False

    for method, path in (("GET", "/api/v1/stream?topic=logs&group=g"), ("POST", "/api/v1/stream/commit"),
                         ("GET", "/api/v1/stream/commit?group=g")):
        req = make_mocked_request(method, path, app=server.app, transport=Transport())
        match = await server.app.router.resolve(req)
        resp = await match.handler(req)
        assert resp.status == 403, path
