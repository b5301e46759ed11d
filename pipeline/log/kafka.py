"""The log on Apache Kafka (any Kafka-API cluster), through confluent-kafka.

Topics ``logs`` and ``metrics`` are the Kafka topics ``<topic_prefix>logs`` and
``<topic_prefix>metrics``, created with ``[log] partitions`` partitions when
missing. Consumer groups and committed offsets are Kafka's own, so several
workers on several machines share the partitions.

Message format (what other applications read, see ``docs/kafka.md``): one
Kafka message holds one Arrow IPC *stream* (schema + one record batch, body
compressed with the topic codec: lz4/zstd frame compression of Arrow IPC).
Headers: ``content-type: application/vnd.apache.arrow.stream``,
``millpond-rows: <n>``. The message timestamp is the batch's latest ``ts`` in
milliseconds. The partition is explicit (CRC32C of the key, see
:func:`~millpond.pipeline.log.base.stable_partition`); messages carry no key.
An appended batch bigger than the message size limit is split over several
messages; its future resolves when all are acknowledged (``acks=all``,
idempotent producer).

Offsets. Kafka numbers *messages*; the :class:`~millpond.pipeline.log.base.Log`
interface numbers *records*. A log offset here packs both::

    message k with n rows holds offsets ((k + 1) << 20) - n  ..  ((k + 1) << 20) - 1

so row ``i`` of a fetched batch has offset ``base_offset + i`` (unique and
increasing, as the interface says), and a batch's ``next_offset`` is exactly
``(k + 1) << 20``: the position "before message k + 1". Positions with the low
20 bits zero are message boundaries; ``kafka_offset(o) = o >> 20``. Offsets
have gaps: the next batch starts above the previous ``next_offset`` (as Kafka
offsets do after compaction), so ``contiguous_offsets`` is False. Committing
a position in the middle of a message commits that message's start (its rows
are replayed: replay, never skip). Lag (:meth:`KafkaLog.lag`) counts messages,
not records: Kafka cannot count records without reading them.
"""

from __future__ import annotations

import concurrent.futures
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import confluent_kafka as ck
import pyarrow as pa
from confluent_kafka.admin import AdminClient, NewTopic

from millpond.config import LogConfig
from millpond.pipeline.log.base import (
    AppendResult,
    FetchedBatch,
    Log,
    PartitionInfo,
    TopicPartition,
)
from millpond.pipeline.log.errors import LogClosedError, LogError, UnknownTopicError
from millpond.pipeline.log.kafka_consumer import KafkaConsumer
from millpond.pipeline.log.kafka_wire import (
    CONTENT_TYPE,
    ROW_BITS,
    KafkaLogError,
    RecordTooLargeError,
    client_config,
    decode,
    encode,
    fetched,
    kafka_error,
    kafka_offset,
    log_offset,
    message_base,
    next_events,
    timestamp_ms,
)

log = logging.getLogger(__name__)

DEFAULT_TOPICS = ("logs", "metrics")
READER_GROUP = "millpond-reader"
"""group.id of the reader that serves :meth:`KafkaLog.read`; it never joins or commits."""
_TIMEOUT = 10.0
_END_OF_DATA = (ck.KafkaError._PARTITION_EOF, ck.KafkaError.OFFSET_OUT_OF_RANGE, ck.KafkaError._AUTO_OFFSET_RESET)
"""Fetch events that mean "nothing more at this offset" for :meth:`KafkaLog.read`."""


class TopicCreationError(LogError):
    """The cluster refused to create a topic Millpond needs."""


class ProducerQueueFullError(LogError):
    """librdkafka's local queue stayed full: the cluster is slow or gone; try later."""

    retriable = True


@dataclass(frozen=True)
class KafkaAppendResult(AppendResult):
    """An append that may span several messages: ``next_offset`` is after the last one."""

    end_offset: int

    @property
    def next_offset(self) -> int:
        return self.end_offset


@dataclass
class _Pending:
    """One append waiting for the delivery reports of its ``parts`` messages."""

    future: concurrent.futures.Future[AppendResult]
    topic: str
    partition: int
    rows: list[int]
    offsets: list[int] = field(default_factory=list)
    done: int = 0

    def delivered(self, err: ck.KafkaError | None, msg: ck.Message, index: int) -> None:
        """Delivery report of part ``index`` (delivery thread only)."""
        if err is not None:
            self.fail(kafka_error(f"append to {self.topic}/{self.partition} failed", err))
            return
        self.offsets[index] = msg.offset()
        self.done += 1
        if self.done == len(self.rows):
            base = message_base(self.offsets[0], self.rows[0])
            end = log_offset(self.offsets[-1] + 1)
            try:
                self.future.set_result(KafkaAppendResult(self.topic, self.partition, base, sum(self.rows), end))
            except concurrent.futures.InvalidStateError:
                pass  # an earlier part already failed it

    def fail(self, error: LogError) -> None:
        """Fail the append once (a later part's report, or the producing thread, may try again)."""
        try:
            self.future.set_exception(error)
        except concurrent.futures.InvalidStateError:
            pass


