"""One partition: an ordered list of segments in ``DATA/log/<topic>/<partition>/``.

The writer side keeps ``log_end_offset`` (next offset to assign) apart from
``high_watermark`` (everything below it is fsync'd and readable); appends are
stamped, written and made durable by the log's flusher thread, never by the
caller. A read-only partition (another process: the pipeline worker, `millpond
log`) follows the files the writer produces, but never past the high watermark
the writer publishes in ``hw`` (8 bytes, rewritten after every fsync): a reader
in another process sees only what is durable, so nothing it archives can be
lost from the log by a power cut.

Preallocation: once a partition's active segment holds ``PREALLOC_AFTER``
bytes, the log's background thread zero-fills a spare file (``next.prealloc``,
fsync'd with its directory) off the hot path; the next roll renames it to
the new segment's name instead of creating a file. Appends then overwrite
allocated zeros, so the group commit's ``fdatasync`` is a data flush with no
journal commit. A segment also rolls early into a ready spare when its own
room runs out (or it has none, e.g. the first segment), and spares double in
size up to ``segment_bytes`` while the partition keeps filling them. The
rename is not fsync'd on the hot path: a crash before the directory reaches
the disk leaves acknowledged batches in ``next.prealloc``, which opening
adopts under its first batch's base offset.

Without preallocation the spare is an empty file, made once the active
segment is half full, so a roll still only renames: creating the file and
fsyncing the directory stay off the append path.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from millpond.durable import fsync_dir
from millpond.pipeline.log import spare
from millpond.pipeline.log.errors import LogFullError, LogIOError
from millpond.pipeline.log.record import EncodedBatch
from millpond.pipeline.log.segment import LogSegment, RecoveryResult, segment_name

log = logging.getLogger("millpond.log")


HW_FILE = "hw"
PREALLOC_AFTER = 1 << 20  # an active segment this full asks for a preallocated spare
PREALLOC_MIN = 8 << 20  # smallest spare; smaller segment_bytes (tests, tiny logs) never preallocate


@dataclass(frozen=True)
class PartitionSettings:
    codec: str = "lz4"
    segment_bytes: int = 128 << 20
    segment_age: float = 3600.0
    retention: float = 7 * 86400.0
    retention_bytes: int = 20 << 30
    index_interval_bytes: int = 65536
    preallocate: bool = False


class Partition:
    """Parameters
    ----------
    background
        Runs a job off the hot path (the log's background thread): zero-filling
        spares, fsyncing a rolled segment's indexes. ``None``: no preallocation,
        and rolls fsync their indexes inline.
    """

    def __init__(self, directory: Path, topic: str, index: int, settings: PartitionSettings, *,
                 writable: bool, clock: Callable[[], float] = time.time,
                 background: Callable[[Callable[[], None]], None] | None = None) -> None:
        self.dir = directory
        self.topic = topic
        self.index = index
        self.settings = settings
        self.writable = writable
        self.clock = clock
        self.lock = threading.RLock()
        self.segments: list[LogSegment] = []
        self.recovery: list[tuple[str, RecoveryResult]] = []
        self.background = background
        self._spare: int | None = None  # bytes of the ready spare file (None: none; 0: an empty one)
        self._spare_asked = False  # a spare is being prepared
        self._spare_retry = 0.0  # monotonic time before which no spare is asked (after a failure)
        self.stopping = False  # set by the log's close: abandon a spare being made
        if writable:
            directory.mkdir(parents=True, exist_ok=True)
            spare.adopt(directory, f"{topic}/{index}")  # before listing: it may be the newest segment
        self._hw_fd: int | None = None
        self._hw_path = str(directory / HW_FILE)
        self._load()
        self.high_watermark = self.log_end_offset
        if writable:
            self._hw_fd = os.open(self.dir / HW_FILE, os.O_RDWR | os.O_CREAT, 0o644)
            self._publish_hw()

    # -- opening -----------------------------------------------------------
    def _segment_bases(self) -> list[int]:
        try:
            names = os.listdir(self.dir)
        except FileNotFoundError:
            return []
        bases = []
        for name in names:
            if name.endswith(".log") and name[:-4].isdigit():
                bases.append(int(name[:-4]))
            elif self.writable and name.endswith((".deleted", ".tmp")):
                (self.dir / name).unlink(missing_ok=True)  # leftovers of an interrupted delete
        return sorted(bases)

    def _load(self) -> None:
        bases = self._segment_bases()
        for i, base in enumerate(bases):
            seg = LogSegment(self.dir, base, writable=self.writable and i == len(bases) - 1,
                             repair=self.writable, index_interval_bytes=self.settings.index_interval_bytes,
                             created=os.stat(self.dir / f"{base:020d}.log").st_mtime)
            self.segments.append(seg)
        if not self.segments:
            if self.writable:
                self._new_segment(0)
            return
        if self.writable:
            active = self.segments[-1]
            result = active.recover()
            if result.truncated_bytes:
                log.warning("%s/%d: truncated %d bytes of torn or corrupt tail from %s (%s); kept %d batches",
                            self.topic, self.index, result.truncated_bytes, active.path.name, result.reason,
                            result.batches)
                self.recovery.append((active.path.name, result))
            for seg in self.segments[:-1]:
                seg.load_tail()
                if seg.zero_tail and seg.capacity > seg.size:  # a roll's trim had not reached the disk
                    os.truncate(seg.path, seg.size)
                    seg.capacity = seg.size
        else:
            for seg in self.segments:
                seg.load_tail()

    def _new_segment(self, base: int) -> LogSegment:
        seg = LogSegment(self.dir, base, writable=True, index_interval_bytes=self.settings.index_interval_bytes,
                         created=self.clock())
        seg.next_offset = base
        self.segments.append(seg)
        fsync_dir(self.dir)
        return seg

    # -- offsets -----------------------------------------------------------
    @property
    def log_start_offset(self) -> int:
        return self.segments[0].base_offset if self.segments else 0

    @property
    def log_end_offset(self) -> int:
        return self.segments[-1].next_offset if self.segments else 0

    @property
    def size_bytes(self) -> int:
        return sum(s.size for s in self.segments)

    # -- writing (flusher thread only) ---------------------------------------
    def maybe_roll(self, incoming: int) -> None:
        active = self.segments[-1]
        too_big = active.size > 0 and active.size + incoming > self.settings.segment_bytes
        too_old = active.size > 0 and self.clock() - active.created >= self.settings.segment_age
        # a ready spare is taken as soon as the active segment has no room left for this write
        spare_due = bool(self._spare) and active.size > 0 and incoming > active.room
        if too_big or too_old or spare_due:
            active.flush()
            active.trim()
            if self.background is None:
                active.offset_index.flush()
                active.time_index.flush()
            else:  # derived data: rebuilt if lost, so their fsync need not hold up appends
                paths = (active.index_path, active.timeindex_path)
                self.background(lambda: spare.fsync_paths(paths))
            # reopen read-only so only the new active segment holds a writable fd
            base = active.base_offset
            active.close()
            idx = len(self.segments) - 1
            ro = LogSegment(self.dir, base, writable=False, index_interval_bytes=self.settings.index_interval_bytes,
                            created=active.created)
            ro.next_offset = active.next_offset
            ro.first_ts, ro.max_ts = active.first_ts, active.max_ts
            self.segments[idx] = ro
            if self._spare is not None:
                self._take_spare(self.log_end_offset)
            else:
                self._new_segment(self.log_end_offset)

    def _take_spare(self, base: int) -> None:
        """The ready spare becomes the active segment (a rename; its fsync is left to the next commit)."""
        os.replace(self.dir / spare.SPARE_FILE, self.dir / f"{segment_name(base)}.log")
        self._spare = None
        seg = LogSegment(self.dir, base, writable=True, index_interval_bytes=self.settings.index_interval_bytes,
                         created=self.clock(), fresh=True)
        seg.next_offset = base
        self.segments.append(seg)

    def spare_wanted(self) -> int | None:
        """Bytes of the spare this partition should get now (None: none); marks it asked (flusher thread).

        Without preallocation the spare is an empty file, made once the active
        segment is half full: the roll then renames it instead of creating a
        file and fsyncing the directory on the append path (4-12 ms measured).
        """
        if not (self.writable and self.background is not None):
            return None
        prealloc = self.settings.preallocate and self.settings.segment_bytes >= PREALLOC_MIN
        with self.lock:
            if (self._spare is not None or self._spare_asked or not self.segments
                    or time.monotonic() < self._spare_retry):
                return None
            active = self.segments[-1]
            if not prealloc:
                if active.size < self.settings.segment_bytes // 2:
                    return None
                self._spare_asked = True
                return 0
            if active.size < PREALLOC_AFTER:
                return None
            # doubling while the partition keeps filling its spares, from PREALLOC_MIN up to segment_bytes
            self._spare_asked = True
            return min(self.settings.segment_bytes, max(PREALLOC_MIN, 2 * active.capacity))

    def prepare_spare(self, size: int) -> None:
        """Make the spare (background thread), then offer it to the next roll; after a failure, pause asking."""
        ok = spare.make(self.dir, size, lambda: self.stopping, f"{self.topic}/{self.index}")
        with self.lock:
            if ok and self.writable:
                self._spare = size
            elif not ok and not self.stopping:
                self._spare_retry = time.monotonic() + spare.RETRY
            self._spare_asked = False

    def _drop_spare(self) -> None:
        (self.dir / spare.SPARE_FILE).unlink(missing_ok=True)
        self._spare = None

    def write(self, batches: list[EncodedBatch]) -> list[int]:
        """Stamp offsets on ``batches`` and write them; returns their base offsets (not yet durable)."""
        with self.lock:
            self.maybe_roll(sum(b.size for b in batches))
            active = self.segments[-1]
            bases = []
            nxt = active.next_offset
            for b in batches:
                b.stamp(nxt)
                bases.append(nxt)
                nxt += b.record_count
            try:
                active.append_many(batches)
            except OSError as e:
                import errno

                if e.errno in (errno.ENOSPC, errno.EDQUOT):
                    raise LogFullError(f"{self.topic}/{self.index}: disk full writing {active.path}") from e
                raise LogIOError(f"{self.topic}/{self.index}: {e.strerror} writing {active.path}") from e
            return bases

    def sync(self) -> None:
        """fsync the active segment; then everything written so far is durable and readable."""
        active = self.segments[-1]
        try:
            active.flush()
        except OSError as e:
            raise LogIOError(f"{self.topic}/{self.index}: fsync failed: {e.strerror}") from e
        with self.lock:
            self.high_watermark = active.next_offset
        try:
            self._publish_hw()
        except OSError as e:  # the data is durable: readers elsewhere just lag until a later publish works
            log.warning("%s/%d: could not publish the high watermark: %s", self.topic, self.index, e.strerror)

    def _publish_hw(self) -> None:
        """Tell reader processes how far the log is durable (no fsync: after a crash the writer rewrites it)."""
        if self._hw_fd is not None:
            os.pwrite(self._hw_fd, self.high_watermark.to_bytes(8, "little"), 0)

    def _published_hw(self) -> int | None:
        # raw os calls: a reader refreshes every partition at every poll, and open() + read() through Python's
        # buffered file objects was half of an idle poll's CPU (133 µs for 8 partitions)
        try:
            fd = os.open(self._hw_path, os.O_RDONLY)
        except FileNotFoundError:
            return None
        try:
            data = os.pread(fd, 8, 0)
        finally:
            os.close(fd)
        return int.from_bytes(data, "little") if len(data) == 8 else None

    def enforce_retention(self, now: float | None = None) -> int:
        """Delete whole old segments (by age of their newest record, then by size); returns how many."""
        now = self.clock() if now is None else now
        deleted = 0
        with self.lock:
            limit_us = int((now - self.settings.retention) * 1_000_000)
            while len(self.segments) > 1:
                oldest = self.segments[0]
                too_old = oldest.max_ts is not None and oldest.max_ts < limit_us and oldest.size > 0
                too_big = self.size_bytes > self.settings.retention_bytes
                if not (too_old or too_big):
                    break
                self.segments.pop(0)
                oldest.delete()
                deleted += 1
        if deleted:
            fsync_dir(self.dir)
            log.info("%s/%d: retention deleted %d segment(s); log now starts at offset %d",
                     self.topic, self.index, deleted, self.log_start_offset)
        return deleted

    # -- reading -----------------------------------------------------------
    def refresh(self) -> None:
        """Follow segments rolled, deleted or grown by the writer process (read-only side)."""
        if self.writable:
            return
        with self.lock:
            bases = self._segment_bases()
            known = {s.base_offset: s for s in self.segments}
            fresh: list[LogSegment] = []
            for base in bases:
                seg = known.pop(base, None)
                if seg is None:
                    try:
                        seg = LogSegment(self.dir, base, writable=False,
                                         index_interval_bytes=self.settings.index_interval_bytes)
                    except FileNotFoundError:
                        continue
                    seg.load_tail()
                else:
                    seg.refresh_size()
                fresh.append(seg)
            for seg in known.values():
                seg.close()
            self.segments = fresh
            published = self._published_hw()
            if fresh and published is not None and published > fresh[-1].next_offset:
                fresh[-1].reload()  # a preallocated segment filled without changing its file size
            end = self.log_end_offset
            self.high_watermark = end if published is None else min(end, published)

    def read(self, offset: int, max_records: int, max_bytes: int) -> list[tuple[int, pa.RecordBatch]]:
        self.refresh()
        with self.lock:
            segments = list(self.segments)
            hw = self.high_watermark
        if not segments:
            return []
        offset = max(offset, segments[0].base_offset)
        if offset >= hw:
            return []
        i = max(0, bisect_right([s.base_offset for s in segments], offset) - 1)
        out: list[tuple[int, pa.RecordBatch]] = []
        records = 0
        for seg in segments[i:]:
            if seg.base_offset >= hw:
                break
            end_pos = seg.size
            for base, batch in seg.read_batches(offset, end_pos, max_records - records, max_bytes):
                if base >= hw:
                    break
                if base + batch.num_rows > hw:
                    batch = batch.slice(0, hw - base)
                out.append((base, batch))
                records += batch.num_rows
                offset = base + batch.num_rows
            # buffer sizes, not .nbytes: that one walks every buffer's referenced range (11% of a read's CPU)
            if records >= max_records or out and sum(b.get_total_buffer_size() for _, b in out) >= max_bytes:
                break
        return out

    def offset_for_time(self, ts_us: int) -> int:
        self.refresh()
        with self.lock:
            segments = list(self.segments)
        for seg in segments:
            if seg.max_ts is not None and seg.max_ts < ts_us:
                continue
            found = seg.offset_for_time(ts_us)
            if found is not None:
                return found
        return self.high_watermark

    def close(self) -> None:
        if self._hw_fd is not None:
            os.close(self._hw_fd)
            self._hw_fd = None
        with self.lock:
            if self.writable:
                self._drop_spare()
                if self.segments:
                    self.segments[-1].trim()  # a clean stop leaves no zero tail behind
            for seg in self.segments:
                seg.close()
            self.segments = []
