"""One member of a Kafka consumer group, as a :class:`~millpond.pipeline.log.base.Consumer`.

Offsets are committed explicitly (``enable.auto.commit=false``), only for
partitions this member still owns: when a rebalance takes a partition away,
the batches already handed out for it are in-flight work that is abandoned,
never committed past — the new owner resumes from the last commit (replay,
never skip). :attr:`KafkaConsumer.revoked` tells the caller which partitions
went away so it can drop their unfinished output.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
from typing import TYPE_CHECKING

import confluent_kafka as ck

from millpond.pipeline.log.base import Consumer, FetchedBatch, TopicPartition
from millpond.pipeline.log.errors import LogClosedError
from millpond.pipeline.log.kafka_wire import client_config, fetched, kafka_error, kafka_offset, log_offset, next_events

if TYPE_CHECKING:
    from millpond.pipeline.log.kafka import KafkaLog

log = logging.getLogger(__name__)

GROUP_DEFAULTS = {
    "auto.offset.reset": "earliest",
    "session.timeout.ms": "10000",
    "heartbeat.interval.ms": "1000",
    "fetch.wait.max.ms": "100",
}
"""A 10 s session: a dead worker's partitions move within seconds, not 45 s."""


def member_name() -> str:
    """``millpond@<host>:<pid>``: unique among the group's live members, and says where a worker runs.

    Nothing durable is keyed by it (the pattern state follows partitions),
    so a restarted worker needs no stable identity.
    """
    return f"millpond@{socket.gethostname()}:{os.getpid()}"


class KafkaConsumer(Consumer):
    """A member of Kafka consumer group ``group`` reading ``topics`` (subscribed, rebalanced by Kafka).

    Not thread safe: one thread polls and commits (as with any Kafka consumer).
    """

    def __init__(self, owner: KafkaLog, group: str, topics: list[str]) -> None:
        self._log = owner
        self.group = group
        self._prefix = owner.prefix
        conf = {**GROUP_DEFAULTS, "client.id": member_name(), **client_config(owner.cfg, "consumer"), "group.id": group,
                "enable.auto.commit": "false"}
        self._c = ck.Consumer(conf)
        self.name = str(conf["client.id"])
        """Shown by ``kafka-consumer-groups.sh --describe --members`` (CLIENT-ID) beside the partitions it owns."""
        self._assigned: set[TopicPartition] = set()
        self._positions: dict[TopicPartition, int] = {}
        self._skip: dict[TopicPartition, int] = {}
        self._revoked: set[TopicPartition] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._c.subscribe(
            [owner.prefix + t for t in topics],
            on_assign=self._on_assign, on_revoke=self._on_revoke, on_lost=self._on_revoke,
        )
        log.info("group %s: joining as %s", group, self.name)

    def _tp(self, p: ck.TopicPartition) -> TopicPartition:
        return TopicPartition(p.topic[len(self._prefix) :], p.partition)

    def _on_assign(self, _c: ck.Consumer, parts: list[ck.TopicPartition]) -> None:
        with self._lock:
            self._assigned |= {self._tp(p) for p in parts}

    def _on_revoke(self, _c: ck.Consumer, parts: list[ck.TopicPartition]) -> None:
        gone = {self._tp(p) for p in parts}
        with self._lock:
            self._assigned -= gone
            self._revoked |= gone
            for tp in gone:
                self._positions.pop(tp, None)
                self._skip.pop(tp, None)
        if gone and not self._closed:
            log.info("group %s: partitions %s moved away; their in-flight work is dropped", self.group, sorted(map(str, gone)))

    @property
    def revoked(self) -> set[TopicPartition]:
        """Partitions taken away since the last call (reading clears it)."""
        with self._lock:
            out, self._revoked = self._revoked, set()
        return out

    def assignment(self) -> list[TopicPartition]:
        with self._lock:
            return sorted(self._assigned)

    def poll(self, timeout: float = 1.0, max_records: int = 100_000) -> list[FetchedBatch]:
        if self._closed:
            raise LogClosedError("consumer is closed")
        out: list[FetchedBatch] = []
        rows = 0
        wait = timeout
        while rows < max_records:
            msgs = next_events(self._c, wait)
            if not msgs:
                break
            wait = 0  # take what is already fetched, then return
            for msg in msgs:
                if msg.error():
                    if msg.error().code() == ck.KafkaError._PARTITION_EOF:
                        continue
                    raise kafka_error(f"group {self.group} poll", msg.error())
                tp = self._tp(ck.TopicPartition(msg.topic(), msg.partition()))
                fb = fetched(msg, self._skip.pop(tp, None))
                fb = FetchedBatch(tp.topic, tp.partition, fb.base_offset, fb.batch)
                self._positions[tp] = log_offset(msg.offset() + 1)
                out.append(fb)
                rows += fb.batch.num_rows
        return out

    def seek(self, tp: TopicPartition, offset: int) -> None:
        """Read ``tp`` from ``offset`` on (an assigned partition; inside a message, that message is sliced)."""
        try:
            self._c.seek(ck.TopicPartition(self._prefix + tp.topic, tp.partition, kafka_offset(offset)))
        except ck.KafkaException as e:
            raise kafka_error(f"seek {tp} to {offset}", e) from None
        self._positions[tp] = offset
        self._skip[tp] = offset

    def position(self, tp: TopicPartition) -> int:
        if tp in self._positions:
            return self._positions[tp]
        (p,) = self._c.position([ck.TopicPartition(self._prefix + tp.topic, tp.partition)])
        if p.offset >= 0:
            return log_offset(p.offset)
        committed = self._log.committed(self.group)
        return committed.get(tp, self._log.start_offset(tp.topic, tp.partition))

    def commit(self, offsets: dict[TopicPartition, int]) -> None:
        """Commit positions of partitions still owned; others are dropped (their new owner replays)."""
        with self._lock:
            owned = {tp: o for tp, o in offsets.items() if tp in self._assigned}
        dropped = set(offsets) - set(owned)
        if dropped:
            log.info("group %s: not committing %s, no longer assigned here", self.group, sorted(map(str, dropped)))
        if not owned:
            return
        try:
            self._c.commit(offsets=self._log.kafka_offsets(owned), asynchronous=False)
        except ck.KafkaException as e:
            raise kafka_error(f"commit for group {self.group!r}", e) from None

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._c.close()
