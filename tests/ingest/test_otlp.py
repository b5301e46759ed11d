"""OTLP/HTTP logs and metrics: the real OpenTelemetry SDK exporters (protobuf, gzip) and OTLP JSON bodies."""

from __future__ import annotations

import asyncio
import gzip
import json
import logging

import aiohttp
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from opentelemetry.exporter.otlp.proto.http import Compression
from opentelemetry.exporter.otlp.proto.http._log_exporter import OTLPLogExporter
from opentelemetry.exporter.otlp.proto.http.metric_exporter import OTLPMetricExporter
from opentelemetry.sdk._logs import LoggerProvider, LoggingHandler
from opentelemetry.sdk._logs.export import SimpleLogRecordProcessor
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import PeriodicExportingMetricReader
from opentelemetry.sdk.resources import Resource

from httpkit import data_log, rows, server, server_factory  # noqa: F401  (fixtures)
from millpond.ingest import otlp
from millpond.ingest.errors import DecodeError, IngestError

RESOURCE = Resource.create({"service.name": "checkout", "host.name": "web-7", "deployment.environment": "test"})


@pytest.mark.filterwarnings("ignore:`LoggingHandler` in `opentelemetry-sdk` is deprecated")
async def test_sdk_log_exporter(server) -> None:
    """Python logging → OTel LoggingHandler → OTLPLogExporter (gzip protobuf) → rows in ``logs``."""

    def emit() -> None:
        provider = LoggerProvider(resource=RESOURCE)
        provider.add_log_record_processor(SimpleLogRecordProcessor(
            OTLPLogExporter(endpoint=f"{server.url}/v1/logs", compression=Compression.Gzip)))
        logger = logging.getLogger("otel-test")
        logger.propagate = False
        handler = LoggingHandler(level=logging.DEBUG, logger_provider=provider)
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
        try:
            logger.warning("disk %s almost full", "/var", extra={"disk.free_mb": 12})
            logger.error("payment failed")
        finally:
            logger.removeHandler(handler)
            provider.shutdown()

    await asyncio.to_thread(emit)
    got = rows(server.log, "logs", sort=("message",))
    assert [(r["message"], r["severity"]) for r in got] == [
        ("disk /var almost full", "warning"), ("payment failed", "error")]
    first = got[0]
    assert (first["service"], first["host"], first["source"]) == ("checkout", "web-7", "otlp")
    assert first["attributes"]["disk.free_mb"] == "12"
    assert first["attributes"]["deployment.environment"] == "test"
    assert abs(first["ts"].timestamp() - got[1]["ts"].timestamp()) < 60


async def test_sdk_metric_exporter_gauges_sums_histograms(server) -> None:
    """Counter, histogram and observable gauge via OTLPMetricExporter; histograms flattened Prometheus-style."""
    from opentelemetry.metrics import Observation

    def emit() -> None:
        exporter = OTLPMetricExporter(endpoint=f"{server.url}/v1/metrics", compression=Compression.Gzip)
        reader = PeriodicExportingMetricReader(exporter, export_interval_millis=3_600_000)
        provider = MeterProvider(resource=RESOURCE, metric_readers=[reader])
        meter = provider.get_meter("test")
        meter.create_counter("orders").add(5, {"region": "eu"})
        h = meter.create_histogram("latency_ms", explicit_bucket_boundaries_advisory=[10.0, 100.0])
        for v in (5.0, 50.0, 70.0, 500.0):
            h.record(v, {"route": "/pay"})
        meter.create_observable_gauge("temperature", [lambda _o: [Observation(21.5, {"room": "lab"})]])
        provider.shutdown()

    await asyncio.to_thread(emit)
    got = {(r["name"], r["labels"].get("le", "")): r for r in rows(server.log, "metrics")}
    assert got[("orders", "")]["value"] == 5.0
    assert got[("orders", "")]["labels"] == {"region": "eu", "service": "checkout", "deployment.environment": "test"}
    assert got[("orders", "")]["host"] == "web-7"
    assert got[("temperature", "")]["value"] == 21.5 and got[("temperature", "")]["labels"]["room"] == "lab"
    assert [got[("latency_ms_bucket", le)]["value"] for le in ("10.0", "100.0", "+Inf")] == [1.0, 3.0, 4.0]
    assert got[("latency_ms_sum", "")]["value"] == 625.0
    assert got[("latency_ms_count", "")]["value"] == 4.0
    assert got[("latency_ms_count", "")]["labels"]["route"] == "/pay"


