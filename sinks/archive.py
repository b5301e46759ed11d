"""The Parquet archive: Hive-partitioned files named by the log range they hold.

Layout (through a pyarrow filesystem, local by default)::

    <root>/<table>/date=YYYY-MM-DD/hour=HH/<topic>-<partition>-<start>-<end>.parquet

A file holds *every* record of log partition ``<topic>/<partition>`` with an
offset in ``[start, end)`` whose ``ts`` falls in that hour (offsets are
20-digit zero-padded). That naming carries the exactly-once bookkeeping:

- a flush writes its files as ``<name>.parquet.pending`` (temp + rename +
  fsync of the directory), the consumer group commits ``end``, then the
  files are *published*: renamed to ``<name>.parquet``. Globs of plain
  readers (``*.parquet``) never match a pending file;
- after a crash, :meth:`Archive.recover` (run before a worker consumes a
  partition) deletes every file with ``start >= committed`` (written, never
  committed: the replay writes it again) and publishes pending files with
  ``end <= committed`` (committed, not yet renamed), so nothing is archived
  twice and nothing committed stays hidden;
- readers that know the committed offsets (the query service) keep files,
  pending or not, with ``end <= committed`` (the rest is read from the log's
  tail); readers that do not keep only published files;
- compaction writes one file covering ``[min start, max end)`` of an hour's
  files; a file whose range lies inside another's of the same hour and
  partition is *superseded* and ignored by readers until it is deleted, so a
  reader never sees a record twice, whichever instant it lists the directory.

Temporary files start with ``.`` so that DuckDB/Polars globs (``*.parquet``)
and pyarrow datasets never see them.
"""

from __future__ import annotations

import io
import logging
import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from millpond.durable import TEMP_SUFFIX, fsync_dir, temp_path, temp_target
from millpond.pipeline.log.base import TopicPartition
from millpond.sinks import objectstore
from millpond.sinks import search_index as si

log = logging.getLogger(__name__)

HOUR_US = 3_600_000_000
ROW_GROUP = 128 * 1024

SORT_KEYS: dict[str, list[str]] = {
    "logs": ["service", "ts"],
    "metrics": ["name", "host", "ts"],
    "metrics_1m": ["name", "host", "ts"],
    "metrics_1h": ["name", "host", "ts"],
    "logs_1m": ["service", "ts"],
}
"""Row order inside a file: the common filters first, so row-group statistics prune."""

INDEXED = frozenset({"logs"})
"""Tables whose files get a needle search index (:mod:`millpond.sinks.search_index`)."""


@dataclass(frozen=True, order=True)
class ArchiveFile:
    """One archive file, parsed from its path."""

    table: str
    hour_us: int
    topic: str
    partition: int
    start: int
    end: int
    path: str
    pending: bool = False

    @property
    def tp(self) -> TopicPartition:
        return TopicPartition(self.topic, self.partition)

    @property
    def published_path(self) -> str:
        return self.path.removesuffix(PENDING)


PENDING = ".pending"
"""Suffix of a file written but whose range is not committed and published yet."""


def file_name(topic: str, partition: int, start: int, end: int) -> str:
    return f"{topic}-{partition:04d}-{start:020d}-{end:020d}.parquet"


def parse_name(name: str) -> tuple[str, int, int, int, bool] | None:
    """``(topic, partition, start, end, pending)`` of a file name, ``None`` if it is not an archive file."""
    pending = name.endswith(PENDING)
    name = name.removesuffix(PENDING)
    if not name.endswith(".parquet") or name.startswith((".", "_")):
        return None
    parts = name[: -len(".parquet")].rsplit("-", 3)
    if len(parts) != 4:
        return None
    try:
        return parts[0], int(parts[1]), int(parts[2]), int(parts[3]), pending
    except ValueError:
        return None


def hour_dir(hour_us: int) -> str:
    t = datetime.fromtimestamp(hour_us / 1e6, UTC)
    return f"date={t:%Y-%m-%d}/hour={t:%H}"


def _parse_hour(date_part: str, hour_part: str) -> int | None:
    try:
        d = datetime.strptime(date_part.removeprefix("date="), "%Y-%m-%d").replace(tzinfo=UTC)
        return int(d.timestamp()) * 1_000_000 + int(hour_part.removeprefix("hour=")) * HOUR_US
    except ValueError:
        return None


