"""HTTP routes of the query service: ``POST /api/v1/query`` and ``GET /api/v1/log``.

Mounted on the appliance's aiohttp application by ``millpond run`` through
:func:`register`. Both routes are guarded: loopback clients only, unless
``[http] token`` is set, then ``Authorization: Bearer <token>`` from anywhere.
Queries run in a thread pool (DuckDB releases the GIL), never on the loop.
"""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
import json
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from aiohttp import web

from millpond.config import Config
from millpond.pipeline.log.base import Log
from millpond.sinks.query import QueryError, QueryService

MAX_SQL_BYTES = 1 << 20
QUERY_SERVICE = web.AppKey("millpond_query_service", QueryService)
QUERY_POOL = web.AppKey("millpond_query_pool", ThreadPoolExecutor)


def _is_loopback(host: str | None) -> bool:
    if not host:
        return False
    try:
        return ipaddress.ip_address(host.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


def refuse(request: web.Request, token: str) -> web.Response | None:
    """``None`` if ``request`` may use a guarded route, else the 401/403 answer.

    Shared by every query/admin/dashboard route (``[http] token`` guards them).
    """
    if token:
        got = request.headers.get("Authorization", "")
        scheme, _, value = got.partition(" ")
        if scheme.lower() == "bearer" and hmac.compare_digest(value.strip().encode(), token.encode()):
            return None
        return web.json_response({"error": "missing or wrong bearer token"}, status=401,
                                 headers={"WWW-Authenticate": 'Bearer realm="millpond"'})
    peer = request.transport.get_extra_info("peername") if request.transport else None
    host = peer[0] if isinstance(peer, tuple) and peer else request.remote
    if _is_loopback(host):
        return None
    return web.json_response({"error": "the query API answers loopback clients only unless [http] token is set"},
                             status=403)


def _json(obj: Any, status: int = 200) -> web.Response:
    return web.Response(text=json.dumps(obj, separators=(",", ":"), default=str), status=status,
                        content_type="application/json")


async def _read_sql(request: web.Request) -> tuple[str, int | None]:
    if request.content_length is not None and request.content_length > MAX_SQL_BYTES:
        raise QueryError(f"query body over {MAX_SQL_BYTES} bytes")
    body = await request.content.read(MAX_SQL_BYTES + 1)
    if len(body) > MAX_SQL_BYTES:
        raise QueryError(f"query body over {MAX_SQL_BYTES} bytes")
    try:
        text = body.decode()
    except UnicodeDecodeError:
        raise QueryError("the query is not valid UTF-8") from None
    if request.content_type == "application/json" or text.lstrip().startswith("{"):
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as e:
            raise QueryError(f"body is not valid JSON: {e}") from None
        if not isinstance(doc, dict) or not isinstance(doc.get("sql"), str):
            raise QueryError('expected {"sql": "..."}')
        rows = doc.get("max_rows")
        if rows is not None and (not isinstance(rows, int) or rows < 0):
            raise QueryError("max_rows must be a non-negative integer")
        return doc["sql"], rows
    return text, None


def register(app: web.Application, cfg: Config, log: Log | None, *, service: QueryService | None = None) -> None:
    """Add ``POST /api/v1/query`` and ``GET /api/v1/log`` to ``app``.

    Parameters
    ----------
    log
        The appliance's open log: the query service reads its unarchived tail
        and ``/api/v1/log`` describes it. ``None``: archive only.
    """
    token = cfg.http.token
    svc = service or QueryService(cfg, cfg.data_path, log)
    pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="query")
    app[QUERY_SERVICE] = svc
    app[QUERY_POOL] = pool

    async def query(request: web.Request) -> web.StreamResponse:
        if (denied := refuse(request, token)) is not None:
            return denied
        try:
            sql, rows = await _read_sql(request)
            result = await asyncio.get_running_loop().run_in_executor(pool, lambda: svc.run(sql, max_rows=rows))
        except QueryError as e:
            return _json({"error": str(e)}, status=400)
        return _json(result.to_json())

    async def describe_log(request: web.Request) -> web.StreamResponse:
        if (denied := refuse(request, token)) is not None:
            return denied
        if log is None:
            return _json({"topics": [], "groups": []})
        return _json(await asyncio.get_running_loop().run_in_executor(pool, log_summary, log))

    async def cleanup(_: web.Application) -> None:
        pool.shutdown(wait=True, cancel_futures=True)
        svc.close()

    app.router.add_post("/api/v1/query", query)
    app.router.add_get("/api/v1/log", describe_log)
    app.on_cleanup.append(cleanup)


def log_summary(log: Log) -> dict[str, Any]:
    """Topics, partitions (offsets, sizes, time span), and every group's lag: for the dashboard."""
    topics = []
    for name in sorted(log.topics()):
        parts = [
            {"partition": p.partition, "start_offset": p.start_offset, "end_offset": p.end_offset,
             "records": p.end_offset - p.start_offset, "size_bytes": p.size_bytes, "segments": p.segments,
             "first_ts_us": p.first_ts_us, "last_ts_us": p.last_ts_us}
            for p in log.describe(name)
        ]
        topics.append({"name": name, "partitions": parts, "size_bytes": sum(p["size_bytes"] for p in parts),
                       "records": sum(p["records"] for p in parts),
                       "end_offset": sum(p["end_offset"] for p in parts)})
    ends = {(t["name"], p["partition"]): p["end_offset"] for t in topics for p in t["partitions"]}
    groups = []
    for g in log.groups():
        committed = log.committed(g)
        lag = log.lag(g)
        groups.append({
            "name": g, "lag": sum(lag.values()),
            "partitions": [{"topic": tp.topic, "partition": tp.partition, "committed": committed.get(tp),
                            "end_offset": ends.get((tp.topic, tp.partition)), "lag": n}
                           for tp, n in sorted(lag.items())],
        })
    return {"topics": topics, "groups": groups}
