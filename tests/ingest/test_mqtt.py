"""MQTT: a real mosquitto broker, paho publishing sensor readings; PUBACK only once durable."""

from __future__ import annotations

import asyncio
import json
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import paho.mqtt.client as paho
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from httpkit import data_log, make_config, rows  # noqa: F401  (fixtures)
from millpond.config import LogConfig
from millpond.ingest import mqtt
from millpond.ingest.appender import Appender
from millpond.ingest.errors import DecodeError, FrameTooLarge
from millpond.ingest.stats import IngestStats
from millpond.pipeline.log import open_log

pytestmark = pytest.mark.skipif(shutil.which("mosquitto") is None, reason="Debian package mosquitto not installed")


def start_mosquitto(tmp_path: Path, port: int) -> subprocess.Popen:
    conf = tmp_path / "mosquitto.conf"
    conf.write_text(f"listener {port} 127.0.0.1\nallow_anonymous true\npersistence false\n")
    proc = subprocess.Popen(["mosquitto", "-c", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc
        except OSError:
            assert proc.poll() is None and time.monotonic() < deadline, "mosquitto did not start"
            time.sleep(0.02)


@pytest.fixture
def broker(tmp_path: Path, port: int) -> Iterator[int]:
    proc = start_mosquitto(tmp_path, port)
    yield port
    proc.terminate()
    proc.wait(10)


def publish(port: int, messages: list[tuple[str, bytes]]) -> None:
    """Publish with QoS 1 and wait for the broker's PUBACK of each."""
    c = paho.Client(paho.CallbackAPIVersion.VERSION2, client_id="sensor-sim")
    c.connect("127.0.0.1", port)
    c.loop_start()
    try:
        for topic, payload in messages:
            c.publish(topic, payload, qos=1).wait_for_publish(5)
    finally:
        c.disconnect()
        c.loop_stop()


async def until(check, timeout: float = 15.0):
    deadline = time.monotonic() + timeout
    while not (got := check()):
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.02)
    return got


async def start_receiver(log, port: int, stats: IngestStats | None = None):
    cfg = make_config(mqtt={"url": f"mqtt://127.0.0.1:{port}", "topics": ["sensors/#"], "client_id": "mp-test"})
    stats = stats or IngestStats()
    appender = Appender(log, stats, max_pending_bytes=1 << 20, linger=0.002)
    [lst] = await mqtt.start(cfg, appender, stats)
    await asyncio.wait_for(lst.subscribed.wait(), 10)
    return lst, stats


async def test_sensor_readings_land_as_metrics(data_log, broker) -> None:
    lst, stats = await start_receiver(data_log, broker)
    try:
        await asyncio.to_thread(publish, broker, [
            ("sensors/kitchen", b'{"temperature": 21.5, "humidity": 40, "unit": "C", "ts": 1700000000.5, "ok": true}'),
            ("sensors/garage/temp", b"7.25"),
            ("sensors/lab", b"env,room=lab co2=612i 1700000001000000000"),
            ("sensors/x", b"{not json"),
            ("sensors/plant", b'{"device": "fern-1", "sensor": "soil", "moisture": 0.31}'),
        ])
        got = await until(lambda: len(r := rows(data_log, "metrics")) >= 5 and r)
        by = {r["name"]: r for r in got}
        assert sorted(by) == ["env_co2", "humidity", "moisture", "temp", "temperature"]
        t = by["temperature"]
        assert (t["value"], t["labels"], t["source"]) == (
            21.5, {"topic": "sensors/kitchen", "device": "kitchen", "unit": "C"}, "mqtt")
        assert t["ts"].timestamp() == 1700000000.5
        assert by["temp"]["labels"] == {"topic": "sensors/garage/temp", "device": "garage", "sensor": "temp"}
        assert by["temp"]["value"] == 7.25 and abs(by["temp"]["ts"].timestamp() - time.time()) < 60
        assert by["env_co2"]["labels"] == {"topic": "sensors/lab", "device": "lab", "room": "lab"}
        assert by["env_co2"]["value"] == 612 and by["env_co2"]["ts"].timestamp() == 1700000001
        assert by["moisture"]["labels"]["device"] == "fern-1" and by["moisture"]["labels"]["sensor"] == "soil"
        await until(lambda: stats.value("millpond_rejected_total", {"receiver": "mqtt", "reason": "decode"}) == 1)
    finally:
        await lst.close()


async def test_no_puback_until_durable_so_the_broker_redelivers(tmp_path, data_log, broker) -> None:
    """A message whose append fails is not acknowledged; on reconnect the broker redelivers it."""
    broken = open_log(tmp_path / "other", LogConfig(partitions=1))
    broken.close()
    lst, stats = await start_receiver(broken, broker)
    await asyncio.to_thread(publish, broker, [("sensors/boiler", b'{"pressure": 1.8}')])
    await until(lambda: stats.value("millpond_rejected_total", {"receiver": "mqtt", "reason": "log_error"}) >= 1)
    await lst.close()
    assert rows(data_log, "metrics") == []

    lst, _ = await start_receiver(data_log, broker)  # same client id, persistent session
    try:
        got = await until(lambda: rows(data_log, "metrics"))
        assert [(r["name"], r["value"], r["labels"]["device"]) for r in got] == [("pressure", 1.8, "boiler")]
    finally:
        await lst.close()


async def test_reconnects_after_the_broker_restarts(data_log, tmp_path: Path, port: int) -> None:
    proc = start_mosquitto(tmp_path, port)
    lst, _ = await start_receiver(data_log, port)
    try:
        proc.terminate()
        proc.wait(10)
        await until(lambda: not lst.ready)  # /healthz would say 503 now
        proc = start_mosquitto(tmp_path, port)  # a fresh broker: the subscription must be made again
        await asyncio.wait_for(lst.subscribed.wait(), 20)
        await asyncio.to_thread(publish, port, [("sensors/attic", b'{"temperature": 30.5}')])
        got = await until(lambda: rows(data_log, "metrics"))
        assert [(r["name"], r["value"], r["labels"]["device"]) for r in got] == [("temperature", 30.5, "attic")]
    finally:
        await lst.close()
        proc.terminate()
        proc.wait(10)


def test_decode_errors() -> None:
    for payload in (b"", b"[1, 2]", b'{"ts": "soon", "v": 1}', b"no fields here"):
        with pytest.raises(DecodeError):
            mqtt.decode_message("sensors/a", payload)
    assert mqtt.decode_message("sensors/a", b'{"s": "text only"}').num_rows == 0


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab/+#", max_size=12), st.one_of(
    st.binary(max_size=200),
    st.recursive(st.none() | st.booleans() | st.floats() | st.text(max_size=6) | st.integers(),
                 lambda c: st.lists(c, max_size=3) | st.dictionaries(st.sampled_from(["ts", "device", "t", "u"]), c,
                                                                      max_size=4), max_leaves=8).map(
        lambda v: json.dumps(v).encode())))
def test_fuzz_never_crashes(topic: str, payload: bytes) -> None:
    try:
        mqtt.decode_message(topic, payload)
    except (DecodeError, FrameTooLarge):
        pass