def live_files(files: Iterable[ArchiveFile], committed: dict[TopicPartition, int] | None = None) -> list[ArchiveFile]:
    """The files a reader should read: committed ones, minus superseded ones.

    ``committed`` filters first (files past it are either not committed yet or
    orphans of a crash; their records are in the log tail), then, per hour and
    partition, a file whose range lies inside an earlier-listed wider one is
    dropped (a compaction's sources, until they are deleted).
    """
    groups: dict[tuple[str, int, str, int], list[ArchiveFile]] = defaultdict(list)
    for f in files:
        if committed is None and f.pending:
            continue
        if committed is not None and f.end > committed.get(f.tp, 0):
            continue
        groups[(f.table, f.hour_us, f.topic, f.partition)].append(f)
    out: list[ArchiveFile] = []
    for group in groups.values():
        group.sort(key=lambda f: (f.start, -f.end, f.pending))
        reach = -1
        for f in group:
            if f.end <= reach:
                continue  # inside a wider file already kept
            out.append(f)
            reach = f.end
    out.sort()
    return out


def superseded(files: Iterable[ArchiveFile]) -> list[ArchiveFile]:
    """Published files covered by a wider file of the same hour and partition (safe to delete).

    Pending files are never superseded: they are a flush in flight between its
    write and its commit (maybe another worker's, whose partitions these are);
    :meth:`Archive.recover` is the one to delete or publish them after a crash.
    """
    files = list(files)
    keep = set(live_files(files))
    return [f for f in files if f not in keep and not f.pending]


