"""Helpers for the agent tests: the real appliance (``millpond run``), an agent process, log reading."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from millpond.pipeline.log import open_log
from millpond.pipeline.log.errors import CorruptIndexError
from netutil import free_port

HERE = Path(__file__).parent
PY = sys.executable


def wait_for(cond: Callable[[], object], timeout: float, what: str, every: float = 0.05) -> object:
    """Poll ``cond`` until truthy; fail naming ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        got = cond()
        if got:
            return got
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(every)


def wait_for_progress(measure: Callable[[], int], goal: int, stall: float, what: str, every: float = 0.5) -> int:
    """Poll ``measure`` until it reaches ``goal``; fail naming ``what`` only when it stopped growing for ``stall``
    seconds.  A soak's backlog takes as long as the box gives it (a loaded CI box is several times slower than
    a quiet one): a stall is the failure, a slow drain is not."""
    best, since = measure(), time.monotonic()
    while best < goal:
        time.sleep(every)
        now = measure()
        if now > best:
            best, since = now, time.monotonic()
        elif time.monotonic() - since > stall:
            raise AssertionError(f"{what}: stuck at {best} of {goal} for {stall:.0f}s")
    return best


@dataclass
class Appliance:
    """``millpond run`` (forward, syslog, HTTP receivers, the embedded log, the worker) as a child process."""

    data_dir: Path
    forward_port: int = field(default_factory=free_port)
    http_port: int = field(default_factory=free_port)
    syslog_port: int = field(default_factory=free_port)
    shared_key: str = ""
    ingest_token: str = ""
    tls: tuple[Path, Path] | None = None
    """(certificate, key) to serve forward over TLS."""
    proc: subprocess.Popen[bytes] | None = None
    started_once: bool = False
    """Set after the first healthy start: restarts must keep the ports agents were given."""

    def start(self) -> None:
        """Start ``millpond run`` and wait until it is healthy.

        A port picked by ``free_port`` can be taken by another process before the child binds it
        (the suite runs beside other servers): on the first start that is retried on fresh ports.
        A restart keeps its ports, since agents were configured with them."""
        for attempt in range(3):
            if self._spawn():
                return
            said = self._output_tail()
            if "address already in use" not in said or self.started_once or attempt == 2:
                raise AssertionError(f"millpond run exited at start:\n{said}")
            self.forward_port, self.http_port, self.syslog_port = free_port(), free_port(), free_port()

    def _spawn(self) -> bool:
        """One start; False if the child exited before it was healthy."""
        conf = self.data_dir.parent / "millpond.toml"
        tls = f'tls_cert = "{self.tls[0]}"\ntls_key = "{self.tls[1]}"\n' if self.tls else ""
        conf.write_text(f'[log]\npartitions = 2\n[http]\ningest_token = "{self.ingest_token}"\n'
                        f'[forward]\nshared_key = "{self.shared_key}"\n{tls}')
        out = open(self.data_dir.parent / "appliance.out", "ab")  # noqa: SIM115 - handed to the child
        self.proc = subprocess.Popen(
            [PY, "-m", "millpond", "run", "--config", str(conf), "--data-dir", str(self.data_dir),
             "--forward", f"127.0.0.1:{self.forward_port}", "--http", f"127.0.0.1:{self.http_port}",
             "--syslog", f"127.0.0.1:{self.syslog_port}", "--log-level", "warning", "--no-worker"],
            stdout=out, stderr=subprocess.STDOUT)
        out.close()

        def healthy() -> bool | None:
            if self.proc is None or self.proc.poll() is not None:
                return None  # exited: stop waiting
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.http_port}/healthz", timeout=1) as r:
                    return r.status == 200
            except OSError:
                return False

        wait_for(lambda: healthy() is not False, 30, "millpond run to be healthy")
        if healthy():
            self.started_once = True
            return True
        self.proc = None
        return False

    def _output_tail(self) -> str:
        """The end of what the appliance printed (it says why it could not start)."""
        out = self.data_dir.parent / "appliance.out"
        return out.read_text(errors="replace")[-2000:] if out.exists() else ""

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def rows(self, topic: str = "logs", since: dict[int, int] | None = None) -> pa.Table:
        """Every row of ``topic`` in the log right now (read by a second, read-only opener),
        from the offsets in ``since`` (partition → offset) where given."""
        for _ in range(20):
            try:
                return self._rows(topic, since or {})
            except CorruptIndexError:
                # a read-only open racing the writer's append (index newer than the .log size it stat'ed):
                # reported to the log's owner; the reader simply tries again
                continue
        return self._rows(topic, since or {})

    def end_offsets(self, topic: str = "logs") -> dict[int, int]:
        log = open_log(self.data_dir, readonly=True)
        try:
            return {p: log.end_offset(topic, p) for p in range(log.partitions(topic))}
        finally:
            log.close()

    def _rows(self, topic: str, since: dict[int, int]) -> pa.Table:
        log = open_log(self.data_dir, readonly=True)
        try:
            batches = []
            for p in range(log.partitions(topic)):
                off = max(log.start_offset(topic, p), since.get(p, 0))
                while fetched := log.read(topic, p, off):
                    batches.extend(f.batch for f in fetched)
                    off = fetched[-1].next_offset
            schema = batches[0].schema if batches else None
            return pa.Table.from_batches(batches, schema) if batches else pa.table({"message": pa.array([], pa.string())})
        finally:
            log.close()

    def ids(self) -> Counter[str]:
        """How often each ``id=…`` token arrived (messages ``id=<n> …``)."""
        return Counter(m.split(" ", 1)[0] for m in self.rows().column("message").to_pylist())


