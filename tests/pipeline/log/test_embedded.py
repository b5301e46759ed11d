"""The embedded log as a whole: group commit, readers in other processes, consumer groups,
roll and retention, recovery on open, and clear errors for a bad data directory."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyarrow as pa
import pytest

from millpond.config import LogConfig, TopicConfig
from millpond.pipeline.log import TopicPartition, open_log
from millpond.pipeline.log import segment as segment_mod
from millpond.pipeline.log.embedded import EmbeddedLog
from millpond.pipeline.log.errors import DataDirError, DataDirLockedError, LogFullError
from millpond.pipeline.schema import logs_batch


def batch(n: int, tag: str = "", ts0: float = 1_700_000_000.0) -> pa.RecordBatch:
    return logs_batch(message=[f"{tag}{i} " + "y" * 100 for i in range(n)], ts=[ts0 + i for i in range(n)],
                      host="h", service="s")


def all_rows(log, topic="logs", partition=0) -> list[str]:
    out, off = [], 0
    while True:
        got = log.read(topic, partition, off)
        if not got:
            return out
        for fb in got:
            out.extend(fb.batch.column("message").to_pylist())
        off = got[-1].next_offset


class FakeClock:
    def __init__(self, t: float = 1_700_000_000.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


def test_concurrent_appends_share_fsyncs_and_get_dense_offsets(tmp_path, monkeypatch):
    syncs = []
    real = os.fdatasync
    monkeypatch.setattr(os, "fdatasync", lambda fd: (syncs.append(fd), real(fd))[1])
    log = open_log(tmp_path, LogConfig(partitions=1))
    results = []

    def worker(k: int) -> None:
        for j in range(20):
            results.append(log.append("logs", 0, batch(50, tag=f"w{k}-{j}-")).result())

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    bases = sorted(r.base_offset for r in results)
    assert bases == list(range(0, 160 * 50, 50))  # dense, no gaps, no overlaps
    assert len(syncs) < len(results)  # group commit: fewer fsyncs than appends
    assert len(all_rows(log)) == 8000
    log.close()


def test_future_resolves_only_after_fsync(tmp_path, monkeypatch):
    log = open_log(tmp_path, LogConfig(partitions=1))
    gate = threading.Event()
    real = os.fdatasync

    def slow_sync(fd):
        gate.wait(5)
        real(fd)

    monkeypatch.setattr(os, "fdatasync", slow_sync)
    fut = log.append("logs", 0, batch(3))
    assert not fut.done()
    assert log.read("logs", 0, 0) == []  # not visible before it is durable
    gate.set()
    assert fut.result(5).record_count == 3
    assert len(all_rows(log)) == 3
    log.close()


def test_reopen_keeps_everything_and_continues_offsets(tmp_path):
    log = open_log(tmp_path, LogConfig(partitions=2))
    log.append("logs", 1, batch(7)).result()
    log.close()
    log = open_log(tmp_path, LogConfig(partitions=8))  # partition count of an existing topic is kept
    assert log.partitions("logs") == 2
    assert log.append("logs", 1, batch(3)).result().base_offset == 7
    assert len(all_rows(log, partition=1)) == 10
    log.close()


def test_a_reader_process_follows_the_writer(tmp_path):
    log = open_log(tmp_path, LogConfig(partitions=1, segment_bytes=4096))
    log.append("logs", 0, batch(10, tag="a")).result()
    reader = open_log(tmp_path, LogConfig(), readonly=True)
    assert len(all_rows(reader)) == 10
    for i in range(20):  # forces several segment rolls
        log.append("logs", 0, batch(10, tag=f"b{i}-")).result()
    assert len(all_rows(reader)) == 210
    assert reader.end_offset("logs", 0) == 210
    assert reader.describe("logs")[0].segments == log.describe("logs")[0].segments > 1
    reader.close()
    log.close()


def test_segments_roll_by_size_and_age(tmp_path):
    clock = FakeClock()
    log = EmbeddedLog(tmp_path / "log", LogConfig(partitions=1, segment_bytes=1 << 20, segment_age=3600), clock=clock)
    log.append("logs", 0, batch(10)).result()
    log.append("logs", 0, batch(10)).result()
    assert log.describe("logs")[0].segments == 1
    clock.t += 3601
    log.append("logs", 0, batch(10)).result()
    info = log.describe("logs")[0]
    assert info.segments == 2 and info.end_offset == 30
    names = sorted(p.name for p in (tmp_path / "log/logs/0").glob("*.log"))
    assert names == ["00000000000000000000.log", "00000000000000000020.log"]
    log.close()


def test_retention_by_age_deletes_whole_old_segments(tmp_path):
    clock = FakeClock(1_700_000_000.0)
    cfg = LogConfig(partitions=1, segment_age=10, retention=86400)
    log = EmbeddedLog(tmp_path / "log", cfg, clock=clock, retention_check=None)
    log.append("logs", 0, batch(5, ts0=clock.t)).result()  # segment 0: records at t
    clock.t += 20
    log.append("logs", 0, batch(5, ts0=clock.t)).result()  # rolls: segment 5
    clock.t += 86400 + 5  # segment 0's newest record is now past retention, segment 5's is not
    assert log.enforce_retention() == 1
    assert log.start_offset("logs", 0) == 5
    assert len(all_rows(log)) == 5
    assert log.read("logs", 0, 0)[0].base_offset == 5  # reading before the start reads from the start
    log.close()


def test_retention_by_bytes_keeps_the_active_segment(tmp_path):
    cfg = LogConfig(partitions=1, segment_bytes=3000, retention_bytes=6000)
    log = open_log(tmp_path, cfg)
    for i in range(30):
        log.append("logs", 0, batch(10, tag=f"{i}-")).result()
    log.enforce_retention()
    info = log.describe("logs")[0]
    assert info.size_bytes <= 6000 + 3000 and info.segments >= 1
    assert info.start_offset > 0 and info.end_offset == 300
    log.close()


def test_codec_is_a_per_topic_setting(tmp_path):
    cfg = LogConfig(partitions=1, codec="lz4", topics={"metrics": TopicConfig(codec="zstd")})
    log = open_log(tmp_path, cfg)
    log.append("logs", 0, batch(5)).result()
    from millpond.pipeline.schema import metrics_batch

    log.append("metrics", 0, metrics_batch(name=["a"] * 5, value=[1, 2, 3, 4, 5])).result()
    from millpond.pipeline.log.record import parse_header

    assert parse_header((tmp_path / "log/logs/0/00000000000000000000.log").read_bytes()).codec == 1
    assert parse_header((tmp_path / "log/metrics/0/00000000000000000000.log").read_bytes()).codec == 2
    log.close()


# -- recovery ---------------------------------------------------------------


def _segment(tmp_path: Path) -> Path:
    return tmp_path / "log/logs/0/00000000000000000000.log"


def _three_batches(tmp_path: Path) -> int:
    log = open_log(tmp_path, LogConfig(partitions=1))
    for k in range(3):
        log.append("logs", 0, batch(10, tag=f"b{k}-")).result()
    size = _segment(tmp_path).stat().st_size
    log.close()
    return size


@pytest.mark.parametrize(
    "damage",
    ["truncate_mid_batch", "flip_last_batch", "append_garbage", "zeros_then_garbage"],
)
def test_open_truncates_a_damaged_tail_and_appends_continue(tmp_path, damage, caplog):
    size = _three_batches(tmp_path)
    seg = _segment(tmp_path)
    data = bytearray(seg.read_bytes())
    if damage == "truncate_mid_batch":
        data = data[: size - 50]
    elif damage == "flip_last_batch":
        data[size - 20] ^= 0x5A
    elif damage == "append_garbage":
        data += os.urandom(333)
    else:  # a torn write into preallocated room: its later pages reached the disk, its first did not
        data += b"\0" * 4096 + b"\1" * 100 + b"\0" * 4096
    seg.write_bytes(bytes(data))
    with caplog.at_level("WARNING", logger="millpond.log"):
        log = open_log(tmp_path, LogConfig(partitions=1))
    assert "truncated" in caplog.text
    kept = 20 if damage in ("truncate_mid_batch", "flip_last_batch") else 30
    assert log.end_offset("logs", 0) == kept
    assert log.append("logs", 0, batch(4, tag="new")).result().base_offset == kept
    rows = all_rows(log)
    assert len(rows) == kept + 4 and rows[-1].startswith("new3")
    assert log.recovery_report()
    log.close()


def test_a_zero_tail_is_preallocated_room_and_a_clean_close_trims_it(tmp_path, caplog):
    """Zeros after the last batch are what a preallocated segment holds after kill -9: room, not damage."""
    size = _three_batches(tmp_path)
    seg = _segment(tmp_path)
    with open(seg, "ab") as f:
        f.write(b"\0" * 100_000)
    with caplog.at_level("WARNING", logger="millpond.log"):
        log = open_log(tmp_path, LogConfig(partitions=1))
    assert "truncated" not in caplog.text and not log.recovery_report()
    assert log.end_offset("logs", 0) == 30
    assert log.append("logs", 0, batch(4, tag="new")).result().base_offset == 30
    assert seg.stat().st_size == size + 100_000  # written into the room: the file did not grow
    reader = open_log(tmp_path, LogConfig(), readonly=True)  # follows a file whose size does not change
    assert reader.end_offset("logs", 0) == 34 and all_rows(reader)[-1].startswith("new3")
    assert log.append("logs", 0, batch(2, tag="more")).result().base_offset == 34
    assert reader.end_offset("logs", 0) == 36 and all_rows(reader)[-1].startswith("more1")
    log.close()
    reader.close()
    assert seg.stat().st_size < size + 100_000 - 50_000  # trimmed to the data on a clean close
    log = open_log(tmp_path, LogConfig(partitions=1))
    assert len(all_rows(log)) == 36
    log.close()


# -- consumer groups ------------------------------------------------------------


def test_consumer_resumes_from_committed_offset_after_crash(tmp_path):
    log = open_log(tmp_path, LogConfig(partitions=2))
    for p in (0, 1):
        log.append("logs", p, batch(10, tag=f"p{p}-")).result()
    c = log.consumer("archiver", ["logs"])
    seen = sum(fb.batch.num_rows for fb in c.poll(timeout=1))
    seen += sum(fb.batch.num_rows for fb in c.poll(timeout=0.1))
    assert seen == 20
    c.commit({TopicPartition("logs", 0): 6, TopicPartition("logs", 1): 10})
    del c  # "crash": nothing else persisted
    c2 = log.consumer("archiver", ["logs"])
    assert c2.position(TopicPartition("logs", 0)) == 6
    assert c2.position(TopicPartition("logs", 1)) == 10
    rest = c2.poll(timeout=1)
    assert [(fb.partition, fb.base_offset, fb.batch.num_rows) for fb in rest] == [(0, 6, 4)]
    log.close()


def test_two_groups_read_independently_and_lag_is_right(tmp_path):
    log = open_log(tmp_path, LogConfig(partitions=1))
    log.append("logs", 0, batch(10)).result()
    log.commit("a", {TopicPartition("logs", 0): 10})
    log.commit("b", {TopicPartition("logs", 0): 3})
    log.append("logs", 0, batch(5)).result()
    assert log.lag("a")[TopicPartition("logs", 0)] == 5
    assert log.lag("b")[TopicPartition("logs", 0)] == 12
    assert log.lag("never")[TopicPartition("logs", 0)] == 15
    assert log.groups() == ["a", "b"]
    log.close()
    reader = open_log(tmp_path, LogConfig(), readonly=True)
    assert reader.committed("b") == {TopicPartition("logs", 0): 3}
    reader.close()


def test_group_members_split_partitions(tmp_path):
    log = open_log(tmp_path, LogConfig(partitions=4))
    a = log.consumer("g", ["logs"], member=0, members=2)
    b = log.consumer("g", ["logs"], member=1, members=2)
    assert {tp.partition for tp in a.assignment()} == {0, 2}
    assert {tp.partition for tp in b.assignment()} == {1, 3}
    log.close()


def test_poll_waits_for_new_data(tmp_path):
    log = open_log(tmp_path, LogConfig(partitions=1))
    c = log.consumer("g", ["logs"])
    assert c.poll(timeout=0.05) == []
    t = threading.Timer(0.05, lambda: log.append("logs", 0, batch(2)).result())
    t.start()
    got = c.poll(timeout=5)
    t.join()
    assert sum(fb.batch.num_rows for fb in got) == 2
    log.close()


# -- bad input --------------------------------------------------------------------


def test_a_second_writer_is_refused_with_a_clear_error(tmp_path):
    log = open_log(tmp_path, LogConfig(partitions=1))
    code = (
        "import sys\nfrom millpond.pipeline.log import open_log\nfrom millpond.config import LogConfig\n"
        "try:\n    open_log(sys.argv[1], LogConfig())\nexcept Exception as e:\n"
        "    print(type(e).__name__, e); sys.exit(3)\n"
    )
    r = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 3
    assert "DataDirLockedError" in r.stdout and f"pid {os.getpid()}" in r.stdout
    with pytest.raises(DataDirLockedError):
        open_log(tmp_path, LogConfig())  # in-process too (flock is per open file)
    log.close()
    open_log(tmp_path, LogConfig()).close()  # released on close


def test_missing_data_dir_for_a_reader_is_a_clear_error(tmp_path):
    with pytest.raises(DataDirError, match="does not exist"):
        open_log(tmp_path / "nope", LogConfig(), readonly=True)


def test_data_dir_that_is_a_file_is_a_clear_error(tmp_path):
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(DataDirError, match="not a directory|cannot create"):
        open_log(f, LogConfig())


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_data_dir_is_a_clear_error(tmp_path):
    d = tmp_path / "ro"
    d.mkdir()
    d.chmod(0o500)
    with pytest.raises(DataDirError):
        open_log(d, LogConfig())


def test_disk_full_fails_the_append_retriably_and_leaves_no_partial_batch(tmp_path, monkeypatch):
    log = open_log(tmp_path, LogConfig(partitions=1))
    log.append("logs", 0, batch(5)).result()
    size = _segment(tmp_path).stat().st_size
    real = os.pwritev
    state = {"full": True}

    def pwritev(fd, bufs, pos):
        if state["full"]:
            n = real(fd, [memoryview(bufs[0])[:17]], pos)  # a short write, then the disk is full
            if n:
                raise OSError(errno.ENOSPC, "No space left on device")
        return real(fd, bufs, pos)

    monkeypatch.setattr(segment_mod.os, "pwritev", pwritev)
    with pytest.raises(LogFullError) as e:
        log.append("logs", 0, batch(5)).result()
    assert e.value.retriable
    assert _segment(tmp_path).stat().st_size == size  # nothing half-written stays
    state["full"] = False  # space returns: appends go on at the right offset
    assert log.append("logs", 0, batch(5)).result().base_offset == 5
    log.close()
    log = open_log(tmp_path, LogConfig(partitions=1))
    assert len(all_rows(log)) == 10
    log.close()


def _can_mount_tmpfs(path: Path) -> bool:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    return subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(path)],
                          capture_output=True).returncode == 0


def test_a_real_full_disk_pushes_back_and_recovers(tmp_path):
    mnt = tmp_path / "small"
    mnt.mkdir()
    if not _can_mount_tmpfs(mnt):
        pytest.skip("cannot mount a small tmpfs here (needs root); ENOSPC is covered by the injected test")
    try:
        log = open_log(mnt, LogConfig(partitions=1, codec="none"))
        acked = 0
        with pytest.raises(LogFullError):
            for _ in range(1000):
                acked += log.append("logs", 0, batch(50)).result().record_count
        assert acked > 0
        log.close()
        log = open_log(mnt, LogConfig(partitions=1, codec="none"))  # reopens cleanly on a full disk
        assert len(all_rows(log)) == acked
        log.close()
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


@pytest.mark.parametrize("garbage", [b'{"off', b"\xff\xfe", b'{"offsets": {"logs/x": 1}}', b'{"offsets": 5}', b"[]"])
def test_damaged_offsets_file_is_a_named_error_and_can_be_quarantined(tmp_path, garbage):
    from millpond.pipeline.log.errors import CorruptOffsetsError

    log = open_log(tmp_path, LogConfig(partitions=1))
    log.commit("g", {TopicPartition("logs", 0): 1})
    (tmp_path / "log/_groups/g.json").write_bytes(garbage)
    with pytest.raises(CorruptOffsetsError, match="group 'g'"):
        log.committed("g")
    aside = log.offsets.quarantine("g")
    assert aside is not None and aside.read_bytes() == garbage
    assert log.committed("g") == {}
    log.commit("g", {TopicPartition("logs", 0): 0})  # the owner rebuilds and commits again
    assert log.committed("g") == {TopicPartition("logs", 0): 0}
    log.close()


def test_a_reader_process_never_sees_past_the_durable_end(tmp_path, monkeypatch):
    """Written-but-not-yet-fsync'd batches stay invisible to readers in other processes."""
    log = open_log(tmp_path, LogConfig(partitions=1))
    log.append("logs", 0, batch(4)).result()
    gate = threading.Event()
    real = os.fdatasync
    monkeypatch.setattr(os, "fdatasync", lambda fd: (gate.wait(10), real(fd))[1])
    fut = log.append("logs", 0, batch(6))  # written to the file, fsync held back
    seg = _segment(tmp_path)
    deadline = time.monotonic() + 10
    while seg.stat().st_size <= 2000 and time.monotonic() < deadline:
        time.sleep(0.005)
    reader = open_log(tmp_path, LogConfig(), readonly=True)
    assert reader.end_offset("logs", 0) == 4
    assert len(all_rows(reader)) == 4
    gate.set()
    fut.result(10)
    assert reader.end_offset("logs", 0) == 10 and len(all_rows(reader)) == 10
    reader.close()
    log.close()


