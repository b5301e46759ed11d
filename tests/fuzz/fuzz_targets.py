"""One fuzz target per decoder, each enforcing the receivers' contract on arbitrary bytes.

The contract: a decoder returns a valid batch of its schema, or raises an
:class:`~millpond.ingest.errors.IngestError` (the project's decode/too-large
error the receivers turn into 400/413 or a closed connection). Any other
exception escaping, a batch that fails validation, a hang or a crash is a
finding. Where the receiver itself maps more (the HTTP route wrapper answers
``RecursionError`` and ``SchemaError`` with 400; the forward reader maps msgpack
errors), the target goes through that same mapping, so a finding is always
something a client could trigger.

Used by ``run_fuzz.py`` (atheris, ``make fuzz``) and ``test_fuzz_corpus.py``
(replay of seeds + found crashes, and a short hypothesis run in ``make test``).
Seeds are generated here (valid inputs of every mode), so none are kept as files.
"""

from __future__ import annotations

import gzip
import json
import struct
from collections.abc import Callable

import cramjam
import msgpack
import pyarrow as pa

from millpond.ingest import jsonlogs, lineproto, otlp, remote_write, syslog_codec
from millpond.ingest.errors import IngestError
from millpond.ingest.forward import ForwardReceiver
from millpond.ingest.framing import AutoFramer, LineFramer, OctetCountingFramer
from millpond.ingest.stats import IngestStats
from millpond.pipeline.schema import LOGS, METRICS, SchemaError

MAX_FRAME = 1 << 20
MAX_DECOMPRESSED = 4 << 20
_HTTP_MAPPED = (IngestError, SchemaError, RecursionError)  # ingest/http.py `_receiver` answers these with 4xx


def _check(batch: object, schema: pa.Schema) -> None:
    assert isinstance(batch, pa.RecordBatch), type(batch)
    assert batch.schema.equals(schema), batch.schema
    batch.validate(full=True)


_FORWARD = ForwardReceiver(None, IngestStats(), max_frame=MAX_FRAME, max_decompressed=MAX_DECOMPRESSED)  # type: ignore[arg-type]


def forward(data: bytes) -> None:
    """Bytes as a forward connection's stream: the receiver's own unpacker and decode loop (no socket)."""
    recv = _FORWARD
    unpacker = recv._unpacker()
    try:
        unpacker.feed(data)
    except msgpack.BufferFull:
        return  # the receiver refuses it as too large
    batches, _acks, _boundary, _error = recv._decode_available(unpacker, 0)  # catches what it maps
    for b in batches:
        _check(b, LOGS)


def syslog(data: bytes) -> None:
    """Bytes as syslog messages (one per line): never refused, every message becomes a row."""
    msgs = data.split(b"\n")
    batch = syslog_codec.decode(msgs, received_us=1_700_000_000_000_000)
    _check(batch, LOGS)
    assert batch.num_rows == len(msgs)


def framing(data: bytes) -> None:
    """Bytes fed in pieces (first byte picks the framer and the piece size) to the TCP framers."""
    if not data:
        return
    kind, step = data[0] % 3, 1 + data[0] // 3
    framer = (AutoFramer, LineFramer, OctetCountingFramer)[kind](256)
    body = data[1:]
    total = 0
    for i in range(0, len(body), step):
        got = framer.feed(body[i:i + step])
        total += sum(map(len, got.frames))
        assert all(isinstance(e, IngestError) for e in got.errors)
        assert framer.buffered <= 256 + 16, framer.buffered  # bounded whatever comes
    got = framer.finish()
    total += sum(map(len, got.frames))
    assert all(isinstance(e, IngestError) for e in got.errors)
    assert total <= len(body)


def lineproto_(data: bytes) -> None:
    precision = (None, "ns", "us", "ms", "s", "m", "h")[data[0] % 7] if data else None
    try:
        batch = lineproto.decode(data[1:], precision=precision, max_labels=8)
    except _HTTP_MAPPED:
        return
    _check(batch, METRICS)


def jsonlogs_(data: bytes) -> None:
    try:
        batch = jsonlogs.decode(data, arrival_us=1_700_000_000_000_000)
    except _HTTP_MAPPED:
        return
    _check(batch, LOGS)


def remote_write_(data: bytes) -> None:
    """First byte: 0-127 the rest is the snappy body as sent; else it is the decompressed protobuf."""
    if not data:
        return
    try:
        body = remote_write.decompress(data[1:], MAX_DECOMPRESSED) if data[0] < 128 else data[1:]
        cache = remote_write.SeriesCache()
        cache.max_labels = 8
        batch = remote_write.decode(body, cache)
    except _HTTP_MAPPED:
        return
    _check(batch, METRICS)


_OTLP = ((otlp.PROTOBUF, "logs"), (otlp.PROTOBUF, "metrics"), (otlp.JSON, "logs"), (otlp.JSON, "metrics"))


def otlp_(data: bytes) -> None:
    """First byte picks logs/metrics × protobuf/JSON."""
    if not data:
        return
    ctype, kind = _OTLP[data[0] % 4]
    try:
        if kind == "logs":
            batch = otlp.decode_logs(data[1:], ctype, arrival_us=1_700_000_000_000_000)
        else:
            batch = otlp.decode_metrics(data[1:], ctype, max_labels=8)
    except _HTTP_MAPPED:
        return
    _check(batch, LOGS if kind == "logs" else METRICS)


TARGETS: dict[str, Callable[[bytes], None]] = {
    "forward": forward,
    "syslog": syslog,
    "framing": framing,
    "lineproto": lineproto_,
    "jsonlogs": jsonlogs_,
    "remote_write": remote_write_,
    "otlp": otlp_,
}


