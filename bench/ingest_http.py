"""Benchmark: HTTP ingest — Influx line protocol lines/s and Prometheus remote_write samples/s.

The server is the real appliance, ``millpond run --no-worker`` (uvloop, the
embedded log with fsync'd group commits, a temporary data directory); every
counted record was answered 204, i.e. is durable. A separate load process
keeps ``--concurrency`` requests in flight with pre-built bodies for
``--seconds`` and counts accepted records. Shapes:

- ``lp``: line protocol, 5,000 lines a request (cpu measurement, 3 tags, 2 fields → 2 rows a line);
- ``json``: NDJSON logs to ``/api/v1/logs``, 5,000 records a request (5 attributes each);
- ``rw1000x10``: remote_write, 1,000 series × 10 samples a request;
- ``rw10000x1``: remote_write, 10,000 series × 1 sample a request.

The remote_write shapes are also sent to the real Prometheus
(``--web.enable-remote-write-receiver``, its own TSDB in a temporary
directory) in the same run, with timestamps moving forward so it accepts
every sample. Each figure is the median of ``--runs`` runs; the server's
CPU seconds per million records are printed beside it.

    .venv/bin/python bench/ingest_http.py --seconds 4 --runs 3
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import os
import shutil
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import cramjam
import psutil

from millpond.bench_ingest import raw_append_rate
from millpond.ingest.remote_write import encode_varint

BASE_MS = 1_750_000_000_000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ld(field: int, payload: bytes) -> bytes:
    return encode_varint(field << 3 | 2) + encode_varint(len(payload)) + payload


def rw_bodies(series: int, samples: int, count: int, start_ms: int) -> list[bytes]:
    """``count`` snappy WriteRequests over the same series, timestamps moving forward request by request."""
    labels = [
        b"".join(_ld(1, _ld(1, k) + _ld(2, v)) for k, v in (
            (b"__name__", b"http_requests_total"), (b"instance", f"host{i % 200}:9100".encode()),
            (b"job", b"node"), (b"path", f"/api/v1/item/{i}".encode()), (b"code", b"200")))
        for i in range(series)
    ]
    out = []
    for r in range(count):
        t0 = start_ms + r * samples * 1000
        smp = [_ld(2, b"\x09" + struct.pack("<d", float(r + j)) + b"\x10" + encode_varint(t0 + j * 1000))
               for j in range(samples)]
        blob = b"".join(smp)
        out.append(bytes(cramjam.snappy.compress_raw(b"".join(_ld(1, lab + blob) for lab in labels))))
    return out


def lp_bodies(lines: int, count: int) -> list[bytes]:
    out = []
    for r in range(count):
        ts = (BASE_MS + r * 1000) * 1_000_000
        out.append("\n".join(
            f"cpu,host=web{i % 100},cpu=cpu{i % 8},dc=eu-{i % 3} usage_user={(i * 7 % 1000) / 10},usage_idle={i % 97}i "
            f"{ts + i}" for i in range(lines)).encode())
    return out


def json_bodies(lines: int, count: int) -> list[bytes]:
    out = []
    for r in range(count):
        out.append("\n".join(
            f'{{"ts": {BASE_MS / 1000 + r + i / lines:.6f}, "host": "web{i % 50}", "service": "api", '
            f'"level": "{("info", "warn", "error")[i % 3]}", "message": "GET /api/v1/item/{i} 200 in {i % 97}ms", '
            f'"path": "/api/v1/item/{i}", "status": 200, "bytes": {i * 13 % 9000}}}' for i in range(lines)).encode())
    return out


async def _load(url: str, bodies: list[bytes], headers: dict[str, str], per_body: int, seconds: float,
                concurrency: int) -> tuple[int, int, float]:
    import aiohttp

    accepted = failed = 0
    nxt = 0
    stop_at = time.perf_counter() + seconds
    conn = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(connector=conn) as s:
        async def worker() -> None:
            nonlocal accepted, failed, nxt
            while time.perf_counter() < stop_at:
                body = bodies[nxt % len(bodies)]
                nxt += 1
                async with s.post(url, data=body, headers=headers) as r:
                    await r.read()
                    if r.status in (200, 204):
                        accepted += per_body
                    else:
                        failed += 1
        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return accepted, failed, time.perf_counter() - t0


def shape_bodies(shape: str, seconds: float, start_ms: int) -> tuple[list[bytes], dict[str, str], int]:
    """(pre-built bodies, request headers, records per body) of one shape."""
    if shape == "lp":
        bodies, headers, per = lp_bodies(5000, 20), {"Content-Type": "text/plain"}, 5000
    elif shape == "json":
        bodies, headers, per = json_bodies(5000, 20), {"Content-Type": "application/x-ndjson"}, 5000
    else:
        series, samples = (1000, 10) if shape == "rw1000x10" else (10_000, 1)
        count = max(20, int(seconds * 400_000 * 4 / (series * samples)))  # enough distinct timestamps
        bodies = rw_bodies(series, samples, count, start_ms)
        headers = {"Content-Type": "application/x-protobuf", "Content-Encoding": "snappy",
                   "X-Prometheus-Remote-Write-Version": "0.1.0"}
        per = series * samples
    return bodies, headers, per


def raw_reference(directory: Path, bodies: list[bytes], per: int, seconds: float) -> float:
    """Records/s of appending the same bodies with write + fsync per body, same disk, same run."""
    return raw_append_rate(directory / "raw-reference.bin", bodies, per, seconds)


def _load_proc(q: mp.Queue, go: mp.Queue, url: str, shape: str, seconds: float, concurrency: int, start_ms: int) -> None:
    bodies, headers, per = shape_bodies(shape, seconds, start_ms)
    q.put("ready")
    go.get()
    q.put(asyncio.run(_load(url, bodies, headers, per, seconds, concurrency)))


def tree_cpu(proc: psutil.Process) -> tuple[float, float]:
    """CPU seconds of ``proc`` and of its live children (the ingest process's decoder processes)."""
    kids = 0.0
    for c in proc.children(recursive=True):
        try:
            kids += sum(c.cpu_times()[:2])
        except psutil.NoSuchProcess:
            pass
    return sum(proc.cpu_times()[:2]), kids


def measure(url: str, server_pid: int, shape: str, seconds: float, concurrency: int, start_ms: int) -> tuple[float, float, int]:
    """(records/s, server CPU s per million records, failed requests) of one run."""
    ctx = mp.get_context("spawn")
    q: mp.Queue = ctx.Queue()
    go: mp.Queue = ctx.Queue()
    p = ctx.Process(target=_load_proc, args=(q, go, url, shape, seconds, concurrency, start_ms))
    p.start()
    assert q.get(timeout=300) == "ready"
    srv = psutil.Process(server_pid)
    load = psutil.Process(p.pid)
    cpu0, lcpu0 = tree_cpu(srv), sum(load.cpu_times()[:2])
    go.put("go")
    accepted, failed, wall = q.get(timeout=seconds + 120)
    own, kids = (b - a for a, b in zip(cpu0, tree_cpu(srv)))
    cpu = own + kids
    print(f"    (load process CPU {(sum(load.cpu_times()[:2]) - lcpu0) / wall:.2f} cores, "
          f"server {cpu / wall:.2f} cores: ingest process {own / wall:.2f}, decoders {kids / wall:.2f})", flush=True)
    p.join()
    return accepted / wall, cpu / max(accepted, 1) * 1e6, failed


def _wait_http(url: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    import urllib.request

    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=1) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"server at {url} did not come up")
        time.sleep(0.1)


