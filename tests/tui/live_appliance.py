"""A real ``millpond run`` for the dashboard's end-to-end tests: own data directory,
free loopback ports, alert rules that fire on the sample data, started and stopped
as a subprocess (so a test can also kill it and bring it back)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netutil import free_port

from millpond.replay_send import Targets

RULES = """
[archive]
flush_interval = "1s"

[alerting]
interval = "1s"

[[alert]]
name = "HotSensor"
sql = "SELECT labels['device'] AS device, max(value) AS value FROM metrics WHERE name = 'temperature' AND ts > now() - INTERVAL 1 HOUR GROUP BY 1 HAVING max(value) > 30"
for = "0s"
severity = "critical"

[[alert]]
name = "ErrorsLingering"
sql = "SELECT service, count(*) AS value FROM logs WHERE severity = 'error' AND ts > now() - INTERVAL 1 HOUR GROUP BY 1 HAVING count(*) > 5"
for = "1h"
severity = "warning"

[[alert]]
name = "DiskFull"
sql = "SELECT host, max(value) AS value FROM disk_used GROUP BY 1"
severity = "critical"
"""
"""Archived every second (patterns show sooner). HotSensor fires at once on greenhouse-07's spikes; ErrorsLingering stays pending (``for`` an hour);
DiskFull reads a table that does not exist, so its health is an error."""


@dataclass
class LiveAppliance:
    """One appliance process; :meth:`start` again after :meth:`kill` brings it back on the same ports and data."""

    home: Path
    http: int = field(default_factory=free_port)
    forward: int = field(default_factory=free_port)
    syslog: int = field(default_factory=free_port)
    rules: str = RULES
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http}"

    @property
    def targets(self) -> Targets:
        return Targets(url=self.url, forward=f"127.0.0.1:{self.forward}", syslog=f"127.0.0.1:{self.syslog}")

    @property
    def run_log(self) -> Path:
        return self.home / "run.log"

    def start(self, timeout: float = 60.0) -> LiveAppliance:
        """Start ``millpond run`` and wait for ``/healthz`` to answer 200."""
        config = self.home / "millpond.toml"
        config.write_text(self.rules)
        with open(self.run_log, "ab") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "millpond", "run", "--config", str(config), "--data-dir", str(self.home / "data"),
                 "--http", f"127.0.0.1:{self.http}", "--forward", f"127.0.0.1:{self.forward}",
                 "--syslog", f"127.0.0.1:{self.syslog}", "--log-level", "warning"],
                stdout=subprocess.DEVNULL, stderr=err)
        deadline = time.monotonic() + timeout
        while not self.healthy():
            assert self.proc.poll() is None, self.run_log.read_text()
            assert time.monotonic() < deadline, "millpond run did not become healthy:\n" + self.run_log.read_text()
            time.sleep(0.05)
        return self

    def healthy(self) -> bool:
        try:
            with urllib.request.urlopen(self.url + "/healthz", timeout=2) as r:
                return r.status == 200
        except OSError:
            return False

    def query(self, sql: str) -> list[list[Any]]:
        req = urllib.request.Request(self.url + "/api/v1/query", data=json.dumps({"sql": sql}).encode(),
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=30) as r:
            return json.load(r)["rows"]

    def wait_for(self, sql: str, pred: Any, timeout: float = 30.0, what: str = "") -> Any:
        """Poll ``sql``'s first cell until ``pred(value)`` holds (a deadline, no fixed sleeps)."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.query(sql)[0][0]
            if pred(value):
                return value
            assert time.monotonic() < deadline, f"timed out waiting for {what or sql}: last {value!r}"
            time.sleep(0.1)

    def kill(self) -> None:
        """A crash: SIGKILL, nothing archived or flushed on the way out."""
        assert self.proc is not None
        self.proc.kill()
        self.proc.wait(30)

    def stop(self) -> int:
        """A graceful stop (SIGTERM): archives the log's tail, then exits; returns the exit status."""
        if self.proc is None or self.proc.poll() is not None:
            return self.proc.returncode if self.proc else 0
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)
            raise
