"""Normalisation conforms any batch from the log to the schema, vectorised."""

from __future__ import annotations

import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from millpond.pipeline.normalize import normalize, sort_map_keys
from millpond.pipeline.schema import LOGS, METRICS, STRMAP, TS, logs_batch, metrics_batch


def test_foreign_logs_batch_is_conformed():
    """A producer's batch with odd severities, nulls, dictionary strings and no pattern_id column."""
    raw = pa.RecordBatch.from_pydict({
        "ts": pa.array([1, 2, 3], pa.int64()).cast(TS),
        "host": pa.array([None, "b", "c"]),
        "service": pa.array(["x", None, "x"]).dictionary_encode(),
        "severity": pa.array(["WARN", "Fatal", None]),
        "message": pa.array(["m1", None, "m3"]),
        "attributes": pa.array([[("k", "v")], None, []], STRMAP),
        "extra": pa.array([1, 2, 3]),
    })
    out = normalize("logs", raw)
    assert out.schema.equals(LOGS)
    assert out.column("severity").to_pylist() == ["warning", "critical", "info"]
    assert out.column("host").to_pylist() == ["", "b", "c"]
    assert out.column("service").to_pylist() == ["x", "", "x"]
    assert out.column("message").to_pylist() == ["m1", "", "m3"]
    assert out.column("attributes").null_count == 0
    assert out.column("pattern_id").to_pylist() == [None, None, None]


class _Miner:
    def assign(self, services, messages, *, ts=None):
        return pa.array([len(m) for m in messages.to_pylist()], pa.int64())


def test_miner_fills_pattern_ids_but_keeps_given_ones():
    b = logs_batch(message=["ab", "abcd"], pattern_id=[None, 9])
    assert normalize("logs", b, miner=_Miner()).column("pattern_id").to_pylist() == [2, 9]


def test_metrics_labels_sorted_and_bad_rows_dropped():
    b = metrics_batch(name=["a", "b"], value=[1.0, 2.0], labels=[{"z": "1", "a": "2"}, {"m": "3"}])
    out = normalize("metrics", b)
    assert out.schema.equals(METRICS)
    assert out.column("labels").to_pylist() == [[("a", "2"), ("z", "1")], [("m", "3")]]
    raw = pa.RecordBatch.from_pydict({"ts": pa.array([1, None], pa.int64()).cast(TS), "name": ["a", "b"],
                                      "value": [1.0, 2.0]})
    assert normalize("metrics", raw).num_rows == 1


maps = st.lists(st.dictionaries(st.text("abcxyz", min_size=1, max_size=3), st.text(max_size=2), max_size=5),
                max_size=30)


@settings(max_examples=60, deadline=None)
@given(maps, st.integers(0, 5))
def test_sort_map_keys_matches_python_sort(rows, cut):
    """Same entries per row, keys ascending; also on a sliced array (non-zero offsets)."""
    arr = pa.array([list(d.items()) for d in rows], STRMAP)
    arr = arr.slice(min(cut, len(arr)))
    got = sort_map_keys(arr).to_pylist()
    assert got == [sorted(r) for r in arr.to_pylist()]
