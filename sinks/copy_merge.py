"""Merge an hour's files by copying their row groups: no decode, sort, encode or tokenising per line.

Each source file is already cut in row groups sorted by the table's sort
keys, with statistics (the archive's contract), and a ``logs`` file has a
search index with one bloom filter per row group. So the merged file is the
sources' row groups, byte for byte (:mod:`millpond.sinks.parquet_concat`),
and its index the sources' filters, bit for bit
(:func:`millpond.sinks.search_index.compose`), bound to the new file by its
footer. Only small row groups (a quiet partition's flushes, each file's short
last group) are decoded, merged, sorted and encoded again, with a fresh index
for them; so a busy archive pays a copy, a quiet one the old price on few rows.

A source whose index is missing, foreign or stale gets its filters rebuilt
from its messages (only that column is read): the merged index is always
exact for the merged file. Files that cannot be concatenated (another schema,
encrypted) raise :class:`~millpond.sinks.parquet_concat.NotConcatenable` and
the caller merges them the old way.

Durability and order are :meth:`~millpond.sinks.archive.Archive.write_file`'s:
temp file, fsync, index published, rename, fsync of the directory (one PUT
each, index first, on an object store).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from millpond.durable import fsync_dir, temp_path
from millpond.pipeline.log.base import TopicPartition
from millpond.sinks import objectstore
from millpond.sinks import parquet_concat as pcat
from millpond.sinks import search_index as si
from millpond.sinks.archive import (HOUR_US, INDEXED, ROW_GROUP, SORT_KEYS, Archive, ArchiveFile, _parquet_options,
                                    file_name, hour_dir, split_hours)

MIN_COPY_ROWS = ROW_GROUP // 4
"""A row group of at least this many rows is copied as it is; smaller ones are merged and encoded again
(few rows: a flush of a busy partition is 3-4 full groups, so only its last one can be short)."""
INDEX_SHARE = 0.05
"""The most a merged file's copied search index should take of the file (issue 6: the index <= 5 % of the archive).
Above it, but within :data:`REBUILD_REACH` of it, the index is built again from the messages (which merges the
parts' common tokens): bench/search.py's lines in 375k-row flushes copy to 4.92 %, rebuilt 4.42 %; in 250k-row
flushes (2 row groups) 5.15 % vs 4.41 %."""
REBUILD_REACH = 1.2
"""Rebuilding saved 4-14 % of the index in the measurements above; a copied index more than 20 % over the bound
would stay over it (bench/pipeline.py's short lines with a unique number each: 9.7 % copied, 9.3 % rebuilt), so
it is kept rather than paying ~0.7 CPU-µs a line for nothing."""


@dataclass
class _Source:
    """One file to take row groups from: local (``fd``) or read whole into memory (``data``)."""

    name: str
    footer: pcat.Footer
    fd: int | None = None
    data: pa.Buffer | bytes | None = None
    path: str = ""
    copied: list[int] = field(default_factory=list)
    small: list[int] = field(default_factory=list)
    table: pa.Table | None = None
    """The rows, for a file encoded here (its index is built from them)."""

    def parquet(self) -> pq.ParquetFile:
        return pq.ParquetFile(pa.BufferReader(self.data) if self.fd is None else self.path)

    def read(self, start: int, length: int) -> bytes:
        if self.fd is None:
            return bytes(memoryview(self.data)[start:start + length])  # type: ignore[arg-type]
        return os.pread(self.fd, length, start)


def copy_merge(archive: Archive, table_name: str, schema: pa.Schema, tp: TopicPartition, hour: int,
               run: list[ArchiveFile]) -> ArchiveFile:
    """Write the file of ``run`` (an hour's files of ``tp``, in offset order) by copying row groups.

    ``schema``: the table's, which small row groups encoded again are cast to (as the sources were written).
    """
    sources: list[_Source] = []
    try:
        for f in run:
            sources.append(_open(archive, f))
        for s in sources:
            _check_hour(s, hour)
            rows = s.footer.rows()
            s.copied = [g for g, n in enumerate(rows) if n >= MIN_COPY_ROWS]
            s.small = [g for g, n in enumerate(rows) if n < MIN_COPY_ROWS]
        rest = _reencode([s for s in sources if s.small], table_name, schema)
        parts = [s for s in sources if s.copied] + ([rest] if rest is not None else [])
        concat = pcat.Concat()
        path = f"{archive.root}/{table_name}/{hour_dir(hour)}/{file_name(tp.topic, tp.partition, run[0].start, run[-1].end)}"
        indexed = table_name in INDEXED and archive.search_index and (archive.local or archive.search_index_remote)
        if archive.local:
            _write_local(archive, path, parts, concat, indexed)
        else:
            _write_remote(archive, path, parts, concat, indexed)
        return ArchiveFile(table_name, hour, tp.topic, tp.partition, run[0].start, run[-1].end, path)
    finally:
        for s in sources:
            if s.fd is not None:
                os.close(s.fd)


def _open(archive: Archive, f: ArchiveFile) -> _Source:
    name = f.path.rsplit("/", 1)[-1]
    if archive.local:
        fd = os.open(f.path, os.O_RDONLY)
        try:
            return _Source(name, pcat.read_footer(fd, os.fstat(fd).st_size), fd=fd, path=f.path)
        except BaseException:
            os.close(fd)
            raise
    with archive.fs.open_input_file(f.path) as fh:
        data = fh.read()
    return _Source(name, pcat.parse_footer(data, len(data)), data=data, path=f.path)


def _check_hour(s: _Source, hour: int) -> None:
    """Every row group's ``ts`` statistics lie inside ``hour`` (else the file is not what its name says)."""
    for lo, hi in s.footer.column_min_max("ts"):
        if lo is None or hi is None or not hour <= lo <= hi < hour + HOUR_US:
            raise pcat.NotConcatenable(f"{s.name}: ts statistics missing or outside its hour")


def _reencode(sources: list[_Source], table_name: str, schema: pa.Schema) -> _Source | None:
    """The small row groups of ``sources`` merged, sorted and encoded as one in-memory file (indexed later)."""
    if not sources:
        return None
    tables = [s.parquet().read_row_groups(s.small) for s in sources]
    try:  # (the cast also restores Arrow names Parquet does not keep, as a map's "entries")
        table = pa.concat_tables(tables).cast(schema)
    except (pa.ArrowInvalid, ValueError) as e:
        raise pcat.NotConcatenable(f"small row groups of other schemas: {e}") from None
    (_, table), = split_hours(table, SORT_KEYS.get(table_name, ["ts"]))
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, **_parquet_options(table.schema))
    buf = sink.getvalue()
    footer = pcat.parse_footer(buf, buf.size)
    return _Source("", footer, data=buf, copied=list(range(len(footer.row_groups))), table=table)


def _index(archive: Archive, parts: list[_Source], data: str, merged: Callable[[], pq.ParquetFile],
           size: int) -> bytes:
    """The merged file's index from its parts' (rebuilt for a part whose index is unusable).

    If the filters copied would take more than :data:`INDEX_SHARE` of the file (small parts: fewer tokens
    common to their row groups move to a shared filter), but not so much more that a rebuild could not bring
    it under (:data:`REBUILD_REACH`), it is built again from the merged file's messages.
    """
    pieces = []
    for s in parts:
        blob = header = None
        if s.path:
            try:
                with archive.fs.open_input_file(si.index_path(archive.root, s.path)) as fh:
                    blob = fh.read()
            except (OSError, pa.ArrowException):
                blob = None
            header = si.verify(blob) if blob is not None else None
            if header is not None and (header.data != s.footer.data_id(s.name) or header.rows != s.footer.rows()
                                       or header.k != si.K or header.lower != duckdb.__version__):
                header = None
        if header is None:  # build the part's filters from its messages
            messages = s.table if s.table is not None else s.parquet().read_row_groups(s.copied, columns=["message"])
            rows = [s.footer.rows()[g] for g in s.copied]
            blob = si.build(messages.column("message"), rows, data="")
            header = si.verify(blob)
            pieces.append((blob, header, list(range(len(rows)))))
        else:
            pieces.append((blob, header, s.copied))
    out = si.compose(pieces, data=data)  # type: ignore[arg-type]
    if INDEX_SHARE * size < len(out) <= INDEX_SHARE * REBUILD_REACH * size:
        f = merged()
        rows = [f.metadata.row_group(g).num_rows for g in range(f.metadata.num_row_groups)]
        out = si.build(f.read(columns=["message"]).column("message"), rows, data=data)
    return out


def _copy_into(out: Callable[[bytes], None], s: _Source, dst_fd: int | None) -> Callable[[int, int], None]:
    def copy(start: int, length: int) -> None:
        if dst_fd is not None and s.fd is not None:
            while length > 0:  # in the kernel where it can (same filesystem), else through a buffer
                try:
                    n = os.copy_file_range(s.fd, dst_fd, length, start)
                except OSError:
                    n = 0
                if n <= 0:
                    out(os.pread(s.fd, length, start))
                    return
                start, length = start + n, length - n
        else:
            out(s.read(start, length))
    return copy


def _write_local(archive: Archive, path: str, parts: list[_Source], concat: pcat.Concat, indexed: bool) -> None:
    parent, name = path.rsplit("/", 1)
    tmp = temp_path(path)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        def write(b: bytes) -> None:
            view = memoryview(b)
            while len(view):
                view = view[os.write(fd, view):]
        write(pcat.MAGIC)
        for s in parts:
            concat.add(s.footer, s.copied, _copy_into(write, s, fd))
        footer = concat.footer()
        write(footer + len(footer).to_bytes(4, "little") + pcat.MAGIC)
        os.fsync(fd)
        os.close(fd)
        fd = -1
        size = os.path.getsize(tmp)
        if pq.read_metadata(tmp).num_rows != concat.num_rows:
            raise pcat.NotConcatenable("the merged file does not read back")
        if indexed:
            blob = _index(archive, parts, pcat.Footer(footer, size, []).data_id(name), lambda: pq.ParquetFile(tmp),
                          size)
            si.write_local(si.index_path(archive.root, path), blob)
        os.replace(tmp, path)
    except BaseException:
        if fd >= 0:
            os.close(fd)
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_dir(parent)


def _write_remote(archive: Archive, path: str, parts: list[_Source], concat: pcat.Concat, indexed: bool) -> None:
    chunks: list[bytes] = [pcat.MAGIC]
    for s in parts:
        concat.add(s.footer, s.copied, _copy_into(chunks.append, s, None))
    footer = concat.footer()
    chunks.append(footer + len(footer).to_bytes(4, "little") + pcat.MAGIC)
    data = b"".join(chunks)
    if pq.read_metadata(pa.BufferReader(data)).num_rows != concat.num_rows:
        raise pcat.NotConcatenable("the merged file does not read back")
    if indexed:
        blob = _index(archive, parts, pcat.Footer(footer, len(data), []).data_id(path.rsplit("/", 1)[-1]),
                      lambda: pq.ParquetFile(pa.BufferReader(data)), len(data))
        objectstore.publish(archive.fs, si.index_path(archive.root, path), blob)
    objectstore.publish(archive.fs, path, data)
