"""bench/patterns_external.py: loading labelled sets kept outside the repo and scoring them.

The fixture is synthetic and written here: no real data is stored in the repo.
"""

from __future__ import annotations

import csv
import gzip
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
if str(BENCH) not in sys.path:
    sys.path.append(str(BENCH))
import patterns_external as pe  # noqa: E402

# (true group, service, message): three statements; g2's variable changes the token count
ROWS = [
    ("g1", "svc", "worker 1 started"),
    ("g1", "svc", "worker 7 started"),
    ("g2", "svc", "job nightly finished in 3 s"),
    ("g1", "svc", "worker 12 started"),
    ("g2", "svc", "job weekly full backup finished in 40 s"),
    ("g3", "svc", "cache flushed"),
    ("g2", "svc", "job nightly finished in 5 s"),
    ("g3", "svc", "cache flushed"),
    ("g1", "svc", "worker 3 started"),
    ("g2", "svc", "job hourly finished in 1 s"),
]


def _write(root: Path) -> None:
    with gzip.open(root / "gen-a.tsv.gz", "wt", encoding="utf-8") as f:
        f.writelines(f"{g}\t{s}\t{m}\n" for g, s, m in ROWS)
    with open(root / "ext-b.log_structured.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["LineId", "Content", "EventId", "EventTemplate"])
        for i, (g, _, m) in enumerate(ROWS, 1):
            w.writerow([i, m, g.upper(), "-"])
    (root / "notes.txt").write_text("not a set")


def test_lists_and_loads_both_forms(tmp_path: Path) -> None:
    _write(tmp_path)
    assert pe.external_sets(tmp_path) == ["ext-b", "gen-a"]
    assert pe.load_external(tmp_path, "gen-a") == ROWS
    csv_rows = pe.load_external(tmp_path, "ext-b")
    assert csv_rows == [(g.upper(), "ext-b", m) for g, _, m in ROWS]
    with pytest.raises(FileNotFoundError):
        pe.load_external(tmp_path, "notes")


def test_bad_tsv_line_names_file_and_line(tmp_path: Path) -> None:
    with gzip.open(tmp_path / "bad.tsv.gz", "wt", encoding="utf-8") as f:
        f.write("g1\tsvc\tok line\nno tabs here\n")
    with pytest.raises(ValueError, match=r"bad\.tsv\.gz:2"):
        pe.load_external(tmp_path, "bad")


def test_scores_with_the_shared_ga(tmp_path: Path) -> None:
    _write(tmp_path)
    sets = {n: pe.load_external(tmp_path, n) for n in pe.external_sets(tmp_path)}
    first_word = lambda rows: [m.split()[0] for _, _, m in rows]  # noqa: E731  right on this fixture
    one_group = lambda rows: [0] * len(rows)  # noqa: E731  merges everything: GA 0
    scores = pe.score_sets(sets, {"first": first_word, "one": one_group})
    assert [(s.name, s.lines, s.templates) for s in scores] == [("ext-b", 10, 3), ("gen-a", 10, 3)]
    assert all(s.ga == {"first": 1.0, "one": 0.0} for s in scores)
    scores[0].ga["first"] = 0.5  # ext-b: the per-prefix means must keep the sets apart
    table = pe.render(scores).splitlines()
    assert [r.split() for r in table[-3:]] == [["MEAN", "ext-*", "10", "3", "0.500", "0.000"],
                                                ["MEAN", "gen-*", "10", "3", "1.000", "0.000"],
                                                ["MEAN", "20", "6", "0.750", "0.000"]]


def test_cli_drain3_reference(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("drain3")
    _write(tmp_path)
    pe.main([str(tmp_path), "--sets", "gen-a"])
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["set", "lines", "templates", "drain3"]
    name, lines, templates, ga = out[1].split()
    assert (name, lines, templates) == ("gen-a", "10", "3") and 0.0 <= float(ga) <= 1.0


def test_cli_unknown_set_is_one_line_error(tmp_path: Path) -> None:
    _write(tmp_path)
    with pytest.raises(SystemExit, match="not in .*: nope"):
        pe.main([str(tmp_path), "--sets", "nope", "--no-drain"])
