"""One segment of a partition: ``<20-digit base offset>.log`` plus its indexes.

Invariants: every batch in the file has ``base_offset`` ≥ the segment's base
offset, offsets are dense and increasing, and the data ends on a batch
boundary once :meth:`recover` has run. Positions fit in 32 bits (segments are
rolled long before 4 GiB).

A segment may be *preallocated*: created zero-filled (and fsync'd) before it
is written, so that writing into it changes no file size and allocates no
block, and ``fdatasync`` flushes data only — no journal commit that waits
behind everything else the filesystem is doing. Then ``size`` (the logical
end: bytes of whole batches) is below ``capacity`` (the file's size), and an
all-zero header marks the end of the data: a real batch never starts with
one. Recovery keeps an all-zero tail as room to write and truncates anything
else after the last whole batch; a rolled or closed segment is trimmed to its
logical end.

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
TAIL_CHUNK = 128 << 10
"""Reads of :meth:`LogSegment.load_tail`: from the last index entry (≤ ``index_interval_bytes`` + a batch
before the end of the data) to the first zero header, in a file preallocated far past it."""
_ZERO_HEADER = bytes(record.HEADER_SIZE)


def segment_name(base_offset: int) -> str:
    return f"{base_offset:020d}"


@dataclass
class RecoveryResult:
    """What :meth:`LogSegment.recover` found: valid batches kept and bytes cut off."""

    batches: int
    truncated_bytes: int
    reason: str = ""
    preallocated: int = 0  # zero-filled bytes kept after the data as room to write


class LogSegment:
    def __init__(self, directory: Path, base_offset: int, *, writable: bool, index_interval_bytes: int = 65536,
                 created: float | None = None, repair: bool | None = None, fresh: bool = False) -> None:
        """``fresh``: the file is a zero-filled spare just renamed to this segment (nothing written yet)."""
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
        self.capacity = os.fstat(self.fd).st_size  # the file's size; ≥ size when preallocated
        self.size = 0 if fresh else self.capacity  # logical end, set by recover / load_tail
        self.zero_tail = False  # the last scan stopped at an all-zero header (preallocated room)
        self.dirty = False  # written since the last flush
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
        try:
            for pos, h, _ in self._scan(0, self.size, verify=False):
                self._index_batch(pos, h.base_offset, h.size, h.last_ts)
        except CorruptRecordError:
            pass  # a torn tail: recover() cuts it (writer) or the reader stops there
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
    def _scan(self, start: int, end: int, *, verify: bool, with_payload: bool = False, chunk: int = READ_CHUNK
              ) -> Iterator[tuple[int, record.BatchHeader, memoryview | None]]:
        """Whole batches in ``[start, end)``; raises CorruptRecordError at the first bad one.

        Stops (setting ``zero_tail``) at an all-zero header: the preallocated room after the data.
        Reads ``chunk`` bytes at a time, never past ``end``: a reader following the writer polls a
        few new batches at a time, and a 1 MiB read of a preallocated file's zeros (twice a poll per
        partition, with :meth:`load_tail`) was most of such a poll's CPU.
        """
        self.zero_tail = False
        pos = start
        buf = b""
        buf_start = start
        while pos < end:
            rel = pos - buf_start
            if len(buf) - rel < record.HEADER_SIZE:
                buf = os.pread(self.fd, max(min(chunk, end - pos), record.HEADER_SIZE), pos)
                buf_start, rel = pos, 0
                if len(buf) < record.HEADER_SIZE:
                    raise CorruptRecordError(f"torn header at byte {pos}")
            if buf[rel:rel + record.HEADER_SIZE] == _ZERO_HEADER:
                self.zero_tail = True
                return
            h = record.parse_header(buf, rel)
            if pos + h.size > end:
                raise CorruptRecordError(f"batch at byte {pos} is torn: needs {h.size} bytes, {end - pos} present")
            if (verify or with_payload) and len(buf) - rel < h.size:
                buf = os.pread(self.fd, max(min(chunk, end - pos), h.size), pos)
                buf_start, rel = pos, 0
            view = memoryview(buf)
            if verify:
                record.verify(view, rel, h)
            yield pos, h, (view[rel:rel + h.size] if with_payload else None)
            pos += h.size

    def recover(self, *, expected_base: int | None = None) -> RecoveryResult:
        """Validate every batch; truncate the file at the first torn or corrupt one.

        An all-zero tail after the last batch is preallocated room and stays;
        any other byte after it (a torn write, garbage) is cut off with the
        rest of the tail. Only corruption is caught; I/O errors propagate.
        Indexes are rebuilt.
        """
        good_end = 0
        batches = 0
        reason = ""
        expect = self.base_offset if expected_base is None else expected_base
        try:
            for pos, h, _ in self._scan(0, self.capacity, verify=True):
                if h.base_offset != expect:
                    raise CorruptRecordError(f"batch at byte {pos} has base offset {h.base_offset}, expected {expect}")
                expect = h.next_offset
                good_end = pos + h.size
                batches += 1
        except CorruptRecordError as e:
            reason = str(e)
        truncated = 0
        if good_end < self.capacity:
            # how far the damage reaches: up to the last non-zero byte (zeros are preallocated room)
            truncated = self._last_nonzero(good_end, self.capacity) - good_end
            if truncated and not reason:
                reason = f"{truncated} stray bytes after the last whole batch at byte {good_end}"
            if truncated:
                os.ftruncate(self.fd, good_end)
                os.fsync(self.fd)
                self.capacity = good_end
        self.size = good_end
        self.next_offset = expect
        self.first_ts = None
        self.rebuild_indexes()
        return RecoveryResult(batches, truncated, reason, self.capacity - good_end)

    def _last_nonzero(self, start: int, end: int) -> int:
        """Position after the last non-zero byte in ``[start, end)``, or ``start``; reads backwards."""
        hi = end
        while hi > start:
            lo = max(start, hi - READ_CHUNK)
            chunk = os.pread(self.fd, hi - lo, lo)
            kept = len(chunk.rstrip(b"\0"))
            if kept:
                return lo + kept
            hi = lo
        return start

    def load_tail(self) -> None:
        """Find ``next_offset`` and the logical ``size`` without verifying (a reader, or a rolled segment)."""
        last_off, pos = self.offset_index.lookup(2**62)
        self.next_offset = self.base_offset
        end = pos
        try:
            for p, h, _ in self._scan(pos, self.capacity, verify=False, chunk=TAIL_CHUNK):
                self.next_offset = h.next_offset
                end = p + h.size
        except CorruptRecordError:
            pass  # a reader racing the writer sees a partial batch: ignore it
        self.size = end

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
            os.ftruncate(self.fd, start)  # preallocated room goes too: a failed write is rare, room is not vital
            self.capacity = start
            raise
        pos = start
        for b in batches:
            base = int.from_bytes(b.header[0:8], "little", signed=True)
            self._index_batch(pos, base, b.size, b.last_ts)
            pos += b.size
            self.next_offset = base + b.record_count
        self.size = start + total
        self.capacity = max(self.capacity, self.size)
        self.dirty = True
        return total

    @property
    def room(self) -> int:
        """Preallocated bytes left after the data (0 when the file just grows)."""
        return self.capacity - self.size

    def flush(self) -> None:
        """fdatasync if anything was written since the last one (a roll after a commit costs no device flush)."""
        if self.dirty:
            os.fdatasync(self.fd)
            self.dirty = False

    def trim(self) -> None:
        """Cut unused preallocated room (at roll and close); no fsync needed: recovery reads zeros as the end."""
        if self.capacity > self.size and self.writable:
            os.ftruncate(self.fd, self.size)
            self.capacity = self.size

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
        self.size = self.capacity = cut
        self.offset_index.truncate_to_position(cut)
        self.time_index.truncate_to_offset(offset)
        self.next_offset = offset
        return dropped

    # -- reading -----------------------------------------------------------
    def refresh_size(self) -> bool:
        """Re-read the file size and indexes (a reader following another process); True if the file changed.

        A preallocated file keeps its size while it fills: the partition also
        calls :meth:`reload` when the writer's published high watermark moves.
        """
        size = os.fstat(self.fd).st_size
        if size == self.capacity:
            return False
        self.capacity = size
        self.reload()
        return True

    def reload(self) -> None:
        """Re-read the indexes and find the end of the data again (a reader)."""
        self.offset_index.reload()
        self.time_index.reload()
        self._times_from_index()
        self.load_tail()

    def read_batches(self, offset: int, end_position: int, max_records: int, max_bytes: int
                     ) -> Iterator[tuple[int, pa.RecordBatch]]:
        """``(base_offset, batch)`` for batches holding offsets ≥ ``offset`` below ``end_position``.

        The batches are found and CRC-checked first, then decoded together (:func:`record.decode_payloads`).
        """
        _, pos = self.offset_index.lookup(offset)
        records = 0
        nbytes = 0
        items: list[tuple[memoryview, record.BatchHeader]] = []
        try:
            for _, h, view in self._scan(pos, end_position, verify=True, with_payload=True):
                if h.next_offset <= offset:
                    continue
                assert view is not None
                items.append((view, h))
                records += h.next_offset - max(offset, h.base_offset)
                nbytes += h.size
                if records >= max_records or nbytes >= max_bytes:
                    break
        except CorruptRecordError:
            if self.writable:
                raise
            # a reader in another process racing the writer: stop at the partial batch
        try:
            batches = record.decode_payloads(items)
        except CorruptRecordError:
            if self.writable:
                raise
            batches = []
            for view, h in items:  # a reader: the batches before the undecodable one
                try:
                    batches.append(record.decode_payload(view, 0, h))
                except CorruptRecordError:
                    break
        for (_, h), batch in zip(items, batches):
            base = h.base_offset
            if base < offset:
                batch = batch.slice(offset - base)
                base = offset
            yield base, batch

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