def test_a_slow_fsync_of_one_partition_does_not_hold_back_another_partitions_acks(tmp_path, monkeypatch):
    """Partitions committed in the same cycle fdatasync in parallel; each resolves its appends when its own is done."""
    log = open_log(tmp_path, LogConfig(partitions=2))
    log.append("logs", 0, batch(1)).result()
    slow_fd = log._partition("logs", 0).segments[-1].fd
    first, rest = threading.Event(), threading.Event()
    calls = []
    real = os.fdatasync

    def fdatasync(fd):
        if fd == slow_fd:
            calls.append(fd)
            (first if len(calls) == 1 else rest).wait(10)
        return real(fd)

    monkeypatch.setattr(os, "fdatasync", fdatasync)
    a = log.append("logs", 0, batch(2))  # the flusher is now stuck in partition 0's fdatasync
    deadline = time.monotonic() + 10
    while not calls and time.monotonic() < deadline:
        time.sleep(0.005)
    b = log.append("logs", 0, batch(3))  # these two queue up and go out in the same next cycle
    c = log.append("logs", 1, batch(4))
    first.set()
    assert a.result(10).base_offset == 1
    assert c.result(10).base_offset == 0  # partition 1 durable and acked while partition 0 still syncs
    assert not b.done()
    rest.set()
    assert b.result(10).base_offset == 3
    log.close()


