"""Protocol senders for ``millpond replay``: each takes a batch of payloads and
delivers it the way a real client of that protocol would.

A sender answers how many records the peer acknowledged: HTTP 2xx, a forward
``ack`` matching our ``chunk``, an MQTT PUBACK. Syslog over TCP has no ack;
its count is ``None`` ("sent, not acknowledged"). A refused or broken
connection raises :class:`SendError`, which replay counts as errors.
"""

from __future__ import annotations

import asyncio
import base64
import gzip
import json
import os
import struct
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import cramjam
import msgpack


class SendError(Exception):
    """A batch the peer did not take; the message is for the operator."""


@dataclass
class Targets:
    """Where each protocol goes."""

    url: str = "http://127.0.0.1:9880"
    forward: str = "127.0.0.1:24224"
    syslog: str = "127.0.0.1:5514"
    mqtt: str = ""
    token: str = ""
    mqtt_topic: str = "sensors"


def hostport(addr: str, default_port: int) -> tuple[str, int]:
    """``"host:port"`` (or ``tcp://host:port``) → ``(host, port)``; ``0.0.0.0`` means loopback."""
    if "://" in addr:
        u = urlsplit(addr)
        host, port = u.hostname or "127.0.0.1", u.port or default_port
    else:
        host, _, p = addr.rpartition(":")
        host, port = (host or "127.0.0.1"), int(p) if p else default_port
    return ("127.0.0.1" if host in ("0.0.0.0", "", "::") else host), port


# ---------------------------------------------------------------- HTTP family

class HttpSender:
    """One aiohttp session for every HTTP protocol of a replay."""

    def __init__(self, targets: Targets, session: aiohttp.ClientSession) -> None:
        self.t = targets
        self.session = session
        self.base = targets.url.rstrip("/")

    async def _post(self, path: str, body: bytes, ctype: str, n: int, extra: dict[str, str] | None = None) -> int:
        headers = {"Content-Type": ctype, **(extra or {})}
        if self.t.token:
            headers["Authorization"] = f"Bearer {self.t.token}"
        try:
            async with self.session.post(self.base + path, data=body, headers=headers) as r:
                if r.status // 100 == 2:
                    return n
                text = (await r.text())[:200].strip()
                raise SendError(f"POST {path}: HTTP {r.status} {text}")
        except aiohttp.ClientConnectionError as e:
            raise SendError(f"POST {self.base}{path}: {e}") from None

    async def logs(self, objs: Sequence[dict[str, Any]]) -> int:
        body = gzip.compress("\n".join(json.dumps(o, separators=(",", ":")) for o in objs).encode(), 1)
        return await self._post("/api/v1/logs", body, "application/x-ndjson", len(objs), {"Content-Encoding": "gzip"})

    async def line(self, lines: Sequence[str]) -> int:
        return await self._post("/write?precision=ns", "\n".join(lines).encode(), "text/plain; charset=utf-8", len(lines))

    async def otlp(self, reqs: Sequence[dict[str, Any]], signal: str) -> int:
        n = 0
        for req in reqs:
            body = json.dumps(req, separators=(",", ":")).encode()
            n += await self._post(f"/v1/{signal}", body, "application/json", otlp_count(req))
        return n

    async def remote_write(self, samples: Sequence[tuple[str, dict[str, str], float, float]]) -> int:
        body = cramjam.snappy.compress_raw(encode_write_request(samples))
        headers = {"Content-Encoding": "snappy", "X-Prometheus-Remote-Write-Version": "0.1.0"}
        return await self._post("/api/v1/write", bytes(body), "application/x-protobuf", len(samples), headers)


def otlp_count(req: dict[str, Any]) -> int:
    """Records in one OTLP/JSON request: log records, or metric data points."""
    n = 0
    for rl in req.get("resourceLogs", []):
        for sl in rl.get("scopeLogs", []):
            n += len(sl.get("logRecords", []))
    for rm in req.get("resourceMetrics", []):
        for sm in rm.get("scopeMetrics", []):
            for m in sm.get("metrics", []):
                for kind in ("gauge", "sum", "histogram", "summary", "exponentialHistogram"):
                    n += len(m.get(kind, {}).get("dataPoints", []))
    return n


# -- Prometheus remote_write 1.0: prometheus.WriteRequest, protobuf by hand (4 message types)

def _varint(n: int) -> bytes:
    out = bytearray()
    n &= (1 << 64) - 1
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def _field_bytes(num: int, data: bytes) -> bytes:
    return _varint(num << 3 | 2) + _varint(len(data)) + data


