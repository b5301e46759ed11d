"""Alert rules over real DuckDB SQL with a fake clock: pending → firing → resolved,
keep_firing_for against flapping, bad rules isolated; Alertmanager v4 bodies
delivered to a real HTTP receiver on loopback, retried while it is down."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import duckdb
import pyarrow as pa
import pytest
from aiohttp import web

from millpond.config import AlertRule, Duration
from millpond.pipeline.alerting import ALERTS_SCHEMA, AlertEvaluator
from millpond.pipeline.alerting_webhook import WebhookSender, run_alerting
from millpond.sinks.query import ALERTS
from netutil import free_port

HOT = "SELECT device, max(value) AS value FROM metrics WHERE name = 'temperature' GROUP BY 1 HAVING max(value) > 30"


class Clock:
    def __init__(self) -> None:
        self.t = 1_800_000_000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def db() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE metrics (ts TIMESTAMPTZ, name VARCHAR, device VARCHAR, value DOUBLE)")
    return con


def _query(con: duckdb.DuckDBPyConnection):  # noqa: ANN202
    return lambda sql: con.cursor().sql(sql).to_arrow_table()


def _set(con: duckdb.DuckDBPyConnection, **temps: float) -> None:
    con.execute("DELETE FROM metrics")
    for device, v in temps.items():
        con.execute("INSERT INTO metrics VALUES (now(), 'temperature', ?, ?)", [device, v])


def _rule(**kw: Any) -> AlertRule:
    base = {"name": "HotSensor", "sql": HOT, "severity": "critical", "labels": {"team": "facilities"},
            "annotations": {"summary": "{{ $labels.device }} at {{ $value }}°C", "room": "{device}"}}
    for k in ("for_", "keep_firing_for"):
        if k in kw:
            kw[k] = Duration(kw[k])
    return AlertRule(**{**base, **kw})


def _states(ev_rows: pa.Table) -> list[tuple[str, str]]:
    return [(r["state"], dict(r["labels"])["device"]) for r in ev_rows.to_pylist()]


@dataclass
class Receiver:
    """A real webhook receiver: records bodies, answers ``statuses`` in turn (then 200)."""

    url: str
    bodies: list[dict[str, Any]] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)
    hits: int = 0

    async def wait_for(self, n: int, timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        while len(self.bodies) < n:
            assert time.monotonic() < deadline, f"receiver got {len(self.bodies)} bodies, wanted {n}"
            await asyncio.sleep(0.01)


async def _serve(rx: Receiver, port: int) -> web.AppRunner:
    async def handle(request: web.Request) -> web.Response:
        rx.hits += 1
        status = rx.statuses.pop(0) if rx.statuses else 200
        if status == 200:
            rx.bodies.append(await request.json())
        return web.Response(status=status)

    app = web.Application()
    app.router.add_post("/hook", handle)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return runner


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    port = free_port()
    rx = Receiver(f"http://127.0.0.1:{port}/hook")
    runner = await _serve(rx, port)
    yield rx
    await runner.cleanup()


def test_schema_matches_the_query_services_alerts_table() -> None:
    assert ALERTS_SCHEMA.equals(ALERTS)


def test_threshold_with_for_goes_pending_firing_resolved(db: duckdb.DuckDBPyConnection) -> None:
    """Prometheus `for`: pending until the row held `for` seconds, then firing; resolved when it stops."""
    clock = Clock()
    ev = AlertEvaluator([_rule(for_=30)], _query(db), clock=clock)
    _set(db, kitchen=35.0, hall=20.0)
    r = ev.evaluate()
    assert _states(r.rows) == [("pending", "kitchen")] and r.notifications == []
    clock.t += 20
    assert ev.evaluate().rows.num_rows == 0  # still pending, nothing changes
    clock.t += 10
    r = ev.evaluate()
    assert _states(r.rows) == [("firing", "kitchen")]
    (body,) = r.notifications
    assert body["version"] == "4" and body["status"] == "firing" and body["groupLabels"] == {"alertname": "HotSensor"}
    (alert,) = body["alerts"]
    assert alert["labels"] == {"team": "facilities", "device": "kitchen", "alertname": "HotSensor",
                               "severity": "critical"}
    assert alert["annotations"] == {"summary": "kitchen at 35°C", "room": "kitchen"}
    assert alert["endsAt"] == "0001-01-01T00:00:00Z" and alert["startsAt"].endswith("Z")
    assert body["commonLabels"]["device"] == "kitchen"
    row = r.rows.to_pylist()[0]
    assert (row["rule"], row["value"], row["severity"]) == ("HotSensor", 35.0, "critical")
    _set(db, kitchen=25.0)
    clock.t += 10
    r = ev.evaluate()
    assert _states(r.rows) == [("resolved", "kitchen")]
    assert r.notifications[0]["status"] == "resolved" and r.notifications[0]["alerts"][0]["endsAt"] != "0001-01-01T00:00:00Z"
    assert ev.active() == []


def test_pending_that_clears_is_dropped_without_notification(db: duckdb.DuckDBPyConnection) -> None:
    clock = Clock()
    ev = AlertEvaluator([_rule(for_=60)], _query(db), clock=clock)
    _set(db, attic=31.0)
    ev.evaluate()
    _set(db, attic=29.0)
    clock.t += 10
    r = ev.evaluate()
    assert _states(r.rows) == [("inactive", "attic")] and r.notifications == []


def test_for_zero_fires_at_once(db: duckdb.DuckDBPyConnection) -> None:
    ev = AlertEvaluator([_rule()], _query(db), clock=Clock())
    _set(db, a=40.0, b=41.0)
    r = ev.evaluate()
    assert sorted(_states(r.rows)) == [("firing", "a"), ("firing", "b")]
    assert len(r.notifications) == 1 and len(r.notifications[0]["alerts"]) == 2
    assert "device" not in r.notifications[0]["commonLabels"]


def test_keep_firing_for_rides_out_flapping(db: duckdb.DuckDBPyConnection) -> None:
    """A firing alert whose row flaps away for less than keep_firing_for never resolves."""
    clock = Clock()
    ev = AlertEvaluator([_rule(keep_firing_for=60)], _query(db), clock=clock)
    _set(db, lab=33.0)
    assert _states(ev.evaluate().rows) == [("firing", "lab")]
    for temp in (29.0, 34.0, 28.0, 35.0, 27.0):  # flapping every 20 s
        _set(db, lab=temp)
        clock.t += 20
        assert ev.evaluate().rows.num_rows == 0
    clock.t += 40  # the last clear was 40 s ago: still inside keep_firing_for
    assert ev.evaluate().rows.num_rows == 0
    clock.t += 20
    assert _states(ev.evaluate().rows) == [("resolved", "lab")]


def test_bad_rules_are_isolated_and_reported(db: duckdb.DuckDBPyConnection) -> None:
    """An SQL error or a non-numeric value fails that rule only, named; the others go on."""
    rules = [AlertRule(name="Broken", sql="SELECT * FROM no_such_table"),
             AlertRule(name="Wordy", sql="SELECT 'x' AS device, 'high' AS value"),
             _rule()]
    ev = AlertEvaluator(rules, _query(db), clock=Clock())
    assert set(ev.check()) == {"Broken", "Wordy"} and "no_such_table" in ev.check()["Broken"]
    _set(db, k=50.0)
    r = ev.evaluate()
    assert set(r.errors) == {"Broken", "Wordy"} and "not a number" in r.errors["Wordy"]
    assert _states(r.rows) == [("firing", "k")]
    assert ev.failures == 2 and set(ev.errors) == {"Broken", "Wordy"}


def test_silent_sensor_rule_fires_when_a_device_stops(db: duckdb.DuckDBPyConnection) -> None:
    """The documented 'no reading for 5 minutes' rule, as plain SQL over metrics."""
    sql = ("SELECT device, epoch(now() - max(ts)) AS value FROM metrics GROUP BY device "
           "HAVING max(ts) < now() - INTERVAL 5 MINUTE")
    db.execute("INSERT INTO metrics VALUES (now() - INTERVAL 10 MINUTE, 'temperature', 'gone', 20), "
               "(now() - INTERVAL 10 SECOND, 'temperature', 'alive', 21)")
    r = AlertEvaluator([AlertRule(name="SensorSilent", sql=sql)], _query(db), clock=Clock()).evaluate()
    assert _states(r.rows) == [("firing", "gone")] and r.rows["value"][0].as_py() >= 600


async def test_webhook_delivers_firing_then_resolved(db: duckdb.DuckDBPyConnection, receiver: Receiver) -> None:
    """run_alerting with a real clock: the receiver gets firing, then resolved, as POSTed JSON."""
    ev = AlertEvaluator([_rule()], _query(db))
    sender = WebhookSender(receiver.url, backoff=0.01)
    await sender.start()
    recorded: list[pa.Table] = []
    stop = asyncio.Event()

    def on_rows(t: pa.Table) -> None:
        recorded.append(t)
        raise OSError("disk full")  # writing rows fails: notifications must still go out

    _set(db, oven=90.0)
    task = asyncio.create_task(run_alerting(ev, sender, 0.05, on_rows, stop))
    await receiver.wait_for(1)
    _set(db, oven=20.0)
    await receiver.wait_for(2)
    stop.set()
    await task
    await sender.close()
    assert [b["status"] for b in receiver.bodies] == ["firing", "resolved"]
    assert receiver.bodies[0]["alerts"][0]["labels"]["device"] == "oven"
    states = [s for t in recorded for s in t["state"].to_pylist()]
    assert states == ["firing", "resolved"]


async def test_webhook_down_is_retried_and_alerts_still_recorded(db: duckdb.DuckDBPyConnection) -> None:
    """Nothing listens at first, then the receiver answers 503 twice: the body still arrives,
    and the transition rows were recorded without waiting for it."""
    port = free_port()
    rx = Receiver(f"http://127.0.0.1:{port}/hook", statuses=[503, 503])
    ev = AlertEvaluator([_rule()], _query(db), clock=Clock())
    sleeps: list[float] = []
    started = asyncio.Event()

    async def sleep(d: float) -> None:
        sleeps.append(d)
        started.set()
        await asyncio.sleep(0.01)

    sender = WebhookSender(rx.url, backoff=0.5, max_backoff=2.0, max_attempts=20, sleep=sleep, timeout=2.0)
    await sender.start()
    _set(db, boiler=99.0)
    r = ev.evaluate()
    assert _states(r.rows) == [("firing", "boiler")]  # recorded before any delivery
    sender.submit(r.notifications[0])
    await asyncio.wait_for(started.wait(), 5)  # first attempt failed: connection refused
    runner = await _serve(rx, port)
    try:
        await rx.wait_for(1)
        assert await sender.drain(5)
    finally:
        await sender.close()
        await runner.cleanup()
    assert rx.hits >= 3 and rx.bodies[0]["alerts"][0]["labels"]["device"] == "boiler"
    assert sender.stats.sent == 1 and sender.stats.retries >= 3 and sender.stats.failed == 0
    assert sleeps[:3] == [0.5, 1.0, 2.0] and max(sleeps) == 2.0  # capped exponential backoff


async def test_webhook_refusal_is_not_retried_and_queue_is_bounded(receiver: Receiver) -> None:
    receiver.statuses = [400]
    sender = WebhookSender(receiver.url, max_queue=2)
    for i in range(5):
        sender.submit({"n": i})  # queued before the sender runs: the oldest are dropped
    assert sender.stats.dropped == 3
    await sender.start()
    assert await sender.drain(5)
    await sender.close()
    assert sender.stats.failed == 1 and sender.stats.sent == 1 and receiver.bodies == [{"n": 4}]
