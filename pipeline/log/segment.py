"""One segment of a partition: ``<20-digit base offset>.log`` plus its indexes.

Invariants: every batch in the file has ``base_offset`` ≥ the segment's base
offset, offsets are dense and increasing, and the file ends on a batch
boundary once :meth:`recover` has run. Positions fit in 32 bits (segments are
rolled long before 4 GiB).

Thread safety: one writer (the partition's flusher) calls ``append``; readers
may call ``read_batches`` concurrently — they only see whole, checksummed
batches below the position bound they pass.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from millpond.pipeline.log import record
from millpond.pipeline.log.errors import CorruptIndexError, CorruptRecordError
from millpond.pipeline.log.index import OffsetIndex, TimeIndex

log = logging.getLogger("millpond.log")

READ_CHUNK = 1 << 20


def segment_name(base_offset: int) -> str:
    return f"{base_offset:020d}"


@dataclass
class RecoveryResult:
    """What :meth:`LogSegment.recover` found: valid batches kept and bytes cut off."""

    batches: int
    truncated_bytes: int
    reason: str = ""


class LogSegment:
    def __init__(self, directory: Path, base_offset: int, *, writable: bool, index_interval_bytes: int = 65536,
                 created: float | None = None, repair: bool | None = None) -> None:
        self.dir = directory
        self.base_offset = base_offset
        self.writable = writable
        self.repair = writable if repair is None else repair
        self.index_interval_bytes = index_interval_bytes
        stem = directory / segment_name(base_offset)
        self.path = stem.with_suffix(".log")
        self.index_path = stem.with_suffix(".index")
        self.timeindex_path = stem.with_suffix(".timeindex")
        flags = (os.O_RDWR | os.O_CREAT) if writable else os.O_RDONLY
        self.fd = os.open(self.path, flags, 0o644)
        self.size = os.fstat(self.fd).st_size
        self.created = created if created is not None else time.time()
        self.next_offset = base_offset  # set by recover / load_tail
        self.first_ts: int | None = None
        self.max_ts: int | None = None
        self._bytes_since_index = 0
        self.offset_index: OffsetIndex
        self.time_index: TimeIndex
        self._open_indexes()

    # -- indexes ---------------------------------------------------------
    def _open_indexes(self) -> None:
        try:
            self.offset_index = OffsetIndex(self.index_path, self.base_offset, writable=self.writable)
            self.time_index = TimeIndex(self.timeindex_path, self.base_offset, writable=self.writable)
            if self.offset_index.values and self.offset_index.values[-1] >= max(self.size, 1):
                if not self.repair:
                    # a reader racing the writer: the index already names a batch the size we read
                    # does not cover yet; forget those entries, the next refresh reloads them
                    self.offset_index.truncate_memory_to_position(self.size)
                else:
                    raise CorruptIndexError(f"{self.index_path}: points past the end of {self.path.name}")
            if self.repair and (not self.index_path.exists() or not self.timeindex_path.exists()):
                raise CorruptIndexError("index missing")
        except CorruptIndexError as e:
            if not self.repair:
                raise
            log.warning("rebuilding index of %s: %s", self.path, e)
            self.rebuild_indexes()
        self._times_from_index()

    def _times_from_index(self) -> None:
        keys = self.time_index.keys
        self.max_ts = keys[-1] if keys else None
        if keys and self.first_ts is None:
            self.first_ts = keys[0]

    def rebuild_indexes(self) -> None:
        """Recreate both indexes by scanning the segment (they are derived data)."""
        for idx in (getattr(self, "offset_index", None), getattr(self, "time_index", None)):
            if idx is not None:
                idx.close()
        for p in (self.index_path, self.timeindex_path):
            p.unlink(missing_ok=True)
        self.offset_index = OffsetIndex(self.index_path, self.base_offset, writable=True)
        self.time_index = TimeIndex(self.timeindex_path, self.base_offset, writable=True)
        self._bytes_since_index = 0
        self.max_ts = None
        for pos, h, _ in self._scan(0, self.size, verify=False):
            self._index_batch(pos, h.base_offset, h.size, h.last_ts)
        if not self.writable:
            self.offset_index.close()
            self.time_index.close()

    def _index_batch(self, position: int, base_offset: int, size: int, last_ts: int) -> None:
        if position == 0 or self._bytes_since_index >= self.index_interval_bytes:
            self.offset_index.append(base_offset, position)
            self._bytes_since_index = 0
        self._bytes_since_index += size
        if self.first_ts is None:
            self.first_ts = last_ts
        if self.max_ts is None or last_ts > self.max_ts:
            self.max_ts = last_ts
            self.time_index.maybe_append(last_ts, base_offset)

    # -- scanning ----------------------------------------------------------
    def _scan(self, start: int, end: int, *, verify: bool, with_payload: bool = False
              ) -> Iterator[tuple[int, record.BatchHeader, memoryview | None]]:
        """Whole batches in ``[start, end)``; raises CorruptRecordError at the first bad one."""
        pos = start
        buf = b""
        buf_start = start
        while pos < end:
            rel = pos - buf_start
            if len(buf) - rel < record.HEADER_SIZE:
                buf = os.pread(self.fd, max(READ_CHUNK, record.HEADER_SIZE), pos)
                buf_start, rel = pos, 0
                if len(buf) < record.HEADER_SIZE:
                    raise CorruptRecordError(f"torn header at byte {pos}")
            h = record.parse_header(buf, rel)
            if pos + h.size > end:
                raise CorruptRecordError(f"batch at byte {pos} is torn: needs {h.size} bytes, {end - pos} present")
            if (verify or with_payload) and len(buf) - rel < h.size:
                buf = os.pread(self.fd, max(READ_CHUNK, h.size), pos)
                buf_start, rel = pos, 0
            view = memoryview(buf)
            if verify:
                record.verify(view, rel, h)
            yield pos, h, (view[rel:rel + h.size] if with_payload else None)
            pos += h.size

    def recover(self, *, expected_base: int | None = None) -> RecoveryResult:
        """Validate every batch; truncate the file at the first torn or corrupt one.

        Only corruption is caught; I/O errors propagate. Indexes are rebuilt.
        """
        good_end = 0
        batches = 0
        reason = ""
        expect = self.base_offset if expected_base is None else expected_base
        try:
            for pos, h, _ in self._scan(0, self.size, verify=True):
                if h.base_offset != expect:
                    raise CorruptRecordError(f"batch at byte {pos} has base offset {h.base_offset}, expected {expect}")
                expect = h.next_offset
                good_end = pos + h.size
                batches += 1
        except CorruptRecordError as e:
            reason = str(e)
        truncated = self.size - good_end
        if truncated:
            os.ftruncate(self.fd, good_end)
            os.fsync(self.fd)
            self.size = good_end
        self.next_offset = expect
        self.first_ts = None
        self.rebuild_indexes()
        return RecoveryResult(batches, truncated, reason)

    def load_tail(self) -> None:
        """Find ``next_offset`` without verifying (a reader, or a segment closed cleanly)."""
        last_off, pos = self.offset_index.lookup(2**62)
        self.next_offset = self.base_offset
        try:
            for _, h, _ in self._scan(pos, self.size, verify=False):
                self.next_offset = h.next_offset
        except CorruptRecordError:
            pass  # a reader racing the writer sees a partial batch: ignore it

    # -- writing -----------------------------------------------------------
    def append_many(self, batches: list[record.EncodedBatch]) -> int:
        """Write stamped batches at the end (one writev); returns bytes written.

        On failure the file is cut back to its previous size, so a failed
        append leaves nothing half-written behind.
        """
        iov: list[bytes | bytearray | pa.Buffer] = []
        for b in batches:
            iov.append(b.header)
            iov.append(b.payload)
        start = self.size
        total = sum(b.size for b in batches)
        try:
            written = 0
            while written < total:
                n = _pwritev(self.fd, iov, start + written, written)
                written += n
        except OSError:
            os.ftruncate(self.fd, start)
            raise
        pos = start
        for b in batches:
            base = int.from_bytes(b.header[0:8], "little", signed=True)
            self._index_batch(pos, base, b.size, b.last_ts)
            pos += b.size
            self.next_offset = base + b.record_count
        self.size = start + total
        return total

    def flush(self) -> None:
        os.fdatasync(self.fd)

    def truncate_to(self, offset: int) -> int:
        """Drop every batch at or after ``offset`` (which must be a batch boundary); returns bytes dropped."""
        cut = None
        for pos, h, _ in self._scan(self.offset_index.lookup(offset)[1], self.size, verify=False):
            if h.base_offset >= offset:
                cut = pos
                break
        if cut is None:
            return 0
        dropped = self.size - cut
        os.ftruncate(self.fd, cut)
        self.size = cut
        self.offset_index.truncate_to_position(cut)
        self.time_index.truncate_to_offset(offset)
        self.next_offset = offset
        return dropped

    # -- reading -----------------------------------------------------------
    def refresh_size(self) -> None:
        """Re-read the file size and indexes (a reader following another process)."""
        size = os.fstat(self.fd).st_size
        if size != self.size:
            self.size = size
            self.offset_index.reload()
            self.time_index.reload()
            self._times_from_index()

    def read_batches(self, offset: int, end_position: int, max_records: int, max_bytes: int
                     ) -> Iterator[tuple[int, pa.RecordBatch]]:
        """``(base_offset, batch)`` for batches holding offsets ≥ ``offset`` below ``end_position``."""
        _, pos = self.offset_index.lookup(offset)
        records = 0
        nbytes = 0
        try:
            for p, h, view in self._scan(pos, end_position, verify=True, with_payload=True):
                if h.next_offset <= offset:
                    continue
                assert view is not None
                batch = record.decode_payload(view, 0, h)
                base = h.base_offset
                if base < offset:
                    batch = batch.slice(offset - base)
                    base = offset
                yield base, batch
                records += batch.num_rows
                nbytes += h.size
                if records >= max_records or nbytes >= max_bytes:
                    return
        except CorruptRecordError:
            if self.writable:
                raise
            # a reader in another process racing the writer: stop at the partial batch
            return

    def offset_for_time(self, ts: int) -> int | None:
        """First offset of the first batch whose max timestamp is ≥ ``ts``; None if none here."""
        start = self.time_index.lookup(ts)
        _, pos = self.offset_index.lookup(start)
        for _, h, _ in self._scan(pos, self.size, verify=False):
            if h.base_offset < start and h.next_offset <= start:
                continue
            if h.last_ts >= ts:
                return h.base_offset
        return None

    def close(self) -> None:
        self.offset_index.close()
        self.time_index.close()
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def delete(self) -> None:
        """Remove the segment: rename to ``.deleted`` first so a crash leaves no half-deleted segment in use."""
        self.close()
        for p in (self.path, self.index_path, self.timeindex_path):
            if p.exists():
                d = p.with_name(p.name + ".deleted")
                os.replace(p, d)
                d.unlink()


def _pwritev(fd: int, iov: list, position: int, skip: int) -> int:
    """``os.pwritev`` of ``iov`` minus its first ``skip`` bytes, in chunks of at most IOV_MAX buffers."""
    views: list[memoryview] = []
    for b in iov:
        mv = memoryview(b)
        if skip >= mv.nbytes:
            skip -= mv.nbytes
            continue
        views.append(mv[skip:] if skip else mv)
        skip = 0
    return os.pwritev(fd, views[:1024], position)
