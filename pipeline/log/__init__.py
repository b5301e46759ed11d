"""The partitioned log: topics, partitions, segments, offsets, consumer groups.

``open_log`` is the one way in; it picks the backend from ``[log] backend``.
The embedded log lives in ``DATA/log``; the Kafka one in a Kafka cluster.
"""

from __future__ import annotations

from pathlib import Path

from millpond.config import LogConfig
from millpond.pipeline.log.base import (
    AppendResult,
    Consumer,
    FetchedBatch,
    Log,
    PartitionInfo,
    TopicPartition,
    partition_column,
    split_by_partition,
    stable_partition,
)
from millpond.pipeline.log.errors import LogError

__all__ = [
    "AppendResult", "Consumer", "FetchedBatch", "Log", "LogError", "PartitionInfo", "TopicPartition",
    "open_log", "partition_column", "split_by_partition", "stable_partition",
]


def open_log(data_dir: Path | str, cfg: LogConfig | None = None, *, readonly: bool = False) -> Log:
    """Open the log of ``data_dir`` (``DATA/log`` for the embedded backend).

    The writer (``readonly=False``) takes the data directory's lock and
    recovers torn tails; readers follow what the writer appends.
    """
    cfg = cfg or LogConfig()
    if cfg.backend == "kafka":
        from millpond.pipeline.log.kafka import KafkaLog

        return KafkaLog(cfg)
    from millpond.pipeline.log.embedded import EmbeddedLog

    return EmbeddedLog(Path(data_dir) / "log", cfg, readonly=readonly)
