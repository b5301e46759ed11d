"""File tailing: globs, rotation, truncation, multiline, bounded lines.

A file is known by (device, inode) plus a fingerprint — the CRC32C of its
first bytes — so a reused inode is not mistaken for the file it replaced.
Each poll:

1. expands the globs and stats what matches;
2. drains files whose path now points elsewhere (rename-and-create rotation)
   or that were deleted, through the descriptor still open, to their end, and
   closes them once idle for ``rotate_wait`` — before reading the new file;
3. reads what the live files gained; a file shorter than the offset read, or
   whose first bytes changed (copytruncate), is read again from the start;
4. hands out complete records with the offset just after them, which is what
   a checkpoint stores: a restart resumes at the first byte not yet shipped.

Files that exist at start-up begin at ``start_at``; files that appear later
begin at their start. ``*.gz`` files are skipped unless the input asks.
"""

from __future__ import annotations

import fnmatch
import glob
import gzip
import logging
import os
import re
import time
from dataclasses import dataclass, field

import crc32c

from millpond.agent.checkpoint import FilePosition
from millpond.agent.config import FileInput

log = logging.getLogger(__name__)

FP_BYTES = 256
READ_BYTES = 4 * 1024**2


@dataclass
class Watched:
    """One open file being tailed."""

    spec: FileInput
    path: str
    fd: int
    dev: int
    ino: int
    fp: int = 0
    fp_len: int = 0
    offset: int = 0
    """Bytes read from the file so far."""
    partial: bytes = b""
    skipping: bool = False
    pending: list[bytes] = field(default_factory=list)
    pending_start: int = 0
    pending_size: int = 0
    last_data: float = 0.0
    last_size: int = -1
    rotated: bool = False
    gz: bool = False
    start_re: re.Pattern[bytes] | None = None

    @property
    def key(self) -> tuple[int, int]:
        return (self.dev, self.ino)

    @property
    def position(self) -> int:
        """The offset of the first byte not yet handed out as a record."""
        if self.pending:
            return self.pending_start
        return self.offset - len(self.partial) if not self.skipping else self.offset

    def file_position(self) -> FilePosition:
        return FilePosition(self.dev, self.ino, self.fp, self.fp_len, self.path, self.position)


@dataclass
class Chunk:
    """Complete records of one file, and the offset to resume at after them."""

    watched: Watched
    lines: list[bytes]
    position: FilePosition


@dataclass
class TailStats:
    truncations: int = 0
    rotations: int = 0
    long_lines: int = 0
    files_opened: int = 0
    files_closed: int = 0


def fingerprint(fd: int, length: int) -> int:
    return crc32c.crc32c(os.pread(fd, length, 0)) if length else 0


