"""Compaction: many small files of an hour and partition become one, atomically for readers.

Why readers never see a gap or a duplicate (see also :mod:`millpond.sinks.archive`):

1. Only committed files are merged (``end <= committed``), so a merged range
   never overlaps a file a replay could still write.
2. The merged file covers ``[first start, last end)`` of its sources and is
   written (temp + rename + directory fsync) *before* any source goes.
3. Between that rename and the sources' deletion a reader lists both; the
   rule in :func:`~millpond.sinks.archive.live_files` drops a file whose range
   lies inside another's, so it reads the merged file only. Before the rename
   it reads the sources only. Either way each record once, with or without
   the committed offsets. (A plain glob sees both for that instant: the
   price of never showing any reader a gap.)
4. A reader that listed the sources and opens one after its deletion gets
   "file not found"; the query service then lists again and retries (a
   query is read-only, so a retry is always safe).
5. A crash between rename and deletion leaves superseded files; readers
   ignore them and :func:`purge_superseded` deletes them on the next run.

Merges are bounded: a run of consecutive small files up to ``target_bytes``,
so memory stays bounded however much an hour holds.

How a run is merged: by copying its row groups and search filters
(:mod:`millpond.sinks.copy_merge`: no decode, sort, encode or tokenising of
full row groups), or, for rollups (re-aggregated by ``fold``) and files that
cannot be concatenated, by reading, sorting and writing the rows again. Either
way the merged file's search index is published before the file, and
``Archive.delete`` removes each source's index with the source.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

import pyarrow as pa

from millpond.pipeline.log.base import TopicPartition
from millpond.sinks.archive import HOUR_US, SORT_KEYS, Archive, ArchiveFile, live_files, split_hours, superseded
from millpond.sinks.copy_merge import copy_merge
from millpond.sinks.parquet_concat import NotConcatenable

log = logging.getLogger(__name__)


@dataclass
class CompactionStats:
    merged_files: int = 0
    written_files: int = 0
    deleted_files: int = 0


def _runs(group: list[ArchiveFile], sizes: dict[str, int], small: int, target: int) -> list[list[ArchiveFile]]:
    """Consecutive small files, in offset order, bundled up to ``target`` bytes."""
    runs: list[list[ArchiveFile]] = []
    cur: list[ArchiveFile] = []
    total = 0
    for f in sorted(group, key=lambda f: f.start):
        size = sizes.get(f.path, 0)
        if size >= small or (cur and total + size > target):
            if len(cur) > 1:
                runs.append(cur)
            cur, total = ([], 0) if size >= small else ([f], size)
            continue
        cur.append(f)
        total += size
    if len(cur) > 1:
        runs.append(cur)
    return runs


def compact(
    archive: Archive,
    table_name: str,
    schema: pa.Schema,
    committed: dict[TopicPartition, int],
    *,
    now_us: int,
    fold: Callable[[pa.Table], pa.Table] | None = None,
    settle_us: int = 300_000_000,
    max_files: int = 16,
    small_bytes: int = 16 << 20,
    target_bytes: int = 64 << 20,
    partitions: set[TopicPartition] | None = None,
) -> CompactionStats:
    """Merge small committed files of ``table_name`` per hour and partition.

    An hour is merged once it has ended ``settle_us`` ago (no more files will
    come), or earlier when it already holds ``max_files`` files.

    Parameters
    ----------
    fold
        For rollup tables: re-aggregates the concatenated partials.
    partitions
        Only these log partitions (the ones this worker owns).
    """
    stats = CompactionStats()
    files = archive.list(table_name)
    stats.deleted_files += archive.delete(superseded(files))
    live = live_files(files, committed)
    groups: dict[tuple[int, TopicPartition], list[ArchiveFile]] = defaultdict(list)
    for f in live:
        if not f.pending and (partitions is None or f.tp in partitions):
            groups[(f.hour_us, f.tp)].append(f)
    sizes: dict[str, int] | None = None
    for (hour, tp), group in groups.items():
        if len(group) < 2:
            continue
        settled = hour + HOUR_US + settle_us <= now_us
        if not settled and len(group) < max_files:
            continue
        if sizes is None:
            sizes = _sizes(archive, live)
        for run in _runs(group, sizes, small_bytes, target_bytes):
            if not _merge(archive, table_name, schema, tp, hour, run, fold):
                continue
            stats.written_files += 1
            stats.merged_files += len(run)
            stats.deleted_files += archive.delete(run)
    return stats


def _merge(archive: Archive, table_name: str, schema: pa.Schema, tp: TopicPartition, hour: int,
           run: list[ArchiveFile], fold: Callable[[pa.Table], pa.Table] | None) -> bool:
    """Write the file replacing ``run`` (durable, its index first); ``False`` if it was left alone."""
    if fold is None:
        try:
            copy_merge(archive, table_name, schema, tp, hour, run)
            return True
        except NotConcatenable as e:
            log.info("compaction: %s %s hour %s merged by decoding (%s)", table_name, tp, hour, e)
    table = archive.read(run, schema)
    if fold is not None:
        table = fold(table)
    parts = split_hours(table, SORT_KEYS.get(table_name, ["ts"]))
    if len(parts) != 1 or parts[0][0] != hour:
        log.error("compaction: %s files of %s hour %s hold rows of other hours; left alone", table_name, tp, hour)
        return False
    archive.write(table_name, tp, run[0].start, run[-1].end, parts[0][1], sort_keys=[])
    return True


def purge_superseded(archive: Archive, table_name: str) -> int:
    """Delete files a finished merge covers (left by a crash between rename and delete)."""
    return archive.delete(superseded(archive.list(table_name)))


def _sizes(archive: Archive, files: list[ArchiveFile]) -> dict[str, int]:
    infos = archive.fs.get_file_info([f.path for f in files])
    return {i.path: (i.size or 0) for i in infos}
