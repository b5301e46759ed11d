"""The writer process freezes its start-up heap once, so full GC passes (18-49 ms measured) skip it; readers do not."""

from __future__ import annotations

import subprocess
import sys

_PROBE = """
import gc, sys
from pathlib import Path
from millpond.config import LogConfig
from millpond.pipeline.log.embedded import EmbeddedLog
root = Path(sys.argv[1])
if sys.argv[2] == "writer":
    lg = EmbeddedLog(root, LogConfig(partitions=1)); first = gc.get_freeze_count()
    lg.close(); lg = EmbeddedLog(root, LogConfig(partitions=1)); second = gc.get_freeze_count(); lg.close()
else:
    EmbeddedLog(root, LogConfig(partitions=1)).close(); gc.unfreeze()
    lg = EmbeddedLog(root, LogConfig(partitions=1), readonly=True); first = second = gc.get_freeze_count()
print(first, second)
"""


def _probe(tmp_path, role: str) -> tuple[int, int]:
    out = subprocess.run([sys.executable, "-c", _PROBE, str(tmp_path / "log"), role], capture_output=True,
                         text=True, timeout=60, check=True).stdout.split()
    return int(out[0]), int(out[1])


def test_the_writer_freezes_the_start_up_heap_once(tmp_path):
    first, second = _probe(tmp_path, "writer")
    assert first > 10_000  # the imported modules: pyarrow, numpy, millpond
    assert second <= first  # no second freeze (frozen objects of the closed log were freed: fewer, not more)


def test_a_reader_leaves_the_collector_alone(tmp_path):
    assert _probe(tmp_path, "reader") == (0, 0)
