"""The log tail keeps batches the receivers wrote as they were read (no join, no normalize), and only those:
anything else is normalised as the worker would. Equal answers either way."""

from __future__ import annotations

import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sinkdata import logs

from millpond.pipeline.log import open_log
from millpond.pipeline.normalize import normalize
from millpond.pipeline.schema import LOGS, SEVERITIES, STRMAP, TS, logs_batch
from millpond.pipeline.worker import GROUP
from millpond.sinks.tail import Tail, normalized_logs


@pytest.fixture
def lg(cfg):
    with_log = open_log(cfg.data_path, cfg.log)
    yield with_log
    with_log.close()


def raw_logs(n: int, *, host=None, severity=None, attributes=None, metadata=None) -> pa.RecordBatch:  # noqa: ANN001
    """A ``logs`` batch as another producer might write it (nulls, odd severities), not via ``logs_batch``."""
    cols = [
        pa.array(range(n), pa.int64()).cast(TS),
        pa.array(host if host is not None else ["h"] * n, pa.string()),
        pa.array(["svc"] * n, pa.string()),
        pa.array(severity if severity is not None else ["info"] * n, pa.string()),
        pa.array([f"line {i}" for i in range(n)], pa.string()),
        pa.array(attributes if attributes is not None else [[]] * n, STRMAP),
        pa.array(["other"] * n, pa.string()),
        pa.nulls(n, pa.int64()),
    ]
    return pa.RecordBatch.from_arrays(cols, schema=LOGS.with_metadata(metadata) if metadata else LOGS)


def test_receiver_batches_stay_as_read(lg):
    for i in range(4):  # contiguous small batches of one partition: the old path joined them into one
        lg.append("logs", 0, logs(500, start_id=i * 500)).result()
    table = Tail(lg, GROUP, follow=0).snapshot({"logs"}).tables["logs"]
    assert [len(c) for c in table.column("message").chunks] == [500] * 4
    expected = pa.Table.from_batches([logs(500, start_id=i * 500) for i in range(4)])
    assert table.equals(expected)


@pytest.mark.parametrize("odd", [
    {"host": ["h", None, "h", "h"]},
    {"severity": ["info", "WARN", "info", "info"]},
    {"severity": ["info", None, "info", "info"]},
    {"attributes": [[], None, [], []]},
    {"metadata": {b"producer": b"x"}},
])
def test_other_batches_are_normalised_as_the_worker_would(lg, odd):
    plain, other = logs(4), raw_logs(4, **odd)
    lg.append("logs", 0, plain).result()
    lg.append("logs", 0, other).result()  # one read of both: the whole read takes the normalize path
    assert not normalized_logs([other]) and not normalized_logs([plain, other])
    table = Tail(lg, GROUP, follow=0).snapshot({"logs"}).tables["logs"]
    assert table.equals(pa.Table.from_batches([normalize("logs", plain), normalize("logs", other)]))


_text = st.one_of(st.none(), st.sampled_from(["", "a", "web1"]))
_sev = st.one_of(st.none(), st.sampled_from([*SEVERITIES, "WARN", " info", "err", "bogus", ""]))
_attrs = st.one_of(st.none(), st.just([]), st.just([("k", "v")]))


@st.composite
def batches(draw) -> pa.RecordBatch:  # noqa: ANN001
    n = draw(st.integers(1, 6))
    if draw(st.booleans()):  # as a receiver builds it
        return logs_batch(message=[draw(st.sampled_from(["m", "x y"])) for _ in range(n)],
                          host=[draw(_text) for _ in range(n)], service=[draw(_text) for _ in range(n)],
                          severity=[draw(_sev) for _ in range(n)], attributes=[draw(_attrs) for _ in range(n)],
                          source="forward")
    return raw_logs(n, host=[draw(_text) for _ in range(n)], severity=[draw(_sev) for _ in range(n)],
                    attributes=[draw(_attrs) for _ in range(n)])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(batches(), min_size=1, max_size=4))
def test_a_batch_kept_as_read_is_exactly_what_normalize_returns(bs):
    """The fast path's promise, checked against normalize itself (fails if normalize starts doing more)."""
    if normalized_logs(bs):
        for b in bs:
            assert normalize("logs", b).equals(b, check_metadata=True)
    for b in bs:
        assert normalized_logs([normalize("logs", b)])  # what normalize returns always qualifies
