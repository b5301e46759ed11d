"""``GET /api/v1/stream``: a topic as NDJSON, with consumer-group offsets and explicit commit.

For applications that consume the log without a Kafka client (the embedded
log has no wire protocol of its own): a fraud detector, a loader into another
database. Routes, mounted by :func:`register`::

    GET  /api/v1/stream?topic=logs&group=NAME[&from=earliest|latest][&max=N][&heartbeat=S][&partitions=0,2]
    POST /api/v1/stream/commit   {"group": NAME, "offsets": {"logs/0": 123, ...}}
    GET  /api/v1/stream/commit?group=NAME          → the group's committed offsets

A stream starts, per partition, at the group's committed offset, or where
``from`` says for a partition the group never committed (default
``earliest``). Lines, each one JSON object with a ``type``::

    {"type":"start","topic":"logs","group":"g","positions":{"logs/0":120,"logs/1":0}}
    {"type":"record","partition":0,"offset":120,"record":{"ts":"…Z","host":"…",…}}
    {"type":"positions","positions":{"logs/0":121,"logs/1":0}}    after every chunk
    {"type":"heartbeat","positions":{…}}                           while idle
    {"type":"end","reason":"max"|"shutdown","positions":{…}}
    {"type":"error","error":"…","positions":{…}}                  the log failed mid-stream (then the end)

``positions`` are the next offsets to read: what the client commits once it
has handled the records before them. Nothing is committed by reading: a
client that disconnects and reconnects resumes after its last commit (so a
crash between handling and committing replays, never skips). On Kafka a
position inside a message commits as the message's start (replay).

Bounded: at most :data:`CHUNK_RECORDS` records (about :data:`CHUNK_BYTES`) per chunk (one DuckDB
``to_json`` over the chunk, no per-record Python), :data:`MAX_STREAMS`
streams at once, the socket's write buffer (a slow reader holds the loop's
``drain``, not memory). A stream ends when the client disconnects (noticed at
the next chunk or heartbeat), after ``max`` records, or at server shutdown.
"""

from __future__ import annotations

import asyncio
import json
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from aiohttp import web

from millpond.config import Config
from millpond.pipeline.log.base import FetchedBatch, Log, TopicPartition
from millpond.pipeline.log.errors import LogError
from millpond.sinks.query_api import refuse

CHUNK_RECORDS = 5_000
CHUNK_BYTES = 8 << 20
MAX_STREAMS = 64
MAX_COMMIT_BODY = 64 * 1024
IDLE_POLL = 0.05
IDLE_POLL_MAX = 0.5
DEFAULT_HEARTBEAT = 5.0
RESERVED_PREFIX = "millpond"
_GROUP = re.compile(r"^[A-Za-z0-9._-]{1,200}$")


class BadRequest(Exception):
    """A parameter the client got wrong: answered 400 with this message."""


@dataclass
class StreamRegistry:
    """Open streams, so shutdown can end them and a limit can refuse more."""

    active: int = 0
    closing: asyncio.Event = field(default_factory=asyncio.Event)


STREAMS = web.AppKey("millpond_streams", StreamRegistry)


@dataclass(frozen=True)
class StreamParams:
    topic: str
    group: str
    start: str
    max_records: int | None
    heartbeat: float
    partitions: tuple[int, ...]


def check_group(group: object) -> str:
    """``group`` if it is a valid stream group name; the pipeline's own groups are refused."""
    if not isinstance(group, str) or not _GROUP.match(group):
        raise BadRequest("group must be 1-200 of letters, digits, '.', '_' or '-'")
    if group.lower().startswith(RESERVED_PREFIX):
        raise BadRequest(f"group names starting with {RESERVED_PREFIX!r} are reserved for Millpond's own consumers")
    return group


