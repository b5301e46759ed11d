"""The HTTP receivers (aiohttp): routes, body bounds, auth, and one error→response mapping.

Each ingest route is: check headers → read a bounded body → decompress
within ``[http] max_decompressed`` → decode to one Arrow batch (all or
nothing) → ``Appender.append`` → answer once durable. Refusals are
:class:`~millpond.ingest.errors.IngestError` subclasses raised anywhere
below a handler; :func:`_receiver` turns them into the status, a one-line
text message and a ``rejected_total{receiver,reason}`` count. Backpressure
and a retriable log failure answer 429/503 with ``Retry-After``.

Routes: ``POST /write`` and ``/api/v2/write`` (Influx line protocol),
``POST /api/v1/write`` (Prometheus remote_write 1.0), ``POST /v1/logs`` and
``/v1/metrics`` (OTLP/HTTP), ``POST /api/v1/logs`` (JSON/NDJSON logs),
``GET /metrics``, ``GET /healthz``. Other parts of the appliance add their
routes through the ``extra_routes`` hook (the command line wires them).
"""

from __future__ import annotations

import asyncio
import base64
import hmac
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from opentelemetry.proto.collector.logs.v1.logs_service_pb2 import ExportLogsServiceResponse
from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import ExportMetricsServiceResponse

from millpond.config import Config
from millpond.ingest import otlp
from millpond.ingest.appender import Appender, Backpressure
from millpond.ingest.decode_jobs import decompress
from millpond.ingest.errors import FrameTooLarge, IngestError, Unauthorized, Unavailable
from millpond.ingest.http_deadlines import Deadlines, TimedHandler
from millpond.ingest.otlp import UnsupportedMediaType
from millpond.ingest.server import Listener, parse_listen
from millpond.ingest.stats import CONTENT_TYPE, IngestStats
from millpond.pipeline.log.errors import LogError
from millpond.pipeline.schema import SchemaError

log = logging.getLogger(__name__)

__all__ = ["HttpListener", "decompress", "make_app", "start"]

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
LINEPROTO_TYPES = {"", "text/plain", "application/octet-stream", "application/x-www-form-urlencoded"}
JSONLOGS_TYPES = {"", "application/json", "application/x-ndjson", "application/jsonlines",
                  "application/x-jsonlines", "text/plain", "application/octet-stream"}
RW_VERSION = "0.1.0"
OFFLOAD_BYTES = 64 * 1024  # the default [ingest] decode_inline: bigger bodies decode off the event loop
_RECEIVER = web.AppKey("receiver_state", object)


@dataclass
class _State:
    cfg: Config
    appender: Appender
    stats: IngestStats
    healthy: Callable[[], bool]


def _ctype(request: web.Request) -> str:
    return request.headers.get("Content-Type", "").split(";")[0].strip().lower()


async def _body(request: web.Request) -> bytes:
    st: _State = request.app[_RECEIVER]
    limit = st.cfg.http.max_body
    if request.content_length is not None and request.content_length > limit:
        raise FrameTooLarge(f"Content-Length {request.content_length} is over the limit of {limit} bytes")
    try:
        return await request.read()
    except web.HTTPRequestEntityTooLarge:
        raise FrameTooLarge(f"body is over the limit of {limit} bytes") from None


def _check_token(request: web.Request) -> None:
    token = request.app[_RECEIVER].cfg.http.ingest_token
    if not token:
        return
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    scheme, given = scheme.lower(), given.strip()
    if scheme == "basic":  # Influx 1.x clients (Telegraf's influxdb output): the password is the token
        try:
            given = base64.b64decode(given, validate=True).decode().partition(":")[2]
        except (ValueError, UnicodeDecodeError):
            given = ""
    elif scheme not in ("bearer", "token"):
        given = request.query.get("p", "") if request.path == "/write" else ""  # Influx 1.x ?u=&p=
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise Unauthorized("ingest needs 'Authorization: Bearer <ingest_token>' (or Influx 'Token <ingest_token>')")


