"""The query service's cached archive listing sees every change, and reuses fragments safely."""

from __future__ import annotations

import os

from sinkdata import logs

from millpond.pipeline.log.base import TopicPartition
from millpond.pipeline.schema import LOGS
from millpond.sinks.archive import Archive
from millpond.sinks.listing import CachedListing

TP = TopicPartition("logs", 0)


def _age_dirs(root) -> None:
    """Make every directory look modified an hour ago (past the always-rescan window)."""
    for d, _, _ in os.walk(root):
        st = os.stat(d)
        os.utime(d, ns=(st.st_atime_ns, st.st_mtime_ns - 3_600_000_000_000))


def test_cached_listing_follows_adds_deletes_and_rewrites(tmp_path):
    a = Archive(tmp_path)
    c = CachedListing(a)
    a.write("logs", TP, 0, 100, logs(100))
    _age_dirs(tmp_path)
    first = c.list("logs")
    assert c.list("logs") == first == a.list("logs")
    a.write("logs", TP, 100, 200, logs(100, start_id=100))  # the dir's mtime moves: re-listed
    assert c.list("logs") == a.list("logs") and len(c.list("logs")) == 2
    _age_dirs(tmp_path)
    a.delete([first[0]])
    assert c.list("logs") == a.list("logs") and len(c.list("logs")) == 1
    # a file renamed over an old name is a new inode: its fragment is rebuilt, not reused
    files = c.list("logs")
    assert c.dataset(files, LOGS).count_rows() == 100
    _age_dirs(tmp_path)
    a.write("logs", TP, 100, 200, logs(30, start_id=100))
    files = c.list("logs")
    assert c.dataset(files, LOGS).count_rows() == 30
    # hour directories removed by retention disappear from the listing
    a.expire(["logs"], 2**62)
    assert c.list("logs") == []


def test_unstable_directories_are_always_rescanned(tmp_path):
    """A change within the same mtime tick is not missed: recent directories are re-listed every time."""
    a = Archive(tmp_path)
    c = CachedListing(a)
    a.write("logs", TP, 0, 100, logs(100))
    assert len(c.list("logs")) == 1
    (hour,) = {os.path.dirname(f.path) for f in a.list("logs")}
    mtime = os.stat(hour).st_mtime_ns
    a.write("logs", TP, 100, 200, logs(100, start_id=100))
    os.utime(hour, ns=(mtime, mtime))  # as if both writes fell in one tick
    assert len(c.list("logs")) == 2