LOGS_JSON = {"resourceLogs": [{
    "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "api"}},
                                {"key": "host.name", "value": {"stringValue": "h1"}}]},
    "scopeLogs": [{"logRecords": [{
        "timeUnixNano": "1700000000500000000", "severityNumber": 17, "severityText": "ERROR",
        "body": {"stringValue": "boom"}, "traceId": "5b8efff798038103d269b633813fc60c",
        "spanId": "eee19b7ec3c1b174",
        "attributes": [{"key": "n", "value": {"intValue": "3"}},
                       {"key": "tags", "value": {"arrayValue": {"values": [{"stringValue": "a"}]}}}]}]}]}]}

METRICS_JSON = {"resourceMetrics": [{
    "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "api"}}]},
    "scopeMetrics": [{"metrics": [
        {"name": "queue_depth", "gauge": {"dataPoints": [
            {"asInt": "7", "timeUnixNano": "1700000000000000000",
             "attributes": [{"key": "q", "value": {"stringValue": "jobs"}}]}]}},
        {"name": "rpc", "summary": {"dataPoints": [{"timeUnixNano": "1700000000000000000", "count": "2", "sum": 3.0,
                                                    "quantileValues": [{"quantile": 0.5, "value": 1.0}]}]}}]}]}]}


async def test_json_bodies(server) -> None:
    async with aiohttp.ClientSession() as s:
        async with s.post(server.url + "/v1/logs", data=gzip.compress(json.dumps(LOGS_JSON).encode()),
                          headers={"Content-Type": "application/json", "Content-Encoding": "gzip"}) as r:
            assert r.status == 200, await r.text()
            assert await r.json() == {}
        async with s.post(server.url + "/v1/metrics", data=json.dumps(METRICS_JSON).encode(),
                          headers={"Content-Type": "application/json"}) as r:
            assert r.status == 200, await r.text()
    log = rows(server.log, "logs")[0]
    assert (log["message"], log["severity"], log["service"], log["host"]) == ("boom", "error", "api", "h1")
    assert log["ts"].timestamp() == 1_700_000_000.5
    assert log["attributes"] == {"n": "3", "tags": '["a"]', "trace_id": "5b8efff798038103d269b633813fc60c",
                                 "span_id": "eee19b7ec3c1b174"}
    got = [(r["name"], r["value"], r["labels"]) for r in rows(server.log, "metrics", sort=("name", "labels"))]
    assert got == [("queue_depth", 7.0, {"service": "api", "q": "jobs"}),
                   ("rpc", 1.0, {"service": "api", "quantile": "0.5"}),
                   ("rpc_count", 2.0, {"service": "api"}), ("rpc_sum", 3.0, {"service": "api"})]


def test_errors() -> None:
    with pytest.raises(IngestError) as e:
        otlp.decode_logs(b"{}", "text/xml")
    assert e.value.code == 415
    with pytest.raises(DecodeError, match="not hex"):
        otlp.decode_logs(json.dumps({"resourceLogs": [{"scopeLogs": [{"logRecords": [{"traceId": "zz"}]}]}]})
                         .encode(), "application/json")
    with pytest.raises(DecodeError, match="bucket counts"):
        otlp.decode_metrics(json.dumps({"resourceMetrics": [{"scopeMetrics": [{"metrics": [{"name": "h", "histogram": {
            "dataPoints": [{"bucketCounts": ["1", "2"], "explicitBounds": [1.0, 2.0]}]}}]}]}]}).encode(),
            "application/json")
    with pytest.raises(DecodeError, match="no name"):
        otlp.decode_metrics(json.dumps({"resourceMetrics": [{"scopeMetrics": [{"metrics": [
            {"gauge": {"dataPoints": [{"asDouble": 1}]}}]}]}]}).encode(), "application/json")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300), st.sampled_from(["application/x-protobuf", "application/json"]))
def test_fuzz_never_crashes(body: bytes, ctype: str) -> None:
    for decode in (otlp.decode_logs, otlp.decode_metrics):
        try:
            decode(body, ctype)
        except IngestError:
            pass
