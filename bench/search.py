"""Needle search benchmark: ``search('needle')`` against the plain ``LIKE '%needle%'`` scan.

Builds an archive of N ``logs`` rows (default 100M) through the real
:class:`~millpond.sinks.archive.Archive` writer, so every file gets its search
index the way the pipeline writes it: files of ``--file-rows`` rows (the size
compaction produces), one hour and log partition each. Messages come from ten
realistic templates (web requests with trace ids and users, connections with
IPs and session ids, payments with UUIDs and request ids, jobs, cache misses,
kernel lines…), generated in DuckDB; a few needles are planted in known rows.

Then, through the real :class:`~millpond.sinks.query.QueryService` (the
sandboxed one the HTTP API uses), it runs each needle query ``--runs`` times
both ways, alternating, and prints the medians, the ratio, what the index
pruned, and the index size as a share of the archive. It also sizes an
inverted index (token fingerprint → row groups, zstd) over a sample of files,
the alternative to bloom filters.

    python bench/search.py                      # 100M rows in a temp dir, deleted after
    python bench/search.py --rows 10000000 --runs 5
    python bench/search.py --rows 6000000 --runs 3 --variants 7:6,7:7,6:7   # + index size of other settings
    python bench/search.py --index-cpu          # only: CPU per line of building an index (no archive)
    python bench/search.py --rows 10000000 --flush-rows 375000   # the archive as flushes + compaction make it
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from millpond.config import build_config
from millpond.pipeline.log.base import TopicPartition
from millpond.pipeline.schema import LOGS
from millpond.sinks import search_index as si
from millpond.sinks.archive import Archive
from millpond.sinks.compaction import compact
from millpond.sinks.query import QueryService

HOUR_US = 3_600_000_000
T0_US = 1_767_225_600_000_000  # 2026-01-01T00:00Z
PARTITIONS = 4
NEEDLES = {
    "trace id": ("7f3a9c2e5b1d4f60a8e2c4b6d8f0a1b3", 3),
    "request id": ("req-8d41c7e02f9b", 1),
    "ip": ("172.31.254.77", 2),
    "user": ("mallory4242x", 2),
}
"""name → (needle, rows planted); each planted row is one line of a template that carries it."""

GEN_SQL = r"""
WITH r AS (SELECT i, hash(i, 7) AS h, hash(i, 11) AS g FROM range($lo, $hi) t(i))
SELECT
  make_timestamptz($t0 + (i - $lo) * $step) AS ts,
  'host-' || (h % 40) AS host,
  ['checkout','payments','auth','search','gateway','worker','db','cache'][1 + (g % 8)::INT] AS service,
  CASE WHEN h % 50 = 0 THEN 'error' WHEN h % 10 = 0 THEN 'warning' ELSE 'info' END AS severity,
  CASE WHEN list_contains($plant, i) THEN $plant_msg[list_position($plant, i)]
  ELSE CASE (g >> 8) % 10
    WHEN 0 THEN 'GET /api/v1/orders/' || (h >> 20) % 1000000 || ' 200 ' || (h >> 8) % 900 + 3
         || 'ms trace_id=' || md5(i::VARCHAR) || ' user=' || ['alice','bob','carol','dave','erin','frank','grace',
         'heidi'][1 + ((h >> 30) % 8)::INT] || ((h >> 33) % 5000)
    WHEN 1 THEN 'connection from 10.' || (h >> 8) % 64 || '.' || (h >> 16) % 256 || '.' || (h >> 24) % 256
         || ':' || 1024 + (h >> 32) % 60000 || ' accepted session=' || substr(md5((i * 31)::VARCHAR), 1, 16)
    WHEN 2 THEN 'payment ' || uuid() || ' authorized amount=' || (h >> 10) % 100000 / 100.0
         || ' currency=EUR request_id=req-' || substr(md5((i * 7)::VARCHAR), 1, 12)
    WHEN 3 THEN 'worker ' || h % 16 || ' finished job ' || (h >> 8) % 100000 || ' in '
         || (h >> 30) % 5000 / 1000.0 || 's'
    WHEN 4 THEN 'user ' || ['alice','bob','carol','dave','erin','frank','grace','heidi'][1 + ((h >> 30) % 8)::INT]
         || ((h >> 33) % 5000) || ' logged in from 192.168.' || (h >> 8) % 256 || '.' || (h >> 16) % 256
    WHEN 5 THEN 'cache miss key=product:' || (h >> 8) % 200000 || ' ttl=300'
    WHEN 6 THEN 'db query failed: timeout after ' || (h >> 8) % 30000 || 'ms on table '
         || ['orders','users','carts','ledger'][1 + ((h >> 40) % 4)::INT] || ' trace_id=' || md5(i::VARCHAR)
    WHEN 7 THEN 'eth0: link up, 1000Mbps full duplex'
    WHEN 8 THEN 'POST /api/v1/carts/' || substr(md5((i * 3)::VARCHAR), 1, 8) || '/items 201 '
         || (h >> 8) % 300 + 1 || 'ms bytes=' || (h >> 20) % 50000
    ELSE 'scheduler: job nightly-report-' || (h >> 8) % 100 || ' state changed RUNNING -> SUCCEEDED after '
         || (h >> 20) % 3600 || 's'
  END END AS message,
  MAP {'env': 'prod', 'region': ['eu-west-1','us-east-1','ap-south-1'][1 + ((g >> 20) % 3)::INT]} AS attributes,
  'bench' AS source,
  ((g >> 8) % 10)::BIGINT AS pattern_id
