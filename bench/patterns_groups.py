"""The pattern miner's scoreboard: GA means per group of development sets, and what moved.

A rule for the miner is kept only if no group falls (docs/patterns.md, sessions 5 and 6), so a
tuning step needs every group at once, each the same way, and the sets that moved against a
saved baseline:

    .venv/bin/python bench/patterns_groups.py --json base.json
    .venv/bin/python bench/patterns_groups.py --param prose_cost=1.0 --compare base.json

Groups (each is skipped, with how to get it, when its data is missing):

* ``u1`` … ``u17``: the held-out sets of sessions 4–16, each scored once while never seen and
  development data since (``--unseen DIR …``, in order; ``bench/loggen_unseen*.py -n 2000
  --out DIR`` writes the generated ones);
* ``lh``: LogHub-2k's 16 systems (``--loghub`` checkout or bare mirror);
* ``ours``: the 13 stored generated sets (96 systems);
* ``rd``: fresh draws of those 96 systems with seeds 1001 and 1002: order and values never seen.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

if str(Path(__file__).parent) not in sys.path:
    sys.path.append(str(Path(__file__).parent))
import patterns as P  # noqa: E402
import patterns_external as E  # noqa: E402

from millpond.pipeline.patterns_params import Params  # noqa: E402

STORED = ["heldout", "unseen", "fresh", "final", "last", "blind", "probe", "omega", "zeta", "holdout", "dev",
          "dev2", "dev3"]
UNSEEN = [Path("/work/unseen-data"), *(Path(f"/work/unseen-data{i}") for i in range(2, 18))]
Rows = list[tuple[str, str, str]]


def fresh_draws(seeds: tuple[int, ...] = (1001, 1002), n: int = 1500) -> dict[str, Rows]:
    """Every generated system drawn again with new seeds (``seed/service``)."""
    from loggen_blind import BLIND, FINAL, FRESH, LAST, OMEGA, PROBE  # noqa: PLC0415
    from loggen_dev import DEV  # noqa: PLC0415
    from loggen_dev2 import DEV2  # noqa: PLC0415
    from loggen_dev3 import DEV3  # noqa: PLC0415
    from loggen_holdout import HOLDOUT  # noqa: PLC0415
    from loggen_systems import TUNE, UNSEEN as SYSTEMS_UNSEEN  # noqa: PLC0415
    from loggen_zeta import ZETA  # noqa: PLC0415

    systems = (*TUNE, *SYSTEMS_UNSEEN, *FRESH, *FINAL, *LAST, *BLIND, *PROBE, *OMEGA, *ZETA, *HOLDOUT, *DEV, *DEV2,
               *DEV3)
    return {f"{seed}/{s.service}": [(f"{s.service}#{t}", s.service, m) for t, m in s.lines(n, seed)]
            for seed in seeds for s in systems}


def groups(wanted: list[str], unseen: list[Path], loghub: Path | None) -> dict[str, dict[str, Rows]]:
    out: dict[str, dict[str, Rows]] = {}
    for g in wanted:
        if g.startswith("u") and g[1:].isdigit():
            i = int(g[1:]) - 1
            root = unseen[i] if i < len(unseen) else None
            if root is None or not root.is_dir():
                print(f"{g}: skipped, no directory (pass --unseen DIR …; bench/loggen_unseen*.py writes them)")
                continue
            out[g] = {n: E.load_external(root, n) for n in E.external_sets(root)}
        elif g == "lh":
            if loghub is None or not loghub.exists():
                print("lh: skipped, pass --loghub <LogHub checkout or bare mirror>")
                continue
            out[g] = {s: P.load_loghub(loghub, s) for s in P.loghub_systems(loghub)}
        elif g == "ours":
            out[g] = {f"{name}/{s}": rows for name, systems in P.load_sets(STORED, 1500).items()
                      for s, rows in systems.items()}
        elif g == "rd":
            out[g] = fresh_draws()
        else:
            raise SystemExit(f"unknown group {g!r}: u1..u{len(unseen)}, lh, ours, rd")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description="GA means per group of development sets")
    ap.add_argument("--groups", nargs="+", default=[*(f"u{i}" for i in range(1, len(UNSEEN) + 1)), "lh", "ours", "rd"])
    ap.add_argument("--unseen", nargs="+", type=Path, default=UNSEEN, help="directories of u1, u2, …")
    ap.add_argument("--loghub", type=Path, default=Path("/work/.mirror/logpai+loghub/repo"))
    ap.add_argument("--param", action="append", default=[], help="key=value override of Params")
    ap.add_argument("--json", type=Path, help="write per-set GA here (a baseline for --compare)")
    ap.add_argument("--compare", type=Path, help="baseline JSON: print group deltas and sets that moved")
    ap.add_argument("--moved", type=float, default=0.02, help="smallest per-set move to print")
    a = ap.parse_args()
    params = Params(**{k: P._value(getattr(Params(), k), v) for k, v in (p.split("=", 1) for p in a.param)})
    t0 = time.process_time()
    res: dict[str, dict[str, float]] = {}
    for g, sets in groups(a.groups, a.unseen, a.loghub).items():
        res[g] = {n: P.grouping_accuracy([r[0] for r in rows], P.mine(rows, 1000, params)) for n, rows in sets.items()}
    base = json.loads(a.compare.read_text()) if a.compare else {}
    for g, d in res.items():
        line = f"{g:5} mean {statistics.mean(d.values()):.4f}  ({len(d)} sets)"
        if g in base:
            common = [n for n in d if n in base[g]]
            before = statistics.mean(base[g][n] for n in common)
            after = statistics.mean(d[n] for n in common)
            line += f"  {after - before:+.4f} vs baseline"
            moved = [(n, base[g][n], d[n]) for n in common if abs(d[n] - base[g][n]) >= a.moved]
            line += "".join(f"\n      {n}: {x:.3f} -> {y:.3f}" for n, x, y in sorted(moved))
        print(line)
    if a.json:
        a.json.write_text(json.dumps(res, indent=1))
    print(f"{time.process_time() - t0:.0f} CPU-s", file=sys.stderr)


if __name__ == "__main__":
    main()
