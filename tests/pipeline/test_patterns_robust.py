"""The miner on hostile streams: whatever the lines, every line gets an id, nothing raises, and
the ids do not depend on where batches are cut.  The pieces are the ones the clustering rules
look at (opposite words, ``key=value`` fields, namespaced attributes, ``msg="…"``, error
contexts ending in ``:``, brackets, values of varying length), so random lines reach the rules'
corner cases: templates that a merge lengthens or shortens, heads that are names, tails."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from patternkit import raw_ids

_PIECES = ["started", "stopped", "job", "user", "alice", "bob", "up", "down", "true", "false", "error:", "failed:",
           "Error", "connect", "to", "in", "for", "=", "key=word", "lan=true", "lan=false", "folder.label=Work",
           "folder.id=x1", 'msg="done"', 'msg="failed to sync: timeout"', "level=info", "level=error", "[main]",
           "][main]", "(reason:", "lost)", "[iface:", "eth0]", "CHILD_SA", "AS_REQ", "42", "10.0.0.1", "/var/log",
           "0x1f", "'quoted", "word'", "{a,", "b}", "statement:", "SELECT", "1", "INFO", "WARN", "LOG:", "-", ":",
           "crowdsecurity/ssh-bf", "12:00:01", "PM", "CET", "404", "Not", "Found", "→", "ü", ""]

_LINE = st.lists(st.sampled_from(_PIECES), min_size=0, max_size=12).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_LINE, min_size=1, max_size=60), st.sampled_from([1, 7]))
def test_any_stream_gets_an_id_per_line_whatever_the_batches(lines: list[str], batch: int) -> None:
    whole = raw_ids(lines, len(lines))
    assert len(whole) == len(lines) and all(isinstance(x, int) for x in whole)
    assert raw_ids(lines, batch) == whole
