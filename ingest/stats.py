"""Ingest's own metrics, in a registry of their own (never the process-global one).

One :class:`IngestStats` is made per ingest process and handed to every
receiver, the appender and the HTTP ``GET /metrics`` route (``render()``). A
registry per instance keeps tests independent and lets two appliances live in
one test process.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

__all__ = ["CONTENT_TYPE", "IngestStats"]

CONTENT_TYPE = CONTENT_TYPE_LATEST
"""The ``Content-Type`` to answer ``GET /metrics`` with."""

_LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class IngestStats:
    """Counters, gauges and the append-latency histogram of one ingest process.

    Attributes (prometheus_client metrics, all prefixed ``millpond_``):

    - ``records_received_total`` — ``millpond_records_received_total{receiver}``
    - ``bytes_received_total`` — ``millpond_bytes_received_total{receiver}``
    - ``rejected_total`` — ``millpond_rejected_total{receiver,reason}``
    - ``batches_appended_total`` — ``millpond_batches_appended_total{topic}``
    - ``append_latency_seconds`` — ``millpond_append_latency_seconds{topic}`` (Histogram:
      hand-off to the log until durable)
    - ``open_connections`` — ``millpond_open_connections{receiver}`` (Gauge)
    - ``pending_bytes`` — ``millpond_pending_bytes`` (Gauge: accepted, not yet durable)
    - ``decode_pending_bytes`` — ``millpond_decode_pending_bytes`` (Gauge: the part of it held by decoders)
    - ``decoders`` — ``millpond_decoders`` (Gauge: decoder processes alive);
      ``decoder_restarts_total`` — ``millpond_decoder_restarts_total``

    Use the helpers :meth:`received` and :meth:`rejected` at call sites.
    """

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry if registry is not None else CollectorRegistry(auto_describe=True)
        r = self.registry
        self.records_received_total = Counter(
            "millpond_records_received", "Records decoded and handed to the log", ["receiver"], registry=r
        )
        self.bytes_received_total = Counter(
            "millpond_bytes_received", "Payload bytes received (before decompression)", ["receiver"], registry=r
        )
        self.rejected_total = Counter(
            "millpond_rejected", "Frames, lines, requests or connections refused", ["receiver", "reason"], registry=r
        )
        self.batches_appended_total = Counter(
            "millpond_batches_appended", "Coalesced batches made durable in the log", ["topic"], registry=r
        )
        self.append_latency_seconds = Histogram(
            "millpond_append_latency_seconds",
            "Time from handing a batch to the log until it is durable",
            ["topic"],
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.open_connections = Gauge(
            "millpond_open_connections", "Open client connections", ["receiver"], registry=r
        )
        self.pending_bytes = Gauge(
            "millpond_pending_bytes", "Bytes of accepted, not yet durable data held in memory", registry=r
        )
        self.decode_pending_bytes = Gauge(
            "millpond_decode_pending_bytes",
            "Of pending_bytes: request bodies queued for or inside a decoder process", registry=r
        )
        self.decoders = Gauge("millpond_decoders", "Decoder processes alive", registry=r)
        self.decoder_restarts_total = Counter(
            "millpond_decoder_restarts", "Decoder processes restarted after they died or hung", registry=r
        )

    def received(self, receiver: str, records: int, nbytes: int) -> None:
        """Count ``records`` decoded from ``nbytes`` of input by ``receiver``."""
        if records:
            self.records_received_total.labels(receiver).inc(records)
        if nbytes:
            self.bytes_received_total.labels(receiver).inc(nbytes)

    def rejected(self, receiver: str, reason: str, n: int = 1) -> None:
        """Count ``n`` refusals by ``receiver`` for ``reason`` (an :class:`IngestError`'s ``reason``)."""
        self.rejected_total.labels(receiver, reason).inc(n)

    def render(self) -> bytes:
        """The Prometheus text exposition of every metric here (body of ``GET /metrics``)."""
        return generate_latest(self.registry)

    def value(self, name: str, labels: dict[str, str] | None = None) -> float:
        """Current value of one sample (``name`` as exposed, e.g. ``millpond_rejected_total``); 0 if absent.

        For tests and the self-monitoring loop; not a hot path.
        """
        got = self.registry.get_sample_value(name, labels or {})
        return 0.0 if got is None else got