# -- seeds: valid inputs of every mode, so mutation starts from the interesting shapes ------------------

def _event_time(sec: int, ns: int) -> msgpack.ExtType:
    return msgpack.ExtType(0, struct.pack(">II", sec, ns))


def _forward_seeds() -> list[bytes]:
    p = msgpack.Packer(use_bin_type=True).pack
    rec = {"message": "hello", "level": "warn", "host": "h1", "n": 3, "x": {"y": [1, 2]}}
    entries = b"".join(p([1_700_000_000 + i, rec]) for i in range(3))
    et = b"".join(p([_event_time(1_700_000_000, 5), {"log": "packed", "k": "v"}]) for _ in range(300))
    return [
        p(["app.msg", 1_700_000_000, rec]),
        p(["app.msg", _event_time(1_700_000_000, 7), rec, {"chunk": "abc"}]),
        p(["app.fwd", [[1_700_000_000, rec], [1.5e9, {"message": "f"}]], {"chunk": "c2"}]),
        p(["app.packed", entries, {"size": 3}]),
        p(["app.packed", et, {"size": 300, "chunk": "big"}]),
        p(["app.packed", et]),  # the columnar path without a size option (entries counted by a skipper)
        p(["app.packed", b"".join(p([1_700_000_000 + i, {"message": f"m{i}", "host": "h"}]) for i in range(260))]),
        p(["app.gz", gzip.compress(entries), {"compressed": "gzip", "size": 3}]),
        p(["app.msg", 1_700_000_000, {"message": "a"}]) + p(["app.msg", 1_700_000_001, {"message": "b"}]),
    ]


def _remote_write_seed() -> bytes:
    def varint(n: int) -> bytes:
        return remote_write.encode_varint(n)

    def field(no: int, payload: bytes) -> bytes:
        return varint(no << 3 | 2) + varint(len(payload)) + payload

    def label(k: str, v: str) -> bytes:
        return field(1, k.encode()) + field(2, v.encode())

    sample = b"\x09" + struct.pack("<d", 1.5) + b"\x10" + varint(1_700_000_000_000)
    series = [field(1, field(1, label("__name__", f"m{i}")) + field(1, label("host", "h")) + field(1, label("job", "j"))
                    + field(2, sample)) for i in range(3)]
    return b"".join(series)


def _otlp_seeds() -> list[bytes]:
    from google.protobuf.json_format import MessageToJson
    from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
    from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import ExportMetricsServiceRequest

    logs = ExportLogsServiceRequest()
    rl = logs.resource_logs.add()
    kv = rl.resource.attributes.add()
    kv.key, kv.value.string_value = "service.name", "svc"
    rec = rl.scope_logs.add().log_records.add()
    rec.time_unix_nano, rec.severity_number = 1_700_000_000_000_000_000, 13
    rec.body.string_value = "otlp hello"
    a = rec.attributes.add()
    a.key, a.value.int_value = "n", 5
    metrics = ExportMetricsServiceRequest()
    sm = metrics.resource_metrics.add().scope_metrics.add()
    g = sm.metrics.add()
    g.name = "temp"
    dp = g.gauge.data_points.add()
    dp.time_unix_nano, dp.as_double = 1_700_000_000_000_000_000, 21.5
    s = sm.metrics.add()
    s.name = "reqs"
    sp = s.sum.data_points.add()
    sp.time_unix_nano, sp.as_int = 1_700_000_000_000_000_000, 7
    h = sm.metrics.add()
    h.name = "lat"
    hp = h.histogram.data_points.add()
    hp.time_unix_nano, hp.count, hp.sum = 1_700_000_000_000_000_000, 3, 1.5
    hp.bucket_counts.extend([1, 2])
    hp.explicit_bounds.extend([0.5])
    return [b"\x00" + logs.SerializeToString(), b"\x01" + metrics.SerializeToString(),
            b"\x02" + MessageToJson(logs).encode(), b"\x03" + MessageToJson(metrics).encode()]


def seeds(target: str) -> list[bytes]:
    """Valid (and a few edge-case) inputs for ``target``."""
    if target == "forward":
        return _forward_seeds()
    if target == "syslog":
        return [b"<34>1 2026-11-25T12:00:00.123Z host app 12 ID47 [ex@1 a=\"b\"] \xef\xbb\xbfmessage",
                b"<13>Nov 25 12:00:00 host tag[5]: bsd message\n<165>1 - - - - - -",
                b"no pri at all\n<999>bad\n\xff\xfe"]
    if target == "framing":
        return [b"\x00" + b"12 <13>1 - - - - - -\n5 hello", b"\x04line one\nline two\r\n",
                b"\x08" + b"30 <13>1 2026-11-25T12:00:00Z h a"]
    if target == "lineproto":
        return [b"\x00cpu,host=h1,region=eu usage=0.5,idle=99i,ok=true,s=\"str\" 1700000000000000000\n"
                b"mem value=3u\n# comment\n", b"\x03weather,loc=a\\ b temp=21.5 1700000000000"]
    if target == "jsonlogs":
        return [json.dumps([{"ts": "2026-11-25T12:00:00Z", "host": "h", "service": "s", "level": "info",
                             "msg": "hi", "n": 1.5, "obj": {"a": [1]}}]).encode(),
                b'{"timestamp": 1700000000.5, "message": "a"}\n{"time": "2026-11-25T12:00:00+01:00", "log": "b"}\n']
    if target == "remote_write":
        raw = _remote_write_seed()
        return [b"\x00" + bytes(cramjam.snappy.compress_raw(raw)), b"\x80" + raw]
    if target == "otlp":
        return _otlp_seeds()
    raise KeyError(target)
