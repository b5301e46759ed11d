"""Benchmark the pattern miner: grouping accuracy (GA) per labelled set, and lines/s.

    .venv/bin/python bench/patterns.py                 # held-out sets (stored in tests/data/patterns)
    .venv/bin/python bench/patterns.py --sets tune     # the tuning set (generated)
    .venv/bin/python bench/patterns.py --drain         # also score Drain3 on the same lines, if installed
    .venv/bin/python bench/patterns.py --sets dev dev2 dev3 --speed-lines 0   # session 2's tuning sets
    .venv/bin/python bench/patterns.py --sets --speed-messages pipeline   # throughput on bench/pipeline.py lines
    .venv/bin/python bench/patterns.py --sets --speed-mask   # throughput, and masking alone (CPU-us/line)
    .venv/bin/python bench/patterns.py --sets holdout --drain --speed-lines 0  # never-seen formats:
        # session 2 never tuned on it; since session 3 it is burned (tuned on)
    .venv/bin/python bench/patterns.py --sets --speed-lines 0 --drain \
        --loghub /work/.mirror/logpai+loghub/repo --loghub-systems Android HDFS Hadoop  # public LogHub-2k
        # (a checkout or a bare git mirror of github.com/logpai/loghub; its data is not ours to commit)

GA (Zhu et al., "Tools and Benchmarks for Automated Log Parsing", 2019): a line
is right only if the group it was put in holds exactly the lines of its true
template.  Lines are fed in batches of ``--batch`` as a stream, so the ids
scored are the ones the miner assigns online, early decisions included.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pyarrow as pa

if str(Path(__file__).parent) not in sys.path:
    sys.path.append(str(Path(__file__).parent))
import loggen  # noqa: E402

from millpond.pipeline.patterns import PatternMiner  # noqa: E402
from millpond.pipeline.patterns_cluster import Params  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "patterns"


def grouping_accuracy(truth: Sequence[str], pred: Sequence[int]) -> float:
    """Share of lines whose predicted group equals their true group exactly."""
    if not truth:
        return 1.0
    labels_of: dict[int, set[str]] = defaultdict(set)
    preds_of: dict[str, set[int]] = defaultdict(set)
    for t, p in zip(truth, pred):
        labels_of[p].add(t)
        preds_of[t].add(p)
    ok = sum(1 for t, p in zip(truth, pred) if len(labels_of[p]) == 1 and len(preds_of[t]) == 1)
    return ok / len(truth)


RULES: int | None = None  # masking rules version (``--rules``); None: the newest


def mine(rows: Sequence[tuple[str, str, str]], batch: int, params: Params | None = None) -> list[int]:
    m = PatternMiner(None, params)
    if RULES is not None:
        m.rules = RULES
    out: list[int] = []
    for i in range(0, len(rows), batch):
        chunk = rows[i : i + batch]
        ids = m.assign(pa.array([r[1] for r in chunk]), pa.array([r[2] for r in chunk]))
        out.extend(ids.to_pylist())
    return m.canonical(np.array(out, dtype=np.int64)).to_pylist() if out else out  # as log_patterns resolves them


def drain(rows: Sequence[tuple[str, str, str]]) -> list[int]:
    from drain3 import TemplateMiner  # noqa: PLC0415
    from drain3.template_miner_config import TemplateMinerConfig  # noqa: PLC0415

    cfg = TemplateMinerConfig()
    cfg.profiling_enabled = False
    miners: dict[str, TemplateMiner] = {}
    out = []
    for _, svc, msg in rows:
        tm = miners.setdefault(svc, TemplateMiner(config=cfg))
        out.append(hash((svc, tm.add_log_message(msg)["cluster_id"])))
    return out


def load_sets(names: Sequence[str], n: int) -> dict[str, dict[str, list[tuple[str, str, str]]]]:
    sets: dict[str, dict[str, list[tuple[str, str, str]]]] = {}
    for name in names:
        files = sorted(DATA.glob(f"{name}-*.tsv.gz"))
        if name != "tune" and files:
            sets[name] = {f.name[len(name) + 1 : -len(".tsv.gz")]: loggen.read_set(f) for f in files}
        else:
            sets[name] = loggen.generate(name, n)
    return sets


def loghub_systems(root: Path) -> list[str]:
    """Systems with a ``<S>/<S>_2k.log_structured.csv`` in a LogHub checkout or bare git mirror."""
    if (root / "objects").is_dir() and (root / "HEAD").is_file():  # a bare mirror: list HEAD's tree
        names = subprocess.run(["git", "-C", str(root), "ls-tree", "-r", "--name-only", "HEAD"],
                               capture_output=True, text=True, check=True).stdout.split()
    else:
        names = [str(f.relative_to(root)) for f in root.glob("*/*_2k.log_structured.csv")]
    return sorted({n.split("/")[0] for n in names if n.endswith("_2k.log_structured.csv")
                   and n.split("/")[-1] == f"{n.split('/')[0]}_2k.log_structured.csv"})


def load_loghub(root: Path, system: str) -> list[tuple[str, str, str]]:
    """(true template id, service, message) rows of one LogHub-2k system: ``EventId`` and ``Content``."""
    rel = f"{system}/{system}_2k.log_structured.csv"
    if (root / rel).is_file():
        text = (root / rel).read_text(encoding="utf-8", errors="replace")
    else:
        out = subprocess.run(["git", "-C", str(root), "show", f"HEAD:{rel}"], capture_output=True)
        if out.returncode:
            raise SystemExit(f"loghub: no {rel} in {root}")
        text = out.stdout.decode("utf-8", "replace")
    return [(r["EventId"], system, r["Content"]) for r in csv.DictReader(io.StringIO(text, newline=""))]


def score(name: str, systems: dict[str, list[tuple[str, str, str]]], batch: int, params: Params,
          with_drain: bool) -> None:
    """Print GA per system and the mean (Drain3 beside it with ``with_drain``)."""
    gas, dgas = [], []
    for system, rows in systems.items():
        ga = grouping_accuracy([r[0] for r in rows], mine(rows, batch, params))
        gas.append(ga)
        extra = ""
        if with_drain:
            dgas.append(grouping_accuracy([r[0] for r in rows], drain(rows)))
            extra = f"   drain3 {dgas[-1]:.3f}"
        print(f"{name:8} {system:12} lines {len(rows):6}  templates {len({r[0] for r in rows}):3}  GA {ga:.3f}{extra}",
              flush=True)
    if gas:
        extra = f"   drain3 {statistics.mean(dgas):.3f}" if dgas else ""
        print(f"{name:8} {'MEAN':12} {'':32} GA {statistics.mean(gas):.3f}{extra}")


def throughput(rows: list[tuple[str, str, str]], batch: int, runs: int) -> list[tuple[float, float]]:
    """(wall, cpu) lines/s per run; CPU time counts every thread, so it is the one-core rate."""
    svc = [pa.array([r[1] for r in rows[i : i + batch]]) for i in range(0, len(rows), batch)]
    msg = [pa.array([r[2] for r in rows[i : i + batch]]) for i in range(0, len(rows), batch)]
    rates = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as d:
            m = PatternMiner.load(Path(d))
            t0, c0 = time.perf_counter(), time.process_time()
            for s, x in zip(svc, msg):
                m.assign(s, x)
            m.save()
            rates.append((len(rows) / (time.perf_counter() - t0), len(rows) / (time.process_time() - c0)))
    return rates


def _value(default: object, text: str) -> object:
    if isinstance(default, bool):
        return text.lower() in ("1", "true", "yes", "on")
    return type(default)(text)


def main() -> None:
    ap = argparse.ArgumentParser(description="pattern miner GA and throughput")
    ap.add_argument("--sets", nargs="*", default=["heldout", "unseen", "fresh", "final", "last", "blind", "probe", "omega", "zeta"],
                    choices=["tune", "heldout", "unseen", "fresh", "final", "last", "blind", "probe", "omega",
                             "zeta", "holdout", "dev", "dev2", "dev3"],
                    help="holdout (session 2's never-seen formats) is not in the default: score it rarely")
    ap.add_argument("--batch", type=int, default=1000, help="lines per assign() call when scoring GA")
    ap.add_argument("-n", type=int, default=1500, help="lines per system for generated sets")
    ap.add_argument("--drain", action="store_true", help="also score Drain3 (pip install drain3)")
    ap.add_argument("--speed-lines", type=int, default=300_000, help="lines for the throughput run (0: skip)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--speed-mask", action="store_true",
                    help="also time masking alone (patterns_mask.mask, batches of 10000, caches cold each run)")
    ap.add_argument("--speed-messages", choices=["patterns", "pipeline"], default="patterns",
                    help="throughput lines: generated system logs, or bench/pipeline.py's short messages")
    ap.add_argument("--loghub", type=Path, help="LogHub checkout or bare git mirror: score its *_2k sets too")
    ap.add_argument("--loghub-systems", nargs="+", help="LogHub systems to score (default: all found)")
    ap.add_argument("--param", action="append", default=[], help="key=value override of Params (tuning)")
    ap.add_argument("--rules", type=int, help="masking rules version (patterns_mask.RULESETS; default: newest)")
    a = ap.parse_args()
    global RULES  # noqa: PLW0603
    RULES = a.rules
    params = Params(**{k: _value(getattr(Params(), k), v) for k, v in (p.split("=", 1) for p in a.param)})

    for name, systems in load_sets(a.sets, a.n).items():
        score(name, systems, a.batch, params, a.drain)
    if a.loghub:
        found = loghub_systems(a.loghub)
        wanted = a.loghub_systems or found
        if missing := sorted(set(wanted) - set(found)):
            raise SystemExit(f"loghub: not in {a.loghub}: {' '.join(missing)} (found: {' '.join(found)})")
        score("loghub", {s: load_loghub(a.loghub, s) for s in wanted}, a.batch, params, a.drain)
    if a.speed_lines:
        if a.speed_messages == "pipeline":  # bench/pipeline.py's short messages, 6 services round robin
            import pipeline as pipeline_bench  # noqa: PLC0415

            msgs = pipeline_bench.message_pool(a.speed_lines).to_pylist()
            names = ["api", "shop", "auth", "db", "cache", "worker"]
            big = [("", names[i % 6], x) for i, x in enumerate(msgs)]
        else:
            fresh = loggen.generate("unseen", a.speed_lines // 7 + 1)  # fresh values, not repeats
            big = [r for rows in fresh.values() for r in rows][: a.speed_lines]
            random.Random(0).shuffle(big)  # interleave services like a shared stream
        rates = throughput(big, 10_000, a.runs)
        wall, cpu = [r[0] for r in rates], [r[1] for r in rates]
        print(f"throughput: {len(big)} fresh {a.speed_messages} lines of {len({r[1] for r in big})} services, "
              f"batch 10000, cold start + save; per CPU-second {[f'{r:,.0f}' for r in cpu]} median "
              f"{statistics.median(cpu):,.0f} lines/s ({1e6 / statistics.median(cpu):.2f} CPU-us/line); "
              f"wall {[f'{r:,.0f}' for r in wall]} median {statistics.median(wall):,.0f} lines/s")
        if a.speed_mask:
            mask_speed(big, a.runs)


def mask_speed(rows: list[tuple[str, str, str]], runs: int) -> None:
    """CPU-µs a line of masking alone, the miner's first step (about half of it on short messages)."""
    from millpond.pipeline.patterns_mask import RULES as NEWEST  # noqa: PLC0415
    from millpond.pipeline.patterns_mask import RULESETS, mask  # noqa: PLC0415

    rules = NEWEST if RULES is None else RULES
    msgs = [pa.array([r[2] for r in rows[i : i + 10_000]]) for i in range(0, len(rows), 10_000)]
    cpu = []
    for _ in range(runs):
        RULESETS[rules].shapes.clear()
        c0 = time.process_time()
        for x in msgs:
            mask(x, rules)
        cpu.append((time.process_time() - c0) / len(rows) * 1e6)
    print(f"masking alone: {len(rows)} lines, batch 10000, CPU-us/line {[f'{c:.2f}' for c in cpu]} "
          f"median {statistics.median(cpu):.2f}")


if __name__ == "__main__":
    main()
