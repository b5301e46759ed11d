"""The agent's disk buffer: an append-only, bounded, crash-safe queue of records.

Layout: ``<dir>/<20-digit first seq>.spool`` segment files. A record is
``[u32 length][u32 CRC32C of seq+payload][u64 seq][payload]``; sequence
numbers increase. Reading starts after the acknowledged sequence number,
which the owner keeps (in its checkpoint) and passes to :meth:`Spool.open`.

On open every segment is verified; a torn or corrupt tail (kill -9 mid-write,
a bad sector) is truncated and logged with the bytes dropped, never raised,
so a crash cannot turn into a crash loop. When the spool outgrows
``max_bytes`` the oldest segment goes (counted, logged, handed to
``on_drop``) — only then is unacknowledged data lost.
"""

from __future__ import annotations

import logging
import os
import struct
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import crc32c

log = logging.getLogger(__name__)

HEADER = struct.Struct("<IIQ")
MAX_RECORD = 64 * 1024**2
SUFFIX = ".spool"


class SpoolFull(Exception):
    """A single record larger than the whole spool."""


@dataclass
class Segment:
    first_seq: int
    path: Path
    size: int = 0
    last_seq: int = 0
    records: int = 0


def _crc(seq: int, payload: bytes | memoryview) -> int:
    return crc32c.crc32c(payload, crc32c.crc32c(struct.pack("<Q", seq)))


def scan(path: Path, limit: int | None = None) -> Iterator[tuple[int, int, bytes]]:
    """``(offset, seq, payload)`` of each valid record of a segment, stopping at the first bad one."""
    with open(path, "rb") as f:
        data = f.read() if limit is None else f.read(limit)
    pos, prev = 0, -1
    while pos + HEADER.size <= len(data):
        length, crc, seq = HEADER.unpack_from(data, pos)
        end = pos + HEADER.size + length
        if length > MAX_RECORD or end > len(data) or seq <= prev:
            return
        payload = data[pos + HEADER.size:end]
        if _crc(seq, payload) != crc:
            return
        yield pos, seq, payload
        prev, pos = seq, end


