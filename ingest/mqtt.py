"""MQTT receiver: subscribe to a broker's sensor topics (QoS 1) and append readings as metrics.

Delivery guarantee: at least once. paho-mqtt 2 runs with ``manual_ack``:
the PUBACK for a QoS 1 message is sent only after the batch holding it is
durable in the log. The session is persistent (``clean_session=False``, a
stable client id), so a message that was never acknowledged — Millpond
stopped, crashed, or the log refused it — is redelivered by the broker when
we reconnect; a redelivery after a crash between fsync and PUBACK appears
twice. Acks go out in the order messages arrived, as MQTT requires:
messages are taken from the network thread in arrival order, gathered while
the previous batch is being made durable, appended as one batch, then acked.
How many unacknowledged messages are in flight is bounded by the broker
(mosquitto's ``max_inflight_messages``); QoS 0 messages past
``MAX_QUEUED`` waiting are dropped and counted.

Payloads (see DESIGN, Conventions):

- a JSON object (or array of them): each numeric key a metric of that name;
  ``device`` (else from the topic), ``sensor``, ``unit`` and any other string
  values → labels; ``ts``/``timestamp``/``time`` (RFC 3339 or epoch seconds);
- a bare number: the metric is named after the topic's last level;
- anything else is parsed as Influx line protocol.

Topic → labels: ``topic`` (the full topic) always; ``device`` = the second
level (``sensors/<device>/…``) or the only level, unless the payload names
one; for a bare number, ``sensor`` = the third level.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlsplit

import msgspec
import paho.mqtt.client as paho
import pyarrow as pa

from millpond.config import Config
from millpond.ingest import lineproto
from millpond.ingest.appender import Appender, Backpressure
from millpond.ingest.errors import DecodeError, FrameTooLarge, IngestError
from millpond.ingest.server import Listener
from millpond.ingest.stats import IngestStats
from millpond.pipeline.log.errors import LogError
from millpond.pipeline.schema import metrics_batch

log = logging.getLogger(__name__)

__all__ = ["MqttListener", "decode_message", "start"]

RECEIVER = "mqtt"
SOURCE = "mqtt"
MAX_QUEUED = 10_000
MAX_GATHER = 5_000
TS_KEYS = ("ts", "timestamp", "time")
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _topic_labels(topic: str) -> tuple[dict[str, str], str | None]:
    levels = [lv for lv in topic.split("/") if lv]
    device = levels[1] if len(levels) >= 2 else (levels[0] if levels else "")
    sensor = levels[2] if len(levels) >= 3 else None
    return {"topic": topic, "device": device}, sensor


def _ts_us(v: Any) -> int | None:
    if v is None:
        return None
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        if not abs(v) < 9.2e12:
            raise DecodeError(f"timestamp {v} out of range")
        return round(v * 1_000_000)
    if isinstance(v, str):
        try:
            d = datetime.fromisoformat(v.strip())
        except ValueError:
            raise DecodeError(f"timestamp {v[:40]!r} is not RFC 3339") from None
        d = d.replace(tzinfo=timezone.utc) if d.tzinfo is None else d
        return (d - _EPOCH) // timedelta(microseconds=1)
    raise DecodeError(f"timestamp must be RFC 3339 text or epoch seconds, got {type(v).__name__}")


class _Cols:
    def __init__(self) -> None:
        self.name: list[str] = []
        self.value: list[float] = []
        self.ts: list[int | None] = []
        self.labels: list[dict[str, str]] = []

    def batch(self, arrival_us: int | None) -> pa.RecordBatch:
        ts = pa.array(self.ts, pa.int64()).cast(pa.timestamp("us", "UTC"))
        return metrics_batch(name=self.name, value=pa.array(self.value, pa.float64()), ts=ts, labels=self.labels,
                             source=SOURCE, default_ts_us=arrival_us)


def _json_object(obj: dict[str, Any], base: dict[str, str], cols: _Cols, max_labels: int) -> None:
    labels = dict(base)
    numeric: list[tuple[str, float]] = []
    ts = None
    for k, v in obj.items():
        if k in TS_KEYS:
            ts = _ts_us(v)
        elif isinstance(v, bool):
            continue
        elif isinstance(v, (int, float)):
            numeric.append((k, float(v)))
        elif isinstance(v, str):
            labels[k] = v
    if len(labels) > max_labels:
        raise FrameTooLarge(f"{len(labels)} labels, more than the limit of {max_labels}")
    for k, v in numeric:
        cols.name.append(k)
        cols.value.append(v)
        cols.ts.append(ts)
        cols.labels.append(labels)


def decode_message(topic: str, payload: bytes, *, max_labels: int = 64,
                   arrival_us: int | None = None) -> pa.RecordBatch:
    """One MQTT message → metrics rows (see the module doc), or :class:`DecodeError`."""
    base, topic_sensor = _topic_labels(topic)
    text = payload.strip()
    if not text:
        raise DecodeError(f"topic {topic!r}: empty payload")
    cols = _Cols()
    if text[:1] in (b"{", b"["):
        try:
            doc = msgspec.json.decode(text)
        except msgspec.DecodeError as e:
            raise DecodeError(f"topic {topic!r}: payload is not valid JSON: {e}") from None
        for obj in doc if isinstance(doc, list) else [doc]:
            if not isinstance(obj, dict):
                raise DecodeError(f"topic {topic!r}: expected a JSON object, got {type(obj).__name__}")
            _json_object(obj, base, cols, max_labels)
        return cols.batch(arrival_us)
    try:
        value = float(text)
    except ValueError:
        pass
    else:
        labels = base if topic_sensor is None else {**base, "sensor": topic_sensor}
        name = topic.rstrip("/").rsplit("/", 1)[-1] or "value"
        cols.name.append(name)
        cols.value.append(value)
        cols.ts.append(None)
        cols.labels.append(labels)
        return cols.batch(arrival_us)
    batch = lineproto.decode(text, max_labels=max_labels, arrival_us=arrival_us)
    labels = [{**base, **dict(lab)} for lab in batch.column("labels").to_pylist()]
    return metrics_batch(name=batch.column("name"), value=batch.column("value"), ts=batch.column("ts"),
                         labels=labels, host=batch.column("host"), source=SOURCE)


@dataclass
class _Msg:
    topic: str
    payload: bytes
    mid: int
    qos: int


@dataclass
class MqttListener(Listener):
    """The subscription: paho's network thread feeds an asyncio task that appends, then acks."""

    cfg: Config
    appender: Appender
    stats: IngestStats
    loop: asyncio.AbstractEventLoop
    name: str = RECEIVER
    port: int = 0
    subscribed: asyncio.Event = field(default_factory=asyncio.Event)
    _queue: asyncio.Queue[_Msg | None] = field(default_factory=asyncio.Queue)
    _client: paho.Client | None = None
    _task: asyncio.Task[None] | None = None

    @property
    def ready(self) -> bool:
        """Connected and subscribed (``/healthz`` waits for it)."""
        return self.subscribed.is_set()

    def connect(self) -> None:
        url = urlsplit(self.cfg.mqtt.url)
        if url.scheme not in ("mqtt", "mqtts", "tcp", "ssl"):
            raise ValueError(f"mqtt.url {self.cfg.mqtt.url!r}: expected mqtt://HOST:PORT or mqtts://HOST:PORT")
        tls = url.scheme in ("mqtts", "ssl")
        host, self.port = url.hostname or "127.0.0.1", url.port or (8883 if tls else 1883)
        client_id = self.cfg.mqtt.client_id or f"millpond-{socket.gethostname()}"
        c = paho.Client(paho.CallbackAPIVersion.VERSION2, client_id=client_id, clean_session=False,
                        manual_ack=True)
        if tls:
            c.tls_set()
        if self.cfg.mqtt.username:
            c.username_pw_set(self.cfg.mqtt.username, self.cfg.mqtt.password or None)
        c.reconnect_delay_set(1, 30)  # paho's loop reconnects with exponential backoff between these
        c.on_connect = self._on_connect
        c.on_disconnect = self._on_disconnect
        c.on_message = self._on_message
        self._client = c
        self._task = self.loop.create_task(self._run())
        c.connect_async(host, self.port, keepalive=30)
        c.loop_start()

    # --- paho's network thread -------------------------------------------------
    def _on_connect(self, client: paho.Client, _u: Any, _f: Any, rc: Any, _p: Any) -> None:
        if rc.is_failure:
            log.warning("mqtt: broker refused the connection: %s", rc)
            return
        client.subscribe([(t, 1) for t in self.cfg.mqtt.topics])
        log.info("mqtt: connected to %s, subscribed to %s", self.cfg.mqtt.url, ", ".join(self.cfg.mqtt.topics))
        self.loop.call_soon_threadsafe(self.subscribed.set)

    def _on_disconnect(self, _c: paho.Client, _u: Any, _f: Any, rc: Any, _p: Any) -> None:
        self.loop.call_soon_threadsafe(self.subscribed.clear)
        if rc.is_failure:
            log.warning("mqtt: disconnected from %s (%s); reconnecting", self.cfg.mqtt.url, rc)

    def _on_message(self, _c: paho.Client, _u: Any, m: paho.MQTTMessage) -> None:
        self.loop.call_soon_threadsafe(self._enqueue, _Msg(m.topic, bytes(m.payload), m.mid, m.qos))

    # --- the event loop ----------------------------------------------------------
    def _enqueue(self, msg: _Msg) -> None:
        if msg.qos == 0 and self._queue.qsize() >= MAX_QUEUED:
            self.stats.rejected(RECEIVER, "backpressure")
            return
        self._queue.put_nowait(msg)

    async def _run(self) -> None:
        while True:
            first = await self._queue.get()
            if first is None:
                return
            msgs = [first]
            while not self._queue.empty() and len(msgs) < MAX_GATHER:
                nxt = self._queue.get_nowait()
                if nxt is None:
                    self._queue.put_nowait(None)
                    break
                msgs.append(nxt)
            if await self._deliver(msgs):
                for m in msgs:
                    if m.qos and self._client is not None:
                        self._client.ack(m.mid, m.qos)

    async def _deliver(self, msgs: list[_Msg]) -> bool:
        """Decode and append ``msgs``; True once durable (or nothing to write), False to leave them unacked."""
        batches: list[pa.RecordBatch] = []
        keys: list[str] = []
        for m in msgs:
            try:
                b = decode_message(m.topic, m.payload, max_labels=self.cfg.http.max_labels)
            except IngestError as e:  # a bad message is counted, logged and acked: redelivery cannot fix it
                self.stats.rejected(RECEIVER, e.reason)
                log.info("mqtt: dropped a message on %s: %s", m.topic, e)
                continue
            batches.append(b)
            keys += [lab.get("device", m.topic) for lab in (dict(x) for x in b.column("labels").to_pylist())]
        if not batches:
            return True
        batch = pa.concat_batches(batches)
        delay = 0.1
        while True:
            try:
                await self.appender.append("metrics", batch, pa.array(keys, pa.string()), receiver=RECEIVER)
            except Backpressure as e:
                await asyncio.sleep(e.retry_after)
                continue
            except LogError as e:
                if not e.retriable or self._client is None:
                    self.stats.rejected(RECEIVER, "log_error")
                    log.warning("mqtt: not acknowledging %d messages (the broker redelivers): %s", len(msgs), e)
                    return False
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5.0)
                continue
            self.stats.received(RECEIVER, batch.num_rows, sum(len(m.payload) for m in msgs))
            return True

    async def close(self) -> None:
        """Disconnect first (unprocessed messages stay unacked, so the broker keeps them), then stop."""
        c, self._client = self._client, None
        if c is not None:
            c.disconnect()
            c.loop_stop()
        self._queue.put_nowait(None)
        if self._task is not None:
            await self._task


async def start(cfg: Config, appender: Appender, stats: IngestStats) -> list[Listener]:
    """Subscribe when ``[mqtt] url`` is set; the listener is ``ready`` once subscribed."""
    if not cfg.mqtt.url:
        return []
    lst = MqttListener(cfg, appender, stats, asyncio.get_running_loop())
    lst.connect()
    return [lst]
