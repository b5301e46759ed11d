"""Benchmark: ``millpond agent`` tailing a file and shipping it, with acks, to a local appliance.

The appliance is ``millpond run`` (forward receiver, the embedded log with
fsync'd group commits, and its pipeline worker unless ``--no-worker``) in
its own process; the agent is ``millpond agent`` in another, on the same box. Two measurements, each run
``--runs`` times, medians printed:

* **throughput**: ``--lines`` lines (~100 bytes) already in a file; time from
  starting the agent until the log holds them all → lines/s, tailed and
  shipped with acks (agent start-up included);
* **steady 10k/s**: a writer appends 10,000 lines/s for ``--seconds``; the
  agent's CPU (share of one core) and peak RSS over the steady part.

    .venv/bin/python bench/agent.py --runs 3
"""

from __future__ import annotations

import argparse
import json
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import psutil

PY = sys.executable


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def log_rows(data: Path) -> int:
    from millpond.pipeline.log import open_log
    from millpond.pipeline.log.errors import CorruptIndexError

    for _ in range(20):
        try:
            log = open_log(data, readonly=True)
        except CorruptIndexError:  # a read-only open racing the writer (reported); try again
            continue
        try:
            return sum(log.end_offset("logs", p) for p in range(log.partitions("logs")))
        finally:
            log.close()
    raise SystemExit("the log could not be opened read-only")


class Setup:
    """One appliance + agent pair in a temporary directory."""

    def __init__(self, tmp: Path, no_worker: bool = False) -> None:
        self.tmp = tmp
        self.data = tmp / "data"
        self.fwd, self.http = free_port(), free_port()
        self.app = subprocess.Popen([PY, "-m", "millpond", "run", "--data-dir", str(self.data),
                                     "--forward", f"127.0.0.1:{self.fwd}", "--http", f"127.0.0.1:{self.http}",
                                     "--syslog", "", "--log-level", "warning", *(["--no-worker"] * no_worker)],
                                    cwd=tmp)
        deadline = time.monotonic() + 30
        while not self._healthy():
            if time.monotonic() > deadline or self.app.poll() is not None:
                raise SystemExit("millpond run did not become healthy")
            time.sleep(0.05)
        self.logfile = tmp / "app.log"
        self.logfile.touch()
        cfg = {
            "server": f"127.0.0.1:{self.fwd}", "http_url": f"http://127.0.0.1:{self.http}",
            "spool_dir": str(tmp / "spool"), "metrics_listen": "", "hostname": "bench",
        }
        text = "".join(f"{k} = {json.dumps(v)}\n" for k, v in cfg.items())
        text += f'[[files]]\npath = {json.dumps(str(self.logfile))}\nstart_at = "beginning"\nservice = "bench"\n'
        text += '[host_metrics]\ninterval = "0s"\n'
        self.config = tmp / "agent.toml"
        self.config.write_text(text)
        self.agent: subprocess.Popen[bytes] | None = None

    def _healthy(self) -> bool:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.http}/healthz", timeout=1) as r:
                return r.status == 200
        except OSError:
            return False

    def start_agent(self) -> psutil.Process:
        self.agent = subprocess.Popen([PY, "-m", "millpond", "agent", "--config", str(self.config),
                                       "--log-level", "warning"])
        return psutil.Process(self.agent.pid)

    def wait_rows(self, n: int, timeout: float) -> float:
        deadline = time.monotonic() + timeout
        while log_rows(self.data) < n:
            if time.monotonic() > deadline:
                raise SystemExit(f"timed out: {log_rows(self.data)} of {n} rows")
            time.sleep(0.02)
        return time.monotonic()

    def close(self) -> None:
        for p in (self.agent, self.app):
            if p is not None and p.poll() is None:
                p.send_signal(signal.SIGTERM)
                p.wait(30)


def write_lines(path: Path, start: int, n: int) -> None:
    pad = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor"
    with open(path, "a") as f:
        f.write("".join(f"2026-11-25T10:00:00Z INFO req={i} {pad}\n" for i in range(start, start + n)))


def throughput(lines: int, no_worker: bool) -> tuple[float, float]:
    """(lines/s end to end, lines per agent CPU-second) for ``lines`` lines already in the file."""
    with tempfile.TemporaryDirectory() as d:
        s = Setup(Path(d), no_worker)
        try:
            write_lines(s.logfile, 0, lines)
            t0 = time.monotonic()
            proc = s.start_agent()
            t1 = s.wait_rows(lines, 300)
            t = proc.cpu_times()
            return lines / (t1 - t0), lines / (t.user + t.system)
        finally:
            s.close()


def steady(rate: int, seconds: float, no_worker: bool) -> tuple[float, float, float]:
    """(CPU share of one core, peak RSS in MB, lines/s actually written) while ``rate`` lines/s are written."""
    with tempfile.TemporaryDirectory() as d:
        s = Setup(Path(d), no_worker)
        try:
            proc = s.start_agent()
            tick = 0.01
            per_tick = int(rate * tick)
            n = 0
            start = time.monotonic()
            warm = start + min(3.0, seconds / 4)
            cpu0 = None
            rss = 0.0
            next_t = start
            while (now := time.monotonic()) < start + seconds:
                if now >= next_t:
                    write_lines(s.logfile, n, per_tick)
                    n += per_tick
                    next_t += tick
                if cpu0 is None and now >= warm:
                    t = proc.cpu_times()
                    cpu0, w0 = t.user + t.system, now
                if cpu0 is not None:
                    rss = max(rss, proc.memory_info().rss / 1e6)
                time.sleep(max(0.0, min(next_t - time.monotonic(), 0.005)))
            t = proc.cpu_times()
            cpu = (t.user + t.system - cpu0) / (time.monotonic() - w0)
            written = n / (time.monotonic() - start)
            s.wait_rows(n, 60)
            return cpu, rss, written
        finally:
            s.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lines", type=int, default=1_000_000)
    ap.add_argument("--rate", type=int, default=10_000)
    ap.add_argument("--seconds", type=float, default=15.0)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--no-worker", action="store_true", help="run the appliance without its pipeline worker")
    a = ap.parse_args()
    tp = [throughput(a.lines, a.no_worker) for _ in range(a.runs)]
    print(f"throughput: {statistics.median(x for x, _ in tp):,.0f} lines/s tailed+shipped+acked "
          f"(median of {a.runs}: {', '.join(f'{x:,.0f}' for x, _ in tp)}); "
          f"agent: {statistics.median(c for _, c in tp):,.0f} lines per CPU-second")
    st = [steady(a.rate, a.seconds, a.no_worker) for _ in range(a.runs)]
    cpu = statistics.median(c for c, _, _ in st)
    rss = statistics.median(r for _, r, _ in st)
    rate = statistics.median(w for _, _, w in st)
    print(f"at {rate:,.0f} lines/s written: agent CPU {cpu * 100:.1f}% of one core, peak RSS {rss:.1f} MB "
          f"(median of {a.runs}: {', '.join(f'{c * 100:.1f}%/{r:.0f}MB' for c, r, _ in st)})")


if __name__ == "__main__":
    main()
