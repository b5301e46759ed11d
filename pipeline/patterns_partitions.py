"""One pattern miner per log partition, its state in the shared archive: ids survive partition moves.

On Kafka the group moves partitions between workers, on one machine or
many. A miner per *worker* would give a template a new id whenever its
partition moved to a worker that had not seen that template's first shape,
and two workers writing one ``log_patterns`` file would lose each other's
rows. So on Kafka the state belongs to the partition: the worker that owns
``logs/3`` loads ``logs/3``'s miner from the archive at the committed
offset (:class:`~millpond.pipeline.patterns_state.SharedStateStore`),
mines its lines, saves it just before each commit, and publishes its
``log_patterns`` rows as ``log_patterns/logs-3.parquet``. The query
service's ``log_patterns`` view sums the partitions' counters per
``pattern_id`` (ids are content-addressed, so a template whose first shape
is the same in two partitions has one id in both).

The embedded log uses the same per-partition state (one code path), so the
number of workers can change freely. A data directory written by an older
version has one miner's state per *worker* (``DATA/state/patterns`` or
``patterns-<member>``): :func:`migrate_worker_state` turns it into
per-partition state once, keeping every pattern id.
"""

from __future__ import annotations

import fcntl
import logging
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pyarrow as pa
import pyarrow.fs as pafs

from millpond.pipeline.log.base import TopicPartition
from millpond.pipeline.patterns import PatternMiner
from millpond.pipeline.patterns_cluster import Cluster, Params
from millpond.pipeline.patterns_state import SharedStateStore, StateStore

log = logging.getLogger(__name__)

STATE_DIR = "_pattern_state"
"""Under the archive root: ``_pattern_state/<topic>-<partition>/<start>-<end>.msgpack``."""


def partition_name(tp: TopicPartition) -> str:
    return f"{tp.topic}-{tp.partition}"


@dataclass
class LegacyState:
    """Where an older version kept its per-worker miner state, for :func:`migrate_worker_state`.

    ``unpublish(name)`` deletes that worker's ``log_patterns/<name>.parquet``.
    """

    state_root: Path
    partitions: int
    unpublish: Callable[[str], None]


_LEGACY = re.compile(r"patterns(?:-(\d+))?")