def parse_params(query: Any, topics: dict[str, int]) -> StreamParams:
    """The stream's parameters from the query string, or :class:`BadRequest` naming the bad one."""
    topic = query.get("topic")
    if not topic:
        raise BadRequest("topic is required (e.g. topic=logs)")
    if topic not in topics:
        raise BadRequest(f"no topic {topic!r}; topics: {', '.join(sorted(topics))}")
    group = check_group(query.get("group"))
    start = query.get("from", "earliest")
    if start not in ("earliest", "latest"):
        raise BadRequest("from must be earliest or latest")
    max_records = None
    if "max" in query:
        max_records = _number(query["max"], "max", int, 1, 10**9)
    heartbeat = _number(query.get("heartbeat", DEFAULT_HEARTBEAT), "heartbeat", float, 0.1, 300.0)
    n = topics[topic]
    partitions = tuple(range(n))
    if query.get("partitions"):
        items = query["partitions"].split(",")
        if not all(x.strip().isdigit() and int(x) < n for x in items):
            raise BadRequest(f"partitions must be a comma-separated list of numbers below {n}")
        partitions = tuple(sorted({int(x) for x in items}))
    return StreamParams(topic, group, start, max_records, heartbeat, partitions)


def _number(raw: object, name: str, kind: type, lo: float, hi: float) -> Any:
    try:
        value = kind(raw)
    except (TypeError, ValueError):
        raise BadRequest(f"{name} must be a number between {lo:g} and {hi:g}") from None
    if not lo <= value <= hi:
        raise BadRequest(f"{name} must be a number between {lo:g} and {hi:g}")
    return value


def parse_offsets(raw: object, topics: dict[str, int]) -> dict[TopicPartition, int]:
    """``{"logs/0": 123}`` → ``{TopicPartition("logs", 0): 123}``, checking topic, partition and value."""
    if not isinstance(raw, dict) or not raw:
        raise BadRequest('offsets must be a non-empty object like {"logs/0": 123}')
    if len(raw) > 10_000:
        raise BadRequest("too many offsets")
    out: dict[TopicPartition, int] = {}
    for key, value in raw.items():
        topic, _, part = str(key).rpartition("/")
        if topic not in topics or not part.isdigit() or int(part) >= topics[topic]:
            raise BadRequest(f"no partition {key!r}: keys are topic/partition, e.g. logs/0")
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise BadRequest(f"offset of {key} must be a non-negative integer")
        out[TopicPartition(topic, int(part))] = value
    return out


def _keyed(positions: dict[TopicPartition, int]) -> dict[str, int]:
    return {str(tp): off for tp, off in sorted(positions.items())}


def _line(obj: dict[str, Any]) -> bytes:
    return json.dumps(obj, separators=(",", ":")).encode() + b"\n"


class ChunkEncoder:
    """Arrow batches → NDJSON record lines, vectorised: timestamps via pyarrow, JSON via DuckDB.

    One per stream (a DuckDB connection is not shared between threads).
    """

    def __init__(self) -> None:
        self.con = duckdb.connect(config={"enable_external_access": False})

    def encode(self, fetched: list[FetchedBatch]) -> bytes:
        tables = []
        for fb in fetched:
            n = fb.batch.num_rows
            if n == 0:
                continue
            cols = {"_partition": pa.array(np.full(n, fb.partition, dtype=np.int32)),
                    "_offset": pa.array(np.arange(fb.base_offset, fb.base_offset + n, dtype=np.int64))}
            for name, col in zip(fb.batch.schema.names, fb.batch.columns):
                if pa.types.is_timestamp(col.type):
                    col = _iso(col)
                elif pa.types.is_floating(col.type):
                    col = pc.if_else(pc.is_finite(col), col, pa.scalar(None, col.type))  # JSON has no NaN
                cols[name] = col
            tables.append(pa.table(cols))
        if not tables:
            return b""
        table = pa.concat_tables(tables, promote_options="permissive")
        fields = ", ".join(f"{_sql_str(n)}: {_sql_ident(n)}" for n in table.column_names[2:])
        self.con.register("chunk", table)
        try:
            ((text,),) = self.con.execute(
                "SELECT string_agg(to_json({'type': 'record', 'partition': _partition, 'offset': _offset, "
                f"'record': {{{fields}}}}}), chr(10) ORDER BY _partition, _offset) FROM chunk"
            ).fetchall()
        finally:
            self.con.unregister("chunk")
        return text.encode() + b"\n"

    def close(self) -> None:
        self.con.close()


