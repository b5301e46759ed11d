"""Sparse offset and time indexes of one segment.

``<base>.index`` holds fixed-width entries ``(relative offset u32, position u32)``;
``<base>.timeindex`` holds ``(max timestamp so far i64, relative offset u32)``.
Entries are appended every ``index_interval_bytes`` of log; both files are
derived data (no checksum, never fsync'd on the hot path): if one is missing
or inconsistent with its segment it is rebuilt from the log.

``lookup`` returns the greatest entry at or below the target (greatest lower
bound), so a read starts at most one interval before what it wants.
"""

from __future__ import annotations

import os
import struct
from bisect import bisect_right
from pathlib import Path

from millpond.pipeline.log.errors import CorruptIndexError, InvalidOffsetError

_OFFSET_ENTRY = struct.Struct("<II")
_TIME_ENTRY = struct.Struct("<qI")


class _Index:
    entry: struct.Struct

    def __init__(self, path: Path, *, writable: bool) -> None:
        self.path = path
        self.keys: list[int] = []
        self.values: list[int] = []
        self._fd: int | None = None
        self._loaded = 0  # bytes of the file that ``keys``/``values`` hold (for a reader's incremental reload)
        if path.exists():
            self._load()
        if writable:
            self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def _load(self) -> None:
        data = self.path.read_bytes()
        if len(data) % self.entry.size:
            raise CorruptIndexError(f"{self.path}: size {len(data)} is not a multiple of {self.entry.size}")
        for a, b in self.entry.iter_unpack(data):
            self.keys.append(a)
            self.values.append(b)
        self._loaded = len(data)

    def reload(self) -> None:
        """Re-read the file (a reader following a segment another process writes).

        Only the entries appended since the last load are read: a reader
        reloads at every poll that finds new data, and re-reading a whole
        index (≈ 2,000 entries per file near the end of a 128 MiB segment,
        unpacked in Python) grew with the segment. All of it is re-read when
        the entries in memory were cut, the file shrank, or the last entry
        read is no longer the same bytes (a writer's recovery rewrote it).
        """
        if self._follow():
            return
        self.keys.clear()
        self.values.clear()
        self._loaded = 0
        if self.path.exists():
            self._load()

    def _follow(self) -> bool:
        """Append the entries written since the last load; False if that is not safe (reload all)."""
        size = self.entry.size
        if not self.keys or self._loaded != len(self.keys) * size:
            return False
        try:
            with open(self.path, "rb") as f:
                f.seek(self._loaded - size)
                data = f.read()
        except FileNotFoundError:
            return False
        if data[:size] != self.entry.pack(self.keys[-1], self.values[-1]):
            return False
        whole = (len(data) - size) // size * size  # a partial entry (being written) waits for the next reload
        new = list(self.entry.iter_unpack(data[size:size + whole]))
        if not self._in_order(new):
            return False
        for a, b in new:
            self.keys.append(a)
            self.values.append(b)
        self._loaded += whole
        return True

    def _in_order(self, new: list[tuple[int, int]]) -> bool:
        """Whether ``new`` entries may follow the ones in memory (the writer only appends growing keys)."""
        last = self.keys[-1]
        for a, _ in new:
            if a <= last:
                return False
            last = a
        return True

    def _write(self, a: int, b: int) -> None:
        if self._fd is not None:
            os.write(self._fd, self.entry.pack(a, b))
            self._loaded += self.entry.size

    def __len__(self) -> int:
        return len(self.keys)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def flush(self) -> None:
        if self._fd is not None:
            os.fsync(self._fd)

    def truncate(self, n: int) -> None:
        """Keep the first ``n`` entries."""
        del self.keys[n:], self.values[n:]
        with open(self.path, "r+b") as f:
            f.truncate(n * self.entry.size)
        self._loaded = min(self._loaded, n * self.entry.size)


class OffsetIndex(_Index):
    entry = _OFFSET_ENTRY

    def __init__(self, path: Path, base_offset: int, *, writable: bool) -> None:
        self.base_offset = base_offset
        super().__init__(path, writable=writable)
        if any(b <= a for a, b in zip(self.keys, self.keys[1:])):
            raise CorruptIndexError(f"{path}: offsets not increasing")

    def append(self, offset: int, position: int) -> None:
        rel = offset - self.base_offset
        if rel < 0 or rel >= 2**32 or (self.keys and rel <= self.keys[-1]):
            raise InvalidOffsetError(f"index append of offset {offset} after {self.last_offset()}")
        self.keys.append(rel)
        self.values.append(position)
        self._write(rel, position)

    def last_offset(self) -> int | None:
        return self.base_offset + self.keys[-1] if self.keys else None

    def lookup(self, offset: int) -> tuple[int, int]:
        """``(offset, position)`` of the greatest entry ≤ ``offset``; ``(base, 0)`` if none."""
        i = bisect_right(self.keys, offset - self.base_offset) - 1
        if i < 0:
            return self.base_offset, 0
        return self.base_offset + self.keys[i], self.values[i]

    def truncate_memory_to_position(self, position: int) -> None:
        """Forget (in memory only) entries at or past ``position``: a reader never truncates the file."""
        n = bisect_right(self.values, position - 1)
        del self.keys[n:], self.values[n:]

    def truncate_to_position(self, position: int) -> None:
        """Drop entries pointing at or past ``position`` (the log was truncated there)."""
        self.truncate(bisect_right(self.values, position - 1))


class TimeIndex(_Index):
    entry = _TIME_ENTRY

    def __init__(self, path: Path, base_offset: int, *, writable: bool) -> None:
        self.base_offset = base_offset
        super().__init__(path, writable=writable)

    def maybe_append(self, max_ts: int, offset: int) -> None:
        """Record ``max_ts`` at ``offset`` if time moved forward since the last entry."""
        if self.keys and max_ts <= self.keys[-1]:
            return
        self.keys.append(max_ts)
        self.values.append(offset - self.base_offset)
        self._write(max_ts, offset - self.base_offset)

    def lookup(self, ts: int) -> int:
        """An offset from which records at or after ``ts`` can be found by scanning forward.

        Entries say "up to this offset, the max timestamp was k": start at the
        last entry whose max timestamp is still below ``ts``.
        """
        i = bisect_right(self.keys, ts - 1) - 1
        if i < 0:
            return self.base_offset
        return self.base_offset + self.values[i]

    def truncate_to_offset(self, offset: int) -> None:
        rel = offset - self.base_offset
        n = 0
        while n < len(self.values) and self.values[n] < rel:
            n += 1
        self.truncate(n)
