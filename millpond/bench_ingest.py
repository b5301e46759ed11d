"""``millpond bench`` ingest side: a real appliance, load from separate processes, a same-run raw reference.

The appliance is ``millpond run`` on a temporary data directory and free
loopback ports (so the bench measures what users run: uvloop, the real
receivers, fsync'd group commits, a worker archiving beside it). Protocols
are driven one after another, each by its own load process
(:mod:`millpond.bench_load`), so each rate is that protocol's alone.

The reference for every rate is measured in the same run on the same disk:
the same request bodies appended to a file with ``os.write`` + ``fsync``
per request — what a durable receiver can at most do on this box if parsing,
columnar encoding and indexing cost nothing. The ratio is Millpond ÷ raw.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from millpond import bench_load

CONNS = {"forward": 4, "syslog": 4, "jsonlogs": 4, "remote_write": 4, "lineproto": 4}
RECEIVER = {"forward": "forward", "syslog": "syslog", "jsonlogs": "http_logs", "remote_write": "remote_write",
            "lineproto": "influx"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_json(url: str, body: dict | None = None, timeout: float = 30) -> tuple[int, dict]:
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"} if data else {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            raw = r.read()
            return r.status, json.loads(raw) if raw.strip().startswith((b"{", b"[")) else {}
    except urllib.error.HTTPError as e:
        return e.code, {}


def wait_for(check, timeout: float, what: str, every: float = 0.05):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while True:
        got = check()
        if got:
            return got
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out after {timeout:.0f}s waiting for: {what}")
        time.sleep(every)


DECODER_MODULE = "millpond.ingest.decode_child"


class ProcSampler(threading.Thread):
    """CPU seconds and peak RSS of named processes (sampled every 0.1 s; a new pid under a name adds up).

    A watched process's decoder children count under its name (their CPU is the ingest's)."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.procs: dict[str, dict[int, psutil.Process]] = {}
        self.cpu: dict[str, dict[int, float]] = {}
        self.peak: dict[str, int] = {}
        self.halt = threading.Event()
        self.lock = threading.Lock()
        self.t0 = time.perf_counter()

    def watch(self, name: str, pid: int) -> None:
        with self.lock:
            self.procs.setdefault(name, {})[pid] = psutil.Process(pid)

    def _decoders(self) -> None:
        """Count a watched process's decoder processes (``[ingest] decoders``) under its name."""
        with self.lock:
            parents = [(n, p) for n, d in self.procs.items() for p in d.values()]
        for name, p in parents:
            try:
                kids = [k for k in p.children() if DECODER_MODULE in k.cmdline()]
            except psutil.Error:
                continue
            with self.lock:
                for k in kids:
                    self.procs[name].setdefault(k.pid, k)

    def _sample(self) -> None:
        self._decoders()
        with self.lock:
            items = [(n, pid, p) for n, d in self.procs.items() for pid, p in d.items()]
        for name, pid, p in items:
            try:
                with p.oneshot():
                    t = p.cpu_times()
                    rss = p.memory_info().rss
            except psutil.Error:
                continue
            self.cpu.setdefault(name, {})[pid] = t.user + t.system
            self.peak[name] = max(self.peak.get(name, 0), rss)

    def run(self) -> None:
        while not self.halt.wait(0.1):
            self._sample()

    def result(self) -> list[dict]:
        self.halt.set()
        self._sample()
        wall = time.perf_counter() - self.t0
        return [{"process": n, "cpu_s": sum(self.cpu.get(n, {}).values()),
                 "cores": sum(self.cpu.get(n, {}).values()) / wall, "peak_rss_mb": self.peak.get(n, 0) / 2**20}
                for n in self.procs]


@dataclass
class Appliance:
    """``millpond run`` for the bench; stderr to a file in ``root``."""

    root: Path
    http: int = field(default_factory=free_port)
    forward: int = field(default_factory=free_port)
    syslog: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http}"

    def start(self) -> None:
        argv = [sys.executable, "-m", "millpond", "run", "--data-dir", str(self.root / "data"),
                "--http", f"127.0.0.1:{self.http}", "--forward", f"127.0.0.1:{self.forward}",
                "--syslog", f"127.0.0.1:{self.syslog}", "--log-level", "warning"]
        env = {**os.environ, "MILLPOND_INGEST_SELF_METRICS_INTERVAL": "0s", "MILLPOND_ARCHIVE_FLUSH_INTERVAL": "1s"}
        with open(self.root / "appliance.log", "ab") as f:
            self.proc = subprocess.Popen(argv, stdout=f, stderr=f, stdin=subprocess.DEVNULL, env=env,
                                         start_new_session=True)
        wait_for(self._healthy, 60, "GET /healthz = 200")

    def _healthy(self) -> bool:
        assert self.proc is not None
        if self.proc.poll() is not None:
            raise RuntimeError(f"millpond run exited with {self.proc.returncode}: "
                               f"{(self.root / 'appliance.log').read_text()[-2000:]}")
        try:
            return http_json(self.url + "/healthz", timeout=2)[0] == 200
        except OSError:
            return False

    def worker_pids(self) -> list[int]:
        """Every live ``millpond worker`` child of the supervisor (``[pipeline] workers`` of them once started)."""
        assert self.proc is not None
        pids = []
        for k in psutil.Process(self.proc.pid).children():
            try:
                if k.status() != psutil.STATUS_ZOMBIE and "worker" in k.cmdline():
                    pids.append(k.pid)
            except psutil.Error:
                continue
        return pids

    def wait_workers(self, timeout: float = 30) -> list[int]:
        """The worker pids once as many run as ``millpond run`` starts with this environment (so CPU counts all)."""
        from millpond.commands.run import worker_count  # noqa: PLC0415
        from millpond.config import load_config  # noqa: PLC0415

        expected = worker_count(load_config(overrides={"data_dir": str(self.root / "data")}))
        return wait_for(lambda: (p := self.worker_pids()) and len(p) >= expected and p, timeout,
                        f"{expected} worker process(es) started")

    def counters(self, name: str) -> dict[str, float]:
        """``name{receiver=…}`` samples of GET /metrics, by receiver."""
        with urllib.request.urlopen(self.url + "/metrics", timeout=10) as r:
            text = r.read().decode()
        out = {}
        for line in text.splitlines():
            if line.startswith(name + '{receiver="'):
                head, _, value = line.rpartition(" ")
                out[head[len(name) + 11:].split('"')[0]] = float(value)
        return out

    def received(self, receiver: str) -> float:
        return self.counters("millpond_records_received_total").get(receiver, 0.0)

    def log_info(self) -> dict:
        return http_json(self.url + "/api/v1/log")[1]

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(90)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()


