"""OTLP/HTTP ``/v1/logs`` and ``/v1/metrics`` (protobuf or JSON) → ``logs``/``metrics`` batches.

Parsing is opentelemetry-proto's generated classes (upb, in C); OTLP's JSON
mapping is protobuf's, except that trace and span ids are hex, which is
fixed up before ``json_format`` sees them. OTLP is a tree of objects, so
this walks it once in Python and hands flat columns to the schema builders.

Resource attributes ``service.name`` / ``host.name`` → service / host (for
metrics, ``service`` becomes a label, the metrics table has no service
column); other resource attributes join each record's attributes/labels
(the record's own win), except the SDK's ``telemetry.*`` self-description
and, on metrics, ``service.instance.id`` (a new label set per restart). Histograms are flattened the way Prometheus names
them: ``<name>_bucket{le=…}`` (cumulative, ending in ``le="+Inf"``),
``<name>_sum``, ``<name>_count``; summaries give ``<name>{quantile=…}``,
``_sum``, ``_count``; exponential histograms give ``_sum`` and ``_count``.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable
from typing import Any

import msgspec
import pyarrow as pa
from google.protobuf import json_format
from google.protobuf.message import DecodeError as PbDecodeError, Message
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceRequest
from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import ExportMetricsServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue

from millpond.ingest.errors import DecodeError, FrameTooLarge, IngestError
from millpond.pipeline.schema import logs_batch, metrics_batch, otlp_severity

SOURCE = "otlp"
PROTOBUF = "application/x-protobuf"
JSON = "application/json"
_HEX_IDS = frozenset({"traceId", "spanId", "trace_id", "span_id"})


class UnsupportedMediaType(IngestError):
    """A body in a content type the route does not speak (HTTP 415)."""

    code = 415
    reason = "media_type"


def any_to_str(v: AnyValue) -> str:
    """An attribute or body value as text (lists and maps as JSON)."""
    kind = v.WhichOneof("value")
    if kind == "string_value":
        return v.string_value
    if kind is None:
        return ""
    return json.dumps(_any_py(v), separators=(",", ":"), ensure_ascii=False)


def _any_py(v: AnyValue) -> Any:
    kind = v.WhichOneof("value")
    if kind == "array_value":
        return [_any_py(x) for x in v.array_value.values]
    if kind == "kvlist_value":
        return {kv.key: _any_py(kv.value) for kv in v.kvlist_value.values}
    if kind == "bytes_value":
        return v.bytes_value.hex()
    return getattr(v, kind) if kind else None


def _attrs(kvs: Iterable[KeyValue]) -> dict[str, str]:
    return {kv.key: any_to_str(kv.value) for kv in kvs}


def _hex_to_b64(node: Any) -> Any:
    """OTLP JSON writes trace/span ids as hex; protobuf's JSON mapping expects base64."""
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            if k in _HEX_IDS and isinstance(v, str):
                try:
                    v = base64.b64encode(bytes.fromhex(v)).decode()
                except ValueError:
                    raise DecodeError(f"{k}: {v[:40]!r} is not hex") from None
            out[k] = _hex_to_b64(v)
        return out
    if isinstance(node, list):
        return [_hex_to_b64(x) for x in node]
    return node


def parse(body: bytes, content_type: str, msg: Message) -> Message:
    """Fill ``msg`` from a protobuf or JSON body (by content type), or raise DecodeError/Unsupported."""
    ctype = content_type.split(";")[0].strip().lower()
    if ctype == PROTOBUF:
        try:
            msg.ParseFromString(body)
        except PbDecodeError as e:
            raise DecodeError(f"body is not a valid {msg.DESCRIPTOR.name} protobuf: {e}") from None
        return msg
    if ctype == JSON:
        try:
            tree = msgspec.json.decode(body)
        except (msgspec.DecodeError, UnicodeDecodeError) as e:  # invalid UTF-8 in a string: the latter (fuzz)
            raise DecodeError(f"body is not valid JSON: {e}") from None
        try:
            json_format.ParseDict(_hex_to_b64(tree), msg, ignore_unknown_fields=True)
        except (json_format.ParseError, TypeError, ValueError) as e:
            raise DecodeError(f"body is not a valid OTLP {msg.DESCRIPTOR.name} in JSON: {e}") from None
        return msg
    raise UnsupportedMediaType(f"content type {ctype or '(none)'!r}: OTLP/HTTP takes {PROTOBUF} or {JSON}")


def _ns_column(ts: list[int | None]) -> pa.Array:
    """Epoch nanoseconds (fixed64 on the wire) as int64, or DecodeError when past year 2262."""
    try:
        return pa.array(ts, pa.uint64()).cast(pa.int64())
    except pa.ArrowInvalid:
        raise DecodeError("a time_unix_nano is out of range") from None


def _resource(attrs: Iterable[KeyValue]) -> tuple[str, str, dict[str, str]]:
    """(service, host, the other resource attributes minus the SDK's self-description ``telemetry.*``)."""
    rest = {k: v for k, v in _attrs(attrs).items() if not k.startswith("telemetry.")}
    return rest.pop("service.name", ""), rest.pop("host.name", ""), rest


