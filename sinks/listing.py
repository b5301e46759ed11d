"""A cached view of the archive's files for the query service.

Listing 90 days of hour directories and building a pyarrow fragment per
file costs about a second per table; a query must not pay that. This cache
re-lists only hour directories whose mtime changed (a directory modified in
the last two seconds is always re-listed: mtime ticks are coarse) and keeps
one fragment per file, keyed by path and inode (a file renamed over an old
name is a new inode, so a stale fragment is never reused).
Remote filesystems have no directory mtimes: they are listed in full.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.dataset as ds

from millpond.sinks.archive import Archive, ArchiveFile, _parse_hour, hour_fragment, parse_name

_UNSTABLE_NS = 2_000_000_000
DICTIONARY_COLUMNS = ("host", "service", "severity", "source", "name", "rule", "state")
"""Low-cardinality strings read as Arrow dictionaries: DuckDB groups and filters them much faster."""


def read_schema(schema: pa.Schema) -> pa.Schema:
    """``schema`` with :data:`DICTIONARY_COLUMNS` as dictionary<int32, string> (DuckDB still sees VARCHAR)."""
    return pa.schema([pa.field(f.name, pa.dictionary(pa.int32(), pa.string()), f.nullable)
                      if f.name in DICTIONARY_COLUMNS and f.type == pa.string() else f for f in schema])


@dataclass
class _Dir:
    mtime_ns: int
    files: list[tuple[ArchiveFile, int]] = field(default_factory=list)


class CachedListing:
    """``list(table)`` and ``dataset(files, schema)`` like :class:`Archive`'s, cached; thread-safe."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self._dirs: dict[str, _Dir] = {}
        self._inodes: dict[str, int] = {}
        self._fragments: dict[tuple[str, int], ds.Fragment] = {}
        self._format = ds.ParquetFileFormat(read_options=ds.ParquetReadOptions(
            dictionary_columns=set(DICTIONARY_COLUMNS)))
        self._lock = threading.Lock()

    def list(self, table: str) -> list[ArchiveFile]:
        if not self.archive.local:
            return self.archive.list(table)
        base = f"{self.archive.root}/{table}"
        now = time.time_ns()
        out: list[ArchiveFile] = []
        seen: set[str] = set()
        with self._lock:
            for date in _subdirs(base):
                for hour in _subdirs(date.path):
                    try:
                        mtime = hour.stat().st_mtime_ns
                    except FileNotFoundError:
                        continue
                    seen.add(hour.path)
                    cached = self._dirs.get(hour.path)
                    if cached is None or cached.mtime_ns != mtime or now - mtime < _UNSTABLE_NS:
                        if cached is not None:
                            self._forget(cached)
                        cached = self._dirs[hour.path] = _Dir(mtime, self._scan(table, date.name, hour))
                    for f, inode in cached.files:
                        self._inodes[f.path] = inode
                        out.append(f)
            for gone in [d for d in self._dirs if d.startswith(base + "/") and d not in seen]:
                self._forget(self._dirs.pop(gone))
        out.sort()
        return out

    def _forget(self, d: _Dir) -> None:
        for f, _ in d.files:
            self._inodes.pop(f.path, None)

    @staticmethod
    def _scan(table: str, date_name: str, hour: os.DirEntry) -> list[tuple[ArchiveFile, int]]:
        hour_us = _parse_hour(date_name, hour.name)
        if hour_us is None:
            return []
        files = []
        try:
            entries = list(os.scandir(hour.path))
        except FileNotFoundError:
            return []
        for e in entries:
            parsed = parse_name(e.name)
            if parsed is not None:
                topic, part, start, end, pending = parsed
                files.append((ArchiveFile(table, hour_us, topic, part, start, end, e.path, pending), e.inode()))
        return files

    def dataset(self, files: list[ArchiveFile], schema: pa.Schema) -> ds.Dataset:
        """Like :meth:`Archive.dataset`, reusing fragments of files seen before."""
        if not self.archive.local:
            frags = [hour_fragment(self._format, f, self.archive.fs, schema) for f in files]
            return ds.FileSystemDataset(frags, read_schema(schema), self._format, self.archive.fs)
        frags = []
        with self._lock:
            for f in files:
                key = (f.path, self._inodes.get(f.path, 0))
                frag = self._fragments.get(key)
                if frag is None:
                    frag = self._fragments[key] = hour_fragment(self._format, f, self.archive.fs, schema)
                frags.append(frag)
            if len(self._fragments) > 2 * max(len(self._inodes), 1024):
                live = set(self._inodes.items())
                self._fragments = {k: v for k, v in self._fragments.items() if k in live}
        return ds.FileSystemDataset(frags, read_schema(schema), self._format, self.archive.fs)


def _subdirs(path: str) -> list[os.DirEntry]:
    try:
        with os.scandir(path) as it:
            return [e for e in it if e.is_dir(follow_symlinks=False)]
    except (FileNotFoundError, NotADirectoryError):
        return []
