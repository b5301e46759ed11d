"""The worker process tunes its allocators when it starts, and archives as before on them.

In a fresh interpreter (the pool is process-wide): a real embedded log, the
real archive sink, ``Worker.start()``, a flush; then Arrow's pool and what was archived.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import json, sys, time
from pathlib import Path
import numpy as np, pyarrow as pa
from millpond.config import build_config
from millpond.pipeline.log import open_log
from millpond.pipeline.schema import logs_batch
from millpond.pipeline.worker import Worker
from millpond.pipeline import worker_memory
from millpond.sinks.sink import ArchiveSink

before = pa.default_memory_pool().backend_name
cfg = build_config({"data_dir": sys.argv[1], "log": {"partitions": 1}})
lg = open_log(cfg.data_path, cfg.log)
n = 3000
lg.append("logs", 0, logs_batch(message=pa.array([f"order {i} shipped" for i in range(n)]),
                             ts=np.full(n, time.time_ns() // 1000), host="h", service="shop")).result()
w = Worker(open_log(cfg.data_path, cfg.log, readonly=True), ArchiveSink(cfg), flush_interval=60.0)
w.start()
deadline = time.monotonic() + 20
while w.stats.records < n and time.monotonic() < deadline:
    w.step(timeout=0.05)
w.flush()
print(json.dumps({"before": before, "after": pa.default_memory_pool().backend_name, "flushed": w.stats.flushed_records,
                  "tuned": worker_memory.tune_allocators(), "again": worker_memory.tune_allocators()}))
w.close()
lg.close()
"""


def test_a_started_worker_runs_arrow_on_the_tuned_system_allocator(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "data")], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["before"] == "mimalloc"  # pyarrow's default here: the worker is what changed it
    assert got["after"] == "system"
    assert got["flushed"] == 3000
    assert "malloc keeps chunks under 32 MiB" in got["tuned"] and got["again"] == got["tuned"]  # once per process
    rows = list((tmp_path / "data" / "archive" / "logs").rglob("*.parquet"))
    assert rows, "nothing archived"