def encode_write_request(samples: Sequence[tuple[str, dict[str, str], float, float]]) -> bytes:
    """A ``WriteRequest``: one ``TimeSeries`` per distinct series, labels sorted, ``__name__`` first."""
    series: dict[tuple[tuple[str, str], ...], list[tuple[float, float]]] = {}
    for name, labels, value, ts in samples:
        key = tuple(sorted({**labels, "__name__": name}.items()))
        series.setdefault(key, []).append((value, ts))
    out = bytearray()
    for key, points in series.items():
        ts_msg = bytearray()
        for k, v in key:
            ts_msg += _field_bytes(1, _field_bytes(1, k.encode()) + _field_bytes(2, v.encode()))
        for value, t in points:
            sample = b"\x09" + struct.pack("<d", value) + b"\x10" + _varint(int(round(t * 1000)))
            ts_msg += _field_bytes(2, sample)
        out += _field_bytes(1, bytes(ts_msg))
    return bytes(out)


# ---------------------------------------------------------------- syslog over TCP

class SyslogSender:
    """RFC 6587 octet-counted frames over one TCP connection."""

    def __init__(self, targets: Targets) -> None:
        self.addr = hostport(targets.syslog, 5514)
        self.writer: asyncio.StreamWriter | None = None

    async def send(self, lines: Sequence[str]) -> None:
        if self.writer is None:
            try:
                _, self.writer = await asyncio.open_connection(*self.addr)
            except OSError as e:
                raise SendError(f"syslog {self.addr[0]}:{self.addr[1]}: {e.strerror or e}") from None
        frames = bytearray()
        for ln in lines:
            b = ln.encode()
            frames += f"{len(b)} ".encode() + b
        try:
            self.writer.write(bytes(frames))
            await self.writer.drain()
        except OSError as e:
            self.writer = None
            raise SendError(f"syslog {self.addr[0]}:{self.addr[1]}: {e.strerror or e}") from None

    async def close(self) -> None:
        await _close_writer(self.writer)
        self.writer = None


async def _close_writer(writer: asyncio.StreamWriter | None) -> None:
    if writer is not None:
        writer.close()
        try:
            await writer.wait_closed()
        except OSError:
            pass


# ---------------------------------------------------------------- Fluent forward

def event_time(t: float) -> msgpack.ExtType:
    sec = int(t)
    return msgpack.ExtType(0, struct.pack(">II", sec, int((t - sec) * 1e9)))


@dataclass
class ForwardSender:
    """Forward mode ``[tag, [[time, record]…], {"chunk": id}]``; waits for the matching ``ack``."""

    targets: Targets
    timeout: float = 30.0
    reader: asyncio.StreamReader | None = None
    writer: asyncio.StreamWriter | None = None
    unpacker: msgpack.Unpacker = field(default_factory=lambda: msgpack.Unpacker(raw=False, max_buffer_size=1 << 20))

    async def send(self, tag: str, entries: Sequence[tuple[float, dict[str, Any]]]) -> int:
        addr = hostport(self.targets.forward, 24224)
        try:
            if self.writer is None:
                self.reader, self.writer = await asyncio.open_connection(*addr)
            chunk = base64.b64encode(os.urandom(16)).decode()
            msg = [tag, [[event_time(t), rec] for t, rec in entries], {"chunk": chunk, "size": len(entries)}]
            self.writer.write(msgpack.packb(msg, use_bin_type=True))
            await self.writer.drain()
            assert self.reader is not None
            while True:
                for obj in self.unpacker:
                    if isinstance(obj, dict) and obj.get("ack") == chunk:
                        return len(entries)
                data = await asyncio.wait_for(self.reader.read(65536), self.timeout)
                if not data:
                    raise ConnectionResetError("connection closed before ack")
                self.unpacker.feed(data)
        except (OSError, TimeoutError) as e:
            await self.close()
            what = "no ack within %.0fs" % self.timeout if isinstance(e, TimeoutError) else (e.strerror or str(e))
            raise SendError(f"forward {addr[0]}:{addr[1]}: {what}") from None

    async def close(self) -> None:
        await _close_writer(self.writer)
        self.reader = self.writer = None
        self.unpacker = msgpack.Unpacker(raw=False, max_buffer_size=1 << 20)


# ---------------------------------------------------------------- MQTT

class MqttSender:
    """QoS 1 publishes through paho-mqtt; a record counts as acked on its PUBACK."""

    def __init__(self, targets: Targets) -> None:
        import paho.mqtt.client as mqtt

        self.targets = targets
        self.host, self.port = hostport(targets.mqtt, 1883)
        self.client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=f"millpond-replay-{os.getpid()}")
        self.client.max_inflight_messages_set(200)
        self.connected = False

    async def _connect(self) -> None:
        try:
            await asyncio.to_thread(self.client.connect, self.host, self.port, 30)
        except OSError as e:
            raise SendError(f"mqtt {self.host}:{self.port}: {e.strerror or e}") from None
        self.client.loop_start()
        self.connected = True

    async def send(self, objs: Sequence[dict[str, Any]]) -> int:
        if not self.connected:
            await self._connect()
        infos = []
        for o in objs:
            topic = f"{self.targets.mqtt_topic}/{o.get('device', 'unknown')}"
            infos.append(self.client.publish(topic, json.dumps(o, separators=(",", ":")), qos=1))

        def wait() -> int:
            acked = 0
            for info in infos:
                info.wait_for_publish(timeout=30)
                acked += info.is_published()
            return acked

        return await asyncio.to_thread(wait)

    async def close(self) -> None:
        if self.connected:
            self.client.disconnect()
            self.client.loop_stop()
            self.connected = False


