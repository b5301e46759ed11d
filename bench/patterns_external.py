"""Score labelled log sets kept OUTSIDE the repo: held-out data and third-party data whose
licence or secrecy keeps it out of git.

    .venv/bin/python bench/patterns_external.py DIR               # per set: lines, templates, Drain3 GA
    .venv/bin/python bench/patterns_external.py DIR --millpond    # and Millpond's miner (score held-out sets ONCE)
    .venv/bin/python bench/patterns_external.py DIR --sets a b --no-drain --millpond

A set in DIR is one file, named after the set:

* ``<name>.tsv.gz`` - gzip TSV, one line per log line: true group id, service, message
  (``bench/loggen.py``'s format, so generated sets and converted third-party sets look alike);
* ``<name>.log_structured.csv`` - a LogHub-style CSV with ``EventId`` and ``Content`` columns
  (the service is the set's name).

GA and Drain3 come from ``bench/patterns.py`` (imported, not copied), so the figures are
comparable with ``bench/patterns.py --drain`` on the stored sets.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import statistics
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

if str(Path(__file__).parent) not in sys.path:
    sys.path.append(str(Path(__file__).parent))
from patterns import drain, grouping_accuracy  # noqa: E402

Row = tuple[str, str, str]
Predictor = Callable[[Sequence[Row]], Sequence[object]]
TSV, CSV = ".tsv.gz", ".log_structured.csv"
MAX_LINE = 1 << 20  # one bad file must not eat the memory: longer lines are cut


def external_sets(root: Path) -> list[str]:
    """Names of the labelled sets directly in ``root`` (sorted; a name found in both forms is listed once)."""
    names = {p.name[: -len(TSV)] for p in root.glob(f"*{TSV}")}
    names |= {p.name[: -len(CSV)] for p in root.glob(f"*{CSV}")}
    return sorted(names)


def load_external(root: Path, name: str) -> list[Row]:
    """(true group id, service, message) rows of one set, as ``bench/patterns.py``'s ``load_loghub``."""
    if (tsv := root / f"{name}{TSV}").is_file():
        rows: list[Row] = []
        with gzip.open(tsv, "rt", encoding="utf-8", errors="replace", newline="\n") as f:
            for n, line in enumerate(f, 1):
                parts = line.rstrip("\n")[:MAX_LINE].split("\t", 2)
                if len(parts) != 3 or not parts[0]:
                    raise ValueError(f"{tsv}:{n}: want 'group<TAB>service<TAB>message'")
                rows.append((parts[0], parts[1], parts[2]))
        return rows
    if (struct := root / f"{name}{CSV}").is_file():
        with open(struct, encoding="utf-8", errors="replace", newline="") as f:
            reader = csv.DictReader(f)
            if not {"EventId", "Content"} <= set(reader.fieldnames or ()):
                raise ValueError(f"{struct}: want EventId and Content columns, got {reader.fieldnames}")
            return [(r["EventId"], name, (r["Content"] or "")[:MAX_LINE]) for r in reader]
    raise FileNotFoundError(f"no {name}{TSV} or {name}{CSV} in {root}")


@dataclass
class SetScore:
    """One set's size and the GA of each predictor on it."""

    name: str
    lines: int
    templates: int
    ga: dict[str, float] = field(default_factory=dict)


def score_sets(sets: dict[str, list[Row]], predictors: dict[str, Predictor]) -> list[SetScore]:
    """GA of every predictor (rows -> one group id per row, fed in order as a stream) on every set."""
    out = []
    for name, rows in sets.items():
        s = SetScore(name, len(rows), len({r[0] for r in rows}))
        for who, predict in predictors.items():
            s.ga[who] = grouping_accuracy([r[0] for r in rows], list(predict(rows)))  # type: ignore[arg-type]
        out.append(s)
    return out


def render(scores: Sequence[SetScore]) -> str:
    """A table: one line per set, then unweighted mean GAs (as bench/patterns.py): per name prefix
    (``ext-*``, ``gen-*``) when there are several prefixes, then over all sets."""
    whos = list(scores[0].ga) if scores else []
    width = max([len(s.name) for s in scores] + [4])
    lines = [f"{'set':{width}}  {'lines':>6}  {'templates':>9}" + "".join(f"  {w:>9}" for w in whos)]
    for s in scores:
        lines.append(f"{s.name:{width}}  {s.lines:6}  {s.templates:9}" + "".join(f"  {s.ga[w]:9.3f}" for w in whos))
    groups = {s.name.split("-", 1)[0] for s in scores if "-" in s.name}
    means = [(f"MEAN {g}-*", [s for s in scores if s.name.startswith(f"{g}-")]) for g in sorted(groups)]
    for label, group in (means if len(groups) > 1 else []) + ([("MEAN", list(scores))] if scores else []):
        lines.append(f"{label:{width}}  {sum(s.lines for s in group):6}  {sum(s.templates for s in group):9}"
                     + "".join(f"  {statistics.mean(s.ga[w] for s in group):9.3f}" for w in whos))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="GA on labelled log sets kept outside the repo")
    ap.add_argument("root", type=Path, help="directory of <name>.tsv.gz / <name>.log_structured.csv sets")
    ap.add_argument("--sets", nargs="+", help="set names (default: every set in ROOT)")
    ap.add_argument("--no-drain", action="store_true", help="skip Drain3 (the difficulty reference)")
    ap.add_argument("--millpond", action="store_true", help="also score Millpond's miner (held-out sets: once)")
    ap.add_argument("--batch", type=int, default=1000, help="lines per assign() call for --millpond")
    a = ap.parse_args(argv)
    if not a.root.is_dir():
        raise SystemExit(f"external: {a.root} is not a directory")
    found = external_sets(a.root)
    names = a.sets or found
    if missing := sorted(set(names) - set(found)):
        raise SystemExit(f"external: not in {a.root}: {' '.join(missing)} (found: {' '.join(found) or 'none'})")
    predictors: dict[str, Predictor] = {}
    if not a.no_drain:
        predictors["drain3"] = drain
    if a.millpond:
        from patterns import mine  # noqa: PLC0415  (only when asked: it runs the miner)

        predictors["millpond"] = lambda rows: mine(rows, a.batch)
    print(render(score_sets({n: load_external(a.root, n) for n in names}, predictors)), flush=True)


if __name__ == "__main__":
    main()
