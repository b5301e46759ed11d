"""A decoder's one-pass encode (decode_jobs.encode): every partition's log batch is byte for byte what
``record.encode`` of that partition's rows gives — header, CRC, ts range and Arrow IPC payload — so the
log's record format cannot drift from the decoders' shortcut."""

from __future__ import annotations

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from millpond.ingest import decode_jobs
from millpond.pipeline.log import record
from millpond.pipeline.log.base import split_by_partition
from millpond.pipeline.schema import logs_batch, metrics_batch

_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
_ts = st.one_of(st.none(), st.integers(-(2**40), 2**52))


def _cuts(n: int, draw_cuts: list[int]) -> list[tuple[int, int, int]]:
    """Partition ranges covering 0..n (one per partition number, ascending)."""
    edges = sorted({0, n, *(c % (n + 1) for c in draw_cuts)})
    return [(i, a, b) for i, (a, b) in enumerate(zip(edges, edges[1:])) if b > a]


def _same(dec: decode_jobs.Decoded, codec: str) -> None:
    got = decode_jobs.encode(dec, codec)
    assert got.rows == dec.batch.num_rows
    assert [p for p, _ in got.parts] == [p for p, _, _ in dec.parts]
    for (p, enc), (_, a, b) in zip(got.parts, dec.parts):
        want = record.encode(dec.batch.slice(a, b - a), codec)
        assert bytes(enc.header) == bytes(want.header), (p, a, b)
        assert enc.payload.equals(want.payload), (p, a, b)
        assert (enc.record_count, enc.first_ts, enc.last_ts) == (want.record_count, want.first_ts, want.last_ts)
        buf = bytes(enc.header) + enc.payload.to_pybytes()
        head = record.parse_header(buf)
        record.verify(buf, 0, head)
        assert record.decode_payload(buf, 0, head).equals(dec.batch.slice(a, b - a))


@given(rows=st.lists(st.tuples(_text, _text, _text, _ts, st.dictionaries(_text, _text, max_size=3)),
                     min_size=1, max_size=40),
       cuts=st.lists(st.integers(0, 60), max_size=5), codec=st.sampled_from(["lz4", "zstd", "none"]))
@settings(max_examples=80, deadline=None)
def test_logs_partitions_encode_to_the_bytes_record_encode_gives(rows, cuts, codec) -> None:
    host, service, message, ts, attrs = map(list, zip(*rows))
    batch = logs_batch(message=message, host=host, service=service, attributes=attrs,
                       ts=pa.array(ts, pa.int64()).cast(pa.timestamp("us", "UTC")), default_ts_us=123)
    _same(decode_jobs.Decoded(batch, _cuts(batch.num_rows, cuts)), codec)


@given(values=st.lists(st.tuples(_text, st.floats(allow_nan=False), _ts), min_size=1, max_size=40),
       cuts=st.lists(st.integers(0, 60), max_size=5), codec=st.sampled_from(["lz4", "zstd"]))
@settings(max_examples=40, deadline=None)
def test_metrics_partitions_encode_to_the_bytes_record_encode_gives(values, cuts, codec) -> None:
    name, value, ts = map(list, zip(*values))
    batch = metrics_batch(name=[n or "m" for n in name], value=value,
                          ts=pa.array(ts, pa.int64()).cast(pa.timestamp("us", "UTC")), default_ts_us=5)
    _same(decode_jobs.Decoded(batch, _cuts(batch.num_rows, cuts)), codec)


@pytest.mark.parametrize("ts", [
    pa.array([None, 5, None, 9], pa.timestamp("us", "UTC")),  # nulls: record's own per-slice range
    pa.array([1, 2, 3, 4], pa.timestamp("ms", "UTC")),  # another unit
    pa.array([None, None, None, None], pa.timestamp("us", "UTC")),
    None,  # no ts column at all
])
def test_other_ts_columns_take_record_s_own_ranges(ts) -> None:
    cols = {"x": pa.array(["a", "b", "c", "d"])}
    if ts is not None:
        cols["ts"] = ts
    batch = pa.RecordBatch.from_pydict(cols)
    _same(decode_jobs.Decoded(batch, [(0, 0, 1), (2, 1, 3), (3, 3, 4)]), "lz4")


def test_one_partition_and_none() -> None:
    batch = logs_batch(message=["a", "b"], host=["h", "h"], default_ts_us=7)
    _same(decode_jobs.Decoded(batch, [(2, 0, 2)]), "zstd")
    assert decode_jobs.encode(decode_jobs.Decoded(batch.slice(0, 0), []), "lz4").parts == []


@given(rows=st.lists(st.tuples(st.sampled_from(["", "a", "web1", "db-2", "é"]), st.sampled_from(["", "api", "s"])),
                     min_size=1, max_size=60),
       partitions=st.sampled_from([1, 2, 3, 4, 7, 16, 1 << 15, (1 << 15) + 3]))
@settings(max_examples=80, deadline=None)
def test_split_gives_the_log_s_own_partitions_in_key_order(rows, partitions) -> None:
    """A decoder's split is the log's ``split_by_partition`` of the same keys: same partition of every
    row, rows of one partition in arrival order."""
    host, service = map(list, zip(*rows))
    batch = logs_batch(message=[f"m{i}" for i in range(len(rows))], host=host, service=service, default_ts_us=1)
    dec = decode_jobs.split("logs", batch, partitions)
    got = [(p, dec.batch.slice(a, b - a)) for p, a, b in dec.parts]
    want = list(split_by_partition(batch, decode_jobs.log_keys(batch), partitions))
    assert [p for p, _ in got] == [p for p, _ in want]
    assert all(g.equals(w) for (_, g), (_, w) in zip(got, want))
    assert sum(b - a for _, a, b in dec.parts) == batch.num_rows