def test_an_unexpected_failure_in_a_commit_cycle_fails_its_appends_and_the_log_goes_on(tmp_path, monkeypatch):
    """The flusher outlives any one cycle: its appends fail (retriable), later ones succeed; a hw publish
    failure does not fail durable appends."""
    from millpond.pipeline.log import partition as partition_mod
    from millpond.pipeline.log.errors import LogIOError

    log = open_log(tmp_path, LogConfig(partitions=1))
    part = log._partition("logs", 0)
    monkeypatch.setattr(partition_mod.Partition, "_publish_hw", lambda self: (_ for _ in ()).throw(OSError(5, "EIO")))
    assert log.append("logs", 0, batch(2)).result(10).base_offset == 0  # durable: acked all the same
    monkeypatch.setattr(partition_mod.Partition, "write", lambda self, batches: 1 / 0)  # a bug, not an OSError
    with pytest.raises(LogIOError) as e:
        log.append("logs", 0, batch(3)).result(10)
    assert e.value.retriable
    monkeypatch.undo()
    assert log.append("logs", 0, batch(1)).result(10).base_offset == 2  # the failed batch took no offsets
    assert part.high_watermark == 3 and len(all_rows(log)) == 3
    log.close()


def test_a_partition_has_one_consumer_per_group_at_a_time(tmp_path):
    """A successor waits until the previous member of the group lets go (closes, or its process dies)."""
    log = open_log(tmp_path, LogConfig(partitions=2))
    first = log.consumer("g", ["logs"])
    got: list = []
    t = threading.Thread(target=lambda: got.append(log.consumer("g", ["logs"])))
    t.start()
    t.join(0.3)
    assert t.is_alive() and not got  # still waiting for the first member
    other = log.consumer("other-group", ["logs"])  # other groups are independent
    log.commit("g", {TopicPartition("logs", 0): 0})
    first.close()
    t.join(10)
    assert len(got) == 1 and got[0].assignment() == [TopicPartition("logs", 0), TopicPartition("logs", 1)]
    got[0].close()
    other.close()
    log.close()


