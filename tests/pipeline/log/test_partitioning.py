"""Partition choice: a stable hash of the key, the same in every process and across restarts."""

import subprocess
import sys

import pyarrow as pa

from millpond.pipeline.log import partition_column, split_by_partition, stable_partition
from millpond.pipeline.schema import logs_batch


def test_stable_partition_is_crc32c_mod_n_and_process_independent():
    here = [stable_partition(f"host-{i}", 4) for i in range(50)]
    code = "from millpond.pipeline.log import stable_partition as s; print([s(f'host-{i}', 4) for i in range(50)])"
    there = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert str(here) == there.strip()
    assert stable_partition("host-1", 4) == stable_partition(b"host-1", 4)
    assert len(set(here)) == 4  # spreads


def test_partition_column_matches_per_key_hash_and_handles_nulls():
    keys = pa.array(["a", "b", None, "a", "c"])
    got = partition_column(keys, 8).tolist()
    assert got == [stable_partition(k or "", 8) for k in ["a", "b", "", "a", "c"]]


def test_split_keeps_every_row_once_and_order_within_a_key():
    hosts = [f"h{i % 5}" for i in range(100)]
    b = logs_batch(message=[str(i) for i in range(100)], host=hosts)
    parts = list(split_by_partition(b, b.column("host"), 3))
    assert sum(p.num_rows for _, p in parts) == 100
    for p, sub in parts:
        assert set(partition_column(sub.column("host"), 3).tolist()) == {p}
        for h in set(sub.column("host").to_pylist()):
            msgs = [int(m) for m, hh in zip(sub.column("message").to_pylist(), sub.column("host").to_pylist()) if hh == h]
            assert msgs == sorted(msgs)
