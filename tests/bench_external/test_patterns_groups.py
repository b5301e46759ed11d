"""bench/patterns_groups.py: the tuning scoreboard — one GA mean per group, and what moved
against a saved baseline, so a rule is judged on every group the same way."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"

ROWS = [("a", "svc", f"worker {i} started") for i in range(6)] + [("b", "svc", "cache flushed")] * 3


def _run(*args: str) -> str:
    done = subprocess.run([sys.executable, str(BENCH / "patterns_groups.py"), *args], capture_output=True,
                          text=True, timeout=120, check=True)
    return done.stdout


def test_scores_a_group_writes_a_baseline_and_names_the_sets_that_moved(tmp_path: Path) -> None:
    (tmp_path / "u").mkdir()
    with gzip.open(tmp_path / "u" / "tiny.tsv.gz", "wt", encoding="utf-8") as f:
        f.writelines(f"{g}\t{s}\t{m}\n" for g, s, m in ROWS)
    out = _run("--groups", "u1", "--unseen", str(tmp_path / "u"), "--json", str(tmp_path / "now.json"))
    assert "u1    mean 1.0000  (1 sets)" in out
    assert json.loads((tmp_path / "now.json").read_text()) == {"u1": {"tiny": 1.0}}

    (tmp_path / "base.json").write_text(json.dumps({"u1": {"tiny": 0.5}}))
    out = _run("--groups", "u1", "--unseen", str(tmp_path / "u"), "--compare", str(tmp_path / "base.json"))
    assert "+0.5000 vs baseline" in out and "tiny: 0.500 -> 1.000" in out


def test_a_group_without_its_data_is_skipped_with_how_to_get_it(tmp_path: Path) -> None:
    out = _run("--groups", "u2", "lh", "--unseen", str(tmp_path / "u1"), "--loghub", str(tmp_path / "none"))
    assert "u2: skipped" in out and "loggen_unseen" in out
    assert "lh: skipped, pass --loghub" in out
