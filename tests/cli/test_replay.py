"""`millpond replay`: each sample file goes through its real protocol to a real peer.

Peers: rsyslog (syslog over TCP, octet counting), mosquitto (MQTT QoS 1), and the
appliance's own HTTP receivers when they can be imported (ingest/server.py).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from millpond.cli import cli
from millpond.replay import KINDS, ReplayError, detect, read, shift_for, shifted
from millpond.replay_send import encode_write_request, iot_lines, otlp_count

SAMPLES = Path(__file__).resolve().parents[2] / "sample-data"
EXPECTED_KIND = {
    "syslog-rfc5424.log": "syslog5424", "syslog-rfc3164.log": "syslog3164", "access.log": "access",
    "app.jsonl": "jsonlogs", "node-exporter.prom": "prometheus", "telegraf.lp": "lineproto",
    "otlp-logs.json": "otlp-logs", "otlp-metrics.json": "otlp-metrics", "iot-sensors.jsonl": "iot",
}


def wait_for(pred, timeout: float = 10.0, what: str = "condition"):  # noqa: ANN001, ANN201
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        v = pred()
        if v:
            return v
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


# ---------------------------------------------------------------- the data itself

def test_sample_data_is_small_and_every_kind_present() -> None:
    """The committed sample files stay under 3 MB and cover every kind replay knows."""
    files = [p for p in SAMPLES.iterdir() if p.name != "generate.py" and p.is_file()]
    assert sum(p.stat().st_size for p in files) < 3 * 1024 * 1024
    assert {detect(p, p.read_text()[:4096]) for p in files} == set(KINDS)


def test_generator_is_deterministic_and_scales(tmp_path: Path) -> None:
    """generate.py reproduces the committed files byte for byte; --scale 2 makes about twice as many."""
    subprocess.run([sys.executable, str(SAMPLES / "generate.py"), "--out", str(tmp_path / "a")], check=True, capture_output=True)
    for name in EXPECTED_KIND:
        assert (tmp_path / "a" / name).read_bytes() == (SAMPLES / name).read_bytes(), name
    subprocess.run([sys.executable, str(SAMPLES / "generate.py"), "--out", str(tmp_path / "b"), "--scale", "2"], check=True, capture_output=True)
    small = len((SAMPLES / "app.jsonl").read_text().splitlines())
    big = len((tmp_path / "b" / "app.jsonl").read_text().splitlines())
    assert big == 2 * small


def test_iot_has_a_silent_device_spikes_and_drift() -> None:
    """One device stops reporting well before the end; some readings spike above 30 °C."""
    _, items = read(SAMPLES / "iot-sensors.jsonl")
    last: dict[str, float] = {}
    for it in items:
        last[it.payload["device"]] = max(last.get(it.payload["device"], 0), it.ts)
    end = max(last.values())
    silent = [d for d, t in last.items() if end - t > 300]
    assert silent == ["coldroom-03"]
    assert len(last) == 36
    assert any(it.payload["temperature"] > 30 for it in items)


@pytest.mark.parametrize("name", sorted(EXPECTED_KIND))
def test_detect_and_shift_each_file(name: str) -> None:
    """Each file's kind is detected from content; shifting moves its last record to 'now' in its own format."""
    kind, items = read(SAMPLES / name)
    assert kind == EXPECTED_KIND[name]
    now = float(int(time.time()))  # syslog 3164 has no year: stay in this one
    delta = shift_for(items, now)
    moved = [shifted(kind, it, delta) for it in items]
    assert max(i.ts for i in moved) == pytest.approx(now, abs=1e-3)
    # the rewritten payload reads back to the same time (round trip through the wire format)
    last = max(moved, key=lambda i: i.ts)
    if kind not in ("prometheus", "otlp-logs", "otlp-metrics"):
        reread = read_one(kind, last.payload)
        assert reread == pytest.approx(last.ts, abs=1.0 if kind in ("syslog3164", "access") else 1e-3)


def read_one(kind: str, payload: object) -> float:
    from millpond.replay import READERS

    line = json.dumps(payload) if isinstance(payload, dict) else str(payload)
    return READERS[kind](line).ts


def test_unknown_content_is_one_clear_error(tmp_path: Path) -> None:
    """A file of no known kind stops replay with a message naming it and the --kind option."""
    f = tmp_path / "mystery.bin"
    f.write_text("hello there\n")
    with pytest.raises(ReplayError, match="mystery.bin.*--kind"):
        read(f)
    r = CliRunner().invoke(cli, ["replay", str(f)])
    assert r.exit_code == 2 and "mystery.bin" in r.output and "Traceback" not in r.output


def test_wire_encodings() -> None:
    """remote_write protobuf decodes with the appliance's own decoder; IoT → one line per numeric key."""
    from millpond.ingest.remote_write import SeriesCache, decode

    batch = decode(encode_write_request([("up", {"job": "node"}, 1.0, 1700000000.5), ("up", {"job": "node"}, 0.0, 1700000001.0)]),
                   SeriesCache())
    rows = batch.to_pylist()
    assert [r["name"] for r in rows] == ["up", "up"] and [r["value"] for r in rows] == [1.0, 0.0]
    assert [r["ts"].timestamp() for r in rows] == [1700000000.5, 1700000001.0]
    assert dict(rows[0]["labels"]) == {"job": "node"}
    lines = iot_lines({"device": "d 1", "sensor": "s", "unit": "celsius", "temperature": 21.5, "battery": 3.9}, 1.0)
    assert lines == ["temperature,device=d\\ 1,sensor=s,unit=celsius value=21.5 1000000000",
                     "battery,device=d\\ 1,sensor=s,unit=volt value=3.9 1000000000"]
    _, items = read(SAMPLES / "otlp-logs.json")
    assert sum(otlp_count(i.payload) for i in items) == 900


