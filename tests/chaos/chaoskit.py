"""Chaos-suite helpers (import as ``from chaoskit import …``; tests/chaos is on sys.path via rootdir insertion).

* :class:`Appliance` — a real ``millpond run`` subprocess (its own process
  group, so a kill -9 of "the appliance" takes ingest *and* its worker child)
  on a temp data dir and free loopback ports; start / wait healthy / kill -9
  the whole thing, only ingest, only the worker / graceful SIGTERM stop.
* Load clients (in chaosclients.py, re-exported here) for forward (chunk acks, raw
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
import subprocess
import sys
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import psutil

from millpond.bench_ingest import wait_for
from netutil import free_port

from chaosclients import Client, ForwardClient, HttpClient, JsonLogsClient, LineProtocolClient, Tally  # noqa: F401

HEALTH_TIMEOUT = 45.0
STARTED: list[subprocess.Popen[bytes]] = []  # every appliance started: the conftest kills leftovers after a test


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
        STARTED.append(self.proc)
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

    def group_lag(self) -> int:
        """Records in the log not yet committed by the pipeline group (GET /api/v1/log); 0 if unknown."""
        try:
            c = http.client.HTTPConnection("127.0.0.1", self.http, timeout=10)
            c.request("GET", "/api/v1/log")
            body = json.loads(c.getresponse().read())
            c.close()
        except (OSError, ValueError):
            return 0
        groups = [g for g in body.get("groups", []) if g["name"] == "millpond-pipeline"]
        if not groups:  # nothing committed yet: everything in the log is ahead of the group
            return sum(t["end_offset"] for t in body.get("topics", []) if t["name"] in ("logs", "metrics"))
        return sum(g["lag"] for g in groups)

    def replayed_files(self) -> int:
        """Archive files the worker removed on restart as written past the committed offsets (then replayed)."""
        import re

        return sum(int(n) for n in re.findall(r"archive: removed (\d+) file\(s\) written past the committed",
                                              self.log_text()))

    def workers(self) -> list[psutil.Process]:
        """The supervised ``millpond worker`` children running now (``[pipeline] workers`` of them, in time)."""
        if self.proc is None:
            return []
        try:
            kids = psutil.Process(self.proc.pid).children()
        except psutil.Error:
            return []
        out = []
        for k in kids:
            try:
                if k.status() != psutil.STATUS_ZOMBIE and "worker" in k.cmdline():
                    out.append(k)
            except psutil.Error:
                continue
        return out

    def worker(self) -> psutil.Process | None:
        """A supervised ``millpond worker`` child (the first), if one runs."""
        return next(iter(self.workers()), None)

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
        """kill -9 of one worker child; waits until the supervisor started a new one (backoff up to 30 s).

        The new one is a pid that was not a worker before the kill: with
        several workers, another worker already running is no restart.
        """
        before = poll(self.workers, 30, what="a worker child")
        known = {w.pid for w in before}
        before[0].kill()
        return poll(lambda: next((w.pid for w in self.workers() if w.pid not in known), None), timeout,
                    what="worker restarted by the supervisor")

    def wait_worker_ready(self, timeout: float = 30) -> None:
        """Wait until every worker child catches SIGTERM (see H8-findings F1: before that, a stop kills it)."""
        def ready() -> bool:
            ws = self.workers()
            return bool(ws) and all(catches_sigterm(w.pid) for w in ws)
        poll(ready, timeout, what="workers handle SIGTERM")

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


def kill_leftovers() -> None:
    """kill -9 the process group of every appliance a test started and left running (a failed test)."""
    while STARTED:
        p = STARTED.pop()
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        p.wait(30)


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


def unarchived_ids(data: Path) -> Counter[str]:
    """Chaos ids in the log past the pipeline group's committed offsets (durable, archived on the next start)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from millpond.config import LogConfig
    from millpond.pipeline.log import open_log
    from millpond.pipeline.log.base import TopicPartition
    from millpond.pipeline.worker import GROUP

    out: Counter[str] = Counter()
    lg = open_log(data, LogConfig(), readonly=True)
    try:
        committed = lg.committed(GROUP)
        for topic, col in (("logs", "attributes"), ("metrics", "labels")):
            for p in range(lg.partitions(topic)):
                offset = committed.get(TopicPartition(topic, p), 0)
                while got := lg.read(topic, p, offset):
                    for fb in got:
                        ids = pc.map_lookup(fb.batch.column(col), pa.scalar("id"), "first").drop_null()
                        out.update(ids.to_pylist())
                    offset = got[-1].next_offset
    finally:
        lg.close()
    return out


@dataclass
class Verdict:
    """Acked ids lost, ids duplicated, unacked ids that nevertheless landed (replayed/at-least-once)."""

    acked: int
    unacked: int
    lost: list[str]
    duplicated: list[str]
    unacked_stored: int
    in_log_only: int  # durable in the log past the committed offsets: not archived by the stop

    def row(self) -> str:
        tail = f", {self.in_log_only} still in the log only (archived on next start)" if self.in_log_only else ""
        return (f"acked {self.acked}, unacked {self.unacked} (of them stored anyway {self.unacked_stored}), "
                f"lost {len(self.lost)}, duplicated {len(self.duplicated)}{tail}")


def verdict(data: Path, tallies: list[Tally], *, allow_tail: bool = False) -> Verdict:
    """Check the archive (plus, with ``allow_tail``, the log past the committed offsets) against the tallies.

    Without ``allow_tail`` every acked id must be in the archive itself: the graceful stop archives the
    tail. With it (long runs whose backlog outlasts the stop's 30 s archiving budget), ids still only in
    the log count as kept — they are durable and the next start archives them — and are reported.
    """
    got = archived_ids(data)
    tail = unarchived_ids(data) if allow_tail else Counter()
    both = got + tail
    acked = set().union(*(t.acked for t in tallies))
    unacked = set().union(*(t.unacked for t in tallies))
    return Verdict(acked=len(acked), unacked=len(unacked), lost=sorted(acked - both.keys())[:20],
                   duplicated=sorted(k for k, n in both.items() if n > 1)[:20],
                   unacked_stored=len(unacked & both.keys()), in_log_only=len(acked & tail.keys() - got.keys()))
