"""Torn writes between kill -9 cycles: the appliance starts, repairs, says so, and loses nothing acknowledged.

The damage is what a crash can really leave: a half-written batch at a
segment's end (and plain garbage after it), a half-written temp file of the
consumer offsets beside the real one, and half-written Parquet files in the
archive (a ``.tmp`` never renamed, and a truncated file past the committed
offsets). Acknowledged bytes are never touched: a torn write only hits what
was in flight.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from chaoskit import Appliance, Client, ForwardClient, JsonLogsClient, LineProtocolClient, poll, verdict


def _active_segments(data: Path) -> list[Path]:
    """The newest segment file of every partition of both topics."""
    out = []
    for topic in ("logs", "metrics"):
        for part in sorted((data / "log" / topic).iterdir()):
            segs = sorted(part.glob("*.log"))
            if segs and segs[-1].stat().st_size > 0:
                out.append(segs[-1])
    return out


def tear_segments(data: Path) -> list[Path]:
    """Append a torn batch (a prefix of the segment's own first batch) to one segment, garbage to another."""
    segs = _active_segments(data)
    assert len(segs) >= 2, segs
    head = segs[0].read_bytes()[:min(300, segs[0].stat().st_size - 1)]
    with open(segs[0], "ab") as f:
        f.write(head)
    with open(segs[-1], "ab") as f:
        f.write(os.urandom(777))
    return [segs[0], segs[-1]]


def tear_offsets(data: Path) -> Path:
    """A half-written temp file of the consumer offsets (the rename never happened)."""
    groups = data / "log" / "_groups"
    real = sorted(groups.glob("*.json"))
    assert real, "no committed offsets yet"
    tmp = real[0].with_suffix(".json.tmp")
    body = real[0].read_bytes()
    tmp.write_bytes(body[: len(body) // 2])
    return tmp


def tear_parquet(data: Path) -> list[Path]:
    """A never-renamed ``.tmp`` and a truncated file named past every committed offset, in a live hour dir."""
    files = sorted((data / "archive" / "logs").rglob("*.parquet"))
    assert files, "nothing archived yet"
    src = files[-1]
    body = src.read_bytes()
    tmp = src.parent / f".{src.name}.deadbeef.tmp"
    tmp.write_bytes(body[: len(body) // 2])
    topic, part, _start, _end = src.stem.rsplit("-", 3)
    orphan = src.parent / f"{topic}-{part}-{10**15}-{10**15 + 5}.parquet"
    orphan.write_bytes(body[: len(body) // 3])
    return [tmp, orphan]


def _progress(cs: list[Client], n: int) -> None:
    base = [len(c.tally.acked) for c in cs]
    poll(lambda: all(len(c.tally.acked) - b >= n * c.batch for c, b in zip(cs, base)), 60, what="load flows")


def _archived_something(app: Appliance) -> bool:
    return any((app.data / "archive" / "logs").rglob("*.parquet")) and any((app.data / "log" / "_groups").glob("*.json"))


def test_torn_segment_offsets_and_parquet_are_repaired(tmp_path: Path) -> None:
    """Each kind of torn file after a kill -9: start-up repairs and logs it; 0 acked lost, 0 duplicated."""
    app = Appliance(tmp_path, env={"MILLPOND_ARCHIVE_FLUSH_INTERVAL": "0.3s"})
    app.start()
    cs: list[Client] = [ForwardClient(app), JsonLogsClient(app), LineProtocolClient(app)]
    for c in cs:
        c.start()
    try:
        poll(lambda: _archived_something(app), 30, what="a first archived file and commit")
        _progress(cs, 2)
        app.kill_all()
        torn_segs = tear_segments(app.data)
        torn_tmp = tear_offsets(app.data)
        torn_pq = tear_parquet(app.data)
        before = len(app.log_text())
        app.start()
        _progress(cs, 3)
        app.wait_worker_ready()
        # the orphan file past the committed offsets is removed once the worker owns its partition
        poll(lambda: not torn_pq[1].exists(), 30, what="torn orphan parquet removed")
    finally:
        for c in cs:
            c.halt.set()
    tallies = [c.stop() for c in cs]
    assert app.stop() == 0, app.log_tail()
    said = app.log_text()[before:]
    for seg in torn_segs:
        assert "truncated" in said and seg.name in said, f"no repair line for {seg}:\n{said}"
    assert "removed" in said and "past the committed offsets" in said, said
    v = verdict(app.data, tallies)
    print(f"\ntorn writes ×1 (2 segment tails, offsets tmp, 2 parquet): {v.row()}")
    assert v.acked > 0 and not v.lost and not v.duplicated, v.row()
    # plain readers of the archive see only complete files: the .tmp is hidden, the torn orphan is gone
    assert not torn_pq[1].exists()
    assert not torn_tmp.name.endswith(".json")  # the half-written temp is never taken for the offsets


def test_corrupt_offsets_file_is_repaired(tmp_path: Path) -> None:
    """The committed offsets file itself garbled (bit rot, not a crash): the pipeline recovers by itself."""
    app = Appliance(tmp_path, env={"MILLPOND_ARCHIVE_FLUSH_INTERVAL": "0.3s"})
    app.start()
    c = JsonLogsClient(app)
    c.start()
    try:
        poll(lambda: _archived_something(app), 30, what="a first archived file and commit")
        app.kill_all()
        offsets = sorted((app.data / "log" / "_groups").glob("*.json"))[0]
        offsets.write_bytes(offsets.read_bytes()[:7])
        before = len(app.log_text())
        app.start()
        # the worker must come back and keep archiving (new commits after the repair), not crash-loop
        def settled() -> str | None:
            if "worker exited with status" in app.log_text():
                return "crashed"
            try:
                body = offsets.read_bytes()
            except FileNotFoundError:  # moved aside, not yet rebuilt
                return None
            return "repaired" if body.startswith(b"{") and body.rstrip().endswith(b"}") else None
        assert poll(settled, 15, what="worker repaired or crashed") == "repaired", app.log_tail(5)
        # the worker's lines reach the appliance's log through its parent: the warning may land just after the file
        def reported() -> bool:
            said = app.log_text()[before:]
            return "WARNING" in said and "millpond-pipeline" in said
        try:
            poll(reported, 10, what="the repair's warning")
        except AssertionError:
            raise AssertionError(f"the repair was not reported:\n{app.log_text()[before:]}") from None
    finally:
        c.halt.set()
    tally = c.stop()
    app.wait_worker_ready(5)
    assert app.stop() == 0
    v = verdict(app.data, [tally])
    assert not v.lost and not v.duplicated, v.row()


@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_torn_writes_20_cycles(tmp_path: Path) -> None:
    """20 × (kill -9, tear segment tails + offsets temp + Parquet, restart) under load: 0 acked lost, 0 dup."""
    app = Appliance(tmp_path, env={"MILLPOND_ARCHIVE_FLUSH_INTERVAL": "0.3s"})
    app.start()
    cs: list[Client] = [ForwardClient(app), JsonLogsClient(app), LineProtocolClient(app)]
    for c in cs:
        c.start()
    repaired = 0
    try:
        for _ in range(20):
            poll(lambda: _archived_something(app), 30, what="archived and committed")
            _progress(cs, 2)
            app.kill_all()
            tear_segments(app.data)
            tear_offsets(app.data)
            tear_parquet(app.data)
            before = len(app.log_text())
            app.start()
            _progress(cs, 2)
            repaired += app.log_text()[before:].count("truncated")
    finally:
        for c in cs:
            c.halt.set()
    tallies = [c.stop() for c in cs]
    app.wait_worker_ready()
    assert app.stop() == 0, app.log_tail()
    v = verdict(app.data, tallies)
    print(f"\ntorn writes ×20 ({repaired} segment repairs logged): {v.row()}")
    assert repaired >= 40
    assert v.acked > 0 and not v.lost and not v.duplicated, v.row()
