"""Batches read together: runs with one schema are decoded as one IPC stream, with the same result as one by one."""

from __future__ import annotations

import crc32c
import pyarrow as pa
import pytest

from millpond.pipeline.log import record
from millpond.pipeline.log.errors import CorruptRecordError
from millpond.pipeline.log.segment import LogSegment
from millpond.pipeline.schema import logs_batch


def _logs(n: int, start: int) -> pa.RecordBatch:
    return logs_batch(message=[f"line {start + i}" for i in range(n)], ts=[1_700_000_000.0 + i for i in range(n)],
                      host="h1", service="svc", attributes=[{"i": str(start + i)} for i in range(n)])


def _items(batches: list[pa.RecordBatch], codec: str = "lz4") -> list[tuple[memoryview, record.BatchHeader]]:
    out, at = [], 0
    for b in batches:
        e = record.encode(b, codec)
        e.stamp(at)
        at += e.record_count
        data = memoryview(bytes(e.header) + e.payload.to_pybytes())
        out.append((data, record.parse_header(data)))
    return out


@pytest.mark.parametrize("codec", ["none", "lz4", "zstd"])
def test_runs_of_many_schemas_decode_as_one_by_one(codec: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs split at a schema change, at GROUP_BATCHES, around a dictionary batch (its own stream); order kept."""
    monkeypatch.setattr(record, "GROUP_BATCHES", 3)
    other = pa.RecordBatch.from_pydict({"ts": pa.array([1, 2], pa.timestamp("us", "UTC")), "x": [1.5, 2.5]})
    meta = _logs(4, 900).replace_schema_metadata({"producer": "old"})  # same fields, other schema bytes
    dictionary = pa.RecordBatch.from_pydict({"ts": pa.array([3], pa.timestamp("us", "UTC")),
                                             "s": pa.array(["a"]).dictionary_encode()})
    batches = [_logs(5, 10 * i) for i in range(7)] + [other, other, meta, _logs(1, 500), dictionary, dictionary,
                                                        _logs(0, 600), _logs(3, 700)]
    items = _items(batches, codec)
    got = record.decode_payloads(items)
    assert len(got) == len(batches)
    for g, b, (view, h) in zip(got, batches, items):
        assert g.equals(b) and g.schema.equals(b.schema, check_metadata=True)
        assert g.equals(record.decode_payload(view, 0, h))


def test_a_run_that_does_not_decode_raises_at_its_bad_batch() -> None:
    """A payload whose CRC holds but whose record batch is damaged: named by its own byte offset, like before."""
    items = _items([_logs(5, 10 * i) for i in range(4)])
    view, h = items[2]
    bad = bytearray(view)
    bad[-40] ^= 0xFF  # inside the record batch message body, before the end-of-stream marker
    items[2] = (memoryview(bytes(bad)), h)
    with pytest.raises(CorruptRecordError, match="batch at byte 0"):
        record.decode_payloads(items)
    assert [b.num_rows for b in record.decode_payloads(items[:2])] == [5, 5]


def test_a_reader_gets_the_batches_before_an_undecodable_one(tmp_path) -> None:  # noqa: ANN001
    """A read-only segment stops at a batch it cannot decode and returns the whole batches before it."""
    seg = LogSegment(tmp_path, 0, writable=True)
    encoded = [record.encode(_logs(5, 10 * i)) for i in range(4)]
    at = 0
    for e in encoded:
        e.stamp(at)
        at += e.record_count
    body_at = sum(e.size for e in encoded[:2]) + encoded[2].size - 40  # a byte of batch 2's record batch body
    seg.append_many(encoded)
    seg.flush()
    seg.close()
    with open(tmp_path / f"{0:020d}.log", "r+b") as f:  # damage it and fix its CRC: only decoding can notice
        f.seek(body_at)
        byte = f.read(1)
        f.seek(body_at)
        f.write(bytes([byte[0] ^ 0xFF]))
        start = sum(e.size for e in encoded[:2])
        f.seek(start)
        raw = bytearray(f.read(encoded[2].size))
        raw[12:16] = crc32c.crc32c(bytes(raw[16:])).to_bytes(4, "little")
        f.seek(start)
        f.write(raw)
    reader = LogSegment(tmp_path, 0, writable=False)
    reader.load_tail()
    got = list(reader.read_batches(0, reader.size, 1000, 1 << 30))
    assert [(base, b.num_rows) for base, b in got] == [(0, 5), (5, 5)]
    reader.close()
