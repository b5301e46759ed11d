"""GET /api/v1/alerts on a bare aiohttp app: rules with health, instances with state and age, history, the guard."""

from __future__ import annotations

import time
from pathlib import Path

import pyarrow as pa
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from sinkdata import make_cfg

from millpond.alerting_service import AlertingService
from millpond.config import build_config
from millpond.pipeline.log import open_log
from millpond.pipeline.schema import metrics_batch
from millpond.sinks import alerts_api
from millpond.sinks.query import QueryService

RULES = [
    {"name": "Hot", "for": "30s", "severity": "critical",
     "sql": "SELECT labels['device'] AS device, max(value) AS value FROM metrics WHERE name = 'temp' "
            "GROUP BY 1 HAVING max(value) > 30"},
    {"name": "Broken", "sql": "SELECT * FROM nowhere"},
]


class Clock:
    def __init__(self) -> None:
        self.t = time.time()

    def __call__(self) -> float:
        return self.t


@pytest.fixture
async def served(tmp_path: Path):
    cfg = build_config({"data_dir": str(tmp_path / "data"), "log": {"partitions": 2}, "http": {"token": "s3cret"},
                        "alert": RULES})
    lg = open_log(cfg.data_path, cfg.log)
    qs = QueryService(cfg, cfg.data_path, lg, connections=2)
    clock = Clock()
    svc = AlertingService(cfg, qs, clock=clock)
    app = web.Application()
    alerts_api.register(app, cfg, svc)
    client = TestClient(TestServer(app, host="127.0.0.1"))
    await client.start_server()
    yield lg, svc, clock, client
    await client.close()
    qs.close()
    lg.close()


def _round(svc: AlertingService) -> None:
    """One evaluation round as the loop does it: evaluate, store the transitions."""
    ev = svc.evaluator.evaluate()
    svc.write_rows(ev.rows)


AUTH = {"Authorization": "Bearer s3cret"}


async def test_rules_instances_with_age_and_history(served) -> None:
    lg, svc, clock, client = served
    lg.append("metrics", 0, metrics_batch(name=["temp", "temp"], value=[35.0, 20.0],
                                          labels=[{"device": "oven"}, {"device": "fridge"}])).result()
    _round(svc)
    clock.t += 31
    _round(svc)
    clock.t += 4.5
    r = await client.get("/api/v1/alerts", headers=AUTH)
    assert r.status == 200
    body = await r.json()
    rules = {x["name"]: x for x in body["rules"]}
    assert rules["Hot"]["health"] == "ok" and rules["Hot"]["firing"] == 1 and rules["Hot"]["for"] == 30.0
    assert rules["Broken"]["health"] == "error" and "nowhere" in rules["Broken"]["error"]
    assert body["errors"].keys() == {"Broken"} and body["rounds"] == 2
    (inst,) = body["instances"]
    assert inst["rule"] == "Hot" and inst["state"] == "firing" and inst["labels"]["device"] == "oven"
    assert inst["value"] == 35.0 and inst["age_s"] == pytest.approx(4.5)  # since it fired
    assert [(h["state"], h["labels"]["device"]) for h in body["history"]] == [("firing", "oven"), ("pending", "oven")]
    assert body["history"][0]["severity"] == "critical" and body["history"][0]["ts"].endswith("Z")
    r = await client.get("/api/v1/alerts?history=0", headers=AUTH)
    assert (await r.json())["history"] == []


async def test_guarded_and_bounded(served) -> None:
    _, _, _, client = served
    r = await client.get("/api/v1/alerts")
    assert r.status == 401 and "token" in (await r.json())["error"]
    r = await client.get("/api/v1/alerts", headers={"Authorization": "Bearer wrong"})
    assert r.status == 401
    for bad in ("x", "-1"):
        r = await client.get(f"/api/v1/alerts?history={bad}", headers=AUTH)
        assert r.status == 400 and "history" in (await r.json())["error"]


async def test_history_failure_still_answers_the_live_state(tmp_path: Path) -> None:
    """A history read that fails (here: a query callable that refuses) is reported beside the state."""
    cfg = make_cfg(tmp_path / "data")

    def query(sql: str) -> pa.Table:
        raise RuntimeError("archive offline\nsecond line")

    svc = AlertingService(cfg, query)
    app = web.Application()
    alerts_api.register(app, cfg, svc)
    client = TestClient(TestServer(app, host="127.0.0.1"))
    await client.start_server()
    try:
        body = await (await client.get("/api/v1/alerts")).json()  # loopback, no token: allowed
    finally:
        await client.close()
    assert body["rules"] == [] and body["history"] == [] and body["history_error"] == "archive offline second line"
