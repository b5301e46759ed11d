"""Durable small state files: write a temp file, fsync, rename, fsync the directory.

A reader sees either the old content or the new, never a torn mix, even after
kill -9 or a power cut. The agent writes its checkpoint (file positions and
the spool's acknowledged sequence number) only after the appliance acked.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec

log = logging.getLogger(__name__)


def write_durable(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically and durably."""
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    except OSError:
        os.close(fd)
        tmp.unlink(missing_ok=True)
        raise
    os.close(fd)
    os.replace(tmp, path)
    fsync_dir(path.parent)


def fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class FilePosition(msgspec.Struct, array_like=True):
    """Where reading a file resumes: identity (device, inode, fingerprint) and offset."""

    dev: int
    ino: int
    fp: int
    """CRC32C of the file's first ``fp_len`` bytes: tells a reused inode from the same file."""
    fp_len: int
    path: str
    offset: int

    @property
    def key(self) -> tuple[int, int]:
        return (self.dev, self.ino)


class _Stored(msgspec.Struct):
    acked_seq: int = 0
    files: list[FilePosition] = []


@dataclass
class Checkpoint:
    """The spool's acked sequence number and the acked file positions, saved as one."""

    path: Path
    acked_seq: int = 0
    files: dict[tuple[int, int], FilePosition] = field(default_factory=dict)
    saves: int = 0

    @classmethod
    def load(cls, path: Path) -> Checkpoint:
        """The stored checkpoint, or an empty one; a damaged file is logged and ignored."""
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return cls(path)
        try:
            st = msgspec.json.decode(raw, type=_Stored)
        except msgspec.DecodeError as e:
            log.warning("checkpoint %s is unreadable (%s); starting without it", path, e)
            return cls(path)
        return cls(path, st.acked_seq, {p.key: p for p in st.files})

    def update(self, seq: int, positions: list[FilePosition] | list[Any]) -> None:
        """Record that everything up to spool record ``seq`` is acked."""
        self.acked_seq = max(self.acked_seq, seq)
        for p in positions:
            pos = p if isinstance(p, FilePosition) else FilePosition(*p)
            old = self.files.get(pos.key)
            if old is None or old.fp != pos.fp or pos.offset >= old.offset or pos.fp_len != old.fp_len:
                self.files[pos.key] = pos

    def forget(self, keep: set[tuple[int, int]], limit: int = 4096) -> None:
        """Drop positions of files that are gone (bounded state)."""
        for k in [k for k in self.files if k not in keep]:
            p = self.files[k]
            try:
                st = os.stat(p.path)
                if (st.st_dev, st.st_ino) == k:
                    continue
            except OSError:
                pass
            del self.files[k]
        while len(self.files) > limit:
            self.files.pop(next(iter(self.files)))

    def encode(self) -> bytes:
        """A snapshot to hand to :func:`write_durable` (possibly in another thread)."""
        return msgspec.json.encode(_Stored(self.acked_seq, list(self.files.values())))

    def save(self) -> None:
        write_durable(self.path, self.encode())
        self.saves += 1
