"""End to end: a real `millpond run`, fed the sample data by `millpond replay`, watched by the dashboard."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from tui_helpers import free_port, loaded, until
from textual.widgets import DataTable, Input

from millpond.commands.replay import replay_all
from millpond.replay_send import Targets
from millpond.tui.app import MillpondApp
from millpond.tui.screens.logs import LogsScreen
from millpond.tui.screens.metrics import MetricsScreen

SAMPLES = Path(__file__).resolve().parents[2] / "sample-data"
FILES = ["app.jsonl", "syslog-rfc5424.log", "syslog-rfc3164.log", "access.log", "iot-sensors.jsonl", "telegraf.lp",
         "node-exporter.prom", "otlp-logs.json", "otlp-metrics.json"]


@dataclass
class Running:
    url: str
    targets: Targets
    proc: subprocess.Popen[bytes]


def _query(url: str, sql: str) -> list[list]:
    req = urllib.request.Request(url + "/api/v1/query", data=json.dumps({"sql": sql}).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        return json.load(r)["rows"]


@pytest.fixture(scope="module")
def appliance_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    data = tmp_path_factory.mktemp("e2e")
    http, fwd, sys_ = free_port(), free_port(), free_port()
    proc = subprocess.Popen([sys.executable, "-m", "millpond", "run", "--data-dir", str(data / "d"), "--http", f"127.0.0.1:{http}",
                             "--forward", f"127.0.0.1:{fwd}", "--syslog", f"127.0.0.1:{sys_}", "--log-level", "warning"],
                            stdout=subprocess.DEVNULL, stderr=open(data / "run.log", "wb"))  # noqa: SIM115
    url = f"http://127.0.0.1:{http}"
    deadline = time.monotonic() + 60
    while True:
        assert proc.poll() is None, (data / "run.log").read_text()
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            pass
        assert time.monotonic() < deadline, "millpond run did not become healthy"
        time.sleep(0.1)
    yield Running(url, Targets(url=url, forward=f"127.0.0.1:{fwd}", syslog=f"127.0.0.1:{sys_}"), proc)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(60) == 0


async def test_dashboard_on_a_real_appliance(appliance_run: Running) -> None:
    """Replay acks every record; the dashboard then shows them on every screen it is asked about."""
    results = await replay_all(appliance_run.targets, [SAMPLES / f for f in FILES])
    assert all(r.errors == 0 for r in results), [r.message for r in results]
    assert all(r.acked in (None, r.records) for r in results)
    want_logs = sum(r.records for r in results if r.kind in ("jsonlogs", "syslog5424", "syslog3164", "access", "otlp-logs"))
    deadline = time.monotonic() + 30
    while _query(appliance_run.url, "SELECT count(*) FROM logs")[0][0] < want_logs:
        assert time.monotonic() < deadline, "records not queryable within 30 s of their ack"
        time.sleep(0.2)

    app = MillpondApp(appliance_run.url, poll_interval=0.5)
    async with app.run_test(size=(120, 36)) as pilot:
        await until(pilot, lambda: {"http_logs", "syslog", "influx", "remote_write", "forward", "otlp"} <= set(app.stats.receivers),
                    what="ingest counters of every receiver used")
        await loaded(pilot)
        assert app.screen.query_one("#topics", DataTable).row_count == 2
        logs = await loaded(pilot, "logs")
        assert isinstance(logs, LogsScreen)
        assert len(logs.rows) == 300
        box = logs.query_one("#filter", Input)
        box.focus()
        box.value = "service:payments level:error"
        await pilot.press("enter")
        await until(pilot, lambda: logs.rows and all(r["service"] == "payments" and r["severity"] == "error" for r in logs.rows),
                    what="filtered lines")
        metrics = await loaded(pilot, "metrics")
        assert isinstance(metrics, MetricsScreen)
        metrics.action_tab("devices")
        table = metrics.query_one("#devices-table", DataTable)
        await until(pilot, lambda: table.row_count == 36, what="36 devices")
        silent = [str(table.get_row_at(i)[0]) for i in range(36) if str(table.get_row_at(i)[6]) == "SILENT"]
        assert silent == ["coldroom-03"]
        log_screen = await loaded(pilot, "log")
        await until(pilot, lambda: log_screen.query_one("#partitions", DataTable).row_count >= 8, what="partitions")
        assert not app.down_reason
