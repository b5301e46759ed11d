"""The tailer on real files: lines, positions, multiline, bounds, gzip, identity on resume."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import crc32c

from millpond.agent.checkpoint import FilePosition
from millpond.agent.config import FileInput
from millpond.agent.tail import Tailer


def _drain(t: Tailer, now: float | None = None) -> tuple[list[bytes], dict[str, int]]:
    lines: list[bytes] = []
    pos: dict[str, int] = {}
    while True:
        chunks, more = t.poll(now)
        for c in chunks:
            lines.extend(c.lines)
            pos[c.position.path] = c.position.offset
        if not more:
            return lines, pos


def test_start_at_end_and_beginning_and_partial_lines(tmp_path: Path) -> None:
    """start_at=end skips what exists; a line without its newline waits; positions point after whole lines."""
    f = tmp_path / "a.log"
    f.write_bytes(b"old1\nold2\n")
    t = Tailer([FileInput(path=str(f), start_at="end")])
    assert _drain(t)[0] == []
    with open(f, "ab") as w:
        w.write(b"new1\r\nnew2\npart")
    lines, pos = _drain(t)
    assert lines == [b"new1", b"new2"]
    assert pos[str(f)] == len(b"old1\nold2\nnew1\r\nnew2\n")
    with open(f, "ab") as w:
        w.write(b"ial\n")
    assert _drain(t)[0] == [b"partial"]
    t2 = Tailer([FileInput(path=str(f), start_at="beginning")])
    assert _drain(t2)[0] == [b"old1", b"old2", b"new1", b"new2", b"partial"]


def test_multiline_joins_stack_traces_and_flushes_when_idle(tmp_path: Path) -> None:
    """Lines not matching multiline_start join the record before; the last one is flushed after a quiet spell."""
    f = tmp_path / "app.log"
    f.write_bytes(b"2024-01-01 boom\nTraceback:\n  at x\n  at y\n2024-01-01 ok\n2024-01-02 last\n  tail\n")
    spec = FileInput(path=str(f), start_at="beginning", multiline_start=r"^\d{4}-", multiline_flush=1.0)
    t = Tailer([spec])
    lines, pos = _drain(t, now=100.0)
    assert lines == [b"2024-01-01 boom\nTraceback:\n  at x\n  at y", b"2024-01-01 ok"]
    assert pos[str(f)] == f.read_bytes().index(b"2024-01-02")  # the open record is not yet shipped
    assert _drain(t, now=100.5)[0] == []
    lines, pos = _drain(t, now=101.5)
    assert lines == [b"2024-01-02 last\n  tail"]
    assert pos[str(f)] == f.stat().st_size


def test_long_lines_are_cut_and_the_rest_skipped(tmp_path: Path) -> None:
    """A line over max_line is cut to max_line, also when it arrives across several reads."""
    f = tmp_path / "a.log"
    f.write_bytes(b"short\n" + b"L" * 500 + b"\nafter\n")
    t = Tailer([FileInput(path=str(f), start_at="beginning", max_line=100)])
    assert _drain(t)[0] == [b"short", b"L" * 100, b"after"]
    with open(f, "ab") as w:
        w.write(b"M" * 300)
    assert _drain(t)[0] == [b"M" * 100]
    with open(f, "ab") as w:
        w.write(b"M" * 300 + b"\nnext\n")
    assert _drain(t)[0] == [b"next"]
    assert t.stats.long_lines == 2


def test_gzip_files_ignored_unless_asked(tmp_path: Path) -> None:
    """*.gz matches of the glob are skipped by default; with gzip = true they are read whole, once."""
    with gzip.open(tmp_path / "app.log.1.gz", "wb") as g:
        g.write(b"zipped1\nzipped2\n")
    (tmp_path / "app.log").write_bytes(b"plain\n")
    t = Tailer([FileInput(path=str(tmp_path / "app.log*"), start_at="beginning")])
    assert _drain(t)[0] == [b"plain"]
    t2 = Tailer([FileInput(path=str(tmp_path / "app.log*"), start_at="beginning", gzip=True)])
    assert sorted(_drain(t2)[0]) == [b"plain", b"zipped1", b"zipped2"]
    assert _drain(t2)[0] == []


def test_resume_checks_fingerprint_not_just_inode(tmp_path: Path) -> None:
    """A checkpoint resumes a file only if its first bytes still match; a reused inode starts over."""
    f = tmp_path / "a.log"
    f.write_bytes(b"first line of the original file\nsecond\n")
    st = os.stat(f)
    t = Tailer([FileInput(path=str(f), start_at="beginning")])
    _, pos = _drain(t)
    t.close()
    key = (st.st_dev, st.st_ino)
    head = f.read_bytes()[:256]
    saved = FilePosition(st.st_dev, st.st_ino, crc32c.crc32c(head), len(head), str(f), pos[str(f)] - 7)
    resumed = Tailer([FileInput(path=str(f), start_at="beginning")], resume={key: saved})
    assert _drain(resumed)[0] == [b"second"]
    with open(f, "r+b") as w:  # same inode, different content: not the file the checkpoint meant
        w.write(b"FIRST")
    other = Tailer([FileInput(path=str(f), start_at="beginning")], resume={key: saved})
    assert _drain(other)[0] == [b"FIRST line of the original file", b"second"]


def test_rotated_file_is_drained_before_the_new_one_and_closed_when_idle(tmp_path: Path) -> None:
    """After a rename the old descriptor is read to its end first, then closed after rotate_wait."""
    f = tmp_path / "a.log"
    f.write_bytes(b"")
    t = Tailer([FileInput(path=str(f), start_at="beginning")], rotate_wait=5.0)
    _drain(t, now=0.0)
    with open(f, "ab") as w:
        w.write(b"one\n")
        os.rename(f, tmp_path / "a.log.1")
        w.write(b"two\n")
    f.write_bytes(b"three\n")
    assert _drain(t, now=1.0)[0] == [b"one", b"two", b"three"]
    assert len(t.files) == 2
    _drain(t, now=10.0)
    assert len(t.files) == 1 and t.stats.files_closed == 1


def test_file_rotated_while_down_is_finished_from_its_checkpoint(tmp_path: Path) -> None:
    """app.log renamed to app.log.1 while the agent was stopped: its unread rest is read, then the new app.log
    from its start (start_at = end applies to paths never tailed before)."""
    f = tmp_path / "app.log"
    f.write_bytes(b"a\nb\n")
    t = Tailer([FileInput(path=str(f), start_at="beginning")])
    _, pos = _drain(t)
    saved = next(iter(t.files.values())).file_position()
    t.close()
    with open(f, "ab") as w:
        w.write(b"c\nd\n")
    os.rename(f, tmp_path / "app.log.1")
    f.write_bytes(b"new\n")
    t2 = Tailer([FileInput(path=str(f), start_at="end")], resume={saved.key: saved}, rotate_wait=0.0)
    lines, _ = _drain(t2)
    assert lines == [b"c", b"d", b"new"]  # the old file finished first; the new one is new since the stop
    _drain(t2)
    assert len(t2.files) == 1