def _iso(col: pa.Array) -> pa.Array:
    """Timestamps as RFC 3339 UTC strings with microseconds (``2026-11-25T09:14:44.123456Z``)."""
    if col.type.tz is None:
        col = pc.assume_timezone(col, "UTC")
    return pc.strftime(col.cast(pa.timestamp("us", "UTC")), format="%Y-%m-%dT%H:%M:%SZ")


def _sql_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _sql_str(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


class _Stream:
    """One client's stream: positions per partition, read and encoded off the loop."""

    def __init__(self, log: Log, pool: ThreadPoolExecutor, params: StreamParams) -> None:
        self.log = log
        self.pool = pool
        self.p = params
        self.encoder = ChunkEncoder()
        self.positions: dict[TopicPartition, int] = {}
        self.sent = 0
        self._next = 0

    def open_positions(self) -> None:
        committed = self.log.committed(self.p.group)
        for part in self.p.partitions:
            tp = TopicPartition(self.p.topic, part)
            if tp in committed:
                self.positions[tp] = committed[tp]
            elif self.p.start == "latest":
                self.positions[tp] = self.log.end_offset(self.p.topic, part)
            else:
                self.positions[tp] = self.log.start_offset(self.p.topic, part)

    def next_chunk(self) -> bytes:
        """Up to one chunk of record lines from the partitions, round robin; ``b""`` when none is new."""
        budget = CHUNK_RECORDS
        if self.p.max_records is not None:
            budget = min(budget, self.p.max_records - self.sent)
        tps = list(self.positions)
        fetched: list[FetchedBatch] = []
        got = size = 0
        for i in range(len(tps)):
            tp = tps[(self._next + i) % len(tps)]
            if got >= budget or size >= CHUNK_BYTES:
                break
            batches = self.log.read(tp.topic, tp.partition, self.positions[tp], max_records=budget - got,
                                    max_bytes=CHUNK_BYTES - size)
            for fb in batches:
                size += fb.batch.nbytes
                take = min(fb.batch.num_rows, budget - got)
                if take <= 0:
                    break
                if take < fb.batch.num_rows:
                    fb = FetchedBatch(fb.topic, fb.partition, fb.base_offset, fb.batch.slice(0, take))
                fetched.append(fb)
                got += take
                self.positions[tp] = fb.next_offset
        self._next = (self._next + 1) % max(len(tps), 1)
        self.sent += got
        return self.encoder.encode(fetched)

    async def run(self, request: web.Request, registry: StreamRegistry) -> web.StreamResponse:
        loop = asyncio.get_running_loop()
        resp = web.StreamResponse(headers={"Content-Type": "application/x-ndjson", "Cache-Control": "no-store",
                                           "X-Accel-Buffering": "no"})
        await resp.prepare(request)
        await resp.write(_line({"type": "start", "topic": self.p.topic, "group": self.p.group,
                                "positions": _keyed(self.positions)}))
        idle_since = loop.time()
        pause = IDLE_POLL
        try:
            while True:
                if request.transport is None or request.transport.is_closing():
                    return resp  # the client went away
                if registry.closing.is_set():
                    await resp.write(_line({"type": "end", "reason": "shutdown", "positions": _keyed(self.positions)}))
                    break
                if self.p.max_records is not None and self.sent >= self.p.max_records:
                    await resp.write(_line({"type": "end", "reason": "max", "positions": _keyed(self.positions)}))
                    break
                try:
                    body = await loop.run_in_executor(self.pool, self.next_chunk)
                except LogError as e:  # headers are sent: say it in the stream, then end it
                    await resp.write(_line({"type": "error", "error": str(e), "positions": _keyed(self.positions)}))
                    break
                if body:
                    await resp.write(body + _line({"type": "positions", "positions": _keyed(self.positions)}))
                    idle_since = loop.time()
                    pause = IDLE_POLL
                    continue
                if loop.time() - idle_since >= self.p.heartbeat:
                    await resp.write(_line({"type": "heartbeat", "positions": _keyed(self.positions)}))
                    idle_since = loop.time()
                try:  # idle: poll less often the longer it lasts (a Kafka read is a broker round trip)
                    await asyncio.wait_for(registry.closing.wait(), min(pause, self.p.heartbeat))
                except TimeoutError:
                    pass
                pause = min(pause * 2, IDLE_POLL_MAX)
            await resp.write_eof()
        except ConnectionError:
            pass  # the client went away mid-write (aiohttp's ClientConnectionResetError is one)
        return resp

    def close(self) -> None:
        self.encoder.close()


def register(app: web.Application, cfg: Config, log: Log) -> None:
    """Add ``GET /api/v1/stream`` and ``GET|POST /api/v1/stream/commit`` to ``app``.

    Guarded like the query routes (:func:`millpond.sinks.query_api.refuse`):
    loopback clients only unless ``[http] token`` is set, then the bearer token.
    """
    token = cfg.http.token
    pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="stream")
    registry = StreamRegistry()
    app[STREAMS] = registry

    async def in_pool(fn, *args):  # noqa: ANN001, ANN202
        return await asyncio.get_running_loop().run_in_executor(pool, fn, *args)

    async def stream(request: web.Request) -> web.StreamResponse:
        if (denied := refuse(request, token)) is not None:
            return denied
        try:
            params = parse_params(request.query, await in_pool(log.topics))
        except BadRequest as e:
            return web.json_response({"error": str(e)}, status=400)
        if registry.active >= MAX_STREAMS:
            return web.json_response({"error": f"{MAX_STREAMS} streams are open; try again later"}, status=503,
                                     headers={"Retry-After": "5"})
        s = _Stream(log, pool, params)
        registry.active += 1
        try:
            await in_pool(s.open_positions)
            return await s.run(request, registry)
        except LogError as e:
            return web.json_response({"error": str(e)}, status=503, headers={"Retry-After": "5"})
        finally:
            registry.active -= 1
            s.close()

    async def commit(request: web.Request) -> web.StreamResponse:
        if (denied := refuse(request, token)) is not None:
            return denied
        try:
            group, offsets = await _read_commit(request, await in_pool(log.topics))
            ends = await in_pool(lambda: {tp: log.end_offset(tp.topic, tp.partition) for tp in offsets})
            for tp, off in offsets.items():
                if off > ends[tp]:
                    raise BadRequest(f"offset {off} of {tp} is past the partition's end {ends[tp]}")
            await in_pool(log.commit, group, offsets)
            committed = await in_pool(log.committed, group)
        except BadRequest as e:
            return web.json_response({"error": str(e)}, status=400)
        except LogError as e:
            return web.json_response({"error": str(e)}, status=503, headers={"Retry-After": "5"})
        return web.json_response({"group": group, "committed": _keyed(committed)})

    async def show(request: web.Request) -> web.StreamResponse:
        if (denied := refuse(request, token)) is not None:
            return denied
        try:
            group = check_group(request.query.get("group"))
            committed = await in_pool(log.committed, group)
        except BadRequest as e:
            return web.json_response({"error": str(e)}, status=400)
        except LogError as e:
            return web.json_response({"error": str(e)}, status=503, headers={"Retry-After": "5"})
        return web.json_response({"group": group, "committed": _keyed(committed)})

    async def shutdown(_: web.Application) -> None:
        registry.closing.set()

    async def cleanup(_: web.Application) -> None:
        pool.shutdown(wait=True, cancel_futures=True)

    app.router.add_get("/api/v1/stream", stream)
    app.router.add_post("/api/v1/stream/commit", commit)
    app.router.add_get("/api/v1/stream/commit", show)
    app.on_shutdown.append(shutdown)
    app.on_cleanup.append(cleanup)


async def _read_commit(request: web.Request, topics: dict[str, int]) -> tuple[str, dict[TopicPartition, int]]:
    body = await request.content.read(MAX_COMMIT_BODY + 1)
    if len(body) > MAX_COMMIT_BODY:
        raise BadRequest(f"commit body over {MAX_COMMIT_BODY} bytes")
    try:
        doc = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise BadRequest(f"body is not valid JSON: {e}") from None
    if not isinstance(doc, dict):
        raise BadRequest('expected {"group": "...", "offsets": {"logs/0": 123}}')
    return check_group(doc.get("group")), parse_offsets(doc.get("offsets"), topics)
