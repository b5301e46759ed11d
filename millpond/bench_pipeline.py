"""``millpond bench`` pipeline side: end-to-end archived rate, ack → visible, query latency, archive size.

All measured against the running appliance of :mod:`millpond.bench_ingest`
over its HTTP API, each beside a same-run reference:

* archived records/s — records in the log ÷ time from the first load until
  the worker group's lag is 0; reference: the raw fsync'd append rate of
  the same bodies (the slowest protocol's, as every protocol went through);
* ack → visible — a marker log line POSTed (204 = durable) every 0.5 s and then queried
  every 10 ms until it shows (as bench/pipeline.py polls), by a query for
  the last second and, every other marker, by one scanning the whole
  archive (see :class:`Freshness`); reference: one small ``write`` + ``fsync``;
* query latency — ``POST /api/v1/query``; reference: plain DuckDB reading
  the same Parquet files directly (no sandbox, no log tail);
* bytes per record in the archive — reference: bytes received per record.
"""

from __future__ import annotations

import math
import os
import statistics
import threading
import time
import urllib.request
import uuid
from pathlib import Path

from millpond.bench_ingest import Appliance, http_json, wait_for

QUERIES = {  # name: (table, SQL); the reference reads the table's Parquet files with read_parquet(?)
    "count logs": ("logs", "SELECT count(*) FROM logs"),
    "logs by service, severity": ("logs", "SELECT service, severity, count(*) FROM logs GROUP BY ALL"),
    "metrics avg/max by name": ("metrics", "SELECT name, avg(value), max(value) FROM metrics GROUP BY name"),
}


class Freshness(threading.Thread):
    """Posts a marker log line every ``every`` s and times 204 → visible in ``SELECT`` (seconds).

    Markers alternate between two queries. ``latencies``: ``WHERE ts >= sent - 1 s AND message =
    marker`` — what bench/pipeline.py asks, and how one looks for what just arrived: the time
    filter skips archive files of older hours and row groups, so this measures how soon a record
    is visible, not how long a scan of the whole (growing) archive takes. ``scan_latencies``:
    ``WHERE message = marker`` alone, which reads every archived row too (its cost grows with the
    archive; the query rows measure that apart). After a query that does not see the marker yet
    the probe waits ``poll`` s before the next one (like a user refreshing, and bench/pipeline.py),
    rather than keeping a query always in flight. Markers go out on a fixed schedule (one every
    ``every`` s; a slot still busy with the previous marker is skipped), so a faster appliance does
    not get more queries — each one costs the ingest process CPU that the end-to-end rate needs.
    """

    def __init__(self, app: Appliance, every: float = 0.5, poll: float = 0.01) -> None:
        super().__init__(daemon=True)
        self.app, self.every, self.poll = app, every, poll
        self.queries = 0
        self.latencies: list[float] = []
        self.scan_latencies: list[float] = []
        self.server_ms: list[float] = []
        """Each query's ``elapsed_ms`` as the appliance reports it (how much of a latency is the query itself)."""
        self.halt = threading.Event()

    def run(self) -> None:
        n = 0
        slot = time.perf_counter() + self.every
        while not self.halt.wait(max(slot - time.perf_counter(), 0.0)):
            now = time.perf_counter()
            slot += self.every * max(1, math.ceil((now - slot) / self.every))  # the next slot not yet begun
            msg = f"bench-marker-{uuid.uuid4().hex}"
            sent = time.time()
            req = urllib.request.Request(self.app.url + "/api/v1/logs", data=f'{{"message": "{msg}"}}'.encode(),
                                         headers={"Content-Type": "application/json"})
            try:
                with urllib.request.urlopen(req, timeout=30) as r:
                    if r.status != 204:
                        continue
            except OSError:
                continue
            acked = time.perf_counter()
            n += 1
            scan = n % 2 == 0
            # the appliance stamps the marker when it receives it (no ts in the line): after ``sent``
            window = "" if scan else f"ts >= to_timestamp({sent - 1:.6f}) AND "
            sql = f"SELECT count(*) FROM logs WHERE {window}message = '{msg}'"
            while time.perf_counter() - acked < 30 and not self.halt.is_set():
                status, body = http_json(self.app.url + "/api/v1/query", {"sql": sql})
                self.queries += 1
                if status == 200:
                    self.server_ms.append(float(body.get("elapsed_ms", "nan")))
                if status == 200 and body["rows"] and body["rows"][0][0] >= 1:
                    (self.scan_latencies if scan else self.latencies).append(time.perf_counter() - acked)
                    break
                self.halt.wait(self.poll)

    def stop(self) -> tuple[list[float], list[float]]:
        """Sorted seconds: (time-filtered query, whole-archive query)."""
        self.halt.set()
        self.join(60)
        return sorted(self.latencies), sorted(self.scan_latencies)