def _receiver(name: str) -> Callable[[Handler], Handler]:
    """Wrap an ingest handler: auth, and the one mapping of refusals to responses."""

    def wrap(handler: Handler) -> Handler:
        async def inner(request: web.Request) -> web.StreamResponse:
            st: _State = request.app[_RECEIVER]
            try:
                _check_token(request)
                return await handler(request)
            except Backpressure as e:
                return _retry(429, str(e), e.retry_after)
            except Unavailable as e:  # a lost decoder process: nothing written, retry
                st.stats.rejected(name, e.reason)
                log.warning("%s: %s", name, e)
                return _retry(503, str(e), e.retry_after)
            except IngestError as e:
                st.stats.rejected(name, e.reason)
                log.info("%s: refused a request from %s: %s", name, request.remote, e)
                return web.Response(status=e.code, text=f"{e}\n")
            except SchemaError as e:
                st.stats.rejected(name, "schema")
                return web.Response(status=400, text=f"{e}\n")
            except RecursionError:  # any decoder (msgspec, json, protobuf's json_format) on absurd nesting
                st.stats.rejected(name, "decode")
                log.info("%s: refused a request from %s: nested too deeply", name, request.remote)
                return web.Response(status=400, text="body is nested too deeply to decode; flatten it\n")
            except ConnectionResetError:  # the client left, or a deadline closed it mid-body: nothing to answer
                return web.Response(status=408)
            except LogError as e:
                st.stats.rejected(name, "log_error")
                log.warning("%s: log append failed: %s", name, e)
                return _retry(503, f"the log cannot take data right now: {e}", 1.0 if e.retriable else 5.0)

        inner.__name__ = handler.__name__
        return inner

    return wrap


def _retry(status: int, message: str, after: float) -> web.Response:
    return web.Response(status=status, text=f"{message}\n", headers={"Retry-After": str(max(1, round(after)))})


async def _ingest(request: web.Request, kind: str, body: bytes, receiver: str, *, topic: str = "metrics",
                  encoding: str = "", **params: Any) -> None:
    """Decode the body (inline, or in a decoder process when big) and append it; return once durable."""
    st: _State = request.app[_RECEIVER]
    params.update(encoding=encoding, max_decompressed=st.cfg.http.max_decompressed, max_labels=st.cfg.http.max_labels)
    rows = await st.appender.ingest(kind, body, params, topic=topic, receiver=receiver)
    st.stats.received(receiver, rows, len(body))


async def _typed_body(request: web.Request, types: set[str], expected: str) -> bytes:
    """Check the content type and read the (still compressed) body."""
    if _ctype(request) not in types:
        raise UnsupportedMediaType(f"content type {_ctype(request)!r}: this route takes {expected}")
    return await _body(request)


@_receiver("influx")
async def write_lineproto(request: web.Request) -> web.StreamResponse:
    body = await _typed_body(request, LINEPROTO_TYPES, "line protocol as text/plain")
    await _ingest(request, "lineproto", body, "influx", encoding=request.headers.get("Content-Encoding", ""),
                  precision=request.query.get("precision"))
    return web.Response(status=204)


@_receiver("remote_write")
async def write_remote(request: web.Request) -> web.StreamResponse:
    ctype = request.headers.get("Content-Type", "")
    if _ctype(request) != "application/x-protobuf" or ("proto=" in ctype and "prometheus.WriteRequest" not in ctype):
        raise UnsupportedMediaType(f"content type {ctype!r}: remote_write 1.0 is application/x-protobuf")
    version = request.headers.get("X-Prometheus-Remote-Write-Version", RW_VERSION)
    if not version.startswith("0.1."):
        raise UnsupportedMediaType(f"remote_write version {version!r}: this receiver speaks {RW_VERSION}")
    if request.headers.get("Content-Encoding", "").lower() != "snappy":
        raise UnsupportedMediaType("remote_write bodies must be Content-Encoding: snappy")
    await _ingest(request, "remote_write", await _body(request), "remote_write")
    return web.Response(status=204)


async def _otlp(request: web.Request, topic: str) -> web.StreamResponse:
    raw = await _body(request)
    await _ingest(request, "otlp", raw, "otlp", topic=topic, encoding=request.headers.get("Content-Encoding", ""),
                  content_type=request.headers.get("Content-Type", ""))
    if _ctype(request) == otlp.JSON:
        return web.Response(status=200, body=b"{}", content_type=otlp.JSON)
    reply = ExportLogsServiceResponse() if topic == "logs" else ExportMetricsServiceResponse()
    return web.Response(status=200, body=reply.SerializeToString(), content_type=otlp.PROTOBUF)


@_receiver("otlp")
async def otlp_logs(request: web.Request) -> web.StreamResponse:
    return await _otlp(request, "logs")


@_receiver("otlp")
async def otlp_metrics(request: web.Request) -> web.StreamResponse:
    return await _otlp(request, "metrics")


@_receiver("http_logs")
async def json_logs(request: web.Request) -> web.StreamResponse:
    body = await _typed_body(request, JSONLOGS_TYPES, "application/json or NDJSON")
    await _ingest(request, "jsonlogs", body, "http_logs", topic="logs",
                  encoding=request.headers.get("Content-Encoding", ""))
    return web.Response(status=204)


