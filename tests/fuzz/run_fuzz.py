"""Coverage-guided fuzzing of every decoder with atheris, for a fixed time budget each (``make fuzz``).

    python tests/fuzz/run_fuzz.py [TARGET …] [--seconds 60]

Each target runs in its own child process (atheris/libFuzzer exits the
process when it finds something), starting from the generated seeds plus
``tests/fuzz/corpus/<target>/`` (earlier findings, replayed by the normal
suite). A crash, an exception outside the contract (see ``fuzz_targets``), an
input taking over ``--input-timeout`` seconds or a process over ``--rss-mb``
is a finding: libFuzzer writes the input to ``corpus/<target>/`` — commit it
once the bug is fixed, and ``test_fuzz_corpus.py`` keeps it fixed. Exits 1 if
any target found something.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"


def _child(target: str, seconds: int, input_timeout: int, rss_mb: int, work: Path) -> None:
    """Inside the child: instrument the decoders, then hand control to libFuzzer (never returns)."""
    import atheris

    with atheris.instrument_imports(include=["millpond"]):
        sys.path.insert(0, str(HERE))
        import fuzz_targets
    fn = fuzz_targets.TARGETS[target]
    found = CORPUS / target
    found.mkdir(parents=True, exist_ok=True)
    # work: the growing corpus, scratch (the parent removes it), seeded with seeds + earlier findings
    for i, seed in enumerate(fuzz_targets.seeds(target)):
        (work / f"seed-{i}").write_bytes(seed)
    for f in found.iterdir():
        (work / f"found-{f.name}").write_bytes(f.read_bytes())
    argv = [sys.argv[0], str(work), f"-max_total_time={seconds}", f"-timeout={input_timeout}",
            f"-rss_limit_mb={rss_mb}", f"-artifact_prefix={found}/", "-max_len=65536", "-print_final_stats=1"]
    atheris.Setup(argv, fn)
    atheris.Fuzz()


def main() -> int:
    if os.environ.get("MILLPOND_FUZZ_CHILD"):
        target, seconds, input_timeout, rss, work = os.environ["MILLPOND_FUZZ_CHILD"].split(",", 4)
        _child(target, int(seconds), int(input_timeout), int(rss), Path(work))
        return 0
    sys.path.insert(0, str(HERE))
    from fuzz_targets import TARGETS

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("targets", nargs="*", default=list(TARGETS), help=f"default: all of {', '.join(TARGETS)}")
    ap.add_argument("--seconds", type=int, default=int(os.environ.get("FUZZ_SECONDS", "60")), help="per target")
    ap.add_argument("--input-timeout", type=int, default=10, help="seconds one input may take (a hang beyond)")
    ap.add_argument("--rss-mb", type=int, default=2048, help="memory a target may use")
    args = ap.parse_args()
    unknown = set(args.targets) - set(TARGETS)
    if unknown:
        ap.error(f"unknown target(s): {', '.join(sorted(unknown))}")
    failed = []
    for target in args.targets:
        t0 = time.monotonic()
        with tempfile.TemporaryDirectory(prefix=f"millpond-fuzz-{target}-") as work:
            env = {**os.environ,
                   "MILLPOND_FUZZ_CHILD": f"{target},{args.seconds},{args.input_timeout},{args.rss_mb},{work}"}
            proc = subprocess.run([sys.executable, __file__], env=env, capture_output=True, text=True,
                                  timeout=args.seconds * 2 + 120)
        stats = [ln for ln in proc.stderr.splitlines() if ln.startswith(("stat::number_of_executed_units",
                                                                         "stat::peak_rss_mb"))]
        runs = stats[0].split(":")[-1].strip() if stats else "?"
        took = time.monotonic() - t0
        if proc.returncode != 0:
            failed.append(target)
            tail = "\n".join(proc.stderr.splitlines()[-40:])
            print(f"FOUND  {target}: exit {proc.returncode} after {took:.0f}s ({runs} inputs); "
                  f"input saved under {CORPUS / target}/\n{tail}\n", flush=True)
        else:
            print(f"ok     {target}: {runs} inputs in {took:.0f}s, nothing found", flush=True)
    if failed:
        print(f"fuzz: findings in {', '.join(failed)}: fix the decoder, keep the input in tests/fuzz/corpus/")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
