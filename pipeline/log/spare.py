"""Spare segment files: zero-filled ahead of need, so appends overwrite allocated blocks.

On ext4 (and XFS) writing into blocks that already exist and hold written
zeros changes neither the file size nor the extent map, so ``fdatasync``
flushes the data and nothing else: no journal commit, which on a shared file
system waits for every other writer's ordered data. ``fallocate`` alone is not
enough: it leaves *unwritten* extents whose conversion is itself a journal
update. So a spare is really written with zeros, in the background, in small
pieces, and made durable (file and directory) before a roll may use it.

Without ``[log] preallocate`` the spare is empty (size 0): made durable the
same way, it spares the roll a file creation and a directory fsync.

A partition has at most one spare, ``<partition dir>/next.prealloc``; the roll
renames it to the new segment's name without an fsync of the directory, and
:func:`adopt` repairs the one case that leaves behind (see there).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from millpond.durable import fsync_dir
from millpond.pipeline.log import record
from millpond.pipeline.log.errors import CorruptRecordError
from millpond.pipeline.log.segment import segment_name

log = logging.getLogger("millpond.log")

SPARE_FILE = "next.prealloc"
SYNC_EVERY = 2 << 20  # zero-fill writeback granularity: one big writeback would queue appends' flushes behind it
RETRY = 60.0  # seconds before a partition asks again after a spare could not be made (disk full)
_ZEROS = memoryview(bytes(1 << 20))


def fsync_paths(paths: tuple[Path, ...]) -> None:
    """fsync files that may be gone meanwhile (a rolled segment's indexes, deleted by retention)."""
    for p in paths:
        try:
            fd = os.open(p, os.O_RDONLY)
        except FileNotFoundError:
            continue
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def make(directory: Path, size: int, stopping: Callable[[], bool], name: str) -> bool:
    """Write ``size`` zero bytes to ``next.prealloc`` and make it durable; False if stopped or the disk is full."""
    path = directory / SPARE_FILE
    ok = False
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            for pos in range(0, size, len(_ZEROS)):
                if stopping():
                    break
                os.pwrite(fd, _ZEROS[: min(len(_ZEROS), size - pos)], pos)
                if pos % SYNC_EVERY == SYNC_EVERY - len(_ZEROS):
                    os.fdatasync(fd)
            else:
                os.fsync(fd)
                ok = True
        finally:
            os.close(fd)
        if ok:
            fsync_dir(directory)
    except OSError as e:
        log.warning("%s: could not preallocate %d bytes: %s", name, size, e.strerror)
    if not ok:
        path.unlink(missing_ok=True)
    return ok


def adopt(directory: Path, name: str) -> None:
    """On open: a spare a roll had renamed and written to becomes that segment again; any other is deleted.

    The roll's rename is not fsync'd: if the directory had not reached the
    disk before a crash, acknowledged batches sit in ``next.prealloc``. Each
    carries its base offset, so the segment's name is known. A spare of zeros
    (never used) or with a torn first batch (never acknowledged) goes.
    """
    path = directory / SPARE_FILE
    try:
        with open(path, "rb") as f:
            head = f.read(record.HEADER_SIZE)
            h = record.parse_header(head)
            f.seek(0)
            record.verify(f.read(h.size), 0, h)
    except FileNotFoundError:
        return
    except CorruptRecordError:
        path.unlink()
        return
    target = directory / f"{segment_name(h.base_offset)}.log"
    if target.exists():
        aside = path.with_name(SPARE_FILE + ".orphan")
        log.warning("%s: %s starts at offset %d but %s exists; set aside as %s",
                    name, SPARE_FILE, h.base_offset, target.name, aside.name)
        os.replace(path, aside)
        return
    log.warning("%s: adopting %s as %s (its rename had not reached the disk)", name, SPARE_FILE, target.name)
    os.replace(path, target)
    fsync_dir(directory)