async def metrics(request: web.Request) -> web.StreamResponse:
    st: _State = request.app[_RECEIVER]
    resp = web.Response(body=st.stats.render())
    resp.headers["Content-Type"] = CONTENT_TYPE
    return resp


async def healthz(request: web.Request) -> web.StreamResponse:
    ok = request.app[_RECEIVER].healthy()
    return web.Response(status=200 if ok else 503, text="ok\n" if ok else "starting\n")


def make_app(cfg: Config, appender: Appender, stats: IngestStats, *,
             healthy: Callable[[], bool] = lambda: True,
             extra_routes: Callable[[web.Application], None] | None = None) -> web.Application:
    """The aiohttp application with every ingest route (and whatever ``extra_routes`` adds)."""
    app = web.Application(client_max_size=cfg.http.max_body)
    app[_RECEIVER] = _State(cfg, appender, stats, healthy)
    app.router.add_post("/write", write_lineproto)
    app.router.add_post("/api/v2/write", write_lineproto)
    app.router.add_post("/api/v1/write", write_remote)
    app.router.add_post("/v1/logs", otlp_logs)
    app.router.add_post("/v1/metrics", otlp_metrics)
    app.router.add_post("/api/v1/logs", json_logs)
    app.router.add_get("/metrics", metrics)
    app.router.add_get("/healthz", healthz)
    if extra_routes is not None:
        extra_routes(app)
    return app


class _Refused(asyncio.Protocol):
    """A connection over ``[http] max_connections``: closed at once (and counted)."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        transport.close()


class HttpListener(Listener):
    """The aiohttp server as a :class:`Listener`: bound port, connection limit, deadlines, graceful close.

    At the limit a new connection first evicts a slow one (see :mod:`~millpond.ingest.http_deadlines`);
    it is refused only when every open connection is busy with a request or freshly idle.
    """

    def __init__(self, runner: web.AppRunner, stats: IngestStats, max_connections: int,
                 deadlines: Deadlines | None = None) -> None:
        self.name = "http"
        self.port = 0
        self.runner = runner
        self.stats = stats
        self.max_connections = max_connections
        self.deadlines = deadlines or Deadlines(stats, header_timeout=10.0, min_body_rate=4096.0)
        self._server: asyncio.AbstractServer | None = None

    @property
    def connections(self) -> int:
        """Open connections, not counting those a deadline is closing right now."""
        return len(self.deadlines.live)

    def _protocol(self) -> asyncio.BaseProtocol:
        srv = self.runner.server
        assert srv is not None
        if self.connections >= self.max_connections and not self.deadlines.evict_one():
            self.stats.rejected(self.name, "connections")
            log.warning("http: refused a connection: %d open, the limit", self.max_connections)
            return _Refused()
        # what aiohttp's Server.__call__ builds, with our clocks (tests/chaos/test_hostile.py pins this on upgrades)
        return TimedHandler(self.deadlines, srv, loop=srv._loop, **srv._kwargs)

    async def listen(self, host: str, port: int) -> None:
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(self._protocol, host, port, reuse_address=True,
                                                backlog=min(self.max_connections, 4096))
        self.port = self._server.sockets[0].getsockname()[1]
        self.stats.open_connections.labels(self.name).set_function(lambda: self.connections)
        self.deadlines.start()

    async def close(self) -> None:
        """Stop listening, let in-flight requests finish (bounded), close connections."""
        if self._server is not None:
            self._server.close()
        await self.deadlines.stop()
        await self.runner.cleanup()


async def start(cfg: Config, appender: Appender, stats: IngestStats, *,
                healthy: Callable[[], bool] = lambda: True,
                extra_routes: Callable[[web.Application], None] | None = None) -> list[Listener]:
    """Serve the HTTP routes on ``[http] listen``; returns its listener (``.port`` is the bound port)."""
    host, port = parse_listen(cfg.http.listen)
    app = make_app(cfg, appender, stats, healthy=healthy, extra_routes=extra_routes)
    # bodies are decompressed by us, within max_decompressed (aiohttp's own would be unbounded)
    hc = cfg.http
    runner = web.AppRunner(app, auto_decompress=False, access_log=None, handle_signals=False,
                           shutdown_timeout=5.0, keepalive_timeout=hc.keepalive_timeout)
    await runner.setup()
    lst = HttpListener(runner, stats, hc.max_connections,
                       Deadlines(stats, header_timeout=hc.header_timeout, min_body_rate=float(hc.min_body_rate)))
    try:
        await lst.listen(host, port)
    except BaseException:
        await runner.cleanup()
        raise
    return [lst]
