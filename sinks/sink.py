"""The archive sink the pipeline worker writes to: raw Parquet, rollups, patterns, catalog.

Implements :class:`millpond.pipeline.worker.Sink`. ``write`` returns after
every file of the range (raw and rollups) is durable under its pending name;
the worker then commits, and ``committed`` publishes the files (see
:mod:`millpond.sinks.archive`).
"""

from __future__ import annotations

import logging
import time
import uuid
from pathlib import Path

import pyarrow as pa

from millpond.config import Config
from millpond.pipeline.log.base import TopicPartition
from millpond.pipeline.schema import LOGS, METRICS
from millpond.sinks.archive import HOUR_US, Archive, ArchiveFile, hour_dir
from millpond.sinks.catalog import CATALOG_FILE, write_catalog
from millpond.sinks.compaction import CompactionStats, compact
from millpond.sinks.query import ALERTS, LOG_PATTERNS, PATTERNS_DIR
from millpond.sinks.rollups import PARTS_SCHEMAS, Rollups

log = logging.getLogger(__name__)

RAW_SCHEMAS = {"logs": LOGS, "metrics": METRICS}
ALL_TABLES = (*RAW_SCHEMAS, *PARTS_SCHEMAS)


def append_alerts(archive: Archive, rows: pa.Table, *, now_us: int | None = None) -> str | None:
    """Store alert state changes (``alerts`` rows) as one new Parquet file; the ``alerts`` table reads them.

    Files go to ``alerts/date=…/hour=…/alerts-<time>-<random>.parquet`` (the
    hour of writing), atomically, so the query service, the catalog and plain
    readers see them at once. Returns the path, or ``None`` for no rows.
    """
    if rows.num_rows == 0:
        return None
    now_us = time.time_ns() // 1000 if now_us is None else now_us
    path = f"{archive.root}/alerts/{hour_dir(now_us - now_us % HOUR_US)}/alerts-{now_us:020d}-{uuid.uuid4().hex[:8]}.parquet"
    archive.write_file(path, rows.select(ALERTS.names).cast(ALERTS))
    return path


class ArchiveSink:
    """Writes flushed ranges into the :class:`~millpond.sinks.archive.Archive` and keeps it tidy."""

    def __init__(self, cfg: Config, data_dir: Path | None = None, *, member: int = 0,
                 compact_settle_s: float = 300.0, compact_max_files: int = 16) -> None:
        self.cfg = cfg
        self.data_dir = Path(data_dir if data_dir is not None else cfg.data_path)
        self.archive = Archive.for_data_dir(self.data_dir, cfg.archive.uri, endpoint=cfg.archive.endpoint,
                                            options=cfg.archive.options)
        self.rollups = Rollups()
        self.member = member
        self._pending: dict[TopicPartition, list[ArchiveFile]] = {}
        self.compact_settle_us = int(compact_settle_s * 1e6)
        self.compact_max_files = compact_max_files
        self.compaction = CompactionStats()
        self._catalog_tables: set[str] | None = None

    def archived_offsets(self) -> dict[TopicPartition, int]:
        out: dict[TopicPartition, int] = {}
        for table in RAW_SCHEMAS:
            for f in self.archive.list(table):
                if not f.pending:
                    out[f.tp] = max(out.get(f.tp, 0), f.end)
        return out

    def assigned(self, partitions: list[TopicPartition], committed: dict[TopicPartition, int]) -> None:
        for tp in partitions:
            self._pending.pop(tp, None)
        deleted, published = self.archive.recover(ALL_TABLES, committed, partitions)
        if deleted:
            log.info("archive: removed %d file(s) written past the committed offsets (replayed instead)", deleted)
        if published:
            log.info("archive: published %d committed file(s) a crash left pending", published)

    def write(self, tp: TopicPartition, start: int, end: int, table: pa.Table) -> None:
        # Files still pending for tp are a failed flush's (a committed flush's were published and
        # forgotten): the range is written again now, maybe longer, so they must not be published.
        self.archive.delete(self._pending.pop(tp, []))
        pending = self._pending[tp] = []
        pending += self.archive.write(tp.topic, tp, start, end, table, pending=True)
        for name, part in self.rollups.compute(tp.topic, table).items():
            pending += self.archive.write(name, tp, start, end, part, pending=True)

    def committed(self, partitions: list[TopicPartition]) -> None:
        """The offsets of what ``write`` wrote for ``partitions`` are committed: publish the files.

        All partitions' files in one :meth:`Archive.publish`, so a directory holding several (one hour of
        ``logs`` gets a file per partition) is fsync'd once, not once per partition. They are forgotten
        first: if publishing fails, a later ``write`` must not take them for a failed flush's and delete
        them (they are committed); the next start's recovery publishes them.
        """
        files = [f for tp in partitions for f in self._pending.pop(tp, [])]
        self.archive.publish(files)
        if self._catalog_tables is not None and not {tp.topic for tp in partitions} <= self._catalog_tables:
            self.refresh_catalog()

    def patterns(self, table: pa.Table) -> None:
        cols = [c for c in LOG_PATTERNS.names if c in table.column_names]
        self.archive.write_file(f"{self.archive.root}/{PATTERNS_DIR}/patterns-{self.member}.parquet",
                                table.select(cols))

    def maintain(self, committed: dict[TopicPartition, int], partitions: list[TopicPartition]) -> None:
        """Compaction of settled hours, retention by age, and the catalog."""
        now_us = time.time_ns() // 1000
        owned = set(partitions)
        for name in ALL_TABLES:
            schema = RAW_SCHEMAS.get(name) or PARTS_SCHEMAS[name]
            fold = (lambda t, n=name: self.rollups.fold(n, t)) if name in PARTS_SCHEMAS else None
            s = compact(self.archive, name, schema, committed, now_us=now_us, fold=fold,
                        settle_us=self.compact_settle_us, max_files=self.compact_max_files, partitions=owned)
            self.compaction.merged_files += s.merged_files
            self.compaction.written_files += s.written_files
            self.compaction.deleted_files += s.deleted_files
        expired = self.archive.expire(ALL_TABLES, now_us - int(self.cfg.archive.retention * 1e6))
        if expired:
            log.info("archive: retention deleted %d file(s)", expired)
        self.refresh_catalog()

    def refresh_catalog(self) -> None:
        """Rewrite ``DATA/catalog.duckdb`` when the set of tables with files changed (local archives only)."""
        if not self.archive.local:
            return
        root = Path(self.archive.root)
        present = {t for t in ALL_TABLES if next(root.glob(f"{t}/*/*/*.parquet"), None) is not None}
        if next(root.glob("alerts/**/*.parquet"), None) is not None:
            present.add("alerts")
        if next(root.glob(f"{PATTERNS_DIR}/*.parquet"), None) is not None:
            present.add("log_patterns")
        if present == self._catalog_tables and (self.data_dir / CATALOG_FILE).exists():
            return
        write_catalog(self.data_dir / CATALOG_FILE, self.archive.root,
                      {**RAW_SCHEMAS, "log_patterns": LOG_PATTERNS, "alerts": ALERTS}, present)
        self._catalog_tables = present

    def close(self) -> None:
        try:
            self.refresh_catalog()
        finally:
            self.rollups.close()
