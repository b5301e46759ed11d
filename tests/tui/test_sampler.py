"""Rates from successive counter samples; the shapes of GET /api/v1/log the dashboard reads."""

from __future__ import annotations

from millpond.tui.client import Sample, as_map, sql_str, sql_ts, to_dt
from millpond.tui.sampler import Stats, parse_log_info
from millpond.tui.widgets import age, human, spark

APPLIANCE_SHAPE = {  # as sinks/query_api.py:log_summary answers
    "topics": [{"name": "logs", "partitions": [
        {"partition": 0, "start_offset": 0, "end_offset": 10, "records": 10, "size_bytes": 100, "segments": 1,
         "first_ts_us": 1, "last_ts_us": 1_700_000_000_000_000},
        {"partition": 1, "start_offset": 5, "end_offset": 20, "records": 15, "size_bytes": 200, "segments": 2,
         "first_ts_us": 1, "last_ts_us": 2}], "size_bytes": 300, "records": 25, "end_offset": 30}],
    "groups": [{"name": "millpond-pipeline", "lag": 7, "partitions": [
        {"topic": "logs", "partition": 0, "committed": 8, "lag": 2}, {"topic": "logs", "partition": 1, "committed": 15, "lag": 5}]}],
}


def test_parse_log_info_appliance_shape() -> None:
    """Partitions and per-partition lag come out of the appliance's own answer."""
    parts, lags = parse_log_info(APPLIANCE_SHAPE)
    assert [(p.topic, p.partition, p.end_offset, p.size_bytes) for p in parts] == [("logs", 0, 10, 100), ("logs", 1, 20, 200)]
    assert [(g.group, g.partition, g.committed, g.lag) for g in lags] == [("millpond-pipeline", 0, 8, 2), ("millpond-pipeline", 1, 15, 5)]


def test_parse_log_info_other_shapes() -> None:
    """Topics as a mapping, lag as a mapping of "topic/partition"; lag computed from offsets when absent."""
    parts, lags = parse_log_info({"topics": {"metrics": [{"end_offset": 4}, {"end_offset": 6}]},
                                  "groups": {"g": {"partitions": {"metrics/0": 1, "metrics/1": 3}}}})
    assert [(p.topic, p.partition, p.end_offset) for p in parts] == [("metrics", 0, 4), ("metrics", 1, 6)]
    assert [(g.topic, g.partition, g.lag) for g in lags] == [("metrics", 0, 1), ("metrics", 1, 3)]
    _, lags = parse_log_info({"groups": [{"group": "g", "partitions": [{"topic": "t", "partition": 0, "committed": 3, "end_offset": 10}]}]})
    assert lags[0].lag == 7
    assert parse_log_info({}) == ([], [])


def test_rates_from_successive_samples() -> None:
    """Rate = counter delta / clock delta; a counter reset gives 0, not a negative rate; same instant updates only totals."""
    st = Stats()
    rec = "millpond_records_received_total"
    st.feed(100.0, [Sample(rec, {"receiver": "syslog"}, 1000)], APPLIANCE_SHAPE)
    assert st.receivers["syslog"].rate is None
    st.feed(110.0, [Sample(rec, {"receiver": "syslog"}, 1500), Sample("millpond_rejected_total", {"receiver": "syslog", "reason": "x"}, 2)], None)
    assert st.receivers["syslog"].rate == 50.0 and st.rejected == {"syslog": 2.0}
    st.feed(110.0, [Sample(rec, {"receiver": "syslog"}, 1600)], None)
    assert list(st.receivers["syslog"].rates) == [50.0] and st.receivers["syslog"].total == 1600
    st.feed(120.0, [Sample(rec, {"receiver": "syslog"}, 10)], None)
    assert st.receivers["syslog"].rate == 0.0
    assert st.disk_bytes == 300 and st.lag_by_group() == {"millpond-pipeline": 7} and st.topic_lag("logs") == 7


def test_cell_values_as_the_api_sends_them() -> None:
    """Timestamps as text or epoch; maps as objects, pairs or key/value lists; literals quoted safely."""
    assert to_dt("2026-01-15T10:30:00Z").timestamp() == to_dt("2026-01-15 10:30:00+00:00").timestamp() == 1768473000  # type: ignore[union-attr]
    assert to_dt(1768473000).timestamp() == to_dt(1768473000 * 10**6).timestamp()  # type: ignore[union-attr]
    assert to_dt("garbage") is None and to_dt(None) is None
    assert as_map({"a": 1}) == as_map([["a", 1]]) == as_map({"key": ["a"], "value": [1]}) == as_map('{"a": 1}') == {"a": "1"}
    assert sql_str("it's") == "'it''s'"
    assert sql_ts(1768473000) == "TIMESTAMPTZ '2026-01-15 10:30:00.000000+00'"


def test_formatters() -> None:
    assert spark([]) == "" and spark([0, 0]) == "▁▁" and spark([1, 2, 4, 8]) == "▂▃▅█"
    assert human(1234567) == "1.2M" and human(12) == "12" and human(None) == "-"
    assert age(42) == "42s" and age(600) == "10m" and age(7200) == "2h00m" and age(None) == "-"
