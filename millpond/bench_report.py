"""``millpond bench``: run every measurement against one appliance and print one table (or JSON).

Every row is ``value`` beside a ``reference`` measured in the same run and
their ``ratio``; see docs/bench.md for how to read it.
"""

from __future__ import annotations

import math
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

from rich.console import Console
from rich.table import Table

from millpond import bench_ingest, bench_peers, bench_pipeline
from millpond.bench_load import PROTOCOLS


def _row(section: str, what: str, value: float, unit: str, reference: float | None, ref_what: str,
         ratio: float | None = None) -> dict[str, Any]:
    if ratio is None and reference:
        ratio = value / reference
    return {"section": section, "what": what, "value": value, "unit": unit, "reference": reference,
            "reference_what": ref_what, "ratio": ratio}


def run(*, seconds: float, peers: bool, protocols: tuple[str, ...] = PROTOCOLS, pipeline: bool = True,
        tick: Callable[[str], None] = lambda _: None) -> dict[str, Any]:
    """Start an appliance on a temp dir, drive it, measure; returns ``{"rows", "processes", "peers", …}``."""
    root = Path(tempfile.mkdtemp(prefix="millpond-bench-"))
    app = bench_ingest.Appliance(root)
    sampler = bench_ingest.ProcSampler()
    rows: list[dict[str, Any]] = []
    load: bench_ingest.LoadProcess | None = None
    try:
        tick("starting the appliance")
        app.start()
        assert app.proc is not None
        sampler.watch("ingest (millpond run)", app.proc.pid)
        for wpid in app.wait_workers(30):
            sampler.watch("worker", wpid)
        load = bench_ingest.LoadProcess()
        sampler.watch("load", load.pid)
        sampler.start()
        fresh = bench_pipeline.Freshness(app)
        fresh.start()
        t0 = time.perf_counter()
        ingest = bench_ingest.ingest_rates(app, load, list(protocols), seconds, root, tick)
        lat, scan_lat = fresh.stop()
        for r in ingest:
            rows.append(_row("ingest", f"{r['protocol']} accepted", r["records_per_s"], "rec/s",
                             r["raw_records_per_s"], "raw write+fsync of the same bodies"))
        if pipeline:
            rows += _pipeline_rows(app, root, ingest, (lat, scan_lat), t0, tick)
        peer_rows = []
        if peers:
            for p in bench_peers.peer_rates(root / "peers", load, list(protocols), seconds, tick):
                mine = next(r for r in ingest if r["protocol"] == p["protocol"])
                p["millpond_records_per_s"] = mine["records_per_s"]
                p["ratio"] = mine["records_per_s"] / p["records_per_s"] if p["records_per_s"] else math.nan
                peer_rows.append(p)
                rows.append(_row("peers", f"{p['protocol']} vs {p['peer']}", mine["records_per_s"], "rec/s",
                                 p["records_per_s"], f"{p['peer']} on the same load"))
        tick("stopping")
        procs = sampler.result()
        app.stop()
        return {"seconds_per_protocol": seconds, "rows": rows, "processes": procs, "peers": peer_rows,
                "records_sent": sum(r["records"] for r in ingest), "freshness_samples": len(lat), "freshness_scan_samples": len(scan_lat),
                "freshness_queries": fresh.queries, "failed_requests": {r["protocol"]: r["failed_requests"] for r in ingest},
                "missing_peers": sorted(set(bench_peers.PEERS.values()) - set(bench_peers.available().values()))}
    finally:
        sampler.halt.set()
        if load is not None:
            load.close()
        app.stop()
        shutil.rmtree(root, ignore_errors=True)


def _pipeline_rows(app: bench_ingest.Appliance, root: Path, ingest: list[dict[str, Any]],
                   lat: tuple[list[float], list[float]], t0: float, tick: Callable[[str], None]) -> list[dict[str, Any]]:
    """End-to-end, freshness, query and archive rows (after the load, once the pipeline caught up)."""
    rows = []
    tick("pipeline: waiting for the archive to catch up")
    e2e = bench_pipeline.drained(app, t0)
    raw_seconds = sum(r["records"] / r["raw_records_per_s"] for r in ingest)
    ingested = sum(r["records"] for r in ingest)
    rows.append(_row("pipeline", "end-to-end archived", e2e["records"] / e2e["seconds"], "rec/s",
                     ingested / raw_seconds, "raw write+fsync of all bodies"))
    ref = bench_pipeline.fsync_latency(root)
    for xs, label in ((lat[0], ""), (lat[1], ", whole-archive query")):
        for q, name in ((0.5, "p50"), (0.99, "p99")):
            rows.append(_row("pipeline", f"ack → visible {name}{label}", 1000 * bench_pipeline.pct(xs, q), "ms",
                             1000 * bench_pipeline.pct(ref, q), "one 200-byte write+fsync"))
    tick("queries")
    for r in bench_pipeline.query_latency(app):
        rows.append(_row("query", r["query"], r["ms"], "ms", r["duckdb_ms"], "plain DuckDB on the Parquet"))
    received_b = app.counters("millpond_bytes_received_total")
    received_n = app.counters("millpond_records_received_total")
    for r in bench_pipeline.archive_bytes(app, received_b, received_n):
        rows.append(_row("archive", f"{r['table']} bytes/record (cycled bodies: optimistic)", r["bytes_per_record"],
                         "B", r["wire_bytes_per_record"], "bytes received per record"))
    return rows


def _fmt(v: float | None, unit: str) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "-"
    if unit == "rec/s":
        return f"{v:,.0f}"
    return f"{v:,.1f}" if v < 100 else f"{v:,.0f}"


def render(result: dict[str, Any], console: Console) -> None:
    t = Table(title=f"millpond bench — {result['seconds_per_protocol']:g} s per protocol, one appliance, "
                    "references measured in the same run")
    for col in ("", "what", "Millpond", "reference", "ratio", "ref"):
        t.add_column(col, justify="right" if col in ("Millpond", "reference", "ratio") else "left", no_wrap=True)
    last = None
    notes: dict[str, int] = {}
    for r in result["rows"]:
        mark = notes.setdefault(r["reference_what"], len(notes) + 1)
        t.add_row(r["section"] if r["section"] != last else "", r["what"], f"{_fmt(r['value'], r['unit'])} {r['unit']}",
                  f"{_fmt(r['reference'], r['unit'])} {r['unit']}" if r["reference"] is not None else "-",
                  "-" if r["ratio"] is None else f"{r['ratio']:.2f}", f"[{mark}]")
        last = r["section"]
    console.print(t)
    for what, mark in notes.items():
        console.print(f"  [{mark}] reference: {what}", highlight=False)
    p = Table(title="processes (whole run)")
    for col in ("process", "CPU s", "cores (avg)", "CPU s per 1M records", "peak RSS MiB"):
        p.add_column(col, justify="left" if col == "process" else "right")
    n = result.get("records_sent") or 0
    for r in result["processes"]:
        per = f"{r['cpu_s'] / n * 1e6:.1f}" if n else "-"
        p.add_row(r["process"], f"{r['cpu_s']:.1f}", f"{r['cores']:.2f}", per, f"{r['peak_rss_mb']:.0f}")
    console.print(p)
    if result["missing_peers"]:
        console.print(f"peers not installed (skipped): {', '.join(result['missing_peers'])}")