# ---------------------------------------------------------------- one file, batch by batch

_IOT_UNITS = {"temperature": None, "humidity": "percent", "battery": "volt"}


def _lp_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace(",", "\\,").replace("=", "\\=").replace(" ", "\\ ")


def iot_lines(o: dict[str, Any], ts: float) -> list[str]:
    """An IoT reading as line protocol: one measurement per numeric key, field ``value``."""
    tags = {k: str(o[k]) for k in ("device", "sensor") if k in o}
    out = []
    for k, v in o.items():
        if isinstance(v, int | float) and not isinstance(v, bool):
            unit = _IOT_UNITS.get(k) or str(o.get("unit", ""))
            t = ",".join(f"{_lp_escape(a)}={_lp_escape(b)}" for a, b in sorted({**tags, "unit": unit}.items()) if b)
            out.append(f"{_lp_escape(k)},{t} value={float(v)!r} {int(round(ts * 1e6)) * 1000}")
    return out


def prom_line(sample: tuple[str, dict[str, str], float, float]) -> str:
    name, labels, value, ts = sample
    tags = "".join(f",{_lp_escape(k)}={_lp_escape(v)}" for k, v in sorted(labels.items()) if v)
    return f"{_lp_escape(name)}{tags} value={value!r} {int(round(ts * 1e6)) * 1000}"


def _access_record(line: str) -> dict[str, Any]:
    host = next((w[5:] for w in line.rsplit(" ", 3)[1:] if w.startswith("host=")), "")
    return {"log": line, "host": host} if host else {"log": line}


def _iso(t: float) -> str:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(t, UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


@dataclass
class Senders:
    """The open connections of one replay, created on first use, closed at the end."""

    targets: Targets
    session: aiohttp.ClientSession
    _syslog: SyslogSender | None = None
    _forward: ForwardSender | None = None
    _mqtt: MqttSender | None = None

    @property
    def http(self) -> HttpSender:
        return HttpSender(self.targets, self.session)

    @property
    def syslog(self) -> SyslogSender:
        self._syslog = self._syslog or SyslogSender(self.targets)
        return self._syslog

    @property
    def forward(self) -> ForwardSender:
        self._forward = self._forward or ForwardSender(self.targets)
        return self._forward

    @property
    def mqtt(self) -> MqttSender:
        self._mqtt = self._mqtt or MqttSender(self.targets)
        return self._mqtt

    async def close(self) -> None:
        for s in (self._syslog, self._forward, self._mqtt):
            if s is not None:
                await s.close()


async def send_batch(s: Senders, kind: str, protocol: str, batch: Sequence[Any]) -> tuple[int, int | None]:
    """Send one batch of items; ``(records, acked or None when the protocol has no ack)``."""
    payloads = [i.payload for i in batch]
    if protocol == "syslog":
        await s.syslog.send(payloads)
        return len(payloads), None
    if protocol == "http-logs":
        if kind == "access":
            payloads = [{"ts": _iso(i.ts), "service": "nginx", **_access_record(i.payload)} for i in batch]
            payloads = [{**p, "message": p.pop("log")} for p in payloads]
        return len(payloads), await s.http.logs(payloads)
    if protocol == "forward":
        groups: dict[str, list[tuple[float, dict[str, Any]]]] = {}
        for i in batch:
            if kind == "access":
                groups.setdefault("nginx.access", []).append((i.ts, _access_record(i.payload)))
            else:
                rec = {k: v for k, v in i.payload.items() if k not in ("ts", "timestamp", "time")}
                groups.setdefault(str(rec.pop("service", "app")), []).append((i.ts, rec))
        acked = 0
        for tag, entries in groups.items():
            acked += await s.forward.send(tag, entries)
        return len(payloads), acked
    if protocol == "line":
        if kind == "iot":
            lines = [ln for i in batch for ln in iot_lines(i.payload, i.ts)]
        elif kind == "prometheus":
            lines = [prom_line(p) for p in payloads]
        else:
            lines = payloads
        await s.http.line(lines)
        return len(payloads), len(payloads)
    if protocol == "remote-write":
        return len(payloads), await s.http.remote_write(payloads)
    if protocol == "otlp":
        n = sum(otlp_count(p) for p in payloads)
        return n, await s.http.otlp(payloads, "logs" if kind == "otlp-logs" else "metrics")
    if protocol == "mqtt":
        return len(payloads), await s.mqtt.send(payloads)
    raise ValueError(f"unknown protocol {protocol}")
