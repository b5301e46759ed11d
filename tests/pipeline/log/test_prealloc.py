"""Preallocated segments: a busy partition rolls into zero-filled spares, so its fdatasync changes no metadata.

The thresholds are lowered (they are module constants) so that a few hundred
kilobytes exercise what a busy appliance does with megabytes. Crash images are
taken with the writer still running (a copy of the directory is what the disk
holds after kill -9 whose page cache reached it): zero tails, a spare whose
rename never reached the directory.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

import pyarrow as pa
import pytest

from millpond.config import LogConfig
from millpond.pipeline.log import open_log, record
from millpond.pipeline.log import partition as partition_mod
from millpond.pipeline.log import spare
from millpond.pipeline.schema import logs_batch

SEGMENT = 256 * 1024


@pytest.fixture(autouse=True)
def small_spares(monkeypatch):
    monkeypatch.setattr(partition_mod, "PREALLOC_MIN", 32 * 1024)
    monkeypatch.setattr(partition_mod, "PREALLOC_AFTER", 8 * 1024)


def batch(n: int, tag: str) -> pa.RecordBatch:
    return logs_batch(message=[f"{tag}:{i} " + "z" * 150 for i in range(n)],
                      ts=[1_700_000_000.0 + i for i in range(n)], host="h", service="s")


def rows(log, partition: int = 0) -> list[str]:
    out, off = [], 0
    while got := log.read("logs", partition, off):
        for fb in got:
            out.extend(fb.batch.column("message").to_pylist())
        off = got[-1].next_offset
    return out


def pdir(root: Path, partition: int = 0) -> Path:
    return root / "log" / "logs" / str(partition)


def wait_for(cond, what: str, timeout: float = 10.0):
    deadline = time.monotonic() + timeout
    while not (got := cond()):
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.01)
    return got


def fill_until_rolled_into_spares(log, root: Path, rolls: int) -> list[str]:
    """Append until the partition has rolled ``rolls`` times into a spare; returns every message written."""
    written: list[str] = []
    part = log._partition("logs", 0)
    j = 0
    while len(part.segments) <= rolls:
        b = batch(20, f"b{j}")
        log.append("logs", 0, b).result()
        written.extend(b.column("message").to_pylist())
        j += 1
        if part.spare_wanted() or part._spare_asked:  # let the spare get ready (a busy log would not wait)
            wait_for(lambda: part._spare is not None, "the spare")
        assert j < 2000, "never rolled"
    return written


def test_a_busy_partition_writes_into_preallocated_room(tmp_path):
    log = open_log(tmp_path, LogConfig(partitions=1, codec="none", segment_bytes=SEGMENT, preallocate=True))
    written = fill_until_rolled_into_spares(log, tmp_path, rolls=3)
    part = log._partition("logs", 0)
    active = part.segments[-1]
    assert active.capacity > active.size, "the active segment is not preallocated"
    size_before = active.path.stat().st_size
    b = batch(5, "fits")
    if record.encode(b, "none").size <= active.room:
        log.append("logs", 0, b).result()
        written.extend(b.column("message").to_pylist())
        assert active.path.stat().st_size == size_before  # durable without the file growing
    # rolled segments were trimmed to their data; names are their first offsets, dense
    info = log.describe("logs")[0]
    files = sorted(pdir(tmp_path).glob("*.log"))
    assert len(files) == info.segments >= 4
    assert sum(f.stat().st_size for f in files[:-1]) == sum(s.size for s in part.segments[:-1])
    assert [int(f.stem) for f in files] == [s.base_offset for s in part.segments]
    reader = open_log(tmp_path, LogConfig(), readonly=True)
    assert rows(reader) == written == rows(log)
    assert reader.describe("logs")[0].size_bytes == info.size_bytes  # zeros are not data
    log.close()
    assert not (pdir(tmp_path) / spare.SPARE_FILE).exists()
    assert sum(f.stat().st_size for f in pdir(tmp_path).glob("*.log")) == info.size_bytes  # close trims
    log = open_log(tmp_path, LogConfig(partitions=1, codec="none", segment_bytes=SEGMENT, preallocate=True))
    assert rows(log) == written and not log.recovery_report()
    reader.close()
    log.close()


def test_without_preallocation_rolls_rename_an_empty_spare_and_fsync_no_directory(tmp_path, monkeypatch):
    """The roll used to create the segment and fsync the directory in the flusher: 4-12 ms on every partition's roll."""
    log = open_log(tmp_path, LogConfig(partitions=1, codec="none", segment_bytes=SEGMENT))
    part = log._partition("logs", 0)
    dir_syncs: list[Path] = []
    real = partition_mod.fsync_dir
    monkeypatch.setattr(partition_mod, "fsync_dir", lambda d: (dir_syncs.append(d), real(d)))
    written = fill_until_rolled_into_spares(log, tmp_path, rolls=3)
    assert dir_syncs == []  # every roll took the empty spare the background thread had made durable
    files = sorted(pdir(tmp_path).glob("*.log"))
    assert [int(f.stem) for f in files] == [s.base_offset for s in part.segments]
    assert [f.stat().st_size for f in files] == [s.size for s in part.segments]  # no zeros: nothing preallocated
    assert rows(open_log(tmp_path, LogConfig(), readonly=True)) == written
    log.close()
    assert not (pdir(tmp_path) / spare.SPARE_FILE).exists()


