"""Chaos-suite helpers (import as ``from chaoskit import …``; tests/chaos is on sys.path via rootdir insertion).

* :class:`Appliance` — a real ``millpond run`` subprocess (its own process
  group, so a kill -9 of "the appliance" takes ingest *and* its worker child)
  on a temp data dir and free loopback ports; start / wait healthy / kill -9
  the whole thing, only ingest, only the worker / graceful SIGTERM stop.
* Load clients (threads, blocking sockets) for forward (chunk acks, raw
  msgpack), JSON logs (``POST /api/v1/logs``) and line protocol
  (``POST /write``). Every record carries a unique id; a client records an id
  as *acked* only when the protocol acknowledged it (forward ``ack`` / HTTP
  204) and never resends an id, so any id seen twice in the archive is a
  duplicate made by Millpond, not by a retry.
* :func:`archived_ids` — what plain DuckDB sees in ``DATA/archive`` (the
  contract: readable with Millpond stopped, no gap, no duplicate).
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import msgpack
import psutil

from millpond.bench_ingest import wait_for
from netutil import free_port

HEALTH_TIMEOUT = 45.0


def poll(check, timeout: float, every: float = 0.05, what: str = "condition"):  # type: ignore[no-untyped-def]
    """Return ``check()`` once truthy; fail after ``timeout`` seconds (no fixed sleeps in tests)."""
    return wait_for(check, timeout, what, every)


@dataclass
class Appliance:
    """``millpond run`` on ``data`` with free loopback ports; stderr of every start appended to ``out``."""

    root: Path
    extra: list[str] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    http: int = field(default_factory=free_port)
    forward: int = field(default_factory=free_port)
    syslog: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None
    starts: int = 0

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def out(self) -> Path:
        return self.root / "appliance.log"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http}"

    def start(self, wait: bool = True) -> None:
        self.starts += 1
        argv = [sys.executable, "-m", "millpond", "run", "--data-dir", str(self.data),
                "--http", f"127.0.0.1:{self.http}", "--forward", f"127.0.0.1:{self.forward}",
                "--syslog", f"127.0.0.1:{self.syslog}", "--partitions", "2", *self.extra]
        with open(self.out, "ab") as f:
            f.write(f"=== start {self.starts} ===\n".encode())
            self.proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=f, stderr=f, start_new_session=True,
                                         env={**os.environ, "MILLPOND_INGEST_SELF_METRICS_INTERVAL": "0s", **self.env})
        if wait:
            self.wait_healthy()

    def healthy(self) -> bool:
        try:
            c = http.client.HTTPConnection("127.0.0.1", self.http, timeout=2)
            c.request("GET", "/healthz")
            ok = c.getresponse().status == 200
            c.close()
            return ok
        except OSError:
            return False

    def wait_healthy(self, timeout: float = HEALTH_TIMEOUT) -> None:
        def up() -> bool:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise AssertionError(f"millpond run exited with {self.proc.returncode}:\n{self.log_tail()}")
            return self.healthy()
        poll(up, timeout, what="GET /healthz = 200")

    def log_text(self) -> str:
        return self.out.read_text(errors="replace") if self.out.exists() else ""

    def log_tail(self, n: int = 40) -> str:
        return "\n".join(self.log_text().splitlines()[-n:])

    def worker(self) -> psutil.Process | None:
        """The supervised ``millpond worker`` child, if one runs."""
        if self.proc is None:
            return None
        try:
            kids = psutil.Process(self.proc.pid).children()
        except psutil.Error:
            return None
        for k in kids:
            try:
                if k.status() != psutil.STATUS_ZOMBIE and "worker" in k.cmdline():
                    return k
            except psutil.Error:
                continue
        return None

    def kill_all(self) -> None:
        """kill -9 of the whole appliance: ingest and its worker child (the process group)."""
        assert self.proc is not None
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(30)
        # the group is gone once every member is reaped/killed; nothing of it may linger
        poll(lambda: not _group_alive(self.proc.pid), 15, what="process group gone")  # type: ignore[union-attr]

    def kill_ingest(self) -> psutil.Process | None:
        """kill -9 of the ``run`` process only; returns its (now orphaned) worker child, if any."""
        assert self.proc is not None
        w = self.worker()
        self.proc.kill()
        self.proc.wait(30)
        return w

    def kill_worker(self, timeout: float = 75) -> int:
        """kill -9 of the worker child; waits until the supervisor started a new one (backoff up to 30 s)."""
        w = poll(self.worker, 30, what="a worker child")
        w.kill()
        return poll(lambda: (n := self.worker()) is not None and n.pid != w.pid and n.pid, timeout,
                    what="worker restarted by the supervisor")

    def wait_worker_ready(self, timeout: float = 30) -> None:
        """Wait until the worker child catches SIGTERM (see H8-findings F1: before that, a stop kills it)."""
        def ready() -> bool:
            w = self.worker()
            return w is not None and catches_sigterm(w.pid)
        poll(ready, timeout, what="worker handles SIGTERM")

    def stop(self, timeout: float = 90) -> int:
        """Graceful stop (SIGTERM: flush, the worker archives the tail); returns the exit status."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGTERM)
        code = self.proc.wait(timeout)
        poll(lambda: not _group_alive(self.proc.pid), 30, what="worker stopped")  # type: ignore[union-attr]
        return code

    def ingest_rss(self) -> int:
        assert self.proc is not None
        return psutil.Process(self.proc.pid).memory_info().rss

    def metrics(self) -> str:
        c = http.client.HTTPConnection("127.0.0.1", self.http, timeout=10)
        c.request("GET", "/metrics")
        body = c.getresponse().read().decode()
        c.close()
        return body

    def metric(self, name: str, **labels: str) -> float:
        """Sum of the samples of ``name`` whose labels include ``labels`` (0 when absent)."""
        total = 0.0
        for line in self.metrics().splitlines():
            if not line.startswith(name + "{") and not line.startswith(name + " "):
                continue
            head, _, value = line.rpartition(" ")
            if all(f'{k}="{v}"' in head for k, v in labels.items()):
                total += float(value)
        return total


