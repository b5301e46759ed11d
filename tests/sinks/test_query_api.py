"""POST /api/v1/query and GET /api/v1/log on a bare aiohttp app: answers, errors, the guard."""

from __future__ import annotations

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer, make_mocked_request
from sinkdata import logs, make_cfg

from millpond.pipeline.log import open_log
from millpond.pipeline.log.base import TopicPartition
from millpond.pipeline.worker import GROUP
from millpond.sinks.query_api import refuse, register


async def _client(cfg, lg=None) -> TestClient:
    app = web.Application()
    register(app, cfg, lg)
    client = TestClient(TestServer(app, host="127.0.0.1"))
    await client.start_server()
    return client


@pytest.fixture
async def logged(tmp_path):
    cfg = make_cfg(tmp_path / "data")
    lg = open_log(cfg.data_path, cfg.log)
    client = await _client(cfg, lg)
    yield cfg, lg, client
    await client.close()
    lg.close()


async def test_query_json_and_text_bodies(logged):
    _, lg, client = logged
    lg.append("logs", 0, logs(30)).result()
    r = await client.post("/api/v1/query", json={"sql": "SELECT service, count(*) AS n FROM logs GROUP BY 1 ORDER BY 1"})
    assert r.status == 200
    body = await r.json()
    assert body["columns"] == [{"name": "service", "type": "VARCHAR"}, {"name": "n", "type": "BIGINT"}]
    assert body["rows"] == [["svc0", 10], ["svc1", 10], ["svc2", 10]]
    assert body["elapsed_ms"] >= 0
    r = await client.post("/api/v1/query", data="SELECT 1 AS one", headers={"Content-Type": "text/plain"})
    assert (await r.json())["rows"] == [[1]]


@pytest.mark.parametrize("sql", [
    "SELECT * FROM read_csv('/etc/passwd')", "SELECT * FROM read_text('/etc/passwd')",
    "COPY (SELECT 1) TO '{d}/x.csv'", "ATTACH '{d}/x.db'", "INSTALL httpfs", "LOAD httpfs",
    "SET threads = 1", "PRAGMA version", "EXPORT DATABASE '{d}/exp'", "SELECT * FROM nope",
])
async def test_bad_queries_are_400_with_a_message_and_leave_no_file(logged, sql, tmp_path):
    cfg, _, client = logged
    target = tmp_path / "target"
    target.mkdir()
    before = sorted(cfg.data_path.rglob("*"))
    r = await client.post("/api/v1/query", json={"sql": sql.format(d=target)})
    assert r.status == 400
    assert (await r.json())["error"]
    assert list(target.iterdir()) == []
    assert sorted(cfg.data_path.rglob("*")) == before


async def test_malformed_bodies_are_400(logged):
    _, _, client = logged
    for data in ('{"sql": 1}', '{"sq', "", '{"sql": "SELECT 1", "max_rows": -1}'):
        r = await client.post("/api/v1/query", data=data, headers={"Content-Type": "application/json"})
        assert r.status == 400, data


async def test_log_route_shows_topics_offsets_and_lag(logged):
    _, lg, client = logged
    lg.append("logs", 1, logs(40)).result()
    lg.commit(GROUP, {TopicPartition("logs", 1): 15})
    r = await client.get("/api/v1/log")
    body = await r.json()
    topics = {t["name"]: t for t in body["topics"]}
    assert set(topics) >= {"logs", "metrics"}
    assert [p["end_offset"] for p in topics["logs"]["partitions"]] == [0, 40]
    assert topics["logs"]["size_bytes"] > 0
    (g,) = [g for g in body["groups"] if g["name"] == GROUP]
    assert g["lag"] == 25
    assert {"topic": "logs", "partition": 1, "committed": 15, "end_offset": 40, "lag": 25} in g["partitions"]


async def test_token_required_when_configured(tmp_path):
    client = await _client(make_cfg(tmp_path / "d", http={"token": "s3cret"}))
    try:
        for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic s3cret"}):
            r = await client.post("/api/v1/query", json={"sql": "SELECT 1"}, headers=headers)
            assert r.status == 401
            assert (await client.get("/api/v1/log", headers=headers)).status == 401
        r = await client.post("/api/v1/query", json={"sql": "SELECT 1"}, headers={"Authorization": "Bearer s3cret"})
        assert r.status == 200
    finally:
        await client.close()


def _request_from(peer: str, headers: dict | None = None) -> web.Request:
    class Transport:
        def get_extra_info(self, name, default=None):
            return (peer, 40000) if name == "peername" else default

        def is_closing(self):
            return False

    return make_mocked_request("POST", "/api/v1/query", headers=headers or {}, transport=Transport())


def test_loopback_only_without_a_token():
    assert refuse(_request_from("127.0.0.1"), "") is None
    assert refuse(_request_from("::1"), "") is None
    assert refuse(_request_from("10.1.2.3"), "").status == 403
    assert refuse(_request_from("192.168.0.9"), "").status == 403
    # with a token, any address that shows it
    assert refuse(_request_from("10.1.2.3", {"Authorization": "Bearer t"}), "t") is None
    assert refuse(_request_from("127.0.0.1"), "t").status == 401