def start_millpond(tmp: Path, decoders: str = "", name: str = "millpond") -> tuple[subprocess.Popen, str]:
    """``millpond run --no-worker`` on a free port; ``decoders`` sets ``[ingest] decoders`` ("" = the default)."""
    port = _free_port()
    env = {**os.environ, "MILLPOND_INGEST_SELF_METRICS_INTERVAL": "0s"}
    if decoders:
        env["MILLPOND_INGEST_DECODERS"] = decoders
    proc = subprocess.Popen(
        [sys.executable, "-m", "millpond", "run", "--no-worker", "--data-dir", str(tmp / name),
         "--http", f"127.0.0.1:{port}", "--forward", "", "--syslog", "", "--log-level", "warning"], env=env)
    _wait_http(f"http://127.0.0.1:{port}/healthz", proc)
    return proc, f"http://127.0.0.1:{port}"


def start_prometheus(tmp: Path) -> tuple[subprocess.Popen, str] | None:
    if shutil.which("prometheus") is None:
        return None
    port = _free_port()
    # concurrent requests reach it out of order: allow that, so it accepts every sample as we do
    (tmp / "prom.yml").write_text("global:\n  scrape_interval: 1h\n"
                                  "storage:\n  tsdb:\n    out_of_order_time_window: 1d\n")
    proc = subprocess.Popen(
        ["prometheus", f"--config.file={tmp / 'prom.yml'}", f"--storage.tsdb.path={tmp / 'tsdb'}",
         f"--web.listen-address=127.0.0.1:{port}", "--web.enable-remote-write-receiver", "--log.level=error"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _wait_http(f"http://127.0.0.1:{port}/-/ready", proc)
    return proc, f"http://127.0.0.1:{port}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=4.0)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--shapes", default="lp,json,rw1000x10,rw10000x1")
    ap.add_argument("--no-prometheus", action="store_true")
    ap.add_argument("--ab", action="store_true",
                    help="also run a server with [ingest] decoders = -1 (no decoder processes), runs interleaved")
    ap.add_argument("--decoders", default="", help="[ingest] decoders of the server under test (default: auto)")
    args = ap.parse_args()
    shapes = args.shapes.split(",")
    results: list[tuple[str, str, float, float, int]] = []
    with tempfile.TemporaryDirectory(prefix="mp-bench-") as d:
        tmp = Path(d)
        servers = [("millpond", start_millpond(tmp, args.decoders))]
        if args.ab:
            servers.append(("no-decoders", start_millpond(tmp, "-1", "no-decoders")))
        if not args.no_prometheus and any(s.startswith("rw") for s in shapes):
            prom = start_prometheus(tmp)
            if prom:
                servers.append(("prometheus", prom))
        try:
            start_ms = int(time.time() * 1000) - 3_600_000
            for shape in shapes:
                here = [(n, sv) for n, sv in servers if shape.startswith("rw") or n != "prometheus"]
                path = {"lp": "/write", "json": "/api/v1/logs"}.get(shape, "/api/v1/write")
                runs: dict[str, list[tuple[float, float, int]]] = {n: [] for n, _ in here}
                raws = []
                for _ in range(args.runs):  # servers interleaved run by run: same-run A/B
                    for name, (proc, base) in here:
                        runs[name].append(measure(base + path, proc.pid, shape, args.seconds, args.concurrency,
                                                  start_ms))
                        start_ms += 10_000_000  # fresh timestamps for Prometheus' out-of-order check
                    bodies, _, per = shape_bodies(shape, args.seconds, start_ms)  # the same-run reference
                    raws.append(raw_reference(tmp, bodies, per, 0.5))
                raw = statistics.median(raws)
                unit = {"lp": "lines", "json": "records"}.get(shape, "samples")
                first = statistics.median(r[0] for r in runs["millpond"])
                for name, _ in here:
                    rate = statistics.median(r[0] for r in runs[name])
                    cpu = statistics.median(r[1] for r in runs[name])
                    failed = sum(r[2] for r in runs[name])
                    results.append((shape, name, rate, cpu, failed))
                    vs = f", millpond/this {first / rate:.2f}x" if name != "millpond" else ""
                    print(f"{shape:11s} {name:11s} {rate:>12,.0f} {unit}/s   server CPU {cpu:5.2f} s per 1M"
                          f"   runs {[round(r[0]) for r in runs[name]]}   failed requests {failed}"
                          f"   raw fsync'd append {raw:,.0f}/s, ratio {rate / raw:.3f}{vs}"
                          f"   (load average {os.getloadavg()[0]:.1f})", flush=True)
        finally:
            for _, (proc, _) in servers:
                proc.terminate()
                proc.wait(60)


if __name__ == "__main__":
    main()
