"""A reader's sparse index follows the writer's appends by reading only the new entries, and re-reads all of
it when the writer rewrote what the reader had (a recovery's truncation)."""

from __future__ import annotations

from pathlib import Path

import pytest

from millpond.pipeline.log.index import OffsetIndex, TimeIndex


def _counting_loads(idx) -> list[int]:  # noqa: ANN001
    """Count the reader's whole-file loads."""
    calls: list[int] = []
    load = idx._load
    idx._load = lambda: calls.append(1) or load()
    return calls


def test_reload_reads_only_the_appended_entries(tmp_path: Path) -> None:
    path = tmp_path / "00000000000000001000.index"
    w = OffsetIndex(path, 1000, writable=True)
    for i in range(100):
        w.append(1000 + 10 * i, 4096 * i)
    r = OffsetIndex(path, 1000, writable=False)
    loads = _counting_loads(r)
    for i in range(100, 150):
        w.append(1000 + 10 * i, 4096 * i)
        if i % 7 == 0:
            r.reload()
    r.reload()
    assert (r.keys, r.values) == (w.keys, w.values)
    assert loads == []  # never the whole file again
    assert r.lookup(1000 + 10 * 149 + 5) == (1000 + 10 * 149, 4096 * 149)


def test_a_rewritten_index_is_read_again_whole(tmp_path: Path) -> None:
    """The writer cut the index (recovery of a torn tail) and wrote other entries past where the reader was:
    the reader's last entry no longer matches, so it reloads all of it."""
    path = tmp_path / "00000000000000000000.index"
    w = OffsetIndex(path, 0, writable=True)
    for i in range(50):
        w.append(10 * i, 4096 * i)
    r = OffsetIndex(path, 0, writable=False)
    loads = _counting_loads(r)
    w.truncate(30)
    for i in range(30, 80):
        w.append(10 * i + 3, 4000 * i)  # other batch boundaries after the cut
    r.reload()
    assert (r.keys, r.values) == (w.keys, w.values)
    assert loads == [1]
    w.truncate(10)  # shorter than what the reader holds
    r.reload()
    assert (r.keys, r.values) == (w.keys, w.values)


def test_a_partial_entry_waits_for_the_next_reload(tmp_path: Path) -> None:
    path = tmp_path / "00000000000000000000.timeindex"
    w = TimeIndex(path, 0, writable=True)
    for i in range(5):
        w.maybe_append(1_000_000 + i, 100 * i)
    r = TimeIndex(path, 0, writable=False)
    whole = TimeIndex.entry.pack(2_000_000, 700)
    with open(path, "ab") as f:  # the writer's next entry, half written
        f.write(whole[:5])
    r.reload()
    assert r.keys == [1_000_000 + i for i in range(5)]
    with open(path, "ab") as f:
        f.write(whole[5:])
    r.reload()
    assert r.keys[-1] == 2_000_000 and r.values[-1] == 700 and len(r.keys) == 6


@pytest.mark.parametrize("cut", [0, 1])
def test_a_reader_that_forgot_entries_reloads_whole(tmp_path: Path, cut: int) -> None:
    """Entries the reader dropped from memory (they pointed past the data it saw) come back at the next reload."""
    path = tmp_path / "00000000000000000000.index"
    w = OffsetIndex(path, 0, writable=True)
    for i in range(20):
        w.append(10 * i, 4096 * i)
    r = OffsetIndex(path, 0, writable=False)
    r.truncate_memory_to_position(4096 * 10 + cut)
    assert len(r.keys) == 10 + cut
    r.reload()
    assert (r.keys, r.values) == (w.keys, w.values)
