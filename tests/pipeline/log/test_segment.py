"""LogSegment and its indexes: append, read, recover, truncate, rebuild (after Kafka's LogSegmentTest)."""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow as pa
import pytest

from millpond.pipeline.log import record
from millpond.pipeline.log.errors import CorruptIndexError, CorruptRecordError, InvalidOffsetError
from millpond.pipeline.log.index import OffsetIndex, TimeIndex
from millpond.pipeline.log.segment import LogSegment
from millpond.pipeline.schema import logs_batch


def batch(n: int, start: int = 0, ts0: float = 1_700_000_000.0) -> pa.RecordBatch:
    return logs_batch(message=[f"line {start + i} " + "x" * 150 for i in range(n)],
                      ts=[ts0 + i for i in range(n)], host="h1", service="svc")


def write(seg: LogSegment, batches: list[pa.RecordBatch], codec: str = "lz4") -> list[int]:
    encoded = [record.encode(b, codec) for b in batches]
    bases = []
    nxt = seg.next_offset
    for e in encoded:
        e.stamp(nxt)
        bases.append(nxt)
        nxt += e.record_count
    seg.append_many(encoded)
    seg.flush()
    return bases


@pytest.mark.parametrize("codec", ["none", "lz4", "zstd"])
def test_encoded_batch_round_trips_with_header_fields(codec):
    b = batch(10, ts0=1_700_000_000.0)
    e = record.encode(b, codec)
    e.stamp(42)
    data = bytes(e.header) + e.payload.to_pybytes()
    h = record.parse_header(data)
    assert (h.base_offset, h.record_count, h.codec) == (42, 10, record.CODECS[codec])
    assert h.first_ts == 1_700_000_000_000_000 and h.last_ts == 1_700_000_009_000_000
    record.verify(data, 0, h)
    assert record.decode_payload(data, 0, h).equals(b)


def test_crc_catches_a_flipped_payload_byte():
    e = record.encode(batch(5))
    data = bytearray(bytes(e.header) + e.payload.to_pybytes())
    data[-3] ^= 0xFF
    h = record.parse_header(data)
    with pytest.raises(CorruptRecordError, match="CRC"):
        record.verify(data, 0, h)


def test_impossible_header_is_corrupt():
    with pytest.raises(CorruptRecordError):
        record.parse_header(b"\xff" * 40)


def test_append_then_read_from_any_offset(tmp_path: Path):
    seg = LogSegment(tmp_path, 0, writable=True, index_interval_bytes=1)
    seg.recover()
    batches = [batch(100, start=i * 100) for i in range(5)]
    assert write(seg, batches) == [0, 100, 200, 300, 400]
    assert seg.next_offset == 500
    got = list(seg.read_batches(250, seg.size, 10_000, 1 << 30))
    assert got[0][0] == 250 and got[0][1].num_rows == 50
    assert got[0][1].column("message")[0].as_py().startswith("line 250 ")
    assert sum(b.num_rows for _, b in got) == 250


def test_index_is_sparse_and_lookup_is_greatest_lower_bound(tmp_path: Path):
    idx = OffsetIndex(tmp_path / "x.index", 100, writable=True)
    idx.append(100, 0)
    idx.append(150, 4096)
    idx.append(220, 9000)
    assert idx.lookup(99) == (100, 0)
    assert idx.lookup(149) == (100, 0)
    assert idx.lookup(150) == (150, 4096)
    assert idx.lookup(10**6) == (220, 9000)
    with pytest.raises(InvalidOffsetError):
        idx.append(220, 9999)  # not increasing


def test_time_index_finds_a_safe_start(tmp_path: Path):
    ti = TimeIndex(tmp_path / "x.timeindex", 0, writable=True)
    ti.maybe_append(1000, 0)
    ti.maybe_append(900, 10)  # time went back: no entry
    ti.maybe_append(2000, 20)
    assert len(ti) == 2
    assert ti.lookup(500) == 0
    assert ti.lookup(1500) == 0  # records ≥1500 can only be from offset 0's batch on
    assert ti.lookup(2500) == 20


def test_offset_for_time_scans_from_the_time_index(tmp_path: Path):
    seg = LogSegment(tmp_path, 0, writable=True, index_interval_bytes=1)
    seg.recover()
    write(seg, [batch(10, ts0=1000.0), batch(10, ts0=2000.0), batch(10, ts0=3000.0)])
    assert seg.offset_for_time(int(2005 * 1e6)) == 10
    assert seg.offset_for_time(int(1000 * 1e6)) == 0
    assert seg.offset_for_time(int(9999 * 1e6)) is None


def test_recover_truncates_a_torn_tail_and_keeps_whole_batches(tmp_path: Path):
    seg = LogSegment(tmp_path, 0, writable=True)
    seg.recover()
    write(seg, [batch(10), batch(10), batch(10)])
    good = seg.size
    seg.close()
    with open(tmp_path / "00000000000000000000.log", "r+b") as f:
        f.truncate(good - 7)
    seg = LogSegment(tmp_path, 0, writable=True)
    r = seg.recover()
    assert r.batches == 2 and r.truncated_bytes > 0 and "torn" in r.reason
    assert seg.next_offset == 20
    assert os.path.getsize(seg.path) == good - r.truncated_bytes - 7


def test_missing_or_garbled_index_is_rebuilt(tmp_path: Path):
    seg = LogSegment(tmp_path, 0, writable=True, index_interval_bytes=1)
    seg.recover()
    write(seg, [batch(10), batch(10), batch(10)])
    entries = len(seg.offset_index)
    seg.close()
    (tmp_path / "00000000000000000000.index").write_bytes(b"\x01\x02\x03")  # not a multiple of 8
    (tmp_path / "00000000000000000000.timeindex").unlink()
    seg = LogSegment(tmp_path, 0, writable=True, index_interval_bytes=1)
    assert len(seg.offset_index) == entries
    assert len(seg.time_index) >= 1
    seg.load_tail()
    assert seg.next_offset == 30


def test_reader_refuses_a_corrupt_index(tmp_path: Path):
    (tmp_path / "00000000000000000000.log").write_bytes(b"")
    (tmp_path / "00000000000000000000.index").write_bytes(b"\x01\x02\x03")
    (tmp_path / "00000000000000000000.timeindex").write_bytes(b"")
    with pytest.raises(CorruptIndexError):
        LogSegment(tmp_path, 0, writable=False)


def test_truncate_to_drops_batches_and_index_entries(tmp_path: Path):
    seg = LogSegment(tmp_path, 0, writable=True, index_interval_bytes=1)
    seg.recover()
    write(seg, [batch(10), batch(10), batch(10)])
    dropped = seg.truncate_to(10)
    assert dropped > 0 and seg.next_offset == 10
    assert seg.offset_index.last_offset() == 0
    assert write(seg, [batch(5)]) == [10]


def test_a_reader_opening_mid_append_ignores_index_entries_past_the_size_it_saw(tmp_path: Path):
    """The writer may add an index entry before a reader's stat sees the batch it names."""
    seg = LogSegment(tmp_path, 0, writable=True, index_interval_bytes=1)
    seg.recover()
    write(seg, [batch(10), batch(10)])
    sizes = [pos for pos, _, _ in seg._scan(0, seg.size, verify=False)]
    seg.close()
    with open(tmp_path / "00000000000000000000.log", "r+b") as f:
        f.truncate(sizes[1])  # as a reader would see the file: the second batch not there yet
    reader = LogSegment(tmp_path, 0, writable=False)
    assert reader.offset_index.lookup(10**6) == (0, 0)
    reader.load_tail()
    assert reader.next_offset == 10
