"""The disk spool: order, bounds, acks, and recovery from torn or corrupt tails."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from millpond.agent.spool import HEADER, Spool, SpoolFull


def _payloads(sp: Spool, after: int = 0) -> list[bytes]:
    out = []
    while recs := sp.read(after, 7):
        out.extend(p for _, p in recs)
        after = recs[-1][0]
    return out


def test_records_replay_in_order_across_segments_and_reopen(tmp_path: Path) -> None:
    """Appended records come back in order, across segment rolls and a close/reopen."""
    sp = Spool.open(tmp_path, 10 * 1024**2, segment_bytes=4096)
    data = [f"rec-{i}".encode() * (i % 50 + 1) for i in range(300)]
    seqs = [sp.append(d) for d in data]
    assert seqs == list(range(1, 301))
    assert len(sp.segments) > 3
    assert _payloads(sp) == data
    sp.close()
    sp2 = Spool.open(tmp_path, 10 * 1024**2, segment_bytes=4096)
    assert _payloads(sp2) == data
    assert sp2.append(b"next") == 301


def test_ack_deletes_delivered_segments_and_reopen_skips_them(tmp_path: Path) -> None:
    """Segments wholly acknowledged are deleted; reopening after an ack replays only the rest."""
    sp = Spool.open(tmp_path, 10 * 1024**2, segment_bytes=1024)
    for i in range(100):
        sp.append(b"x" * 100 + str(i).encode())
    before = len(sp.segments)
    sp.ack(60)
    assert len(sp.segments) < before
    assert [p[100:] for p in _payloads(sp, 60)] == [str(i).encode() for i in range(60, 100)]
    sp.close()
    sp2 = Spool.open(tmp_path, 10 * 1024**2, segment_bytes=1024, acked_seq=60)
    got = _payloads(sp2, sp2.acked_seq)
    assert [p[100:] for p in got] == [str(i).encode() for i in range(60, 100)]
    assert sp2.pending_records == 40


def test_full_spool_drops_oldest_counted_and_reported(tmp_path: Path) -> None:
    """Over max_bytes the oldest segment goes: counted, handed to on_drop, the rest intact."""
    dropped: list[int] = []
    sp = Spool.open(tmp_path, 64 * 1024, segment_bytes=16 * 1024,
                    on_drop=lambda lost: dropped.extend(s for s, _ in lost))
    for i in range(200):
        sp.append(str(i).encode().rjust(1000, b"."))
    assert sp.total_bytes <= 64 * 1024
    assert sp.dropped_records == len(dropped) > 0
    assert dropped == list(range(1, len(dropped) + 1))
    assert sp.acked_seq == dropped[-1]
    rest = _payloads(sp, sp.acked_seq)
    assert [int(p.lstrip(b".")) for p in rest] == list(range(len(dropped), 200))
    with pytest.raises(SpoolFull):
        sp.append(b"y" * (128 * 1024))


def test_torn_tail_is_truncated_on_open(tmp_path: Path) -> None:
    """A record cut mid-write (kill -9) is truncated on open; everything before it stays; appends go on."""
    sp = Spool.open(tmp_path, 10 * 1024**2)
    for i in range(10):
        sp.append(f"r{i}".encode() * 20)
    sp.close()
    seg = sorted(tmp_path.glob("*.spool"))[-1]
    good = seg.stat().st_size
    with open(seg, "ab") as f:  # a header promising 500 bytes and only 10 of them
        f.write(HEADER.pack(500, 0, 11) + b"0123456789")
    sp2 = Spool.open(tmp_path, 10 * 1024**2)
    assert sp2.truncated_bytes == HEADER.size + 10
    assert seg.stat().st_size == good
    assert len(_payloads(sp2)) == 10
    assert sp2.append(b"after") == 11
    assert _payloads(sp2)[-1] == b"after"


def test_corrupt_record_truncates_from_there(tmp_path: Path) -> None:
    """A flipped byte fails the CRC32C: that record and what follows in its segment are dropped, logged."""
    sp = Spool.open(tmp_path, 10 * 1024**2)
    for i in range(10):
        sp.append(f"record-{i}".encode() * 10)
    sp.close()
    seg = sorted(tmp_path.glob("*.spool"))[0]
    raw = bytearray(seg.read_bytes())
    rec = HEADER.size + 80
    raw[5 * rec + HEADER.size + 3] ^= 0xFF
    seg.write_bytes(bytes(raw))
    sp2 = Spool.open(tmp_path, 10 * 1024**2)
    assert _payloads(sp2) == [f"record-{i}".encode() * 10 for i in range(5)]
    assert sp2.truncated_bytes == 5 * rec


def test_survives_kill_9_mid_append_without_crash_loop(tmp_path: Path) -> None:
    """A child appending in a loop is SIGKILLed; every reopen succeeds and reads a clean, ordered prefix."""
    code = (
        "import sys; from pathlib import Path; from millpond.agent.spool import Spool\n"
        "sp = Spool.open(Path(sys.argv[1]), 64 * 1024**2, segment_bytes=256 * 1024)\n"
        "i = 0\n"
        "print('go', flush=True)\n"
        "while True:\n"
        "    sp.append(f'{sys.argv[2]}:{i}:'.encode().ljust(300, b'.')); i += 1\n"
    )

    def total() -> int:
        return sum(p.stat().st_size for p in tmp_path.glob("*.spool"))

    for run in range(3):
        start = total()
        child = subprocess.Popen([sys.executable, "-c", code, str(tmp_path), str(run)], stdout=subprocess.PIPE)
        assert child.stdout is not None and child.stdout.readline() == b"go\n"
        deadline = time.monotonic() + 20
        while total() < start + 200_000 and time.monotonic() < deadline:
            pass
        os.kill(child.pid, 9)
        child.wait()
        sp = Spool.open(tmp_path, 64 * 1024**2, segment_bytes=256 * 1024)
        got = [tuple(int(x) for x in p.split(b":")[:2]) for p in _payloads(sp)]
        assert got == sorted(got) and len(set(got)) == len(got)
        assert {r for r, _ in got} == set(range(run + 1)), "a run's records are missing"
        for r in range(run + 1):
            nums = [i for rr, i in got if rr == r]
            assert nums == list(range(len(nums))), f"run {r} has a gap"
        sp.close()