def fsync_latency(directory: Path, n: int = 200) -> list[float]:
    """Sorted seconds of one ~200-byte write + fsync, ``n`` times (the durability floor of one record)."""
    path = directory / "raw-fsync.bin"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    out = []
    try:
        for _ in range(n):
            t = time.perf_counter()
            os.write(fd, b"x" * 200)
            os.fsync(fd)
            out.append(time.perf_counter() - t)
    finally:
        os.close(fd)
        path.unlink(missing_ok=True)
    return sorted(out)


def pct(xs: list[float], q: float) -> float:
    return xs[min(len(xs) - 1, int(len(xs) * q))] if xs else float("nan")


def drained(app: Appliance, t0: float, timeout: float = 300) -> dict:
    """Wait for the worker group's lag to reach 0: records in the log and seconds since ``t0``."""
    def zero() -> dict | None:
        info = app.log_info()
        groups = info.get("groups") or []
        if groups and all(g["lag"] == 0 for g in groups):
            return info
        return None
    info = wait_for(zero, timeout, "pipeline caught up (lag 0)", every=0.1)
    records = sum(t["end_offset"] for t in info["topics"] if t["name"] in ("logs", "metrics"))
    return {"records": records, "seconds": time.perf_counter() - t0}


def query_latency(app: Appliance, runs: int = 5) -> list[dict]:
    """Median ms per query through the API vs plain DuckDB over the archive's Parquet files."""
    import duckdb

    archive = Path(app.root / "data" / "archive")
    files = {t: sorted(str(p) for p in (archive / t).rglob("*.parquet")) for t in ("logs", "metrics")}
    con = duckdb.connect()
    rows = []
    for name, (table, sql) in QUERIES.items():
        ref_sql = sql.replace(f"FROM {table}", "FROM read_parquet(?)")
        if not files[table]:
            continue  # nothing of this table was sent (a --protocol subset)
        api = []
        for _ in range(runs):
            t = time.perf_counter()
            status, body = http_json(app.url + "/api/v1/query", {"sql": sql})
            api.append(time.perf_counter() - t)
            if status != 200:
                raise RuntimeError(f"bench: query {sql!r} answered {status}: {body}")
        ref = []
        for _ in range(runs):
            t = time.perf_counter()
            con.execute(ref_sql, [files[table]]).fetchall()
            ref.append(time.perf_counter() - t)
        ms, ref_ms = 1000 * statistics.median(api), 1000 * statistics.median(ref)
        rows.append({"query": name, "ms": ms, "duckdb_ms": ref_ms, "ratio": ms / ref_ms})
    con.close()
    return rows


def archive_bytes(app: Appliance, received_bytes: dict[str, float], received_records: dict[str, float]) -> list[dict]:
    """Archive bytes per stored row of each table vs bytes received per record of the protocols feeding it."""
    import duckdb

    archive = Path(app.root / "data" / "archive")
    feeds = {"logs": ("forward", "syslog", "http_logs"), "metrics": ("remote_write", "influx")}
    out = []
    for table, receivers in feeds.items():
        files = sorted((archive / table).rglob("*.parquet"))
        if not files:
            continue
        rows = duckdb.execute("SELECT count(*) FROM read_parquet(?)", [[str(f) for f in files]]).fetchone()[0]
        size = sum(f.stat().st_size for f in files)
        recv_b = sum(received_bytes.get(r, 0) for r in receivers)
        recv_n = sum(received_records.get(r, 0) for r in receivers)
        wire = recv_b / recv_n if recv_n else float("nan")
        out.append({"table": table, "bytes_per_record": size / rows, "wire_bytes_per_record": wire,
                    "ratio": size / rows / wire if wire else float("nan"), "rows": rows})
    return out