class Archive:
    """Parquet files under one root, on any pyarrow filesystem.

    Thread safety: writes to distinct names may run concurrently; the worker
    is the only writer of a topic partition's files.
    """

    search_index = True
    """Write a search index for each file of :data:`INDEXED` tables (before the file itself)."""
    search_index_remote = True
    """Also on object stores: the index is one PUT before the data file's PUT (read once, cached by the query service)."""

    def __init__(self, uri: str | Path, *, endpoint: str = "", options: dict[str, str] | None = None) -> None:
        store = objectstore.resolve(uri, endpoint=endpoint, options=options)
        self.fs, self.root, self.local = store.fs, store.root, store.local

    @classmethod
    def for_data_dir(cls, data_dir: Path, uri: str = "", *, endpoint: str = "",
                     options: dict[str, str] | None = None) -> Archive:
        return cls(uri or Path(data_dir) / "archive", endpoint=endpoint, options=options)

    # -- writing -------------------------------------------------------------------------------

    def write(self, table_name: str, tp: TopicPartition, start: int, end: int, table: pa.Table | pa.RecordBatch,
              *, sort_keys: list[str] | None = None, pending: bool = False) -> list[ArchiveFile]:
        """Write ``table`` (rows of offsets ``[start, end)`` of ``tp``) as one file per hour; durable on return.

        ``pending``: as ``….parquet.pending``, for :meth:`publish` after the offsets are committed.
        """
        if isinstance(table, pa.RecordBatch):
            table = pa.Table.from_batches([table])
        written: list[ArchiveFile] = []
        for hour_us, part in split_hours(table, sort_keys if sort_keys is not None else SORT_KEYS.get(table_name, ["ts"])):
            path = f"{self.root}/{table_name}/{hour_dir(hour_us)}/{file_name(tp.topic, tp.partition, start, end)}"
            path += PENDING if pending else ""
            self.write_file(path, part, index=self.search_index and table_name in INDEXED)
            written.append(ArchiveFile(table_name, hour_us, tp.topic, tp.partition, start, end, path, pending))
        return written

    def publish(self, files: Iterable[ArchiveFile]) -> list[ArchiveFile]:
        """Rename pending files to their final names (then fsync their directories)."""
        done: list[ArchiveFile] = []
        dirs: set[str] = set()
        for f in files:
            if not f.pending:
                continue
            try:
                self.fs.move(f.path, f.published_path)
            except FileNotFoundError:
                continue  # published already (a retry)
            done.append(ArchiveFile(f.table, f.hour_us, f.topic, f.partition, f.start, f.end, f.published_path))
            dirs.add(f.path.rsplit("/", 1)[0])
        if self.local:
            for d in dirs:
                fsync_dir(d)
        return done

    def write_file(self, path: str, table: pa.Table, *, index: bool = False) -> None:
        """Atomically replace ``path`` with ``table`` as zstd Parquet: temp file, fsync, rename, fsync dir.

        ``index``: first publish the file's search index (its ``message`` column), then the file.
        """
        parent = path.rsplit("/", 1)[0]
        tmp = temp_path(path)
        kwargs = _parquet_options(table.schema)
        if self.local:
            created = _makedirs(parent)
            try:
                with open(tmp, "wb") as f:
                    pq.write_table(table, f, **kwargs)
                    f.flush()
                    os.fsync(f.fileno())
                if index:
                    with open(tmp, "rb") as f:
                        blob = _search_index(table, f, os.path.getsize(tmp), path)
                    if blob is not None:
                        si.write_local(si.index_path(self.root, path), blob)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
            fsync_dir(parent)
            for d in created:
                fsync_dir(str(Path(d).parent))
        else:  # an object store: one atomic PUT under the final name (no rename there; see objectstore)
            buf = objectstore.parquet_bytes(table, **kwargs)
            index = index and self.search_index_remote
            blob = _search_index(table, pa.BufferReader(buf), buf.size, path) if index else None
            if blob is not None:
                objectstore.publish(self.fs, si.index_path(self.root, path), blob)
            objectstore.publish(self.fs, path, buf)

    def delete(self, files: Iterable[ArchiveFile]) -> int:
        """Delete ``files``, each with its search index (if any); returns how many files were there."""
        n = 0
        for f in files:
            try:
                self.fs.delete_file(f.path)
                n += 1
            except FileNotFoundError:
                pass
            if f.table in INDEXED:
                try:
                    self.fs.delete_file(si.index_path(self.root, f.path))
                except FileNotFoundError:
                    pass
        return n

    # -- reading -------------------------------------------------------------------------------

    def list(self, table_name: str) -> list[ArchiveFile]:
        """Every archive file of ``table_name`` (including superseded and uncommitted ones)."""
        base = f"{self.root}/{table_name}"
        try:
            infos = self.fs.get_file_info(pafs.FileSelector(base, recursive=True, allow_not_found=True))
        except FileNotFoundError:
            return []
        out: list[ArchiveFile] = []
        for info in infos:
            if info.type != pafs.FileType.File:
                continue
            rel = info.path[len(base) + 1:].split("/")
            if len(rel) != 3:
                continue
            parsed = parse_name(rel[2])
            hour = _parse_hour(rel[0], rel[1])
            if parsed is None or hour is None:
                continue
            topic, part, start, end, pending = parsed
            out.append(ArchiveFile(table_name, hour, topic, part, start, end, info.path, pending))
        out.sort()
        return out

    def dataset(self, files: list[ArchiveFile], schema: pa.Schema) -> ds.Dataset:
        """A pyarrow dataset of ``files`` whose fragments know their hour.

        Each fragment's partition expression bounds ``ts`` to its hour, so a
        ``ts`` filter skips whole files without opening them.
        """
        fmt = ds.ParquetFileFormat()
        frags = [hour_fragment(fmt, f, self.fs, schema) for f in files]
        return ds.FileSystemDataset(frags, schema, fmt, self.fs)

    def read(self, files: list[ArchiveFile], schema: pa.Schema) -> pa.Table:
        return self.dataset(files, schema).to_table()

    # -- bookkeeping ---------------------------------------------------------------------------

    def recover(self, tables: Iterable[str], committed: dict[TopicPartition, int],
                partitions: Iterable[TopicPartition]) -> tuple[int, int]:
        """After a crash, for ``partitions``: delete files past the committed offset, publish committed pending ones.

        Returns ``(deleted, published)``.
        """
        wanted = set(partitions)
        files = [f for t in tables for f in self.list(t) if f.tp in wanted]
        doomed = [f for f in files if f.start >= committed.get(f.tp, 0)]
        late = [f for f in files if f.pending and f.end <= committed.get(f.tp, 0)]
        deleted = self.delete(doomed)
        for t in INDEXED.intersection(tables):  # indexes a crash left without their file
            for p in si.orphans(self.fs, self.root, t):
                parsed = parse_name((si.data_path(self.root, p) or "").rsplit("/", 1)[-1])
                if parsed is not None and TopicPartition(parsed[0], parsed[1]) in wanted:
                    try:
                        self.fs.delete_file(p)
                    except FileNotFoundError:
                        pass
        swept = self._sweep_temps(tables, wanted)
        if swept:
            log.info("archive: removed %d temp file(s) a crash left for %s", swept, ", ".join(map(str, sorted(wanted))))
        return deleted, len(self.publish(late))

    def _sweep_temps(self, tables: Iterable[str], wanted: set[TopicPartition]) -> int:
        """Delete the ``.<name>.<hex>.tmp`` files of ``wanted`` partitions a kill -9 left mid-write.

        Flushes, merges and indexes write a temp file and rename it; one killed before its rename leaves
        the temp behind, invisible to readers but never deleted. At assignment nothing of ours writes these
        partitions yet; a previous owner still writing one fails at its rename, safely (nothing committed).
        Object stores have no temp files (one PUT each).
        """
        if not self.local:
            return 0
        n = 0
        for t in tables:
            for base in (Path(f"{self.root}/{t}"), Path(f"{self.root}/{si.INDEX_DIR}/{t}")):
                for tmp in base.glob(f"*/*/.*{TEMP_SUFFIX}") if base.is_dir() else ():
                    parsed = parse_name((temp_target(tmp.name) or "").removesuffix(si.SUFFIX))
                    if parsed is not None and TopicPartition(parsed[0], parsed[1]) in wanted:
                        tmp.unlink(missing_ok=True)
                        n += 1
        return n

    def expire(self, tables: Iterable[str], older_than_us: int) -> int:
        """Retention: delete every file of an hour that ended before ``older_than_us``."""
        doomed = [f for t in tables for f in self.list(t) if f.hour_us + HOUR_US <= older_than_us]
        n = self.delete(doomed)
        if self.local:
            for t in tables:
                _prune_empty_dirs(Path(f"{self.root}/{t}"))
                _prune_empty_dirs(Path(f"{self.root}/{si.INDEX_DIR}/{t}"))
        return n


