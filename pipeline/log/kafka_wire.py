"""What travels between Millpond and Kafka: message format, packed offsets, client settings, errors.

See ``kafka.py`` for the model (one Arrow IPC stream per message; log offset
``((k + 1) << 20) - n + i`` for row ``i`` of message ``k`` of ``n`` rows) and
``docs/kafka.md`` for other applications reading the topics.
"""

from __future__ import annotations

import logging
import math
import time

import confluent_kafka as ck
import pyarrow as pa
import pyarrow.compute as pc

from millpond.config import LogConfig
from millpond.pipeline.log import record
from millpond.pipeline.log.base import FetchedBatch
from millpond.pipeline.log.errors import LogError

ROW_BITS = 20
MAX_ROWS = (1 << ROW_BITS) - 1
"""Most rows one message may hold (the packed offset has 20 bits for the row)."""
CONTENT_TYPE = b"application/vnd.apache.arrow.stream"


class KafkaLogError(LogError):
    """A Kafka request failed; ``retriable`` is librdkafka's own verdict."""

    def __init__(self, message: str, retriable: bool = False) -> None:
        super().__init__(message)
        self.retriable = retriable


class RecordTooLargeError(LogError):
    """A single record is larger than the Kafka message size limit."""


def log_offset(kafka_offset: int) -> int:
    """The log position before Kafka message ``kafka_offset``."""
    return kafka_offset << ROW_BITS


def kafka_offset(offset: int) -> int:
    """The Kafka message holding (or starting at) log offset ``offset``."""
    return offset >> ROW_BITS


def message_base(k: int, rows: int) -> int:
    """Offset of the first of the ``rows`` rows of Kafka message ``k`` (they end just below ``(k + 1) << 20``)."""
    return ((k + 1) << ROW_BITS) - rows


def kafka_error(prefix: str, err: ck.KafkaError | Exception) -> KafkaLogError:
    """A librdkafka error as a :class:`KafkaLogError` keeping its retriable verdict."""
    if isinstance(err, ck.KafkaException):
        err = err.args[0]
    if isinstance(err, ck.KafkaError):
        return KafkaLogError(f"{prefix}: {err.str()}", retriable=err.retriable())
    return KafkaLogError(f"{prefix}: {err}")


def client_config(cfg: LogConfig, role: str) -> dict[str, object]:
    """librdkafka settings for ``role`` (producer, consumer, admin) from ``[log] kafka``.

    Plain keys (``security.protocol``, ``sasl.*``, ``ssl.*``…) go to every client;
    keys prefixed ``producer.`` / ``consumer.`` / ``admin.`` only to that one.
    librdkafka's own log lines go to the ``millpond.kafka.<role>`` logger, not stderr.
    """
    if not cfg.kafka_bootstrap:
        raise LogError('[log] kafka_bootstrap is empty: set it to "host:9092,…" for backend = "kafka"')
    out: dict[str, object] = {"bootstrap.servers": cfg.kafka_bootstrap, "logger": logging.getLogger(f"millpond.kafka.{role}")}
    roles = ("producer.", "consumer.", "admin.")
    for k, v in cfg.kafka.items():
        if not k.startswith(roles):
            out[k] = v
        elif k.startswith(role + "."):
            out[k[len(role) + 1 :]] = v
    return out


def encode(batch: pa.RecordBatch, codec: str, limit: int) -> list[tuple[pa.RecordBatch, bytes]]:
    """``batch`` as Arrow IPC stream payloads of at most ``limit`` bytes each (order kept)."""
    opts = pa.ipc.IpcWriteOptions(compression=None if codec == "none" else codec, use_threads=False)
    out: list[tuple[pa.RecordBatch, bytes]] = []
    todo = [batch]
    while todo:
        b = todo.pop()
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, b.schema, options=opts) as w:
            w.write_batch(b)
        payload = sink.getvalue().to_pybytes()
        if len(payload) <= limit and b.num_rows <= MAX_ROWS:
            out.append((b, payload))
            continue
        if b.num_rows <= 1:
            raise RecordTooLargeError(
                f"one record is {len(payload)} bytes, over the Kafka message limit of {limit}; "
                'raise "message.max.bytes" in [log] kafka (and the topic\'s max.message.bytes)'
            )
        parts = max(2, math.ceil(len(payload) / limit), math.ceil(b.num_rows / MAX_ROWS))
        step = math.ceil(b.num_rows / parts)
        todo.extend(b.slice(s, step) for s in reversed(range(0, b.num_rows, step)))
    return out


def decode(value: bytes) -> pa.RecordBatch:
    """The one record batch of a message's Arrow IPC stream."""
    with pa.ipc.open_stream(value, options=record.READ_OPTIONS) as r:  # see READ_OPTIONS: no thread hand-offs
        table = r.read_all()
    batches = table.to_batches()
    return batches[0] if len(batches) == 1 else table.combine_chunks().to_batches()[0]


def timestamp_ms(batch: pa.RecordBatch) -> int:
    """The message timestamp: the batch's latest ``ts`` (ms, rounded up), so time lookups never skip it."""
    i = batch.schema.get_field_index("ts")
    if i < 0 or batch.num_rows == 0:
        return int(time.time() * 1000)
    top = pc.max(batch.column(i).cast(pa.int64())).as_py()
    return int(time.time() * 1000) if top is None else -(-top // 1000)


def next_events(c: ck.Consumer, timeout: float, limit: int = 256) -> list[ck.Message]:
    """Wait up to ``timeout`` for one event, then take what else is already fetched (up to ``limit``).

    ``Consumer.consume`` alone waits the whole timeout unless ``limit`` messages come.
    """
    first = c.poll(timeout)
    if first is None:
        return []
    return [first, *c.consume(num_messages=limit - 1, timeout=0)]


def fetched(msg: ck.Message, skip_to: int | None = None) -> FetchedBatch:
    """A consumed message as a batch, sliced to start at ``skip_to`` when that falls inside it."""
    batch = decode(msg.value())
    base = message_base(msg.offset(), batch.num_rows)
    if skip_to is not None and skip_to > base:
        batch = batch.slice(skip_to - base)
        base = skip_to
    return FetchedBatch(msg.topic(), msg.partition(), base, batch)