def raw_append_rate(path: Path, bodies: list[bytes], per_body: int, seconds: float) -> float:
    """Records/s of appending ``bodies`` (round robin) to ``path`` with write + fsync per body for
    ``seconds``: what a durable receiver could at most do on this disk if decoding cost nothing.
    The one reference every ingest bench sets its rates beside."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_APPEND, 0o644)
    n = 0
    t0 = time.perf_counter()
    try:
        while time.perf_counter() - t0 < seconds:
            os.write(fd, bodies[n % len(bodies)])
            os.fsync(fd)
            n += 1
    finally:
        os.close(fd)
        path.unlink(missing_ok=True)
    return n * per_body / (time.perf_counter() - t0)


def raw_reference(directory: Path, shape: bench_load.Shape, seconds: float) -> float:
    """:func:`raw_append_rate` of ``shape``'s bodies (the durable floor)."""
    return raw_append_rate(directory / f"raw-{shape.protocol}.bin", shape.bodies, shape.per_body, seconds)


class LoadProcess:
    """One separate load process (spawned once, reused for every protocol and peer)."""

    def __init__(self) -> None:
        ctx = mp.get_context("spawn")
        self.commands, self.out = ctx.Queue(), ctx.Queue()
        self.proc = ctx.Process(target=bench_load.serve, args=(self.commands, self.out), daemon=True)
        self.proc.start()

    @property
    def pid(self) -> int:
        assert self.proc.pid is not None
        return self.proc.pid

    def drive(self, protocol: str, port: int, seconds: float) -> tuple[int, int, float]:
        """(accepted records, failed requests, wall seconds) of ``seconds`` of ``protocol`` load on ``port``."""
        self.commands.put((protocol, port, seconds, CONNS[protocol], time.time()))
        _get(self.out, self.proc, 120)
        self.commands.put("go")
        got = _get(self.out, self.proc, seconds + 120)
        if got[0] == "error":
            raise RuntimeError(f"bench: load failed: {got[1]}")
        return got

    def close(self) -> None:
        if self.proc.is_alive():
            self.commands.put(None)
            self.proc.join(10)
        if self.proc.is_alive():
            self.proc.kill()


def _get(q, proc, timeout: float):  # noqa: ANN001, ANN202
    """``q.get()``, failing at once if the load process died instead of waiting out ``timeout``."""
    import queue

    deadline = time.monotonic() + timeout
    while True:
        try:
            return q.get(timeout=0.2)
        except queue.Empty:
            if not proc.is_alive():
                raise RuntimeError(f"bench: the load process exited with {proc.exitcode}") from None
            if time.monotonic() > deadline:
                raise RuntimeError("bench: the load process did not answer in time") from None


def ingest_rates(app: Appliance, load: LoadProcess, protocols: list[str], seconds: float, scratch: Path,
                 tick=lambda *_: None) -> list[dict]:  # noqa: ANN001
    """Accepted records/s per protocol beside the raw fsync'd append of the same bodies."""
    ports = {"forward": app.forward, "syslog": app.syslog}
    rows = []
    for proto in protocols:
        tick(f"ingest: {proto}")
        before = app.received(RECEIVER[proto])
        t0 = time.perf_counter()
        accepted, failed, wall = load.drive(proto, ports.get(proto, app.http), seconds)
        if proto == "syslog":  # written to the socket is not yet accepted: wait until the receiver counted it
            wait_for(lambda: app.received("syslog") - before >= accepted, 60, "syslog records counted")
            wall = time.perf_counter() - t0
        raw = raw_reference(scratch, bench_load.build(proto), min(seconds, 0.3))
        rate = accepted / wall
        rows.append({"protocol": proto, "records_per_s": rate, "raw_records_per_s": raw, "ratio": rate / raw,
                     "failed_requests": failed, "records": accepted})
    return rows