def _search_index(table: pa.Table, src: pa.NativeFile | io.BufferedReader, size: int, path: str) -> bytes | None:
    """The search index of a file just serialised (``src``); ``None`` (logged) if it cannot be built: readers scan."""
    try:
        md = pq.read_metadata(src)
        rows = [md.row_group(i).num_rows for i in range(md.num_row_groups)]
        return si.build(table.column("message"), rows, data=si.data_id(path.rsplit("/", 1)[-1], src, size))
    except (KeyError, ValueError, OSError, pa.ArrowException) as e:
        log.error("archive: no search index for %s: %s", path, e)
        return None


def _sort_key(col: pa.ChunkedArray | pa.Array) -> np.ndarray:
    """An integer array ordering like ``col`` (strings ranked through their dictionary: cheap to sort)."""
    t = col.type
    if pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_dictionary(t):
        enc = col if pa.types.is_dictionary(t) else pc.dictionary_encode(pc.fill_null(col, ""))
        if isinstance(enc, pa.ChunkedArray):
            enc = enc.unify_dictionaries().combine_chunks() if enc.num_chunks else pa.array([], pa.dictionary(
                pa.int32(), pa.string()))
        ranks = pc.rank(enc.dictionary, sort_keys="ascending", tiebreaker="dense").to_numpy()
        return ranks[enc.indices.fill_null(0).to_numpy(zero_copy_only=False)]
    if pa.types.is_timestamp(t):
        col = col.cast(pa.int64())
    return np.asarray(col.to_numpy() if isinstance(col, pa.ChunkedArray) else col.to_numpy(zero_copy_only=False))