class RssPeak(threading.Thread):
    """Samples a process's RSS every ``every`` seconds; ``grew`` is the peak over the first sample."""

    def __init__(self, pid: int, every: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.proc = psutil.Process(pid)
        self.every = every
        self.base = self.peak = self.proc.memory_info().rss
        self.done = threading.Event()
        self.start()

    def run(self) -> None:
        while not self.done.wait(self.every):
            try:
                self.peak = max(self.peak, self.proc.memory_info().rss)
            except psutil.Error:
                return

    def stop(self) -> int:
        self.done.set()
        self.join(5)
        return self.peak - self.base


def catches_sigterm(pid: int) -> bool:
    """True once process ``pid`` installed a SIGTERM handler (bit 15 of SigCgt in /proc/PID/status)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    mask = next((int(line.split()[1], 16) for line in status.splitlines() if line.startswith("SigCgt:")), 0)
    return bool(mask >> (signal.SIGTERM - 1) & 1)


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    # zombies still count for killpg; treat a group of zombies as gone
    return any(p.status() != psutil.STATUS_ZOMBIE for p in psutil.process_iter() if _pgid(p) == pgid)


def _pgid(p: psutil.Process) -> int | None:
    try:
        return os.getpgid(p.pid)
    except (ProcessLookupError, psutil.Error):
        return None


# -- load clients ---------------------------------------------------------------------------------

@dataclass
class Tally:
    """What one client sent: ids acknowledged, ids sent without an ack, refusals seen."""

    acked: set[str] = field(default_factory=set)
    unacked: set[str] = field(default_factory=set)
    refusals: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, ids: list[str], ok: bool, why: str = "") -> None:
        with self.lock:
            (self.acked if ok else self.unacked).update(ids)
            if not ok:
                self.refusals[why] += 1


class Client(threading.Thread):
    """Sends batches of ``batch`` uniquely-id'd records until stopped; subclasses speak a protocol."""

    kind = "?"

    def __init__(self, app: Appliance, batch: int = 50, prefix: str = "") -> None:
        super().__init__(daemon=True, name=f"chaos-{self.kind}")
        self.app, self.batch = app, batch
        self.prefix = prefix or f"{self.kind}-{uuid.uuid4().hex[:6]}"
        self.tally = Tally()
        self.halt = threading.Event()
        self.seq = 0
        self.sent_batches = 0
        self.error: BaseException | None = None

    def ids(self) -> list[str]:
        out = [f"{self.prefix}-{self.seq + i}" for i in range(self.batch)]
        self.seq += self.batch
        return out

    def run(self) -> None:
        try:
            while not self.halt.is_set():
                ids = self.ids()
                try:
                    ok, why = self.send(ids)
                except ConnectionRefusedError:
                    self.reset()
                    self.seq -= self.batch  # nothing left this client: reuse the ids, count the refusal only
                    self.tally.refusals["connect refused"] += 1
                    self.halt.wait(0.05)
                    continue
                except (OSError, http.client.HTTPException, msgpack.UnpackException, ValueError) as e:
                    ok, why = False, type(e).__name__
                    self.reset()
                self.tally.add(ids, ok, why)
                self.sent_batches += 1
                if not ok:
                    self.halt.wait(0.05)  # a client's back-off before its next (fresh) batch
        except BaseException as e:  # noqa: BLE001 - surfaced by the test via .error
            self.error = e

    def send(self, ids: list[str]) -> tuple[bool, str]:
        raise NotImplementedError

    def reset(self) -> None:
        pass

    def stop(self) -> Tally:
        self.halt.set()
        self.join(30)
        if self.error is not None:
            raise self.error
        return self.tally


class ForwardClient(Client):
    """Fluent forward Forward-mode messages with ``chunk``; acked only on ``{"ack": chunk}``."""

    kind = "fwd"

    def __init__(self, app: Appliance, batch: int = 50, timeout: float = 10.0) -> None:
        super().__init__(app, batch)
        self.sock: socket.socket | None = None
        self.timeout = timeout
        self.unpacker = msgpack.Unpacker(raw=False)

    def reset(self) -> None:
        if self.sock is not None:
            self.sock.close()
        self.sock = None

    def send(self, ids: list[str]) -> tuple[bool, str]:
        if self.sock is None:
            self.sock = socket.create_connection(("127.0.0.1", self.app.forward), timeout=self.timeout)
            self.unpacker = msgpack.Unpacker(raw=False)
        chunk = uuid.uuid4().hex
        now = int(time.time())
        entries = [[now, {"message": f"chaos forward {i}", "id": i, "host": "chaos"}] for i in ids]
        self.sock.sendall(msgpack.packb(["chaos.fwd", entries, {"chunk": chunk}]))
        while True:
            for reply in self.unpacker:
                if isinstance(reply, dict) and reply.get("ack") == chunk:
                    return True, ""
            data = self.sock.recv(65536)
            if not data:
                self.reset()
                return False, "closed"
            self.unpacker.feed(data)


class HttpClient(Client):
    """One keep-alive HTTP connection; acked only on 204."""

    path = "/"
    ctype = "text/plain"

    def __init__(self, app: Appliance, batch: int = 50) -> None:
        super().__init__(app, batch)
        self.conn: http.client.HTTPConnection | None = None
        self.statuses: Counter[int] = Counter()
        self.retry_after_seen = 0

    def reset(self) -> None:
        if self.conn is not None:
            self.conn.close()
        self.conn = None

    def body(self, ids: list[str]) -> bytes:
        raise NotImplementedError

    def send(self, ids: list[str]) -> tuple[bool, str]:
        if self.conn is None:
            self.conn = http.client.HTTPConnection("127.0.0.1", self.app.http, timeout=15)
        self.conn.request("POST", self.path, body=self.body(ids), headers={"Content-Type": self.ctype})
        r = self.conn.getresponse()
        r.read()
        self.statuses[r.status] += 1
        if r.status in (429, 503) and r.getheader("Retry-After"):
            self.retry_after_seen += 1
        if r.getheader("Connection", "").lower() == "close":
            self.reset()
        return r.status == 204, str(r.status)


class JsonLogsClient(HttpClient):
    kind = "json"
    path = "/api/v1/logs"
    ctype = "application/x-ndjson"

    def body(self, ids: list[str]) -> bytes:
        return "\n".join(json.dumps({"message": f"chaos json {i}", "id": i, "service": "chaos-json",
                                     "host": "chaos"}) for i in ids).encode()


class LineProtocolClient(HttpClient):
    kind = "lp"
    path = "/write"

    def body(self, ids: list[str]) -> bytes:
        return "\n".join(f"chaos,host=chaos,id={i} value={n}" for n, i in enumerate(ids)).encode()


# -- verification ---------------------------------------------------------------------------------

def archived_ids(data: Path) -> Counter[str]:
    """Every chaos id in ``DATA/archive`` (logs + metrics) with its count, as plain DuckDB reads it."""
    import duckdb

    out: Counter[str] = Counter()
    con = duckdb.connect()
    for table, col in (("logs", "attributes"), ("metrics", "labels")):
        files = sorted(str(p) for p in (data / "archive" / table).rglob("*.parquet"))
        if not files:
            continue
        rows = con.execute(f"SELECT {col}['id'] AS id, count(*) FROM read_parquet(?, union_by_name=true) "
                           f"WHERE {col}['id'] IS NOT NULL GROUP BY 1", [files]).fetchall()
        out.update({r[0]: r[1] for r in rows})
    con.close()
    return out


@dataclass
class Verdict:
    """Acked ids lost, ids duplicated, unacked ids that nevertheless landed (replayed/at-least-once)."""

    acked: int
    unacked: int
    lost: list[str]
    duplicated: list[str]
    unacked_stored: int

    def row(self) -> str:
        return (f"acked {self.acked}, unacked {self.unacked} (of them stored anyway {self.unacked_stored}), "
                f"lost {len(self.lost)}, duplicated {len(self.duplicated)}")


def verdict(data: Path, tallies: list[Tally]) -> Verdict:
    got = archived_ids(data)
    acked = set().union(*(t.acked for t in tallies))
    unacked = set().union(*(t.unacked for t in tallies))
    return Verdict(acked=len(acked), unacked=len(unacked), lost=sorted(acked - got.keys())[:20],
                   duplicated=sorted(k for k, n in got.items() if n > 1)[:20],
                   unacked_stored=len(unacked & got.keys()))