@dataclass
class Scoped:
    """One test's view of an appliance shared by several: only log rows read from files under ``root``."""

    appliance: Appliance
    root: Path
    since: dict[int, int] = field(default_factory=dict)
    """Log end offsets when the test began: earlier rows are other tests' (tests run one at a time)."""

    def __getattr__(self, name: str) -> object:
        return getattr(self.appliance, name)

    def rows(self, topic: str = "logs") -> pa.Table:
        t = self.appliance.rows(topic, self.since if topic == "logs" else None)
        if topic != "logs" or not t.num_rows:
            return t
        files = pc.fill_null(pc.map_lookup(t.column("attributes"), "file", "first"), "")
        return t.filter(pc.starts_with(files, str(self.root) + "/"))

    def ids(self) -> Counter[str]:
        return Counter(m.split(" ", 1)[0] for m in self.rows().column("message").to_pylist())

    def count(self) -> int:
        """Log rows appended since the test began (cheap: end offsets only)."""
        return sum(self.appliance.end_offsets().values()) - sum(self.since.values())


@dataclass
class AgentProc:
    """``millpond agent --config <file>`` as a child process."""

    config: Path
    proc: subprocess.Popen[bytes] | None = None
    log_path: Path | None = None

    def start(self) -> None:
        self.log_path = self.config.with_suffix(".out")
        out = open(self.log_path, "ab")  # noqa: SIM115 - handed to the child
        self.proc = subprocess.Popen([PY, "-m", "millpond", "agent", "--config", str(self.config)],
                                     stdout=out, stderr=subprocess.STDOUT)
        out.close()

    def stop(self, timeout: float = 15) -> int:
        if self.proc is None:
            return 0
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        rc = self.proc.returncode
        self.proc = None
        return rc

    def kill(self) -> None:
        if self.proc is not None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
            self.proc = None

    def output(self) -> str:
        return self.log_path.read_text() if self.log_path and self.log_path.exists() else ""


def agent_toml(tmp: Path, appliance: Appliance | Scoped, files: list[dict[str, object]], **top: object) -> Path:
    """Write an agent.toml for ``files`` shipping to ``appliance``; returns its path."""
    def val(v: object) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, (int, float)):
            return str(v)
        if isinstance(v, list):
            return "[" + ", ".join(val(x) for x in v) + "]"
        return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'

    settings: dict[str, object] = {
        "server": f"127.0.0.1:{appliance.forward_port}",
        "http_url": f"http://127.0.0.1:{appliance.http_port}",
        "spool_dir": str(tmp / "spool"),
        "batch_wait": "50ms",
        "poll_interval": "20ms",
        "rotate_wait": "300ms",
        "retry_min": "50ms",
        "retry_max": "300ms",
        "metrics_listen": "",
        "hostname": "agent-test",
    }
    settings.update(top)
    hm = settings.pop("host_metrics_interval", "0s")
    lines = [f"{k} = {val(v)}" for k, v in settings.items()]
    for f in files:
        lines.append("[[files]]")
        lines.extend(f"{k} = {val(v)}" for k, v in f.items())
    lines += ["[host_metrics]", f"interval = {val(hm)}"]
    path = tmp / "agent.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


def write_lines(path: Path, start: int, n: int, *, prefix: str = "id=", pad: str = "x" * 40) -> None:
    with open(path, "a") as f:
        f.write("".join(f"{prefix}{i} {pad}\n" for i in range(start, start + n)))