def migrate_worker_state(pp: PartitionPatterns, legacy: LegacyState, committed: dict[TopicPartition, int]) -> int:
    """Per-worker miner state (``state/patterns``, ``state/patterns-<m>``) → per-partition state; returns partitions done.

    Why: before, each embedded worker kept one miner for the partitions it
    owned, so changing the number of workers renumbered templates. Each
    ``logs`` partition gets, as its first piece (ending at its committed
    offset), the whole state of the worker that owned it — every cluster and
    the shape cache, so every id it handed out survives — with each
    cluster's count split evenly over that worker's partitions: the
    ``log_patterns`` view sums the partitions' counts, so the total is
    unchanged (first/last seen are kept whole: min/max are not summed). Then
    the worker's ``log_patterns`` file is deleted and its state directory is
    renamed ``<name>.migrated-<unix time>``. Under a lock in ``state/``, before any worker
    loads partition state, so concurrent workers migrate once; a partition
    that already has pieces is left alone, so a crash part-way is redone.
    """
    root = legacy.state_root
    if not root.is_dir():
        return 0
    with open(root / ".patterns-migration.lock", "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        found = {d: _LEGACY.fullmatch(d.name) for d in root.iterdir() if d.is_dir()}
        dirs = {d: m for d, m in found.items() if m is not None and (d / "patterns.msgpack").exists()}
        if not dirs:
            return 0
        single = [d for d, m in dirs.items() if m[1] is None]
        members = {int(m[1]): d for d, m in dirs.items() if m[1] is not None}
        newest = max(dirs, key=lambda d: (d / "patterns.msgpack").stat().st_mtime)
        n = max(members) + 1 if members and newest not in single else 1
        owner = (lambda p: single[0]) if n == 1 else (lambda p: members.get(p % n))  # noqa: E731
        done = 0
        for src in {owner(p) for p in range(legacy.partitions)} - {None}:
            parts = [p for p in range(legacy.partitions) if owner(p) == src]
            source = StateStore(src)
            clusters, shapes = source.load()
            for k, p in enumerate(parts):
                done += _seed(pp, TopicPartition(pp.topic, p), committed.get(TopicPartition(pp.topic, p), 0),
                              [_share(c, k, len(parts)) for c in clusters], shapes, source.rules)
        for d, m in dirs.items():
            legacy.unpublish(f"patterns-{m[1] or 0}")
            os.replace(d, d.with_name(f"{d.name}.migrated-{int(time.time())}"))
        log.info("pattern state: moved the per-worker state of %s to per-partition state (%d partitions); ids kept",
                 ", ".join(sorted(d.name for d in dirs)), done)
        return done


def _share(c: Cluster, k: int, n: int) -> Cluster:
    """Cluster ``c`` with the ``k``-th of ``n`` even shares of its count (the shares add up to the count)."""
    return replace(c, count=c.count // n + (1 if k < c.count % n else 0))


def _seed(pp: PartitionPatterns, tp: TopicPartition, upto: int, clusters: list[Cluster],
          shapes: list[tuple[str, int]], rules: int) -> int:
    """Write ``tp``'s first state piece ``[0, upto)`` and publish its rows, unless ``tp`` already has state."""
    where = f"{pp.root}/{STATE_DIR}/{partition_name(tp)}"
    store = SharedStateStore(pp.fs, where, upto=upto)
    if store.pieces():
        return 0
    store.end = upto
    store.rules = rules  # the shapes were masked with these rules: keep them, or the ids change
    store.save(clusters, [], shapes)
    miner = PatternMiner.load(Path(where), pp.params, store=SharedStateStore(pp.fs, where, upto=upto))
    pp.publish(partition_name(tp), miner.patterns_table())
    return 1


class PartitionPatterns:
    """The miners of the ``logs`` partitions this worker owns (see the module docstring).

    ``publish(name, table)`` stores a partition's ``log_patterns`` rows as
    ``log_patterns/<name>.parquet`` (the command line wires the archive in).
    """

    def __init__(self, fs: pafs.FileSystem, root: str, publish: Callable[[str, pa.Table], None], *,
                 params: Params | None = None, topic: str = "logs", legacy: LegacyState | None = None) -> None:
        self.fs = fs
        self.root = root.rstrip("/")
        self.publish = publish
        self.params = params
        self.topic = topic
        self._miners: dict[TopicPartition, PatternMiner] = {}
        self._stores: dict[TopicPartition, SharedStateStore] = {}
        self._dirty: set[TopicPartition] = set()
        self.legacy = legacy
        """Per-worker state of an older version, migrated before the first partition is loaded."""

    def assigned(self, partitions: list[TopicPartition], committed: dict[TopicPartition, int]) -> None:
        """Load the state of newly owned partitions as of their committed offsets (the new owner replays from there)."""
        if self.legacy is not None:
            migrate_worker_state(self, self.legacy, committed)
            self.legacy = None
        for tp in partitions:
            if tp.topic != self.topic:
                continue
            where = f"{self.root}/{STATE_DIR}/{partition_name(tp)}"
            store = SharedStateStore(self.fs, where, upto=committed.get(tp, 0))
            self._miners[tp] = PatternMiner.load(Path(store.dir), self.params, store=store)
            self._stores[tp] = store
            self._dirty.discard(tp)

    def revoked(self, partitions: list[TopicPartition]) -> None:
        """Partitions gone to another worker: forget their unsaved state (their new owner replays it)."""
        for tp in partitions:
            self._miners.pop(tp, None)
            self._stores.pop(tp, None)
            self._dirty.discard(tp)

    def miner(self, tp: TopicPartition) -> PatternMiner:
        """The miner for ``tp``'s lines (``tp`` must be assigned)."""
        m = self._miners.get(tp)
        if m is None:
            raise KeyError(f"no pattern state loaded for {tp}: it is not assigned to this worker")
        self._dirty.add(tp)
        return m

    def save(self, ends: dict[TopicPartition, int]) -> None:
        """Before committing ``ends``: save each partition's state up to its end, publish changed ``log_patterns``.

        Every commit of a ``logs`` partition gets a saved piece ending at
        it (an unchanged state costs one small object), so the next owner
        finds the state at exactly the committed offset.
        """
        for tp, end in ends.items():
            m = self._miners.get(tp)
            if m is None:
                continue
            self._stores[tp].end = end
            m.save()
            if tp in self._dirty:
                self.publish(partition_name(tp), m.patterns_table())
                self._dirty.discard(tp)

    def committed(self, offsets: dict[TopicPartition, int]) -> None:
        """``offsets`` are committed: saved pieces that only older commits needed can go."""
        for tp, offset in offsets.items():
            store = self._stores.get(tp)
            if store is not None:
                store.committed(offset)

    def __len__(self) -> int:
        return sum(len(m) for m in self._miners.values())