def test_the_partition_lock_dies_with_its_process(tmp_path):
    log = open_log(tmp_path, LogConfig(partitions=1))
    code = (
        "import sys\n"
        "from millpond.pipeline.log import open_log\n"
        "c = open_log(sys.argv[1], readonly=True).consumer('g', ['logs'])\n"
        "print('owned', flush=True)\n"
        "sys.stdin.read()\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code, str(tmp_path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "owned"
    proc.kill()
    proc.wait()
    c = log.consumer("g", ["logs"])  # would wait (and time out) if the dead process still held it
    assert c.assignment() == [TopicPartition("logs", 0)]
    c.close()
    log.close()


def test_a_batch_encoded_elsewhere_is_appended_as_is_and_a_damaged_one_is_refused(tmp_path):
    """append_encoded: a decoder process encodes (record.encode), ships header + payload, the writer appends."""
    from millpond.pipeline.log import record
    from millpond.pipeline.log.errors import CorruptRecordError

    log = open_log(tmp_path, LogConfig(partitions=2, codec="zstd"))
    assert log.codec("logs") == "zstd"
    log.append("logs", 1, batch(3)).result()
    enc = record.encode(batch(5), log.codec("logs"))
    shipped = bytes(enc.header), enc.payload.to_pybytes()  # what crosses the process boundary
    res = log.append_encoded("logs", 1, record.from_parts(*shipped)).result(10)
    assert (res.partition, res.base_offset, res.record_count) == (1, 3, 5)
    assert all_rows(log, partition=1) == [f"{i} " + "y" * 100 for i in range(3)] + [f"{i} " + "y" * 100 for i in range(5)]
    bad = bytearray(shipped[1])
    bad[len(bad) // 2] ^= 0xFF
    with pytest.raises(CorruptRecordError):
        record.from_parts(shipped[0], bytes(bad))
    with pytest.raises(CorruptRecordError):
        record.from_parts(shipped[0], shipped[1][:-1])
    log.close()
