"""Committed consumer-group offsets: ``DATA/log/_groups/<group>.json``.

A commit is read-modify-write under an exclusive ``flock`` (several worker
processes of one group may commit different partitions), written to a temp
file, fsync'd, renamed over the old one, and the directory fsync'd: a crash
leaves either the old or the new offsets, never a torn file.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import re
import time
from pathlib import Path

from millpond.durable import fsync_dir
from millpond.pipeline.log.base import TopicPartition
from millpond.pipeline.log.errors import CorruptOffsetsError, LogError

log = logging.getLogger("millpond.log")

_GROUP_NAME = re.compile(r"^[A-Za-z0-9._-]{1,200}$")


class OffsetStore:
    def __init__(self, directory: Path, *, writable: bool = True) -> None:
        self.dir = directory
        if writable:
            directory.mkdir(parents=True, exist_ok=True)

    def _path(self, group: str) -> Path:
        if not _GROUP_NAME.match(group):
            raise LogError(f"invalid consumer group name {group!r}: use letters, digits, '.', '_' or '-'")
        return self.dir / f"{group}.json"

    def groups(self) -> list[str]:
        if not self.dir.exists():
            return []
        return sorted(p.stem for p in self.dir.glob("*.json"))

    def committed(self, group: str) -> dict[TopicPartition, int]:
        path = self._path(group)
        try:
            data = json.loads(path.read_text())
        except FileNotFoundError:
            return {}
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            raise CorruptOffsetsError(f"committed offsets of group {group!r} in {path} are unreadable: {e}") from e
        try:
            out = {}
            for key, off in data["offsets"].items():
                topic, _, part = key.rpartition("/")
                out[TopicPartition(topic, int(part))] = int(off)
                if out[TopicPartition(topic, int(part))] < 0 or not topic:
                    raise ValueError(key)
        except (KeyError, TypeError, ValueError, AttributeError) as e:
            raise CorruptOffsetsError(f"committed offsets of group {group!r} in {path} are malformed: {e!r}") from e
        return out

    def own(self, group: str, partitions: list[TopicPartition], *, timeout: float = 120.0) -> list[int]:
        """Take the group's lock on each partition (``.<group>.<topic>.<p>.owner``, flock); returns the fds.

        Two consumers of one group must never read the same partition at once
        (both would archive it): a member still draining after its parent died
        keeps the partitions until it exits, and its successor waits here.

        Raises
        ------
        LogError
            if another member still owns a partition after ``timeout`` seconds.
        """
        self.dir.mkdir(parents=True, exist_ok=True)
        fds: list[int] = []
        deadline = time.monotonic() + timeout
        warned = False
        try:
            for tp in partitions:
                fd = os.open(self.dir / f".{self._path(group).stem}.{tp.topic}.{tp.partition}.owner",
                             os.O_RDWR | os.O_CREAT, 0o644)
                fds.append(fd)
                while True:
                    try:
                        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                        break
                    except BlockingIOError:
                        if time.monotonic() > deadline:
                            raise LogError(f"another member of group {group!r} still owns {tp} after {timeout:.0f}s; "
                                           "is a second worker running on this data directory?") from None
                        if not warned:
                            log.warning("group %s: waiting for the previous owner of %s to finish", group, tp)
                            warned = True
                        time.sleep(0.05)
        except BaseException:
            for fd in fds:
                os.close(fd)
            raise
        return fds

    def quarantine(self, group: str) -> Path | None:
        """Move a damaged offsets file aside (``<group>.json.corrupt-<unix time>``); returns where, or None.

        After this the group has no committed offsets; its owner rebuilds them
        (the archive knows what it archived) and commits.
        """
        path = self._path(group)
        if not path.exists():
            return None
        aside = path.with_name(f"{path.name}.corrupt-{int(time.time())}")
        os.replace(path, aside)
        fsync_dir(self.dir)
        return aside

    def commit(self, group: str, offsets: dict[TopicPartition, int]) -> None:
        path = self._path(group)
        self.dir.mkdir(parents=True, exist_ok=True)
        with open(self.dir / f".{group}.lock", "a+") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            current = self.committed(group)
            current.update(offsets)
            body = json.dumps({"offsets": {f"{tp.topic}/{tp.partition}": o for tp, o in sorted(current.items())}},
                              indent=1).encode()
            tmp = path.with_suffix(".json.tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            try:
                os.write(fd, body)
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, path)
            fsync_dir(self.dir)
