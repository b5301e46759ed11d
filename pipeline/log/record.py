"""The on-disk batch: a fixed header followed by an Arrow IPC stream.

Layout (little-endian), modelled on Kafka's record batch::

    0  base_offset   int64   offset of the first record (not covered by the CRC,
                             so the writer can stamp it after encoding)
    8  length        int32   bytes after this field (crc .. end of payload)
   12  crc           uint32  CRC32C of bytes [16, end of batch)
   16  magic         int8    format version (1)
   17  codec         int8    0 none, 1 lz4, 2 zstd (Arrow IPC body compression)
   18  flags         int16   reserved, 0
   20  record_count  int32
   24  first_ts      int64   smallest ``ts`` in the batch, epoch microseconds
   32  last_ts       int64   largest ``ts``
   40  payload       Arrow IPC stream (schema + one record batch)
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

import crc32c
import pyarrow as pa
import pyarrow.compute as pc

from millpond.pipeline.log.errors import CorruptRecordError

HEADER = struct.Struct("<qiIbbhiqq")
HEADER_SIZE = HEADER.size  # 40
LENGTH_PREFIX = 12  # base_offset + length: what must be read to know a batch's size
CRC_START = 16
MAGIC = 1
CODECS = {"none": 0, "lz4": 1, "zstd": 2}
CODEC_NAMES = {v: k for k, v in CODECS.items()}
_IPC_COMPRESSION = {"none": None, "lz4": "lz4", "zstd": "zstd"}
MAX_BATCH_BYTES = 1 << 30
_TS_MIN = -(2**63)
READ_OPTIONS = pa.ipc.IpcReadOptions(use_threads=False)
"""Decode on the calling thread. With Arrow's default (``use_threads=True``) each compressed column buffer
of a batch is handed to the CPU pool and waited for: on the receivers' ~500-row lz4 batches that thread
hand-off cost 4x the decompression itself (0.29 → 0.067 CPU-µs a record, /tmp/s4w/dec3.py; 0.10 → 0.035
at 2,000 rows). Readers (the pipeline worker, the query service's tail) decode many small batches one after
the other, so there is nothing to gain from the pool."""


@dataclass(frozen=True, slots=True)
class BatchHeader:
    base_offset: int
    length: int
    crc: int
    magic: int
    codec: int
    flags: int
    record_count: int
    first_ts: int
    last_ts: int

    @property
    def size(self) -> int:
        """Bytes of the whole batch on disk."""
        return LENGTH_PREFIX + self.length

    @property
    def last_offset(self) -> int:
        return self.base_offset + self.record_count - 1

    @property
    def next_offset(self) -> int:
        return self.base_offset + self.record_count


@dataclass(slots=True)
class EncodedBatch:
    """A batch ready to write: ``header`` still has base offset 0 until stamped."""

    header: bytearray
    payload: pa.Buffer
    record_count: int
    first_ts: int
    last_ts: int

    @property
    def size(self) -> int:
        return HEADER_SIZE + self.payload.size

    def stamp(self, base_offset: int) -> None:
        struct.pack_into("<q", self.header, 0, base_offset)


def ts_range(batch: pa.RecordBatch) -> tuple[int, int]:
    idx = batch.schema.get_field_index("ts")
    if idx < 0 or batch.num_rows == 0:
        return 0, 0
    col = batch.column(idx)
    if not pa.types.is_timestamp(col.type):
        return 0, 0
    mm = pc.min_max(col.cast(pa.int64()) if col.type.unit == "us" else col.cast(pa.timestamp("us", col.type.tz)).cast(pa.int64()))
    lo, hi = mm["min"].as_py(), mm["max"].as_py()
    return (lo or 0), (hi or 0)


_WRITE_OPTIONS: dict[str, pa.ipc.IpcWriteOptions] = {}


def write_options(codec: str) -> pa.ipc.IpcWriteOptions:
    """The IPC options a log batch of ``codec`` is written with (one object per codec)."""
    # on the calling thread (see READ_OPTIONS): Arrow's pool hand-off per column buffer cost more than the
    # lz4 itself on 500-row batches — 0.39-0.43 → 0.14 CPU-µs a record (/tmp/s4w/enc.py), same bytes
    opts = _WRITE_OPTIONS.get(codec)
    if opts is None:
        opts = _WRITE_OPTIONS[codec] = pa.ipc.IpcWriteOptions(compression=_IPC_COMPRESSION[codec], use_threads=False)
    return opts


def encode(batch: pa.RecordBatch, codec: str = "lz4") -> EncodedBatch:
    """Serialise ``batch`` with ``codec`` and compute its header (CRC included)."""
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, batch.schema, options=write_options(codec)) as writer:
        writer.write_batch(batch)
    return frame(sink.getvalue(), codec, batch.num_rows, *ts_range(batch))


def frame(payload: pa.Buffer, codec: str, rows: int, first_ts: int, last_ts: int) -> EncodedBatch:
    """The log batch of an IPC stream ``payload`` (one batch of ``rows``): its header, CRC included.

    The one place the header is laid out; :func:`encode` and the decoder processes (which write many
    partitions' payloads through one IPC writer) both frame their payloads here.
    """
    if payload.size > MAX_BATCH_BYTES:
        raise ValueError(f"batch of {payload.size} bytes exceeds the {MAX_BATCH_BYTES}-byte limit; split it")
    header = bytearray(HEADER_SIZE)
    HEADER.pack_into(header, 0, 0, HEADER_SIZE - LENGTH_PREFIX + payload.size, 0, MAGIC, CODECS[codec], 0,
                     rows, first_ts, last_ts)
    crc = crc32c.crc32c(payload, crc32c.crc32c(memoryview(header)[CRC_START:]))
    struct.pack_into("<I", header, 12, crc)
    return EncodedBatch(header, payload, rows, first_ts, last_ts)


def from_parts(header: bytes | bytearray | memoryview, payload: pa.Buffer | bytes) -> EncodedBatch:
    """The :class:`EncodedBatch` of a header + payload that :func:`encode` made elsewhere (a decoder process).

    The header and CRC are checked, so a damaged hand-off never reaches the log.
    """
    head = bytearray(header)
    buf = payload if isinstance(payload, pa.Buffer) else pa.py_buffer(payload)
    h = parse_header(head)
    if h.length != HEADER_SIZE - LENGTH_PREFIX + buf.size:
        raise CorruptRecordError(f"header says {h.length - HEADER_SIZE + LENGTH_PREFIX} payload bytes, got {buf.size}")
    if crc32c.crc32c(buf, crc32c.crc32c(memoryview(head)[CRC_START:])) != h.crc:
        raise CorruptRecordError("CRC mismatch in an encoded batch handed to the log")
    return EncodedBatch(head, buf, h.record_count, h.first_ts, h.last_ts)


def parse_header(buf: bytes | memoryview, pos: int = 0) -> BatchHeader:
    """The header at ``pos``; raises :class:`CorruptRecordError` if it is impossible."""
    if len(buf) - pos < HEADER_SIZE:
        raise CorruptRecordError(f"short header: {len(buf) - pos} bytes")
    h = BatchHeader(*HEADER.unpack_from(buf, pos))
    if h.magic != MAGIC or h.codec not in CODEC_NAMES or h.length < HEADER_SIZE - LENGTH_PREFIX \
            or h.length > MAX_BATCH_BYTES or h.record_count < 0 or h.base_offset < 0:
        raise CorruptRecordError(f"impossible batch header at byte {pos}: {h}")
    return h


def verify(buf: bytes | memoryview, pos: int, header: BatchHeader) -> None:
    """Check the CRC of the whole batch at ``pos`` (the buffer must hold all of it)."""
    end = pos + header.size
    if len(buf) < end:
        raise CorruptRecordError(f"batch at byte {pos} is torn: needs {header.size} bytes, {len(buf) - pos} present")
    if crc32c.crc32c(memoryview(buf)[pos + CRC_START:end]) != header.crc:
        raise CorruptRecordError(f"CRC mismatch in batch at byte {pos} (base offset {header.base_offset})")


def decode_payload(buf: bytes | memoryview, pos: int, header: BatchHeader) -> pa.RecordBatch:
    """The Arrow batch of the (verified) batch at ``pos``."""
    data = pa.py_buffer(memoryview(buf)[pos + HEADER_SIZE : pos + header.size])
    try:
        reader = pa.ipc.open_stream(data, options=READ_OPTIONS)
        batches = list(reader)
    except (pa.ArrowInvalid, OSError) as e:
        raise CorruptRecordError(f"undecodable payload in batch at byte {pos}: {e}") from e
    if len(batches) != 1 or batches[0].num_rows != header.record_count:
        raise CorruptRecordError(f"payload of batch at byte {pos} does not match its header")
    return batches[0]


GROUP_BATCHES = 64
"""Batches decoded through one IPC reader by :func:`decode_payloads`."""
_CONTINUATION = b"\xff\xff\xff\xff"
_EOS = _CONTINUATION + bytes(4)
_schemas: dict[bytes, bool] = {}
"""Schema messages seen, and whether batches of that schema can share a reader (no dictionary fields)."""


def _schema_message(payload: memoryview) -> bytes | None:
    """The bytes of the payload's leading schema message, ``None`` if it is not one :func:`decode_payloads` can share.

    Each payload is a whole IPC stream (schema, record batch, end-of-stream marker). Payloads with the same
    schema bytes and no dictionaries (a dictionary batch would come between) can be decoded as one stream:
    the schema once, then each payload's record batch message.
    """
    if len(payload) < 16 or payload[:4] != _CONTINUATION or payload[-8:] != _EOS:
        return None
    end = 8 + int.from_bytes(payload[4:8], "little")
    if end > len(payload) - 8:
        return None
    head = bytes(payload[:end])
    ok = _schemas.get(head)
    if ok is None:
        try:
            schema = pa.ipc.read_schema(pa.py_buffer(head))
            ok = not any(_has_dictionary(f.type) for f in schema)
        except (pa.ArrowInvalid, OSError):
            ok = False
        if len(_schemas) < 1024:  # bounded: a producer changing its schema metadata at every batch
            _schemas[head] = ok
    return head if ok else None


def _has_dictionary(t: pa.DataType) -> bool:
    if pa.types.is_dictionary(t):
        return True
    return any(_has_dictionary(t.field(i).type) for i in range(t.num_fields))


def decode_payloads(items: list[tuple[memoryview, BatchHeader]]) -> list[pa.RecordBatch]:
    """The Arrow batches of consecutive (verified) batches, each ``(view of the whole batch, header)``.

    Why not :func:`decode_payload` each: opening an IPC reader parses the schema, a fixed cost that the
    receivers' few-hundred-record batches paid per batch. Runs of up to :data:`GROUP_BATCHES` payloads
    with the same schema bytes are read as one stream (their record batch messages after one schema
    message): 0.14 → 0.09 CPU-µs a record on the receivers' log batches (/tmp/s5w/dec2.py). A run that
    does not decode whole is decoded batch by batch, so a bad payload raises :class:`CorruptRecordError`
    naming its own batch, as before; the result is the same batches either way.
    """
    heads = [_schema_message(v[HEADER_SIZE:h.size]) for v, h in items]
    out: list[pa.RecordBatch] = []
    i = 0
    while i < len(items):
        head = heads[i]
        j = i + 1
        while head is not None and j < len(items) and j - i < GROUP_BATCHES and heads[j] == head:
            j += 1
        run = items[i:j]
        got = _decode_run(head, run) if head is not None and len(run) > 1 else None
        out += got if got is not None else [decode_payload(v, 0, hh) for v, hh in run]
        i = j
    return out


def _decode_run(head: bytes, run: list[tuple[memoryview, BatchHeader]]) -> list[pa.RecordBatch] | None:
    """``run``'s batches read as one IPC stream; ``None`` if that fails or does not match the headers."""
    n = len(head)
    stream = b"".join([head, *(v[HEADER_SIZE + n:h.size - len(_EOS)] for v, h in run), _EOS])
    try:
        batches = list(pa.ipc.open_stream(pa.py_buffer(stream), options=READ_OPTIONS))
    except (pa.ArrowInvalid, OSError):
        return None
    if len(batches) != len(run) or any(b.num_rows != h.record_count for b, (_, h) in zip(batches, run)):
        return None
    return batches
