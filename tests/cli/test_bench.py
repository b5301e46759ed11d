"""`millpond bench` (no subcommand) runs every measurement against a real appliance and prints every row
beside its same-run reference, with nonzero rates and ratios."""

from __future__ import annotations

import io
import json
import math
import shutil
import subprocess
import sys

from rich.console import Console

from millpond import bench_report

PROTOCOLS = {"forward", "syslog", "jsonlogs", "remote_write", "lineproto"}


def test_bench_json_has_every_row_with_nonzero_rates_and_ratios() -> None:
    r = subprocess.run([sys.executable, "-m", "millpond", "bench", "--seconds", "0.7", "--peers", "--json"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-3000:]
    data = json.loads(r.stdout)
    rows = data["rows"]
    for row in rows:
        assert row["value"] > 0 and math.isfinite(row["value"]), row
        assert row["reference"] and row["reference"] > 0, row
        assert row["ratio"] > 0 and math.isfinite(row["ratio"]), row
        assert abs(row["ratio"] - row["value"] / row["reference"]) < 1e-9 * max(1.0, row["ratio"]), row
    by_section: dict[str, list[str]] = {}
    for row in rows:
        by_section.setdefault(row["section"], []).append(row["what"])
    assert {w.split()[0] for w in by_section["ingest"]} == PROTOCOLS
    assert set(by_section["pipeline"]) == {"end-to-end archived", "ack → visible p50", "ack → visible p99",
                                           "ack → visible p50, whole-archive query",
                                           "ack → visible p99, whole-archive query"}
    assert data["freshness_samples"] >= 1 and data["freshness_scan_samples"] >= 1
    assert len(by_section["query"]) == 3
    assert {w.split()[0] for w in by_section["archive"]} == {"logs", "metrics"}
    assert data["failed_requests"] == {p: 0 for p in PROTOCOLS}
    procs = {p["process"]: p for p in data["processes"]}
    assert {"ingest (millpond run)", "worker", "load"} <= procs.keys()
    assert all(p["cpu_s"] > 0 and p["peak_rss_mb"] > 0 for p in procs.values())
    installed = {peer for peer, exe in (("rsyslog", "rsyslogd"), ("prometheus", "prometheus")) if shutil.which(exe)}
    assert {p["peer"] for p in data["peers"]} == installed
    assert len(by_section.get("peers", [])) == len(installed)
    # the human form of the same result: every row and the reference it is measured against
    out = io.StringIO()
    bench_report.render(data, Console(file=out, width=200))
    text = out.getvalue()
    assert all(row["what"] in text for row in rows)
    assert "raw write+fsync of the same bodies" in text and "plain DuckDB on the Parquet" in text
    assert "peak RSS" in text
