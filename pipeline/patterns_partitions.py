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
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.fs as pafs

from millpond.pipeline.log.base import TopicPartition
from millpond.pipeline.patterns import PatternMiner
from millpond.pipeline.patterns_cluster import Params
from millpond.pipeline.patterns_state import SharedStateStore

log = logging.getLogger(__name__)

STATE_DIR = "_pattern_state"
"""Under the archive root: ``_pattern_state/<topic>-<partition>/<start>-<end>.msgpack``."""


def partition_name(tp: TopicPartition) -> str:
    return f"{tp.topic}-{tp.partition}"


class PartitionPatterns:
    """The miners of the ``logs`` partitions this worker owns (see the module docstring).

    ``publish(name, table)`` stores a partition's ``log_patterns`` rows as
    ``log_patterns/<name>.parquet`` (the command line wires the archive in).
    """

    def __init__(self, fs: pafs.FileSystem, root: str, publish: Callable[[str, pa.Table], None], *,
                 params: Params | None = None, topic: str = "logs") -> None:
        self.fs = fs
        self.root = root.rstrip("/")
        self.publish = publish
        self.params = params
        self.topic = topic
        self._miners: dict[TopicPartition, PatternMiner] = {}
        self._stores: dict[TopicPartition, SharedStateStore] = {}
        self._dirty: set[TopicPartition] = set()

    def assigned(self, partitions: list[TopicPartition], committed: dict[TopicPartition, int]) -> None:
        """Load the state of newly owned partitions as of their committed offsets (the new owner replays from there)."""
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