@dataclass
class Tailer:
    """Polls the configured globs; single-threaded."""

    inputs: list[FileInput]
    resume: dict[tuple[int, int], FilePosition] = field(default_factory=dict)
    rotate_wait: float = 5.0
    read_bytes: int = READ_BYTES
    files: dict[tuple[int, int], Watched] = field(default_factory=dict)
    stats: TailStats = field(default_factory=TailStats)
    _started: bool = False
    _unreadable: set[str] = field(default_factory=set)
    _known_paths: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self._known_paths = {p.path for p in self.resume.values()}

    def _discover(self) -> dict[tuple[int, int], tuple[str, FileInput, os.stat_result]]:
        found: dict[tuple[int, int], tuple[str, FileInput, os.stat_result]] = {}
        for spec in self.inputs:
            for path in sorted(glob.glob(spec.path)):
                if path.endswith(".gz") and not spec.gzip:
                    continue
                if any(fnmatch.fnmatch(path, ex) for ex in spec.exclude):
                    continue
                try:
                    st = os.stat(path)
                except OSError:
                    continue
                if not os.path.isfile(path):
                    continue
                found.setdefault((st.st_dev, st.st_ino), (path, spec, st))
        return found

    def _open(self, path: str, spec: FileInput, initial: bool) -> Watched | None:
        try:
            fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        except OSError as e:
            if path not in self._unreadable:
                self._unreadable.add(path)
                log.warning("cannot open %s: %s", path, e.strerror)
            return None
        self._unreadable.discard(path)
        st = os.fstat(fd)
        w = Watched(spec, path, fd, st.st_dev, st.st_ino, gz=path.endswith(".gz"), last_data=time.monotonic())
        if spec.multiline_start:
            w.start_re = re.compile(spec.multiline_start.encode())
        w.fp_len = min(st.st_size, FP_BYTES)
        w.fp = fingerprint(fd, w.fp_len)
        pos = self.resume.get(w.key)
        if pos is not None and pos.fp_len <= st.st_size and fingerprint(fd, pos.fp_len) == pos.fp:
            w.offset = pos.offset if pos.offset <= st.st_size else 0
        elif spec.start_at == "end" and initial and not w.gz and path not in self._known_paths:
            w.offset = st.st_size  # (a path tailed before the restart is new since then: read it whole)
        self.stats.files_opened += 1
        log.info("tailing %s from offset %d", path, w.offset)
        return w

    def poll(self, now: float | None = None) -> tuple[list[Chunk], bool]:
        """One pass over every file; returns the chunks read and whether more data waits."""
        now = time.monotonic() if now is None else now
        found = self._discover()
        initial = not self._started
        self._started = True
        if initial:
            self._adopt_rotated_while_down(found)
        for key, w in self.files.items():
            if key in found:
                w.path, w.rotated = found[key][0], False
            elif not w.rotated:
                w.rotated = True
                self.stats.rotations += 1
                log.info("%s was rotated or deleted; reading it to its end", w.path)
        chunks: list[Chunk] = []
        more = False
        # rotated files first: their lines are older than the new file's
        for w in sorted(self.files.values(), key=lambda w: not w.rotated):
            try:
                c, m = self._read(w, now)
            except OSError as e:  # an I/O error on one file must not stop the others
                log.error("reading %s failed (%s); closing it", w.path, e.strerror or e)
                w.rotated, w.last_data = True, float("-inf")
                continue
            more |= m
            if c is not None:
                chunks.append(c)
        for key in [k for k, w in self.files.items() if w.rotated and self._idle(w, now)]:
            w = self.files.pop(key)
            c = self._finish(w)
            if c is not None:
                chunks.append(c)
            os.close(w.fd)
            self.stats.files_closed += 1
        for key, (path, spec, _st) in found.items():
            if key not in self.files:
                w = self._open(path, spec, initial)
                if w is None:
                    continue
                if w.key in self.files:  # replaced between stat and open: the next poll sees it
                    os.close(w.fd)
                    continue
                self.files[w.key] = w
                try:
                    c, m = self._read(w, now)
                except OSError as e:
                    log.error("reading %s failed (%s)", w.path, e.strerror or e)
                    continue
                more |= m
                if c is not None:
                    chunks.append(c)
        return chunks, more

    def _adopt_rotated_while_down(self, found: dict[tuple[int, int], tuple[str, FileInput, os.stat_result]]) -> None:
        """Checkpointed files renamed away while the agent was down (app.log → app.log.1): finish them.

        Looked for by inode in the directory they were in; read from the
        checkpoint to their end as rotated files, then closed.
        """
        missing = {k: p for k, p in self.resume.items() if k not in found}
        by_dir: dict[str, list[FilePosition]] = {}
        for p in missing.values():
            by_dir.setdefault(os.path.dirname(p.path), []).append(p)
        for directory, positions in by_dir.items():
            spec = next((s for s in self.inputs if any(fnmatch.fnmatch(p.path, s.path) for p in positions)), None)
            if spec is None:
                continue
            try:
                entries = {(e.inode()): e.path for e in os.scandir(directory or ".") if e.is_file()}
            except OSError:
                continue
            for p in positions:
                path = entries.get(p.ino)
                if path is None or path.endswith(".gz"):
                    continue
                w = self._open(path, spec, initial=False)
                if w is None or w.key != p.key or w.offset != p.offset:  # not that file, or nothing to do
                    if w is not None:
                        os.close(w.fd)
                    continue
                log.info("%s (was %s) was rotated while the agent was down; reading its rest", path, p.path)
                w.rotated = True
                self.files[w.key] = w

    def _idle(self, w: Watched, now: float) -> bool:
        try:
            return now - w.last_data >= self.rotate_wait and os.fstat(w.fd).st_size <= w.offset
        except OSError:
            return True

    def _read(self, w: Watched, now: float) -> tuple[Chunk | None, bool]:
        if w.gz:
            return self._read_gz(w), False
        size = os.fstat(w.fd).st_size
        if size != w.last_size:
            self._check_replaced(w, size)
            w.last_size = size
        if w.fp_len < FP_BYTES and size > w.fp_len:
            w.fp_len = min(size, FP_BYTES)
            w.fp = fingerprint(w.fd, w.fp_len)
        lines: list[bytes] = []
        more = False
        if size > w.offset:
            n = min(size - w.offset, self.read_bytes)
            data = os.pread(w.fd, n, w.offset)
            w.offset += len(data)
            w.last_data = now
            more = w.offset < size
            lines = self._split(w, data)
        elif w.pending and now - w.last_data >= w.spec.multiline_flush:
            lines = [b"\n".join(w.pending)]
            w.pending = []
        if not lines:
            return None, more
        return Chunk(w, lines, w.file_position()), more

    def _check_replaced(self, w: Watched, size: int) -> None:
        """Truncated (size below what was read) or rewritten (first bytes differ): start over."""
        replaced = size < w.offset or (w.fp_len and (size < w.fp_len or fingerprint(w.fd, w.fp_len) != w.fp))
        if not replaced:
            return
        log.warning("%s was truncated or replaced (size %d, had read %d); reading from its start", w.path, size, w.offset)
        self.stats.truncations += 1
        w.offset, w.partial, w.skipping, w.pending = 0, b"", False, []
        w.fp_len = min(size, FP_BYTES)
        w.fp = fingerprint(w.fd, w.fp_len)

    def _split(self, w: Watched, data: bytes) -> list[bytes]:
        max_line = w.spec.max_line
        start = w.offset - len(data) - len(w.partial)
        buf = w.partial + data if w.partial else data
        parts = buf.split(b"\n")
        w.partial = parts.pop()
        if w.skipping and parts:
            start += len(parts[0]) + 1
            parts = parts[1:]
            w.skipping = False
        if len(w.partial) > max_line and not w.skipping:
            parts.append(w.partial[:max_line])
            self.stats.long_lines += 1
            w.partial, w.skipping = b"", True
        elif w.skipping:
            w.partial = b""
        if b"\r" in buf:
            parts = [p[:-1] if p.endswith(b"\r") else p for p in parts]
        if parts and max(map(len, parts)) > max_line:
            self.stats.long_lines += sum(len(p) > max_line for p in parts)
            parts = [p[:max_line] for p in parts]
        if w.start_re is None:
            return [p for p in parts if p]
        return self._multiline(w, parts, start)

    def _multiline(self, w: Watched, parts: list[bytes], start: int) -> list[bytes]:
        """Join continuation lines onto the last line matching ``multiline_start``."""
        out: list[bytes] = []
        match = w.start_re.match  # type: ignore[union-attr]
        pos = start
        limit = w.spec.max_line
        for p in parts:
            if match(p) or not w.pending:
                if w.pending:
                    out.append(b"\n".join(w.pending))
                w.pending, w.pending_start = [p], pos
                w.pending_size = len(p)
            elif w.pending_size + len(p) < limit:
                w.pending.append(p)
                w.pending_size += len(p) + 1
            else:
                self.stats.long_lines += 1
            pos += len(p) + 1
        return [o for o in out if o]

    def _finish(self, w: Watched) -> Chunk | None:
        """A closed file's unterminated last line and open multiline record."""
        lines = [b"\n".join(w.pending)] if w.pending else []
        w.pending = []
        if w.partial and not w.skipping:
            lines.append(w.partial[: w.spec.max_line])
        w.partial = b""
        return Chunk(w, [ln for ln in lines if ln], w.file_position()) if lines else None

    def _read_gz(self, w: Watched) -> Chunk | None:
        """A gzip-rotated file: read whole, once (the offset is its compressed size when done)."""
        size = os.fstat(w.fd).st_size
        if w.offset >= size:
            return None
        with gzip.open(os.fdopen(os.dup(w.fd), "rb")) as f:
            try:
                data = f.read()
            except (OSError, EOFError) as e:
                log.warning("cannot read %s: %s", w.path, e)
                w.offset = size
                return None
        w.offset = size
        lines = [p[: w.spec.max_line] for p in data.split(b"\n") if p]
        return Chunk(w, lines, w.file_position()) if lines else None

    def close(self) -> None:
        for w in self.files.values():
            os.close(w.fd)
        self.files.clear()
