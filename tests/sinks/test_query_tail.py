"""The log tail's follower: while queries keep coming it keeps the decoded tail at the log's end
between them, so a query decodes almost nothing itself; a lone query starts none; it stops when
queries stop."""

from __future__ import annotations

import time

import pytest
from sinkdata import logs, make_cfg, metrics

from millpond.pipeline.log import open_log
from millpond.pipeline.log.base import TopicPartition
from millpond.pipeline.worker import GROUP
from millpond.sinks.query import QueryService
from millpond.sinks.tail import Tail


def poll(check, timeout: float = 10.0, what: str = "condition"):  # noqa: ANN001, ANN201
    deadline = time.monotonic() + timeout
    while not (got := check()):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.005)
    return got


@pytest.fixture
def lg(tmp_path):
    cfg = make_cfg(tmp_path)
    log = open_log(cfg.data_path, cfg.log)
    yield log
    log.close()


def test_a_query_after_the_follower_caught_up_decodes_nothing_and_sees_the_newest_record(lg):
    tail = Tail(lg, GROUP, follow=10, every=0.005)
    try:
        lg.append("logs", 0, logs(1000)).result()
        first = tail.snapshot()
        assert first.decoded == 1000 and not tail.following()  # one query: nothing to follow for
        assert tail.snapshot().decoded == 0 and tail.following()  # a second within 10 s: queries keep coming
        for i in range(4):  # what arrives between two queries
            lg.append("logs", i % 2, logs(500, start_id=1000 + i * 500)).result()
        poll(lambda: tail.followed >= 2000, what="the follower to read the new records")
        snap = tail.snapshot()
        assert snap.decoded == 0  # without the follower this query would decode the 2,000 itself
        t = snap.tables["logs"]
        assert t.num_rows == 3000
        assert "req 2999 done" in t.column("message").to_pylist()
        # the archive took some: the cache drops them without reading anything again
        lg.commit(GROUP, {TopicPartition("logs", 0): 1500})
        snap = tail.snapshot()
        assert snap.decoded == 0 and snap.start[TopicPartition("logs", 0)] == 1500
        assert snap.tables["logs"].num_rows == 1500
    finally:
        tail.close()
    assert not tail.following()


def test_the_follower_stops_when_queries_stop_and_a_query_restarts_it(lg):
    tail = Tail(lg, GROUP, follow=0.1, every=0.005)
    try:
        tail.snapshot()
        tail.snapshot()
        assert tail.following()
        poll(lambda: not tail.following(), what="the idle follower to stop")
        lg.append("logs", 1, logs(300)).result()
        snap = tail.snapshot()  # nobody read them in between: this query does
        assert snap.decoded == 300 and tail.followed == 0
        assert not tail.following()  # the one before was over 0.1 s ago: a lone query
        tail.snapshot()
        assert tail.following()
    finally:
        tail.close()


def test_follow_zero_reads_per_query_only(lg):
    tail = Tail(lg, GROUP, follow=0)
    lg.append("logs", 0, logs(10)).result()
    assert tail.snapshot().decoded == 10 and not tail.following()
    lg.append("logs", 0, logs(5, start_id=10)).result()
    assert tail.snapshot().decoded == 5


def test_closing_the_query_service_stops_its_follower(tmp_path, lg):
    s = QueryService(make_cfg(tmp_path), log=lg)
    lg.append("logs", 0, logs(20)).result()
    for _ in range(2):
        assert s.run("SELECT count(*) FROM logs").rows == [[20]]
    assert s.tail is not None and s.tail.following()
    s.close()
    assert not s.tail.following()


def test_only_the_raw_tables_a_query_reads_are_decoded_and_followed(tmp_path, lg):
    s = QueryService(make_cfg(tmp_path), log=lg)
    assert s.tail is not None
    s.tail.every = 0.005
    try:
        lg.append("logs", 0, logs(100)).result()
        lg.append("metrics", 0, metrics(50)).result()
        for _ in range(2):  # rollups take the committed offsets only: nothing decoded, nothing to follow
            assert s.run("SELECT count(*) FROM metrics_1m").rows[0][0] >= 0
        assert not s.tail.following()
        for _ in range(2):
            assert s.run("SELECT count(*) FROM metrics").rows == [[50]]
        assert s.tail.following()
        lg.append("metrics", 1, metrics(25)).result()
        poll(lambda: s.tail.followed >= 25, what="the follower to read the new metrics")
        assert s.tail.snapshot(["logs"]).decoded == 100  # nobody decoded the logs for the metrics queries
        assert s.run("SELECT count(*) FROM logs").rows == [[100]]
    finally:
        s.close()


def test_queries_further_apart_than_follow_start_no_follower(lg):
    """Alert rules every 10 s: following between them would decode what the worker archives first."""
    tail = Tail(lg, GROUP, follow=0.05, every=0.005)
    try:
        tail.snapshot()
        t0 = time.monotonic()
        poll(lambda: time.monotonic() - t0 > 0.06, what="the follow window to pass")
        lg.append("logs", 0, logs(40)).result()
        assert tail.snapshot().decoded == 40
        assert not tail.following() and tail.followed == 0
    finally:
        tail.close()


class _Counting:
    """A real cursor that records what it is asked to register (what each query binds)."""

    def __init__(self, cur) -> None:  # noqa: ANN001
        self.cur, self.names = cur, []

    def register(self, name, obj):  # noqa: ANN001, ANN201
        self.names.append(name)
        return self.cur.register(name, obj)

    def __getattr__(self, attr):  # noqa: ANN001, ANN204
        return getattr(self.cur, attr)


def test_a_query_binds_only_what_changed_and_unread_tables_go_back_to_empty(tmp_path, lg):
    """A registration costs ~0.45 ms and there are 12 names: the probe's query bound 10 of them to the same
    empty table every time, in the ingest process."""
    s = QueryService(make_cfg(tmp_path), log=lg, connections=1)
    cur = _Counting(s._pool.get())
    s._pool.put(cur)
    try:
        lg.append("logs", 0, logs(10)).result()
        assert s.run("SELECT count(*) FROM logs").rows == [[10]]
        cur.names.clear()
        assert s.run("SELECT count(*) FROM logs WHERE message = 'req 3 done'").rows == [[1]]
        assert sorted(cur.names) == ["_logs_archive", "_logs_tail"]  # a fresh snapshot and archive listing
        lg.append("logs", 1, logs(5, start_id=10)).result()
        lg.append("metrics", 0, metrics(7)).result()
        cur.names.clear()
        assert s.run("SELECT count(*) FROM metrics").rows == [[7]]
        assert {"_logs_archive", "_logs_tail"} <= set(cur.names)  # what the last query bound is let go
        assert s.run("SELECT (SELECT count(*) FROM logs), (SELECT count(*) FROM metrics)").rows == [[15, 7]]
        assert s.run("SELECT count(*) FROM logs_1m").rows[0][0] >= 0
        assert s.run("SELECT count(*) FROM logs").rows == [[15]]
    finally:
        s.close()
