"""Alert rules running in the appliance: data through a real receiver, a real webhook, the alerts table."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pytest
from alertkit import WebhookReceiver, appliance, config, until

from millpond.alerting_service import AlertingService, validate_rules
from millpond.config import AlertRule
from millpond.pipeline.alerting import ALERTS_SCHEMA
from millpond.sinks.query import QueryService

HOT = {"name": "HotSensor", "for": "1s",
       "sql": "SELECT labels['device'] AS device, arg_max(value, ts) AS value FROM metrics "
              "WHERE name = 'temperature' GROUP BY 1 HAVING arg_max(value, ts) > 30",
       "annotations": {"summary": "{{ $labels.device }} at {{ $value }}"}}
SILENT = {"name": "SensorSilent",
          "sql": "SELECT labels['device'] AS device, epoch(now() - max(ts)) AS value FROM metrics "
                 "WHERE name = 'humidity' GROUP BY 1 HAVING max(ts) < now() - INTERVAL 2 SECOND"}


@pytest.fixture
async def rx() -> AsyncIterator[WebhookReceiver]:
    receiver = await WebhookReceiver().start()
    yield receiver
    await receiver.close()


def _ns() -> int:
    return time.time_ns()


def _ts(text: str) -> float:
    return datetime.fromisoformat(text).timestamp()


async def test_threshold_rule_with_for_fires_then_resolves_at_a_real_webhook(tmp_path: Path,
                                                                             rx: WebhookReceiver) -> None:
    """A hot reading POSTed as line protocol goes pending, fires after `for`, resolves when it cools."""
    async with appliance(config(tmp_path / "data", [HOT], webhook=rx.url)) as app:
        await app.write(f"temperature,device=oven value=35 {_ns()}\ntemperature,device=fridge value=4 {_ns()}")
        await until(lambda: _true(rx.statuses_of("HotSensor") == ["firing"]), "the firing webhook")
        await app.write(f"temperature,device=oven value=20 {_ns()}")
        await until(lambda: _true(rx.statuses_of("HotSensor") == ["firing", "resolved"]), "the resolved webhook")
        rows = await app.sql("SELECT ts, state, labels['device'] AS device, value, annotations['summary'] AS s "
                             "FROM alerts WHERE rule = 'HotSensor' ORDER BY ts")
    assert [(r["state"], r["device"]) for r in rows] == [("pending", "oven"), ("firing", "oven"),
                                                         ("resolved", "oven")]
    assert _ts(rows[1]["ts"]) - _ts(rows[0]["ts"]) >= 1.0  # fired only after `for`
    assert rows[1]["value"] == 35.0 and rows[1]["s"] == "oven at 35"
    firing, resolved = rx.bodies
    alert = firing["alerts"][0]
    assert firing["version"] == "4" and firing["groupLabels"] == {"alertname": "HotSensor"}
    assert alert["labels"] == {"alertname": "HotSensor", "severity": "warning", "device": "oven"}
    assert alert["endsAt"] == "0001-01-01T00:00:00Z" and alert["annotations"]["summary"] == "oven at 35"
    assert resolved["status"] == "resolved" and resolved["alerts"][0]["endsAt"] > alert["startsAt"]


async def test_keep_firing_for_rides_out_a_flap(tmp_path: Path, rx: WebhookReceiver) -> None:
    """A reading that dips and comes back within keep_firing_for sends nothing; staying cool resolves it."""
    rule = {**HOT, "name": "HotFlap", "for": "0s", "keep_firing_for": "3s"}
    async with appliance(config(tmp_path / "data", [rule], webhook=rx.url)) as app:
        await app.write(f"temperature,device=kiln value=50 {_ns()}")
        await until(lambda: _true(rx.statuses_of("HotFlap") == ["firing"]), "the firing webhook")
        await app.write(f"temperature,device=kiln value=10 {_ns()}")
        await until(lambda: _true(any(i["resolving"] for i in app.alerting.state()["instances"])),
                    "the keep_firing_for countdown")
        await app.write(f"temperature,device=kiln value=55 {_ns()}")  # back before the countdown ends
        await until(lambda: _true(not any(i["resolving"] for i in app.alerting.state()["instances"])),
                    "the countdown cancelled")
        cooled = time.time()
        await app.write(f"temperature,device=kiln value=12 {_ns()}")
        await until(lambda: _true(rx.statuses_of("HotFlap") == ["firing", "resolved"]), "the resolved webhook")
        rows = await app.sql("SELECT ts, state FROM alerts ORDER BY ts")
    assert [r["state"] for r in rows] == ["firing", "resolved"]
    assert _ts(rows[1]["ts"]) - cooled >= 3.0


async def test_silent_sensor_fires_when_a_device_stops_sending(tmp_path: Path) -> None:
    """Two devices report over line protocol; one goes quiet and fires, the other never does; it resolves on return."""
    async with appliance(config(tmp_path / "data", [SILENT])) as app:
        seen: set[str] = set()

        async def quiet_fires() -> bool:
            await app.write(f"humidity,device=chatty value=40 {_ns()}")  # keeps talking
            insts = (await app.alerts())["instances"]
            seen.update(i["labels"]["device"] for i in insts)
            return any(i["labels"]["device"] == "quiet" and i["state"] == "firing" for i in insts)

        await app.write(f"humidity,device=quiet value=41 {_ns()}\nhumidity,device=chatty value=40 {_ns()}")
        assert (await app.alerts())["instances"] == []  # both just reported
        await until(quiet_fires, "the silent device to fire", step=0.1)
        assert seen == {"quiet"}
        await app.write(f"humidity,device=quiet value=41 {_ns()}")
        await until(lambda: _rows(app, "SELECT state FROM alerts WHERE state = 'resolved'"), "the resolution")
        rows = await app.sql("SELECT state, labels['device'] AS d, value FROM alerts ORDER BY ts")
    assert [(r["state"], r["d"]) for r in rows] == [("firing", "quiet"), ("resolved", "quiet")]
    assert rows[0]["value"] >= 2.0


async def test_webhook_down_is_retried_and_alerts_are_still_recorded(tmp_path: Path) -> None:
    """Nobody listens at the webhook: the transition is in the alerts table anyway, and delivery is retried
    until the receiver comes up (and answers 503 once); the history outlives a restart."""
    rx = WebhookReceiver(statuses=[503])
    rule = {"name": "Always", "sql": "SELECT 'boiler' AS device, 99 AS value"}
    cfg = config(tmp_path / "data", [rule], webhook=rx.url)
    async with appliance(cfg) as app:
        await until(lambda: _rows(app, "SELECT * FROM alerts WHERE state = 'firing'"), "the firing row")
        await until(lambda: _true(app.alerting.sender is not None and app.alerting.sender.stats.retries >= 1),
                    "a retried delivery")
        assert rx.bodies == []
        await rx.start()
        try:
            await until(lambda: _true(len(rx.bodies) == 1), "the delivery after retries")
            hook = (await app.alerts())["webhook"]
        finally:
            await rx.close()
    assert hook["sent"] == 1 and hook["retries"] >= 2 and hook["failed"] == 0 and rx.hits >= 2
    assert rx.bodies[0]["alerts"][0]["labels"]["device"] == "boiler"
    assert list((cfg.data_path / "archive" / "alerts").rglob("*.parquet"))
    async with appliance(config(tmp_path / "data", [])) as again:  # restarted, no rules: history stays
        assert await again.sql("SELECT rule, state FROM alerts") == [{"rule": "Always", "state": "firing"}]
        assert (await again.alerts())["rules"] == []


async def test_bad_rules_are_reported_by_name_and_the_others_run(tmp_path: Path,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    """SQL errors, a non-numeric value, a write statement and a repeated name: each reported with its name
    (at start-up, in the API and /metrics); the good rule fires."""
    rules = [{"name": "Broken", "sql": "SELECT * FROM no_such_table"},
             {"name": "Wordy", "sql": "SELECT 'x' AS device, 'high' AS value"},
             {"name": "Writer", "sql": "COPY (SELECT 1) TO 'x.csv'"},
             {"name": "Good", "sql": "SELECT 'k' AS device, 1.5 AS value"},
             {"name": "Good", "sql": "SELECT 2 AS value"}]
    caplog.set_level(logging.INFO, "millpond.alerting")
    async with appliance(config(tmp_path / "data", rules)) as app:
        await until(lambda: _true(any(i["rule"] == "Good" for i in app.alerting.state()["instances"])),
                    "the good rule to fire")
        await until(lambda: _true(app.alerting.state()["rounds"] >= 2), "a second round")
        state = await app.alerts()
        text = await app.metrics()
    logged = "\n".join(r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR)
    for name in ("'Broken'", "'Wordy'", "'Writer'", "'Good'"):
        assert f"alert rule {name}" in logged, name
    assert "no_such_table" in logged and "not a number" in logged and "COPY" in logged
    warned = [r for r in caplog.records if r.getMessage().startswith("alert rule 'Broken' failed")]
    assert len(warned) == 1  # every round fails; the log says so once (until the error changes)
    health = {(r["name"], r["runs"]): (r["health"], r["error"]) for r in state["rules"]}
    assert health[("Good", True)] == ("ok", None)
    assert health[("Broken", True)][0] == "error" and "no_such_table" in health[("Broken", True)][1]
    assert health[("Wordy", True)][0] == "error" and "not a number" in health[("Wordy", True)][1]
    assert health[("Writer", False)][0] == "error" and "COPY" in health[("Writer", False)][1]
    assert health[("Good", False)][0] == "error" and "repeats the name" in health[("Good", False)][1]
    assert [(i["rule"], i["state"], i["labels"]["device"]) for i in state["instances"]] == [("Good", "firing", "k")]
    assert 'millpond_alert_rule_healthy{rule="Broken"} 0.0' in text
    assert 'millpond_alert_rule_healthy{rule="Good"} 1.0' in text
    assert 'millpond_alert_rule_healthy{rule="Writer"} 0.0' in text
    assert 'millpond_alerts_active{rule="Good",state="firing"} 1.0' in text
    failures = [ln for ln in text.splitlines() if ln.startswith('millpond_alert_rule_failures_total{rule="Wordy"}')]
    assert failures and float(failures[0].split()[-1]) >= 2


def test_validate_rules_keeps_the_runnable_ones() -> None:
    rules = [AlertRule(name="", sql="SELECT 1 AS value"), AlertRule(name="A", sql="SELECT 1 AS value"),
             AlertRule(name="B", sql="SELECT 1; SELECT 2"), AlertRule(name="A", sql="SELECT 3 AS value")]
    good, bad = validate_rules(rules)
    assert [r.name for r in good] == ["A"] and good[0].sql == "SELECT 1 AS value"
    assert set(bad) == {"#1", "B", "A"} and "one statement" in bad["B"]


def test_rows_that_cannot_be_written_are_kept_and_written_next_time(tmp_path: Path) -> None:
    """The archive refuses a write (its alerts/ is a file): rows wait in memory and go with the next round."""
    cfg = config(tmp_path / "data", [])
    qs = QueryService(cfg, cfg.data_path, None, connections=1)
    svc = AlertingService(cfg, qs)
    blocker = svc.archive.root + "/alerts"
    Path(blocker).parent.mkdir(parents=True)
    Path(blocker).write_text("not a directory")
    row = {"ts": 1_700_000_000_000_000, "rule": "R", "state": "firing", "labels": [("d", "x")], "value": 1.0,
           "severity": "warning", "annotations": []}
    with pytest.raises(OSError):
        svc.write_rows(pa.Table.from_pylist([row], schema=ALERTS_SCHEMA))
    assert svc.unwritten_rows == 1 and svc.rows_written == 0
    Path(blocker).unlink()
    svc.write_rows(pa.Table.from_pylist([{**row, "state": "resolved"}], schema=ALERTS_SCHEMA))
    assert svc.unwritten_rows == 0 and svc.rows_written == 2
    try:
        history = svc.history(10)
    finally:
        qs.close()
    assert [(r["state"], r["labels"]) for r in history] == [("firing", {"d": "x"}), ("resolved", {"d": "x"})]


async def _rows(app, sql: str) -> list[dict]:
    return await app.sql(sql)


async def _true(value: bool) -> bool:
    return value