FROM r
"""


def planted(rows: int, seed: int = 42) -> dict[int, str]:
    """Row number → message for the planted needles, spread over the whole archive."""
    rng = np.random.default_rng(seed)
    templates = {
        "trace id": "GET /api/v1/orders/991 500 17ms trace_id={n} user=bob17",
        "request id": "payment 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0 declined request_id={n}",
        "ip": "connection from {n}:51234 refused session=0123456789abcdef",
        "user": "user {n} logged in from 192.168.1.1",
    }
    out: dict[int, str] = {}
    for name, (needle, count) in NEEDLES.items():
        for r in rng.choice(rows, size=count, replace=False):
            out[int(r)] = templates[name].format(n=needle)
    return out


def build(root: Path, rows: int, file_rows: int, console: Console, flush_rows: int = 0) -> Archive:
    """The archive: files of ``file_rows`` rows, one per hour and partition; or, with ``flush_rows``, that many
    rows per file, as the worker flushes them, then compacted as the worker does (copied row groups and filters)."""
    archive = Archive(root)
    plant = planted(rows)
    con = duckdb.connect(config={"threads": 2})
    con.execute("SET TimeZone = 'UTC'")
    files = (rows + file_rows - 1) // file_rows
    with Progress(TextColumn("[bold]building archive"), BarColumn(), MofNCompleteColumn(), TextColumn("rows"),
                  TimeRemainingColumn(), console=console) as bar:
        task = bar.add_task("build", total=rows)
        for j in range(files):
            lo, hi = j * file_rows, min(rows, (j + 1) * file_rows)
            here = {i: m for i, m in plant.items() if lo <= i < hi}
            hour = T0_US + (j // PARTITIONS) * HOUR_US
            table = con.execute(GEN_SQL, {
                "lo": lo, "hi": hi, "t0": hour, "step": max(HOUR_US // (hi - lo), 1),
                "plant": list(here) or [-1], "plant_msg": list(here.values()) or [""],
            }).to_arrow_table()
            table = table.cast(LOGS)
            step = flush_rows or (hi - lo)
            for a in range(0, hi - lo, step):
                archive.write("logs", TopicPartition("logs", j % PARTITIONS), lo + a, min(hi, lo + a + step),
                              table.slice(a, step))
            bar.advance(task, hi - lo)
    if flush_rows:
        committed = {TopicPartition("logs", p): rows for p in range(PARTITIONS)}
        compact(archive, "logs", LOGS, committed, now_us=T0_US + (files + 2) * HOUR_US, settle_us=0, max_files=1 << 30)
    return archive


def sizes(root: Path) -> tuple[int, int, int]:
    data = sum(p.stat().st_size for p in root.rglob("*.parquet"))
    index = sum(p.stat().st_size for p in root.rglob("*" + si.SUFFIX))
    return data, index, len(list(root.rglob("*.parquet")))


def inverted_size(root: Path, sample: int = 3) -> float:
    """Bytes an inverted index (sorted 32-bit token fingerprints + a row-group bitmap each, zstd) takes, as a
    share of the sampled files' Parquet size: the alternative the bloom filters are measured against."""
    files = sorted(root.rglob("*.parquet"))[:sample]
    total_data = total_inv = 0
    for path in files:
        pf = pq.ParquetFile(path)
        hashes, groups = [], []
        rows = [pf.metadata.row_group(g).num_rows for g in range(pf.num_row_groups)]
        for g, keys in enumerate(si.token_keys(pf.read(columns=["message"]).column("message"), rows)):
            h = np.unique((keys >> np.uint64(32)).astype(np.uint32))
            hashes.append(h)
            groups.append(np.full(len(h), g, np.uint32))
        h = np.concatenate(hashes)
        g = np.concatenate(groups)
        order = np.lexsort((g, h))
        h, g = h[order], g[order]
        uniq, first = np.unique(h, return_index=True)
        bitmap = np.zeros((len(uniq), (pf.num_row_groups + 7) // 8), np.uint8)
        owner = np.searchsorted(uniq, h)
        np.bitwise_or.at(bitmap, (owner, g // 8), (1 << (g % 8)).astype(np.uint8))
        deltas = np.diff(uniq, prepend=np.uint32(0)).astype(np.uint32)
        blob = pa.compress(deltas.tobytes() + bitmap.tobytes(), codec="zstd", asbytes=True)
        total_inv += len(blob)
        total_data += path.stat().st_size
    return 100.0 * total_inv / max(total_data, 1)


def variant_sizes(root: Path, variants: list[tuple[float, int]], sample: int = 3) -> list[dict]:
    """Index size (% of the sampled files' Parquet) for other ``bits per key : min digits`` settings, rebuilt in
    memory from the files' messages; with the keys per row group, the nominal false-positive rate, and the
    share of rows an absent needle reads (measured: what a false positive costs a query)."""
    files = sorted(root.rglob("*.parquet"))[:sample]
    saved = si.BITS_PER_KEY, si.MIN_DIGITS
    out = []
    try:
        for bits, digits in variants:
            si.BITS_PER_KEY, si.MIN_DIGITS = bits, digits
            data = index = keys = groups = 0
            read_rows = total_rows = 0.0
            probes = np.random.default_rng(7).integers(0, 2**63, 2000, dtype=np.uint64)  # absent needles' keys
            for path in files:
                pf = pq.ParquetFile(path)
                rows = [pf.metadata.row_group(g).num_rows for g in range(pf.num_row_groups)]
                msgs = pf.read(columns=["message"]).column("message")
                keys += sum(len(k) for k in si.token_keys(msgs, rows))
                groups += len(rows)
                blob = si.build(msgs, rows, data="x")
                header = si.verify(blob)
                for key in probes:  # rows of the row groups an absent needle would read: the false positives' cost
                    hit = si.matching_groups(header, np.array([key], np.uint64),
                                             lambda offsets, n: [blob[o:o + n] for o in offsets])
                    read_rows += sum(rows[g] for g in hit)
                total_rows += len(probes) * sum(rows)
                index += len(blob)
                data += path.stat().st_size
            k = si.K
            fpr = (1 - np.exp(-k / bits)) ** k
            out.append({"bits": bits, "min_digits": digits, "index_pct": 100 * index / data,
                        "keys_per_group": keys / groups, "nominal_fpr": fpr, "rows_read_pct": 100 * read_rows / total_rows})
    finally:
        si.BITS_PER_KEY, si.MIN_DIGITS = saved
    return out


def index_cpu(runs: int) -> list[dict]:
    """CPU µs per line of :func:`search_index.build` (what ``Archive.write`` adds per logs file), median of ``runs``,
    on the pipeline bench's messages and on this bench's, in 128Ki-row row groups."""
    sys.path.insert(0, str(Path(__file__).parent))
    from pipeline import message_pool  # noqa: PLC0415 (bench/pipeline.py: the worker bench's messages)

    con = duckdb.connect(config={"threads": 1})
    rows = 393_216
    ours = con.execute(GEN_SQL, {"lo": 0, "hi": rows, "t0": T0_US, "step": 1000, "plant": [-1],
                                 "plant_msg": [""]}).to_arrow_table().column("message").combine_chunks()
    out = []
    for name, msgs in (("bench/pipeline.py messages", message_pool(rows)), ("bench/search.py messages", ours)):
        rg = [131_072] * (len(msgs) // 131_072)
        times = []
        for _ in range(runs):
            t0 = time.process_time()
            si.build(msgs, rg, data="x")
            times.append(time.process_time() - t0)
        out.append({"messages": name, "cpu_us_per_line": 1e6 * statistics.median(times) / len(msgs)})
    return out


def measure(svc: QueryService, needle: str, runs: int) -> dict:
    search_sql = f"SELECT ts, host, service, message FROM search('{needle}') ORDER BY ts"
    like_sql = f"SELECT ts, host, service, message FROM logs WHERE message LIKE '%{needle}%' ORDER BY ts"
    t_search, t_like = [], []
    first = None
    for run in range(runs):
        t0 = time.perf_counter()
        a = svc.run(search_sql)
        t1 = time.perf_counter()
        if run == 0:
            first = t1 - t0
        t_search.append(t1 - t0)
        plan = svc.last_search
        t2 = time.perf_counter()
        b = svc.run(like_sql)
        t_like.append(time.perf_counter() - t2)
        if a.rows != b.rows:
            raise SystemExit(f"search({needle!r}) returned {len(a.rows)} rows, LIKE {len(b.rows)}: a bug")
    ms, ml = statistics.median(t_search), statistics.median(t_like)
    return {"needle": needle, "rows": len(a.rows), "search_s": ms, "like_s": ml, "ratio": ml / ms,
            "first_search_s": first, "files_read": plan.files_read, "files": plan.files_total,
            "groups_read": plan.groups_read, "groups": plan.groups_total}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=100_000_000)
    ap.add_argument("--file-rows", type=int, default=2_000_000, help="rows per file (compaction makes ~64 MB ones)")
    ap.add_argument("--flush-rows", type=int, default=0,
                    help="write files of this many rows (a worker's flushes, e.g. 375000), then compact them")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--dir", type=Path, default=None, help="build here and keep it (default: a temp dir, deleted)")
    ap.add_argument("--json", action="store_true", help="also print the results as one JSON line")
    ap.add_argument("--variants", default="", help="also size the index for BITS:MIN_DIGITS,… (sampled files)")
    ap.add_argument("--index-cpu", action="store_true", help="only measure the CPU per line of building an index")
    args = ap.parse_args(argv)
    console = Console(stderr=True)
    if args.index_cpu:
        for r in index_cpu(args.runs):
            Console().print(f"index build, {r['messages']}: {r['cpu_us_per_line']:.3f} CPU-µs per line "
                            f"(median of {args.runs})")
        return 0
    tmp = None
    if args.dir is None:
        tmp = Path(tempfile.mkdtemp(prefix="millpond-search-bench-"))
    data_dir = args.dir or tmp
    try:
        root = data_dir / "archive"
        have = sizes(root)[2] if root.exists() else 0
        t0 = time.perf_counter()
        if not have:
            build(root, args.rows, args.file_rows, console, args.flush_rows)
        built_s = time.perf_counter() - t0
        data, index, nfiles = sizes(root)
        cfg = build_config({"data_dir": str(data_dir), "query": {"timeout": "1h", "memory_limit": "4GiB"}})
        svc = QueryService(cfg, data_dir)
        try:
            results = [dict(measure(svc, needle, args.runs), kind=kind) for kind, (needle, _) in NEEDLES.items()]
        finally:
            svc.close()
        inverted = inverted_size(root)
        table = Table(title=f"needle search over {args.rows:,} archived log rows ({nfiles} files), "
                            f"median of {args.runs} runs")
        for col in ("needle", "rows", "search()", "LIKE", "× faster", "first search()", "files read",
                    "row groups read"):
            table.add_column(col, justify="right" if col != "needle" else "left")
        for r in results:
            table.add_row(f"{r['kind']}: {r['needle']}", str(r["rows"]), f"{r['search_s']:.3f} s",
                          f"{r['like_s']:.2f} s", f"{r['ratio']:.0f}×", f"{r['first_search_s']:.3f} s",
                          f"{r['files_read']}/{r['files']}", f"{r['groups_read']}/{r['groups']}")
        out = Console()
        out.print(table)
        out.print(f"archive {data / 2**20:,.0f} MiB, bloom index {index / 2**20:,.1f} MiB = "
                  f"{100 * index / data:.2f}% of the archive ({si.BITS_PER_KEY:g} bits per token, {si.K} hashes, "
                  f"numbers of < {si.MIN_DIGITS} digits not indexed); an inverted index would be {inverted:.2f}% "
                  f"(sampled); built in {built_s:.0f} s")
        variants = [tuple(map(float, v.split(":"))) for v in args.variants.split(",") if v]
        sized = variant_sizes(root, [(b, int(d)) for b, d in variants]) if variants else []
        for v in sized:
            out.print(f"  variant {v['bits']:g} bits/token, min {v['min_digits']} digits: index {v['index_pct']:.2f}% "
                      f"(sampled), {v['keys_per_group']:,.0f} tokens per row group, nominal false positives "
                      f"{100 * v['nominal_fpr']:.2f}% per row group; an absent needle reads "
                      f"{v['rows_read_pct']:.2f}% of the rows (2,000 probes)")
        if args.json:
            print(json.dumps({"rows": args.rows, "files": nfiles, "archive_bytes": data, "index_bytes": index,
                              "index_pct": 100 * index / data, "inverted_pct": inverted, "results": results,
                              "variants": sized}))
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