class KafkaLog(Log):
    """The :class:`Log` interface on a Kafka cluster (see the module doc for the offset model).

    ``contiguous_offsets`` is False: a message's rows sit at the top of its
    offset window, so the next batch's ``base_offset`` is usually above the
    previous ``next_offset`` (gaps, as Kafka has after compaction); a gap is
    not a loss.

    Thread safety: any method from any thread; appends share one idempotent
    producer whose delivery reports are served by a poll thread; reads share
    one assign-and-seek reader under a lock.
    """

    contiguous_offsets = False

    def __init__(self, cfg: LogConfig, *, timeout: float = _TIMEOUT) -> None:
        self.cfg = cfg
        self.timeout = timeout
        """Seconds any one cluster request may take before it fails with a :class:`KafkaLogError`."""
        self.prefix = cfg.topic_prefix
        self._closed = False
        self._admin = AdminClient(client_config(cfg, "admin"))
        self._limit = int(int(cfg.kafka.get("message.max.bytes", cfg.kafka.get("producer.message.max.bytes", 1_000_000))) * 0.95)
        self._partitions: dict[str, int] = {}
        for topic in DEFAULT_TOPICS:
            self.ensure_topic(topic)
        durable = {"acks": "all", "enable.idempotence": "true"}  # not overridable: an ack means replicated
        self._producer = ck.Producer({"linger.ms": "5", "compression.type": "none", **client_config(cfg, "producer"), **durable})
        self._produce_lock = threading.Lock()
        self._reader: ck.Consumer | None = None
        self._reader_lock = threading.Lock()
        self._stop = threading.Event()
        self._poller = threading.Thread(target=self._poll_loop, name="kafka-log-delivery", daemon=True)
        self._poller.start()

    # topics -----------------------------------------------------------------

    def _name(self, topic: str) -> str:
        return self.prefix + topic

    def _setting(self, topic: str, key: str) -> Any:
        """``[log.topics.<topic>] key`` if set, else ``[log] key``."""
        override = self.cfg.topics.get(topic)
        value = getattr(override, key) if override is not None else None
        return getattr(self.cfg, key) if value is None else value

    def topics(self) -> dict[str, int]:
        """Millpond's topics: every topic under a non-empty ``topic_prefix``; without a prefix
        (a shared cluster's other topics are not ours) ``logs``, ``metrics``, the
        ``[log.topics]`` ones and those ensured through this object."""
        try:
            md = self._admin.list_topics(timeout=self.timeout)
        except ck.KafkaException as e:
            raise self._unreachable(e) from None
        known = {*DEFAULT_TOPICS, *self.cfg.topics, *self._partitions}
        out = {}
        for name, t in md.topics.items():
            topic = name[len(self.prefix) :]
            if name.startswith(self.prefix) and t.error is None and (self.prefix or topic in known):
                out[topic] = len(t.partitions)
        return out

    def _lookup(self, topic: str) -> int | None:
        """Partition count of ``topic`` in the cluster, None if it does not exist.

        Lists all topics: a metadata request naming one topic may auto-create it.
        """
        name = self._name(topic)
        try:
            md = self._admin.list_topics(timeout=self.timeout)
        except ck.KafkaException as e:
            raise self._unreachable(e) from None
        t = md.topics.get(name)
        return None if t is None or t.error is not None else len(t.partitions)

    def partitions(self, topic: str) -> int:
        n = self._partitions.get(topic)
        if n is None:
            n = self._lookup(topic)
            if n is None:
                raise UnknownTopicError(f"no Kafka topic {self._name(topic)!r}")
            self._partitions[topic] = n
        return n

    def _unreachable(self, e: Exception) -> KafkaLogError:
        return kafka_error(f"no answer from Kafka at {self.cfg.kafka_bootstrap} (check [log] kafka_bootstrap, and the "
                           "security settings in [log.kafka] if the cluster wants authentication or TLS)", e)

    def ensure_topic(self, topic: str, partitions: int | None = None) -> int:
        existing = self._lookup(topic)
        n = partitions or self._setting(topic, "partitions")
        if existing is not None:
            if existing != n and topic not in self._partitions:
                log.info("Kafka topic %s has %d partitions (configured: %d); using %d", self._name(topic), existing, n, existing)
            self._partitions[topic] = existing
            return existing
        name = self._name(topic)
        fut = self._admin.create_topics([NewTopic(name, n, -1)], request_timeout=self.timeout)[name]
        try:
            fut.result(timeout=self.timeout + 5)
        except ck.KafkaException as e:
            err = e.args[0]
            if err.code() != ck.KafkaError.TOPIC_ALREADY_EXISTS:
                raise TopicCreationError(
                    f"the Kafka cluster refused to create topic {name!r} with {n} partitions ({err.str()}): "
                    f"create it yourself (kafka-topics.sh --create --topic {name} --partitions {n}) "
                    "or let this client create topics, then start again"
                ) from None
        except concurrent.futures.TimeoutError:
            raise TopicCreationError(f"creating Kafka topic {name!r} timed out: is {self.cfg.kafka_bootstrap} up?") from None
        return self._wait_topic(topic)

    def _wait_topic(self, topic: str) -> int:
        """Partition count once the new topic shows in metadata (creation is asynchronous)."""
        deadline = time.monotonic() + self.timeout
        while (n := self._lookup(topic)) is None:
            if time.monotonic() > deadline:
                raise TopicCreationError(f"Kafka topic {self._name(topic)!r} was created but never appeared")
            time.sleep(0.05)
        self._partitions[topic] = n
        return n

    # append -----------------------------------------------------------------

    def _poll_loop(self) -> None:
        while not self._stop.is_set():
            self._producer.poll(0.1)

    def append(self, topic: str, partition: int, batch: pa.RecordBatch) -> concurrent.futures.Future[AppendResult]:
        fut: concurrent.futures.Future[AppendResult] = concurrent.futures.Future()
        try:
            if self._closed:
                raise LogClosedError("the Kafka log is closed")
            if not 0 <= partition < self.partitions(topic):
                raise UnknownTopicError(f"no partition {partition} in topic {topic!r}")
            parts = encode(batch, self._setting(topic, "codec"), self._limit)
        except LogError as e:
            fut.set_exception(e)
            return fut
        pending = _Pending(fut, topic, partition, [b.num_rows for b, _ in parts], [-1] * len(parts))
        headers_rows = [str(b.num_rows).encode() for b, _ in parts]
        with self._produce_lock:  # keeps one append's messages contiguous in the queue
            for i, (b, payload) in enumerate(parts):
                err = self._produce(
                    self._name(topic), partition, payload, timestamp_ms(b),
                    [("content-type", CONTENT_TYPE), ("millpond-rows", headers_rows[i])],
                    lambda e, m, i=i: pending.delivered(e, m, i),
                )
                if err is not None:
                    pending.fail(err)
                    break
        return fut

    def _produce(
        self, name: str, partition: int, payload: bytes, ts: int, headers: list[tuple[str, bytes]],
        cb: Callable[[ck.KafkaError | None, ck.Message], None],
    ) -> LogError | None:
        """Queue one message, waiting (bounded) while librdkafka's queue is full."""
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                self._producer.produce(name, payload, partition=partition, timestamp=ts, headers=headers, on_delivery=cb)
                return None
            except BufferError:
                if time.monotonic() > deadline:
                    return ProducerQueueFullError(f"Kafka producer queue full for {self.timeout:.0f}s")
                self._producer.poll(0.05)
            except ck.KafkaException as e:
                return kafka_error(f"append to {name}/{partition} refused", e)

    # read -------------------------------------------------------------------

    def _reader_consumer(self) -> ck.Consumer:
        if self._reader is None:
            conf = {
                "group.id": READER_GROUP, "enable.auto.commit": "false", "enable.partition.eof": "true",
                "auto.offset.reset": "error", "fetch.wait.max.ms": "20",
            }
            self._reader = ck.Consumer({**client_config(self.cfg, "consumer"), **conf})
        return self._reader

    def _watermarks(self, topic: str, partition: int) -> tuple[int, int]:
        if not 0 <= partition < self.partitions(topic):
            raise UnknownTopicError(f"no partition {partition} in topic {topic!r}")
        with self._reader_lock:
            c = self._reader_consumer()
            try:
                return c.get_watermark_offsets(ck.TopicPartition(self._name(topic), partition), timeout=self.timeout, cached=False)
            except ck.KafkaException as e:
                raise kafka_error(f"watermarks of {topic}/{partition}", e) from None

    def read(
        self, topic: str, partition: int, offset: int, *, max_records: int = 100_000, max_bytes: int = 64 << 20
    ) -> list[FetchedBatch]:
        low, _ = self._watermarks(topic, partition)
        k = max(kafka_offset(offset), low)
        out: list[FetchedBatch] = []
        rows = size = 0
        with self._reader_lock:
            c = self._reader_consumer()
            c.assign([ck.TopicPartition(self._name(topic), partition, k)])
            try:
                deadline = time.monotonic() + self.timeout
                while rows < max_records and size < max_bytes and time.monotonic() < deadline:
                    for msg in next_events(c, 0.5):
                        if msg.error():
                            if msg.error().code() in _END_OF_DATA:
                                return out
                            raise kafka_error(f"read {topic}/{partition}", msg.error())
                        if msg.offset() < k:
                            continue  # left over from an earlier assignment
                        fb = fetched(msg, offset)
                        out.append(FetchedBatch(topic, partition, fb.base_offset, fb.batch))
                        rows += fb.batch.num_rows
                        size += len(msg.value())
                        k = msg.offset() + 1
                        if rows >= max_records or size >= max_bytes:
                            return out
            finally:
                c.unassign()
        return out

    def start_offset(self, topic: str, partition: int) -> int:
        return log_offset(self._watermarks(topic, partition)[0])

    def end_offset(self, topic: str, partition: int) -> int:
        return log_offset(self._watermarks(topic, partition)[1])

    def offset_for_time(self, topic: str, partition: int, ts_us: int) -> int:
        tp = ck.TopicPartition(self._name(topic), partition, ts_us // 1000)
        with self._reader_lock:
            try:
                (res,) = self._reader_consumer().offsets_for_times([tp], timeout=self.timeout)
            except ck.KafkaException as e:
                raise kafka_error(f"offset for time in {topic}/{partition}", e) from None
        if res.offset < 0:  # no message that late
            return self.end_offset(topic, partition)
        return log_offset(res.offset)

    def describe(self, topic: str) -> list[PartitionInfo]:
        out = []
        for p in range(self.partitions(topic)):
            low, high = self._watermarks(topic, p)
            out.append(PartitionInfo(topic, p, log_offset(low), log_offset(high), -1, -1, None, None))
        return out

    # groups -----------------------------------------------------------------

    def consumer(self, group: str, topics: list[str], *, member: int = 0, members: int = 1) -> KafkaConsumer:
        """A new member of Kafka consumer group ``group``.

        ``member``/``members`` (the embedded log's static split) are ignored:
        Kafka's group protocol spreads the partitions over the members.
        """
        for t in topics:
            self.partitions(t)
        return KafkaConsumer(self, group, topics)

    def committed(self, group: str) -> dict[TopicPartition, int]:
        req = ck.ConsumerGroupTopicPartitions(group)
        try:
            res = self._admin.list_consumer_group_offsets([req], request_timeout=self.timeout)[group].result()
        except ck.KafkaException as e:
            raise kafka_error(f"committed offsets of group {group!r}", e) from None
        return {
            TopicPartition(tp.topic[len(self.prefix) :], tp.partition): log_offset(tp.offset)
            for tp in res.topic_partitions
            if tp.offset >= 0 and tp.topic.startswith(self.prefix)
        }

    def commit(self, group: str, offsets: dict[TopicPartition, int]) -> None:
        """Commit for ``group`` from outside it (the group must have no active members)."""
        c = ck.Consumer({**client_config(self.cfg, "consumer"), "group.id": group, "enable.auto.commit": "false"})
        try:
            c.commit(offsets=self.kafka_offsets(offsets), asynchronous=False)
        except ck.KafkaException as e:
            raise kafka_error(f"commit for group {group!r}", e) from None
        finally:
            c.close()

    def kafka_offsets(self, offsets: dict[TopicPartition, int]) -> list[ck.TopicPartition]:
        """Log positions → Kafka commit offsets (a mid-message position rounds down: replay, never skip)."""
        return [ck.TopicPartition(self._name(tp.topic), tp.partition, kafka_offset(o)) for tp, o in offsets.items()]

    def groups(self) -> list[str]:
        try:
            res = self._admin.list_consumer_groups(request_timeout=self.timeout).result()
        except ck.KafkaException as e:
            raise kafka_error("list consumer groups", e) from None
        return sorted(g.group_id for g in res.valid if g.group_id != READER_GROUP)

    def lag(self, group: str) -> dict[TopicPartition, int]:
        """Messages (not records) each partition's end is ahead of the group's commit.

        Committed offsets and watermarks are message boundaries, so the record-offset
        difference of :meth:`Log.lag` is a whole number of messages shifted left.
        """
        return {tp: n >> ROW_BITS for tp, n in super().lag(group).items()}

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._stop.set()
        self._poller.join()  # from here on flush() alone serves delivery reports
        left = self._producer.flush(self.timeout)
        if left:
            log.warning("closing the Kafka log with %d messages not acknowledged; their appends fail", left)
        self._producer.purge()
        self._producer.poll(0)
        self._producer.close()
        with self._reader_lock:
            if self._reader is not None:
                self._reader.close()
                self._reader = None


__all__ = ["KafkaLog", "KafkaConsumer", "KafkaAppendResult", "KafkaLogError", "TopicCreationError",
           "RecordTooLargeError", "ProducerQueueFullError", "kafka_offset", "log_offset", "encode", "decode"]