@dataclass
class Spool:
    """Bounded on-disk FIFO. Single-threaded use (the agent's event loop), except :meth:`sync`."""

    directory: Path
    max_bytes: int
    segment_bytes: int
    acked_seq: int = 0
    on_drop: Callable[[list[tuple[int, bytes]]], None] | None = None
    segments: list[Segment] = field(default_factory=list)
    next_seq: int = 1
    dropped_records: int = 0
    dropped_bytes: int = 0
    truncated_bytes: int = 0
    _fd: int = -1
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _dirty: bool = False
    write_failed: bool = False
    _cursor: tuple[int, int, int] | None = None

    @classmethod
    def open(
        cls,
        directory: Path,
        max_bytes: int,
        *,
        acked_seq: int = 0,
        segment_bytes: int | None = None,
        on_drop: Callable[[list[tuple[int, bytes]]], None] | None = None,
    ) -> Spool:
        """Open (creating) the spool in ``directory``, verifying and repairing every segment."""
        directory.mkdir(parents=True, exist_ok=True)
        seg = segment_bytes or max(64 * 1024, min(64 * 1024**2, max_bytes // 8))
        sp = cls(directory, max_bytes, seg, acked_seq, on_drop)
        sp._recover()
        return sp

    def _recover(self) -> None:
        for tmp in self.directory.glob(".*.tmp"):
            tmp.unlink(missing_ok=True)
        paths = sorted(self.directory.glob(f"*{SUFFIX}"))
        for path in paths:
            try:
                first = int(path.name[: -len(SUFFIX)])
            except ValueError:
                log.warning("spool: ignoring stray file %s", path)
                continue
            size = path.stat().st_size
            good, last, n = 0, 0, 0
            for off, seq, payload in scan(path):
                good, last, n = off + HEADER.size + len(payload), seq, n + 1
            if good < size:
                log.warning("spool: %s has a torn or corrupt tail; truncated %d bytes", path.name, size - good)
                self.truncated_bytes += size - good
                os.truncate(path, good)
            if n == 0 or last <= self.acked_seq:
                path.unlink()
                continue
            if self.segments and first <= self.segments[-1].last_seq:
                log.warning("spool: %s overlaps the previous segment; removed", path.name)
                path.unlink()
                continue
            self.segments.append(Segment(first, path, good, last, n))
        if self.segments:
            self.next_seq = self.segments[-1].last_seq + 1
        self.next_seq = max(self.next_seq, self.acked_seq + 1)

    # -- writing ---------------------------------------------------------

    def append(self, payload: bytes) -> int:
        """Append one record; returns its sequence number. May drop the oldest segments."""
        rec_size = HEADER.size + len(payload)
        if len(payload) > MAX_RECORD or rec_size > self.max_bytes:
            raise SpoolFull(f"record of {len(payload)} bytes exceeds the spool bound")
        seq = self.next_seq
        if not self.segments or self._fd < 0 or self.segments[-1].size + rec_size > self.segment_bytes:
            self._roll(seq)
        cur = self.segments[-1]
        data = HEADER.pack(len(payload), _crc(seq, payload), seq) + payload
        view = memoryview(data)
        try:
            while view:
                view = view[os.write(self._fd, view):]
        except OSError:
            os.ftruncate(self._fd, cur.size)  # no torn record in front of the next append
            self.write_failed = True
            raise
        cur.size += len(data)
        cur.last_seq = seq
        cur.records += 1
        self.next_seq = seq + 1
        self._dirty = True
        self._enforce_bound()
        return seq

    def _roll(self, seq: int) -> None:
        with self._lock:
            if self._fd >= 0:
                os.fsync(self._fd)
                os.close(self._fd)
                self._fd = -1
            tail = self.segments[-1] if self.segments else None
            if tail is not None and tail.size == 0:
                tail.path.unlink(missing_ok=True)
                self.segments.pop()
            path = self.directory / f"{seq:020d}{SUFFIX}"
            self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
            os.truncate(path, 0)
            self.segments.append(Segment(seq, path))
            fd = os.open(self.directory, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)

    def _enforce_bound(self) -> None:
        while self.total_bytes > self.max_bytes and len(self.segments) > 1:
            seg = self.segments.pop(0)
            lost = [(seq, p) for _, seq, p in scan(seg.path) if seq > self.acked_seq]
            seg.path.unlink(missing_ok=True)
            if lost:
                self.dropped_records += len(lost)
                self.dropped_bytes += sum(len(p) for _, p in lost)
                log.warning(
                    "spool full (%d bytes): dropped the oldest %d unacknowledged records (seq %d..%d)",
                    self.max_bytes, len(lost), lost[0][0], lost[-1][0],
                )
                self.acked_seq = max(self.acked_seq, lost[-1][0])
                if self.on_drop is not None:
                    self.on_drop(lost)

    def sync(self) -> None:
        """fdatasync the segment being written (callable from a worker thread)."""
        with self._lock:
            if self._fd >= 0 and self._dirty:
                self._dirty = False
                os.fdatasync(self._fd)

    def ack(self, seq: int) -> None:
        """Everything up to ``seq`` is delivered: delete segments holding nothing newer.

        After a failed write (full disk) an all-delivered spool also drops the
        segment being written, so the space comes back without waiting for a roll.
        """
        self.acked_seq = max(self.acked_seq, seq)
        while len(self.segments) > 1 and self.segments[0].last_seq <= self.acked_seq:
            self.segments.pop(0).path.unlink(missing_ok=True)
        if self.write_failed and self.segments and self.segments[-1].last_seq <= self.acked_seq:
            with self._lock:
                if self._fd >= 0:
                    os.close(self._fd)
                    self._fd = -1
            self.segments.pop().path.unlink(missing_ok=True)
            self.write_failed = False

    def close(self) -> None:
        with self._lock:
            if self._fd >= 0:
                os.fsync(self._fd)
                os.close(self._fd)
                self._fd = -1

    # -- reading ---------------------------------------------------------

    @property
    def total_bytes(self) -> int:
        return sum(s.size for s in self.segments)

    @property
    def pending_records(self) -> int:
        """Records not yet acknowledged (approximate within the first segment)."""
        return max(0, self.next_seq - 1 - self.acked_seq)

    def read(self, after: int, max_records: int = 64, max_bytes: int = 8 * 1024**2) -> list[tuple[int, bytes]]:
        """Up to ``max_records`` records with ``seq > after``, oldest first.

        Sequential readers continue from a remembered cursor, so reading the
        spool front to back costs one pass, not one pass per call.
        """
        out: list[tuple[int, bytes]] = []
        size = 0
        for seg in self.segments:
            if seg.last_seq <= after or seg.size == 0:
                continue
            cur = self._cursor
            pos = cur[2] if cur is not None and cur[0] == after and cur[1] == seg.first_seq else 0
            with open(seg.path, "rb") as f:
                f.seek(pos)
                while pos + HEADER.size <= seg.size:
                    length, crc, seq = HEADER.unpack(f.read(HEADER.size))
                    if pos + HEADER.size + length > seg.size:
                        break
                    payload = f.read(length) if seq > after else (f.seek(length, 1) and b"")
                    pos += HEADER.size + length
                    if seq > after:
                        if _crc(seq, payload) != crc:
                            log.error("spool: record %d in %s fails its CRC; skipped", seq, seg.path.name)
                        else:
                            out.append((seq, payload))
                            size += len(payload)
                        after = seq
                    self._cursor = (after, seg.first_seq, pos)
                    if len(out) >= max_records or size >= max_bytes:
                        return out
        return out