# ---------------------------------------------------------------- real peers

@pytest.fixture
def rsyslog(tmp_path: Path, port: int):  # noqa: ANN201
    """rsyslogd listening on a loopback TCP port, writing host|app|severity|msg lines to a file."""
    if not shutil.which("rsyslogd"):
        pytest.fail("rsyslogd is not installed (Debian package rsyslog; `make debs`)")
    out = tmp_path / "rsyslog.out"
    conf = tmp_path / "rsyslog.conf"
    conf.write_text(
        f'global(workDirectory="{tmp_path}")\nmodule(load="imtcp")\n'
        f'input(type="imtcp" port="{port}" address="127.0.0.1")\n'
        'template(name="t" type="string" string="%hostname%|%app-name%|%syslogseverity-text%|%msg%\\n")\n'
        f'*.* action(type="omfile" file="{out}" template="t")\n'
    )
    proc = subprocess.Popen(["rsyslogd", "-n", "-f", str(conf), "-i", str(tmp_path / "rsyslog.pid")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_for(lambda: _listening(port), what="rsyslogd to listen")
    yield port, out
    proc.terminate()
    proc.wait(10)


@pytest.fixture
def mosquitto(tmp_path: Path, port: int):  # noqa: ANN201
    conf = tmp_path / "mosquitto.conf"
    # max_queued_messages 0: the broker's default queues 1000 QoS 1 messages per subscriber beyond those in
    # flight and drops the rest; the replay publishes 2,136 at once, so a subscriber slowed by a loaded box lost some
    conf.write_text(f"listener {port} 127.0.0.1\nallow_anonymous true\npersistence false\nmax_queued_messages 0\n")
    proc = subprocess.Popen(["mosquitto", "-c", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for(lambda: _listening(port), what="mosquitto to listen")
    yield port
    proc.terminate()
    proc.wait(10)


def _listening(port: int) -> bool:
    import socket

    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_replay_syslog_to_rsyslog(rsyslog) -> None:  # noqa: ANN001
    """Both syslog files arrive at rsyslogd intact: every line, hostnames, app names, severities."""
    port, out = rsyslog
    r = CliRunner().invoke(cli, ["replay", "-q", "--syslog", f"127.0.0.1:{port}",
                                 str(SAMPLES / "syslog-rfc5424.log"), str(SAMPLES / "syslog-rfc3164.log")])
    assert r.exit_code == 0, r.output
    assert "1,400" in r.output and "sent 2,800 records" in r.output
    lines = wait_for(lambda: (ls := out.read_text().splitlines() if out.exists() else []) and len(ls) >= 2800 and ls,
                     what="rsyslog to write 2800 lines")
    assert len(lines) == 2800
    apps = {ln.split("|")[1] for ln in lines}
    assert {"sshd", "CRON", "systemd", "kernel", "sudo"} <= apps
    assert any(ln.startswith("db-1|kernel|err|Out of memory") for ln in lines)


def test_replay_iot_over_mqtt(mosquitto: int) -> None:
    """IoT readings go to the broker as JSON on sensors/<device>, QoS 1, every one acknowledged."""
    import paho.mqtt.client as mqtt

    got: list[tuple[str, dict]] = []
    ready = threading.Event()
    sub = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2)
    sub.on_connect = lambda c, *a: c.subscribe("sensors/#", qos=1)
    sub.on_subscribe = lambda *a: ready.set()
    sub.on_message = lambda c, u, m: got.append((m.topic, json.loads(m.payload)))
    sub.connect("127.0.0.1", mosquitto)
    sub.loop_start()
    try:
        assert ready.wait(10)
        r = CliRunner().invoke(cli, ["replay", "-q", "--mqtt", f"mqtt://127.0.0.1:{mosquitto}", str(SAMPLES / "iot-sensors.jsonl")])
        assert r.exit_code == 0, r.output
        assert r.output.count("2,136") == 3  # records, acked, and the total sent
        wait_for(lambda: len(got) >= 2136, timeout=30, what="2136 MQTT messages")
    finally:
        sub.loop_stop()
        sub.disconnect()
    topics = {t for t, _ in got}
    assert len(topics) == 36 and "sensors/greenhouse-07" in topics
    assert all("temperature" in p and "ts" in p for _, p in got)


def test_replay_to_nobody_reports_errors(port: int) -> None:
    """With no receiver listening, replay says so per file, counts errors and exits 1."""
    dead = port
    r = CliRunner().invoke(cli, ["replay", "-q", "--url", f"http://127.0.0.1:{dead}", str(SAMPLES / "app.jsonl")])
    assert r.exit_code == 1
    assert "1,800" in r.output and "app.jsonl" in r.output
    assert f"127.0.0.1:{dead}" in r.output