def test_a_reader_follows_a_preallocated_segment_as_it_fills(tmp_path):
    log = open_log(tmp_path, LogConfig(partitions=1, codec="none", segment_bytes=SEGMENT, preallocate=True))
    written = fill_until_rolled_into_spares(log, tmp_path, rolls=1)
    reader = open_log(tmp_path, LogConfig(), readonly=True)
    assert reader.end_offset("logs", 0) == len(written)
    active = log._partition("logs", 0).segments[-1]
    for k in range(3):
        b = batch(3, f"late{k}")
        log.append("logs", 0, b).result()
        written.extend(b.column("message").to_pylist())
        assert reader.end_offset("logs", 0) == len(written)
        assert rows(reader)[-1] == written[-1]
    assert active.capacity > active.size  # it really was a file that did not grow
    reader.close()
    log.close()


def crash_image(src: Path, dst: Path) -> Path:
    """What the disk holds after a kill -9 of a writer that has acknowledged everything appended so far."""
    shutil.copytree(src, dst)
    return dst


def test_crash_image_keeps_the_zero_tail_as_room_and_every_acked_batch(tmp_path):
    log = open_log(tmp_path / "a", LogConfig(partitions=1, codec="none", segment_bytes=SEGMENT, preallocate=True))
    written = fill_until_rolled_into_spares(log, tmp_path / "a", rolls=2)
    img = crash_image(tmp_path / "a", tmp_path / "img")
    log.close()
    active = sorted(pdir(img).glob("*.log"))[-1]
    physical = active.stat().st_size
    log = open_log(img, LogConfig(partitions=1, codec="none", segment_bytes=SEGMENT, preallocate=True))
    assert not log.recovery_report()  # zeros are room, not damage
    assert rows(log) == written
    b = batch(4, "after")
    assert log.append("logs", 0, b).result().base_offset == len(written)
    assert active.stat().st_size == physical  # went into the kept room
    log.close()


