"""The decoders' fuzz contract inside the normal suite: seeds and every input the fuzzer ever found
(``tests/fuzz/corpus/<target>/``) replayed, plus a short hypothesis run mutating the seeds.

The long, coverage-guided run is ``make fuzz`` (``run_fuzz.py``, atheris).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz_targets import TARGETS, seeds

CORPUS = Path(__file__).parent / "corpus"
FOUND = sorted((p.parent.name, p) for p in CORPUS.glob("*/*") if p.is_file())


@pytest.mark.parametrize("target", sorted(TARGETS))
def test_seeds_decode(target: str) -> None:
    for seed in seeds(target):
        TARGETS[target](seed)


@pytest.mark.parametrize("target, path", FOUND, ids=[f"{t}/{p.name[:20]}" for t, p in FOUND])
def test_found_inputs_stay_fixed(target: str, path: Path) -> None:
    """Each file once broke a decoder's contract (a 500, a traceback, an invalid batch)."""
    TARGETS[target](path.read_bytes())


@st.composite
def mutated(draw: st.DrawFn, target: str) -> bytes:
    """A seed of ``target`` with a few byte-level edits (flip, insert, delete, repeat a slice, truncate)."""
    data = bytearray(draw(st.sampled_from(seeds(target))))
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "insert", "delete", "repeat", "truncate"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif op == "delete":
            del data[at:at + draw(st.integers(1, 8))]
        elif op == "repeat":
            data[at:at] = data[at:at + draw(st.integers(1, 16))] * draw(st.integers(1, 50))
        else:
            del data[at:]
    return bytes(data)


@pytest.mark.parametrize("target", sorted(TARGETS))
def test_mutated_seeds_keep_the_contract(target: str) -> None:
    fn = TARGETS[target]

    @settings(max_examples=60, deadline=None, database=None, derandomize=False,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(mutated(target))
    def check(data: bytes) -> None:
        fn(data)

    check()


def test_run_fuzz_finds_nothing_in_a_second(tmp_path: Path) -> None:
    """``make fuzz`` itself works: atheris on one target for 1 s, exit 0 and a summary line."""
    pytest.importorskip("atheris")
    proc = subprocess.run([sys.executable, str(Path(__file__).parent / "run_fuzz.py"), "framing", "--seconds", "1"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr[-3000:]
    assert proc.stdout.startswith("ok     framing:"), proc.stdout
