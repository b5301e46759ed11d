"""Compaction benchmark: CPU per line of merging an hour's flush files, and what it does to queries.

Builds one hour of one ``logs`` partition as the pipeline worker flushes it:
``--parts`` files of ``--rows`` rows (default 375k: 5 s of one of 4 partitions
at 300k records/s), written by the real :class:`~millpond.sinks.archive.Archive`
(sorted per file, with search indexes), messages from ``bench/search.py``'s generator.
Then, on a fresh copy each time, it runs :func:`millpond.sinks.compaction.compact`
and reports, per run, the process CPU per merged line, and of the merged file:
its bytes per line, the index size as a share of it, how many row groups a
needle's ``search()`` reads (its pruning), DuckDB latencies of a service
filter (statistics pruning), with a 10-minute ``ts`` range, and of a
whole-file count, and how many row groups the service filter's statistics
keep; the same queries over the unmerged flush files (``flush_files``).

``--old TREE`` also runs ``TREE/sinks/compaction.py`` (e.g. a ``git worktree``
of an older commit), alternating with the current one: a same-run A/B.

    python bench/compaction.py                             # 8 parts x 375k rows, 3 runs
    python bench/compaction.py --old /tmp/s4c-old --runs 3 # A/B against another tree's compaction
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

import duckdb
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).parent))
from search import GEN_SQL, NEEDLES  # noqa: E402

from millpond.pipeline.log.base import TopicPartition  # noqa: E402
from millpond.pipeline.schema import LOGS  # noqa: E402
from millpond.sinks import compaction  # noqa: E402
from millpond.sinks import search_index as si  # noqa: E402
from millpond.sinks.archive import Archive  # noqa: E402
from millpond.sinks.search_sql import Pruner  # noqa: E402

HOUR_US = 3_600_000_000
T0_US = 1_767_225_600_000_000  # 2026-01-01T00:00Z
TP = TopicPartition("logs", 0)


def build(root: Path, parts: int, rows: int) -> tuple[int, str]:
    """``parts`` flush files of ``rows`` rows in one hour; returns (lines, a planted needle).

    Messages: ``bench/search.py``'s generator (ten templates, trace ids, IPs, UUIDs, users: distinct ids
    as real logs have them, so the index sizes are representative).
    """
    a = Archive(root)
    con = duckdb.connect(config={"threads": 2})
    con.execute("SET TimeZone = 'UTC'")
    needle = NEEDLES["trace id"][0]
    msg = f"GET /api/v1/orders/991 500 17ms trace_id={needle} user=bob17"
    for i in range(parts):
        lo, hi = i * rows, (i + 1) * rows
        plant = [lo + rows // 3] if i in (1, parts - 1) else [-1]
        table = con.execute(GEN_SQL, {"lo": lo, "hi": hi, "t0": T0_US + i * (HOUR_US // parts),
                                      "step": max(HOUR_US // parts // rows, 1), "plant": plant,
                                      "plant_msg": [msg] if plant != [-1] else [""]}).to_arrow_table()
        a.write("logs", TP, lo, hi, table.cast(LOGS))
    con.close()
    return parts * rows, needle


def load_old(tree: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("millpond_old_compaction", tree / "sinks" / "compaction.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def one(src: Path, work: Path, mod: ModuleType, lines: int, needle: str) -> dict:
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(src, work)
    a = Archive(work)
    committed = {TP: 1 << 62}
    c0, w0 = time.process_time(), time.perf_counter()
    stats = mod.compact(a, "logs", LOGS, committed, now_us=T0_US + 3 * HOUR_US)
    cpu, wall = time.process_time() - c0, time.perf_counter() - w0
    files = a.list("logs")
    data = sum(Path(f.path).stat().st_size for f in files)
    index = sum(Path(si.index_path(a.root, f.path)).stat().st_size for f in files
                if Path(si.index_path(a.root, f.path)).exists())
    plan = Pruner(a).plan(files, [needle])
    lat = queries(work)
    groups = sum(pq.read_metadata(f.path).num_row_groups for f in files)
    return {"cpu_us_per_line": cpu / lines * 1e6, "wall_s": wall, "files": len(files), "merged": stats.merged_files,
            "row_groups": groups, "bytes_per_line": data / lines, "index_pct": 100 * index / data,
            "needle_groups_read": f"{plan.groups_read}/{plan.groups_total}", **lat}


def queries(root: Path) -> dict:
    """DuckDB latencies (medians of 5, one thread) over ``root``'s logs files, and row groups a service filter reads."""
    glob = f"{root}/logs/*/*/*.parquet"
    out: dict = {}
    for name, sql in (("service_filter_ms", f"SELECT count(*) FROM read_parquet('{glob}') WHERE service = 'auth'"),
                      ("service_10min_ms", f"SELECT count(*) FROM read_parquet('{glob}') WHERE service = 'auth' "
                                           f"AND ts >= make_timestamp({T0_US + 600_000_000}) "
                                           f"AND ts < make_timestamp({T0_US + 1_200_000_000})"),
                      ("count_ms", f"SELECT count(*), max(ts) FROM read_parquet('{glob}')")):
        con = duckdb.connect(config={"threads": 1})
        times = []
        for _ in range(5):
            t = time.perf_counter()
            con.execute(sql).fetchall()
            times.append((time.perf_counter() - t) * 1e3)
        con.close()
        out[name] = round(statistics.median(times), 2)
    service_groups = 0
    for path in sorted(root.glob("logs/*/*/*.parquet")):
        md = pq.read_metadata(path)
        col = md.schema.names.index("service")
        for g in range(md.num_row_groups):
            st = md.row_group(g).column(col).statistics
            service_groups += st is None or not st.has_min_max or st.min <= "auth" <= st.max
    out["service_groups_read"] = service_groups
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--parts", type=int, default=8)
    ap.add_argument("--rows", type=int, default=375_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--old", type=Path, help="a source tree whose sinks/compaction.py runs as 'old', alternating")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    variants = {"new": compaction}
    if args.old:
        variants = {"old": load_old(args.old), "new": compaction}
    tmp = Path(tempfile.mkdtemp(prefix="millpond-bench-compaction-"))
    try:
        lines, needle = build(tmp / "src", args.parts, args.rows)
        src_bytes = sum(p.stat().st_size for p in (tmp / "src" / "logs").rglob("*.parquet"))
        results: dict[str, list[dict]] = {k: [] for k in variants}
        for r in range(args.runs):
            for name, mod in (variants.items() if r % 2 == 0 else reversed(list(variants.items()))):
                results[name].append(one(tmp / "src", tmp / "work", mod, lines, needle))
                if not args.json:
                    print(name, json.dumps({k: round(v, 3) if isinstance(v, float) else v
                                            for k, v in results[name][-1].items()}), flush=True)
        summary = {"lines": lines, "parts": args.parts, "flush_bytes_per_line": src_bytes / lines, "needle": needle,
                   "flush_files": queries(tmp / "src")}
        for name, runs in results.items():
            summary[name] = {k: (round(statistics.median(r[k] for r in runs), 3) if isinstance(runs[0][k], float)
                                 else runs[-1][k]) for k in runs[0]}
        if "old" in results:
            summary["new_over_old_cpu"] = round(summary["new"]["cpu_us_per_line"] / summary["old"]["cpu_us_per_line"], 4)
        print(json.dumps(summary, indent=None if args.json else 2))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