def hour_fragment(fmt: ds.ParquetFileFormat, f: ArchiveFile, fs: pafs.FileSystem, schema: pa.Schema) -> ds.Fragment:
    """A fragment of ``f`` whose partition expression bounds ``ts`` to the file's hour."""
    ts_type = schema.field("ts").type
    lo = pa.scalar(f.hour_us, pa.int64()).cast(ts_type)
    hi = pa.scalar(f.hour_us + HOUR_US, pa.int64()).cast(ts_type)
    return fmt.make_fragment(f.path, filesystem=fs, partition_expression=(ds.field("ts") >= lo) & (ds.field("ts") < hi))


def split_hours(table: pa.Table, sort_keys: list[str]) -> list[tuple[int, pa.Table]]:
    """``table`` cut by UTC hour of ``ts``, each part sorted by ``sort_keys`` (one vectorised sort)."""
    if table.num_rows == 0:
        return []
    ts = table.column("ts").cast(pa.int64()).to_numpy()
    hours = ts // HOUR_US * HOUR_US
    keys = [_sort_key(table.column(k)) if k != "ts" else ts for k in reversed(sort_keys)]
    order = np.lexsort([*keys, hours])  # the last key is the primary one
    h = hours[order]
    # rows already in order (a compaction's merge, written with no sort keys): no copy of every column.
    # Otherwise one chunk first: take() over many chunks measured 0.50 CPU-µs a row on a compaction's
    # read of 16 chunks, against 0.03 + 0.12 for combine_chunks() and take()
    body = table if bool((order[1:] > order[:-1]).all()) else table.combine_chunks().take(pa.array(order))
    bounds = np.flatnonzero(np.diff(h)) + 1
    starts = np.concatenate(([0], bounds))
    ends = np.concatenate((bounds, [len(h)]))
    return [(int(h[s]), body.slice(s, e - s).combine_chunks()) for s, e in zip(starts, ends)]


TEXT_ZSTD_LEVEL = 1
"""zstd level of files with a ``message`` column (logs). Measured on the bench's log lines (375k-row flush),
with the changes of :func:`_parquet_options`: 0.25 CPU-µs a row to write and 10.65 B/row, against 0.33 µs and
11.58 B/row for level 3 with a message dictionary. Numeric tables keep level 3 (level 1 nearly doubled the
bytes per metric sample: 1.57 → 2.9)."""


def _parquet_options(schema: pa.Schema) -> dict:
    """zstd, statistics, and encodings that suit each column (delta for time, split for floats).

    The ``message`` column gets no dictionary (nearly every line differs: the
    dictionary overflowed and fell back anyway) and no min/max statistics
    (they prune nothing on unsorted text; needles use the search index); map
    columns get no statistics either. Both measured cheaper and smaller.
    """
    encodings: dict[str, str] = {}
    for f in schema:
        if f.name == "ts" or (f.name.endswith("_ts") and pa.types.is_timestamp(f.type)):
            encodings[f.name] = "DELTA_BINARY_PACKED"
        elif pa.types.is_floating(f.type):
            encodings[f.name] = "BYTE_STREAM_SPLIT"
    text = "message" in schema.names
    no_dict = [*encodings, *(["message"] if text else [])]
    return {
        "compression": "zstd",
        "compression_level": TEXT_ZSTD_LEVEL if text else 3,
        "write_statistics": [f.name for f in schema if f.name != "message" and not pa.types.is_map(f.type)],
        "row_group_size": ROW_GROUP,
        "use_dictionary": [f.name for f in schema if f.name not in no_dict],
        "column_encoding": encodings or None,
    }


def _makedirs(path: str) -> list[str]:
    """``mkdir -p path``; returns the directories it created (their parents need an fsync)."""
    created: list[str] = []
    p = Path(path)
    missing = []
    while not p.exists():
        missing.append(p)
        p = p.parent
    for d in reversed(missing):
        try:
            d.mkdir()
            created.append(str(d))
        except FileExistsError:
            pass
    return created


def _prune_empty_dirs(base: Path) -> None:
    if not base.is_dir():
        return
    for date in base.iterdir():
        if not date.is_dir():
            continue
        for hour in date.iterdir():
            if hour.is_dir() and not any(hour.iterdir()):
                hour.rmdir()
        if not any(date.iterdir()):
            date.rmdir()
