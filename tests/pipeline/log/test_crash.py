"""kill -9 of a writer at a random moment: after reopen every acknowledged batch is there, intact.

A child process appends from several threads and prints each acknowledged
batch (its unique tag and base offset) only after the future resolved; the
parent kills it with SIGKILL after a random delay, reopens the log (which
recovers the tail) and checks every acknowledged batch at its offset.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from millpond.config import LogConfig
from millpond.pipeline.log import open_log

CHILD = r"""
import sys, threading
from millpond.config import LogConfig
from millpond.pipeline.log import open_log, partition
from millpond.pipeline.schema import logs_batch
segment_bytes = 64 * 1024
if sys.argv[2] == "prealloc":  # small spares, so a fraction of a second rolls into several
    partition.PREALLOC_MIN, partition.PREALLOC_AFTER, segment_bytes = 32 * 1024, 4 * 1024, 128 * 1024
log = open_log(sys.argv[1], LogConfig(partitions=2, segment_bytes=segment_bytes, preallocate=sys.argv[2] == "prealloc"))
out = sys.stdout
lock = threading.Lock()
def work(k):
    j = 0
    while True:
        tag = f"t{k}-{j}"
        n = 1 + (j * 7 + k) % 40
        b = logs_batch(message=[f"{tag}:{i}" for i in range(n)], host="h")
        r = log.append("logs", k % 2, b).result()
        with lock:
            out.write(f"{tag} {r.partition} {r.base_offset} {n}\n"); out.flush()
        j += 1
print("ready", flush=True)
for k in range(4):
    threading.Thread(target=work, args=(k,), daemon=True).start()
threading.Event().wait()
"""


spares: list[int] = []  # spare files found after each kill


def run_cycle(data: Path, rng: random.Random, mode: str = "plain") -> tuple[int, int]:
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(data), mode], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(0.02, 0.3))
    os.kill(proc.pid, signal.SIGKILL)
    acked = [line.split() for line in proc.stdout.read().splitlines() if line.count(" ") == 3]
    proc.wait()
    spares.append(sum(1 for _ in data.glob("log/logs/*/next.prealloc")))
    log = open_log(data, LogConfig(partitions=2))
    try:
        for tag, part, base, n in acked:
            got = log.read("logs", int(part), int(base), max_records=int(n))
            rows = [m for fb in got for m in fb.batch.column("message").to_pylist()][: int(n)]
            assert rows == [f"{tag}:{i}" for i in range(int(n))], f"acknowledged batch {tag} lost or damaged"
        ends = {p: log.end_offset("logs", p) for p in (0, 1)}
    finally:
        log.close()
    return len(acked), sum(ends.values())


@pytest.mark.parametrize("cycles", [pytest.param(15, id="short"), pytest.param(100, marks=[pytest.mark.slow, pytest.mark.timeout(900)], id="long")])
def test_kill_9_loses_no_acknowledged_batch(tmp_path, cycles):
    rng = random.Random(cycles)
    total_acked = 0
    for _ in range(cycles):
        acked, end = run_cycle(tmp_path, rng)
        total_acked += acked
    assert total_acked > 0


@pytest.mark.parametrize("cycles", [pytest.param(8, id="short"), pytest.param(60, marks=[pytest.mark.slow, pytest.mark.timeout(900)], id="long")])
def test_kill_9_with_preallocated_segments_loses_nothing(tmp_path, cycles):
    """The same, with segments rolled into zero-filled spares: zero tails and spares left by the kill."""
    rng = random.Random(cycles + 1)
    total_acked = 0
    for _ in range(cycles):
        acked, end = run_cycle(tmp_path, rng, "prealloc")
        total_acked += acked
    part = tmp_path / "log" / "logs" / "0"
    assert total_acked > 0 and len(list(part.glob("*.log"))) > 2
    assert sum(spares[-cycles:]) > 0, "no kill ever left a spare: preallocation was not exercised"
