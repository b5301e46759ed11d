"""Pipeline benchmark: log → worker → Parquet archive → SQL.

Measures (medians of ``--runs`` runs):

* sustained end-to-end log records/s: this process appends to the embedded log
  as fast as it can (the ingest side, ``--batch`` records an append, keyed
  over the partitions) while ``--workers`` ``millpond worker`` *processes*
  archive; rate = records appended / time until all of them are archived
  (``tail_s``: how long that took after the last append); beside it the
  workers' CPU µs per record (steadier than rates on a shared box);
* ack → visible in SQL, p50/p99: under that load, a marker record is appended
  every 50 ms and queried through the query service every 10 ms until it shows
  (the probe's CPU is reported apart: ``probe_cpu_us_per_record``; the
  appender's excludes it);
* archive bytes per log record (from that run) and per metric sample (regular
  series: 1,000 series, 10 s interval, gauges and counters);
* query latency over a large generated archive (``--rows`` log rows and metric
  samples over 24 h): a count with a one-hour filter and a group-by.

    .venv/bin/python bench/pipeline.py --seconds 10 --rows 100_000_000
    .venv/bin/python bench/pipeline.py --seconds 10 --skip-large --workers 2 --batch 2000
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import psutil
import pyarrow as pa

from millpond.config import Config, build_config
from millpond.pipeline.log import open_log
from millpond.pipeline.log.base import TopicPartition
from millpond.pipeline.schema import logs_batch, metrics_batch
from millpond.pipeline.worker import GROUP
from millpond.sinks.archive import HOUR_US, Archive
from millpond.sinks.query import QueryService

TEMPLATES = [
    "GET /api/v1/items/{a} 200 {b}ms", "POST /api/v1/orders {a} created by user{b}",
    "connection from 10.0.{c}.{d} port {a} closed", "cache miss for key session:{a} ({b} bytes)",
    "job {a} finished in {b}.{c}s with {d} retries", "user{b} logged in from 192.168.{c}.{d}",
    "disk /dev/sd{e} usage {c}% on volume vol-{a}", "timeout after {b}ms talking to db-{d}:5432",
]


def message_pool(n: int, seed: int = 7) -> pa.Array:
    """``n`` varied log messages (numbers, addresses, ids), built once and cycled."""
    rng = np.random.default_rng(seed)
    a, b, c, d = (rng.integers(0, m, n) for m in (10_000_000, 5000, 255, 255))
    t = rng.integers(0, len(TEMPLATES), n)
    return pa.array([TEMPLATES[t[i]].format(a=a[i], b=b[i], c=c[i], d=d[i], e="abcd"[d[i] % 4]) for i in range(n)])


def log_batch(pool: pa.Array, start: int, n: int, ts_us: np.ndarray | int) -> pa.RecordBatch:
    idx = (np.arange(start, start + n) % len(pool)).astype(np.int64)
    hosts = pa.array([f"web{i:02d}" for i in range(40)]).take(pa.array(idx % 40))
    services = pa.array(["api", "shop", "auth", "db", "cache", "worker"]).take(pa.array(idx % 6))
    sev = pa.array(["info"] * 8 + ["warning", "error"]).take(pa.array(idx % 10))
    ts = ts_us if isinstance(ts_us, np.ndarray) else np.full(n, ts_us, dtype=np.int64)
    return logs_batch(message=pool.take(pa.array(idx)), host=hosts, service=services, severity=sev,
                      ts=pa.array(ts, pa.int64()).cast(pa.timestamp("us", tz="UTC")), source="bench")


POLL = 0.01
"""Seconds between freshness queries for one marker (was back to back: the probe's queries, which read and
normalise the log's tail in this process, then took about half of its CPU and counted as the appender's)."""


def _cfg(data: Path) -> Config:
    return build_config({"data_dir": str(data), "log": {"partitions": 4}})


# -- end to end -----------------------------------------------------------------------------------

def _cpu_s(procs: list[psutil.Process]) -> float:
    return sum(sum(p.cpu_times()[:2]) for p in procs)


def run_e2e(seconds: float, pool: pa.Array, workers: int = 1, n: int = 20_000) -> dict:
    data = Path(tempfile.mkdtemp(prefix="mp-bench-"))
    cfg = _cfg(data)
    lg = open_log(data, cfg.log)
    env = {**os.environ, "MILLPOND_DATA_DIR": str(data)}
    group = [] if workers == 1 else ["--members", str(workers)]
    procs = [subprocess.Popen([sys.executable, "-m", "millpond", "worker", "--data-dir", str(data),
                               *(["--member", str(m)] if group else []), *group], env=env,
                              stderr=open(data / f"worker{m}.err", "w")) for m in range(workers)]
    ps = [psutil.Process(p.pid) for p in procs]
    qs = QueryService(cfg, log=lg)
    while not all("now owns" in (data / f"worker{m}.err").read_text() for m in range(workers)):  # they are up
        time.sleep(0.05)
        if any(p.poll() is not None for p in procs):
            raise SystemExit(f"a worker process exited: {(data / 'worker0.err').read_text()[-2000:]}")
    stop = threading.Event()
    appended = [0]
    lat: list[float] = []

    prebuilt = [log_batch(pool, i * n, n, 0) for i in range(len(pool) // n)]  # the ingest side's decode is not measured
    cpu0, own0 = _cpu_s(ps), time.process_time()  # after building them (was before: ~1 CPU-µs a record too many)

    def feed() -> None:
        i = 0
        while not stop.is_set():
            b = prebuilt[i % len(prebuilt)]
            ts = pa.array(np.full(n, time.time_ns() // 1000, dtype=np.int64)).cast(b.schema.field("ts").type)
            b = b.set_column(0, b.schema.field("ts"), ts)
            futures = lg.append_keyed("logs", b, b.column("host"))
            for f in futures:
                f.result()
            appended[0] += n
            i += 1

    probe_cpu = [0.0]

    def markers() -> None:
        i = 0
        cpu0 = time.thread_time()
        while not stop.is_set():
            i += 1
            msg = f"marker-{i}-{time.time_ns()}"
            ts = time.time_ns() // 1000
            b = logs_batch(message=[msg], host="marker", service="bench", ts=[ts * 1000])
            lg.append("logs", i % 4, b).result()
            acked = time.perf_counter()
            while True:
                n = qs.run(f"SELECT count(*) FROM logs WHERE ts >= to_timestamp({ts / 1e6 - 1}) "
                           f"AND message = '{msg}'").rows[0][0]
                if n == 1:
                    lat.append(time.perf_counter() - acked)
                    break
                if time.perf_counter() - acked > 10:
                    lat.append(float("inf"))
                    break
                time.sleep(POLL)
            probe_cpu[0] = time.thread_time() - cpu0
            stop.wait(0.05)

    threads = [threading.Thread(target=feed), threading.Thread(target=markers)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    stop.wait(seconds)
    stop.set()
    for t in threads:
        t.join()
    append_s = time.perf_counter() - t0
    while any(lg.lag(GROUP).values()):
        if any(p.poll() is not None for p in procs):
            raise SystemExit("a worker process exited")
        time.sleep(0.05)
    total_s = time.perf_counter() - t0
    worker_cpu, own_cpu = _cpu_s(ps) - cpu0, time.process_time() - own0
    for p in procs:
        p.send_signal(signal.SIGTERM)
    for p in procs:
        p.wait(60)
    qs.close()
    records = sum(p.end_offset for p in lg.describe("logs"))
    lg.close()
    size = sum(f.stat().st_size for f in (data / "archive" / "logs").rglob("*.parquet"))
    shutil.rmtree(data, ignore_errors=True)
    lat.sort()
    return {"append_rps": appended[0] / append_s, "e2e_rps": records / total_s, "records": records,
            "tail_s": total_s - append_s,
            "fresh_p50_ms": 1000 * lat[len(lat) // 2], "fresh_p99_ms": 1000 * lat[min(len(lat) - 1, int(len(lat) * 0.99))],
            "markers": len(lat), "bytes_per_log": size / records,
            "worker_cpu_us_per_record": 1e6 * worker_cpu / records,
            "appender_cpu_us_per_record": 1e6 * (own_cpu - probe_cpu[0]) / records,
            "probe_cpu_us_per_record": 1e6 * probe_cpu[0] / records}


# -- bytes per metric sample --------------------------------------------------------------------------

def metric_bytes(hours: int = 1) -> float:
    """1,000 series (gauges with 0.1 resolution and counters) sampled every 10 s, archived as the worker would."""
    from millpond.pipeline.normalize import normalize

    data = Path(tempfile.mkdtemp(prefix="mp-bench-m-"))
    a = Archive(data)
    rng = np.random.default_rng(3)
    series, steps = 1000, hours * 360
    t0 = (time.time_ns() // 1000 // HOUR_US - hours - 1) * HOUR_US
    ts = np.repeat(t0 + np.arange(steps, dtype=np.int64) * 10_000_000, series)
    sid = np.tile(np.arange(series), steps)
    walk = np.cumsum(rng.normal(0, 0.2, (steps, series)), axis=0).ravel()
    counters = np.cumsum(rng.integers(0, 50, (steps, series)), axis=0).ravel().astype(float)
    value = np.where(sid % 2 == 0, np.round(50 + walk, 1), counters)
    names = pa.array(["cpu_temp_celsius", "http_requests_total"]).take(pa.array(sid % 2))
    labels = pa.array([[("device", f"dev{i // 2:04d}"), ("site", f"s{i % 7}")] for i in range(series)],
                      pa.map_(pa.string(), pa.string())).take(pa.array(sid))
    hosts = pa.array([f"gw{i % 20}" for i in range(series)]).take(pa.array(sid))
    b = metrics_batch(name=names, value=value, ts=pa.array(ts).cast(pa.timestamp("us", tz="UTC")), labels=labels,
                      host=hosts, source="bench")
    # as the worker does: per partition ranges of about 5 s of ingest, here one flush per 100k samples
    n = b.num_rows
    for start in range(0, n, 500_000):
        a.write("metrics", TopicPartition("metrics", 0), start, min(n, start + 500_000),
                normalize("metrics", b.slice(start, 500_000)))
    size = sum(f.stat().st_size for f in (data / "metrics").rglob("*.parquet"))
    shutil.rmtree(data, ignore_errors=True)
    return size / n


# -- large archive ---------------------------------------------------------------------------------

def build_large(data: Path, rows: int, pool: pa.Array) -> int:
    """``rows`` log rows and ``rows`` metric samples over 24 hours, one file per hour and partition."""
    a = Archive(data / "archive")
    t0 = (time.time_ns() // 1000 // HOUR_US - 25) * HOUR_US
    per_hour = rows // 24
    rng = np.random.default_rng(5)
    for h in range(24):
        for p in range(4):
            n = per_hour // 4
            ts = np.sort(t0 + h * HOUR_US + rng.integers(0, HOUR_US, n))
            start = (h * 4 + p) * n
            a.write("logs", TopicPartition("logs", p), start, start + n, log_batch(pool, start, n, ts))
            ids = np.arange(n)
            m = metrics_batch(name=pa.array(["cpu", "mem", "temp", "rps"]).take(pa.array(ids % 4)),
                              value=rng.normal(50, 10, n).round(1),
                              ts=pa.array(ts, pa.int64()).cast(pa.timestamp("us", tz="UTC")),
                              labels=pa.array([[("device", f"d{i}")] for i in range(500)],
                                              pa.map_(pa.string(), pa.string())).take(pa.array(ids % 500)),
                              host=pa.array([f"h{i}" for i in range(50)]).take(pa.array(ids % 50)))
            a.write("metrics", TopicPartition("metrics", p), start, start + n, m)
    return t0


def query_latency(data: Path, t0: int, runs: int) -> dict:
    cfg = _cfg(data)
    qs = QueryService(cfg)
    hour = t0 + 12 * HOUR_US
    queries = {
        "logs_count_1h": f"SELECT count(*) FROM logs WHERE ts >= to_timestamp({hour / 1e6}) "
                         f"AND ts < to_timestamp({(hour + HOUR_US) / 1e6})",
        "logs_groupby": "SELECT service, severity, count(*) FROM logs GROUP BY ALL",
        "metrics_count_1h": f"SELECT count(*) FROM metrics WHERE ts >= to_timestamp({hour / 1e6}) "
                            f"AND ts < to_timestamp({(hour + HOUR_US) / 1e6})",
        "metrics_groupby": "SELECT name, avg(value), max(value) FROM metrics GROUP BY name",
    }
    out = {}
    for name, sql in queries.items():
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            qs.run(sql)
            times.append(time.perf_counter() - t)
        out[name + "_ms"] = 1000 * statistics.median(times)
    qs.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--rows", type=int, default=20_000_000, help="rows of each table in the large archive")
    ap.add_argument("--workers", type=int, default=1, help="worker processes splitting the partitions (--member)")
    ap.add_argument("--batch", type=int, default=20_000, help="records per append (receivers: ~500-2,000)")
    ap.add_argument("--skip-e2e", action="store_true")
    ap.add_argument("--skip-large", action="store_true")
    args = ap.parse_args()
    pool = message_pool(1_000_000)
    result: dict = {}
    if not args.skip_e2e:
        result["load_average_1m"] = os.getloadavg()[0]
        runs = [run_e2e(args.seconds, pool, args.workers, args.batch) for _ in range(args.runs)]
        for k in runs[0]:
            result[k] = statistics.median(r[k] for r in runs)
        result["bytes_per_metric"] = statistics.median(metric_bytes() for _ in range(args.runs))
        print(json.dumps(result), flush=True)
    if not args.skip_large:
        data = Path(tempfile.mkdtemp(prefix="mp-bench-large-"))
        t = time.perf_counter()
        t0 = build_large(data, args.rows, pool)
        result["large_rows"] = args.rows
        result["large_build_s"] = time.perf_counter() - t
        result.update(query_latency(data, t0, args.runs))
        shutil.rmtree(data, ignore_errors=True)
    print(json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in result.items()}, indent=1))


if __name__ == "__main__":
    main()