@pytest.mark.parametrize("prealloc", [True, False], ids=["zero-filled", "empty"])
def test_a_spare_whose_rename_was_lost_is_adopted(tmp_path, caplog, prealloc):
    """The roll's rename is not fsync'd: after a power cut the acked batches may still sit in next.prealloc."""
    log = open_log(tmp_path / "a", LogConfig(partitions=1, codec="none", segment_bytes=SEGMENT, preallocate=prealloc))
    written = fill_until_rolled_into_spares(log, tmp_path / "a", rolls=2)
    b = batch(3, "in-the-spare")
    log.append("logs", 0, b).result()
    written.extend(b.column("message").to_pylist())
    img = crash_image(tmp_path / "a", tmp_path / "img")
    log.close()
    newest = sorted(pdir(img).glob("*.log"))[-1]
    (pdir(img) / spare.SPARE_FILE).unlink(missing_ok=True)  # the next spare did not exist yet
    os.replace(newest, pdir(img) / spare.SPARE_FILE)
    for p in pdir(img).glob(newest.stem + ".*index"):
        p.unlink()
    with caplog.at_level("WARNING", logger="millpond.log"):
        log = open_log(img, LogConfig(partitions=1, codec="none", segment_bytes=SEGMENT, preallocate=prealloc))
    assert "adopting" in caplog.text and newest.name in caplog.text
    assert newest.exists() and not (pdir(img) / spare.SPARE_FILE).exists()
    assert rows(log) == written
    assert log.append("logs", 0, batch(2, "next")).result().base_offset == len(written)
    log.close()


def test_an_unused_or_torn_spare_is_dropped_on_open(tmp_path):
    log = open_log(tmp_path, LogConfig(partitions=1, codec="none", segment_bytes=SEGMENT, preallocate=True))
    written = fill_until_rolled_into_spares(log, tmp_path, rolls=1)
    log.close()
    path = pdir(tmp_path) / spare.SPARE_FILE
    first = sorted(pdir(tmp_path).glob("*.log"))[0].read_bytes()[:3000]
    for body in (bytes(64 * 1024), first[:100] + bytes(1000), b""):  # never used; a torn first write; empty
        path.write_bytes(body)
        log = open_log(tmp_path, LogConfig(partitions=1, codec="none", segment_bytes=SEGMENT, preallocate=True))
        assert not path.exists() and rows(log) == written
        log.close()


def test_concurrent_appends_across_rolls_into_spares_stay_dense(tmp_path):
    log = open_log(tmp_path, LogConfig(partitions=2, codec="none", segment_bytes=SEGMENT, preallocate=True))
    results = []

    def worker(k: int) -> None:
        for j in range(60):
            results.append(log.append("logs", k % 2, batch(20, f"w{k}-{j}")).result())

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for p in (0, 1):
        bases = sorted(r.base_offset for r in results if r.partition == p)
        assert bases == list(range(0, 20 * len(bases), 20))
        assert len(rows(log, p)) == 20 * len(bases)
    assert max(len(log._partition("logs", p).segments) for p in (0, 1)) > 1
    log.close()
    log = open_log(tmp_path, LogConfig(partitions=2, codec="none", segment_bytes=SEGMENT, preallocate=True))
    assert sum(len(rows(log, p)) for p in (0, 1)) == 4 * 60 * 20
    log.close()


def test_a_full_disk_while_making_a_spare_is_not_an_append_error(tmp_path, monkeypatch, caplog):
    """No room for a spare: a warning, no retry storm, appends go on into growing files."""
    import errno

    real = os.pwrite
    zero_fills = []

    def pwrite(fd, data, pos):
        if len(data) > 4096:  # the spare's zero-fill (batches go by pwritev, the hw by 8-byte pwrites)
            zero_fills.append(pos)
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(fd, data, pos)

    monkeypatch.setattr(os, "pwrite", pwrite)
    log = open_log(tmp_path, LogConfig(partitions=1, codec="none", segment_bytes=SEGMENT, preallocate=True))
    part = log._partition("logs", 0)
    written = []
    with caplog.at_level("WARNING", logger="millpond.log"):
        for j in range(40):
            b = batch(20, f"b{j}")
            log.append("logs", 0, b).result()
            written.extend(b.column("message").to_pylist())
            wait_for(lambda: not part._spare_asked, "the spare attempt")
    assert "could not preallocate" in caplog.text
    assert len(zero_fills) == 1  # one attempt, then a pause (PREALLOC_RETRY), not one per append
    assert not (pdir(tmp_path) / spare.SPARE_FILE).exists()
    assert rows(log) == written
    log.close()