def decode_logs(body: bytes, content_type: str, *, arrival_us: int | None = None) -> pa.RecordBatch:
    req = parse(body, content_type, ExportLogsServiceRequest())
    ts: list[int | None] = []
    host: list[str] = []
    service: list[str] = []
    severity: list[str | None] = []
    message: list[str] = []
    attributes: list[dict[str, str]] = []
    for rl in req.resource_logs:
        svc, hst, res_attrs = _resource(rl.resource.attributes)
        for sl in rl.scope_logs:
            for r in sl.log_records:
                t = r.time_unix_nano or r.observed_time_unix_nano
                ts.append(t or None)
                host.append(hst)
                service.append(svc)
                severity.append(otlp_severity(r.severity_number) if r.severity_number else (r.severity_text or None))
                message.append(any_to_str(r.body))
                a = {**res_attrs, **_attrs(r.attributes)}
                if r.trace_id:
                    a["trace_id"] = r.trace_id.hex()
                if r.span_id:
                    a["span_id"] = r.span_id.hex()
                attributes.append(a)
    return logs_batch(message=message, ts=_ns_column(ts), host=host, service=service,
                      severity=severity, attributes=attributes, source=SOURCE, default_ts_us=arrival_us)


class _Rows:
    """Column lists for metric rows."""

    def __init__(self, max_labels: int) -> None:
        self.max_labels = max_labels
        self.name: list[str] = []
        self.value: list[float] = []
        self.ts: list[int | None] = []
        self.labels: list[dict[str, str]] = []
        self.host: list[str] = []

    def add(self, name: str, value: float, ts: int, labels: dict[str, str], host: str) -> None:
        if len(labels) > self.max_labels:
            raise FrameTooLarge(f"metric {name!r}: {len(labels)} labels, more than the limit of {self.max_labels}")
        self.name.append(name)
        self.value.append(value)
        self.ts.append(ts or None)
        self.labels.append(labels)
        self.host.append(host)


def _fmt_le(bound: float) -> str:
    if bound != bound or bound in (float("inf"), float("-inf")):  # int() of these raises (fuzz): Prometheus spelling
        return "NaN" if bound != bound else ("+Inf" if bound > 0 else "-Inf")
    return repr(float(bound)) if bound != int(bound) else f"{bound:.1f}"


def decode_metrics(body: bytes, content_type: str, *, max_labels: int = 64,
                   arrival_us: int | None = None) -> pa.RecordBatch:
    req = parse(body, content_type, ExportMetricsServiceRequest())
    rows = _Rows(max_labels)
    for rm in req.resource_metrics:
        svc, hst, res_attrs = _resource(rm.resource.attributes)
        res_attrs.pop("service.instance.id", None)  # one per process: a label per restart is noise
        base = {**res_attrs, **({"service": svc} if svc else {})}
        for sm in rm.scope_metrics:
            for m in sm.metrics:
                _metric(rows, m, base, hst)
    return metrics_batch(name=rows.name, value=pa.array(rows.value, pa.float64()),
                         ts=_ns_column(rows.ts), labels=rows.labels, host=rows.host,
                         source=SOURCE, default_ts_us=arrival_us)


def _metric(rows: _Rows, m: Any, base: dict[str, str], host: str) -> None:
    kind = m.WhichOneof("data")
    name = m.name
    if not name:
        raise DecodeError("a metric has no name")
    if kind in ("gauge", "sum"):
        for p in getattr(m, kind).data_points:
            v = p.as_double if p.WhichOneof("value") == "as_double" else float(p.as_int)
            rows.add(name, v, p.time_unix_nano, {**base, **_attrs(p.attributes)}, host)
    elif kind == "histogram":
        for p in m.histogram.data_points:
            labels = {**base, **_attrs(p.attributes)}
            t = p.time_unix_nano
            if len(p.bucket_counts) and len(p.bucket_counts) != len(p.explicit_bounds) + 1:
                raise DecodeError(f"metric {name!r}: {len(p.bucket_counts)} bucket counts for "
                               f"{len(p.explicit_bounds)} bounds (expected one more count than bounds)")
            cum = 0
            for bound, count in zip(p.explicit_bounds, p.bucket_counts):
                cum += count
                rows.add(f"{name}_bucket", float(cum), t, {**labels, "le": _fmt_le(bound)}, host)
            rows.add(f"{name}_bucket", float(p.count), t, {**labels, "le": "+Inf"}, host)
            rows.add(f"{name}_sum", p.sum, t, labels, host)
            rows.add(f"{name}_count", float(p.count), t, labels, host)
    elif kind == "summary":
        for p in m.summary.data_points:
            labels = {**base, **_attrs(p.attributes)}
            t = p.time_unix_nano
            for q in p.quantile_values:
                rows.add(name, q.value, t, {**labels, "quantile": repr(q.quantile)}, host)
            rows.add(f"{name}_sum", p.sum, t, labels, host)
            rows.add(f"{name}_count", float(p.count), t, labels, host)
    elif kind == "exponential_histogram":
        for p in m.exponential_histogram.data_points:
            labels = {**base, **_attrs(p.attributes)}
            rows.add(f"{name}_sum", p.sum, p.time_unix_nano, labels, host)
            rows.add(f"{name}_count", float(p.count), p.time_unix_nano, labels, host)
