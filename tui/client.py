"""The dashboard's only way to the appliance: its HTTP API (so it can watch a remote box).

Routes used: ``POST /api/v1/query`` (read-only SQL), ``GET /metrics`` (ingest
counters, Prometheus text), ``GET /healthz`` and ``GET /api/v1/log`` (topics,
partitions, offsets, consumer-group lag) and ``GET /api/v1/alerts`` (rules and
their health). Connection failures raise :class:`Unreachable`; an answer the
appliance refused raises :class:`ApiError` with its message (a bad query is not
a dead appliance).
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import aiohttp

MAX_BODY = 64 * 1024 * 1024
"""Largest answer the dashboard reads; bigger ones are refused, not buffered."""


class Unreachable(Exception):
    """The appliance did not answer (refused, timed out, DNS, reset)."""


class ApiError(Exception):
    """The appliance answered with an error; ``status`` is the HTTP code."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class QueryResult:
    """One SQL answer: column names and types, rows as lists, server time."""

    columns: list[str]
    types: list[str]
    rows: list[list[Any]]
    elapsed_ms: float = 0.0

    def dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, r, strict=False)) for r in self.rows]


@dataclass
class Sample:
    name: str
    labels: dict[str, str]
    value: float


class _ConnectTimedOut(Exception):
    """A first connect that timed out (:meth:`Client._request` tries once more)."""


@dataclass
class Client:
    """Async client of one appliance; create and use it inside the app's event loop."""

    url: str = "http://127.0.0.1:9880"
    token: str = ""
    timeout: float = 10.0
    """For health, counters and log offsets: no answer this long means the appliance is in trouble."""
    query_timeout: float = 65.0
    """For SQL, which may run as long as the appliance allows (``[query] timeout``, 30 s): slow is not dead."""
    _session: aiohttp.ClientSession | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.url = self.url.rstrip("/")
        if "://" not in self.url:
            self.url = "http://" + self.url

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    def _sess(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession()
        return self._session

    async def _request(self, method: str, path: str, *, slow_ok: bool = False, **kw: Any) -> tuple[int, bytes]:
        """One request; ``slow_ok``: a connected request that outlasts :attr:`query_timeout` is an
        :class:`ApiError` (504), not :class:`Unreachable` (a failed connect still is).

        A connect that timed out is tried once more before the appliance is called unreachable:
        the 3 s connect limit is timed by the dashboard's own event loop, and a loop stalled past
        it (a loaded box, a long redraw) fails a connect the appliance had accepted."""
        try:
            return await self._once(method, path, slow_ok=slow_ok, **kw)
        except _ConnectTimedOut:
            return await self._once(method, path, slow_ok=slow_ok, retried=True, **kw)

    async def _once(self, method: str, path: str, *, slow_ok: bool, retried: bool = False,
                    **kw: Any) -> tuple[int, bytes]:
        limit = aiohttp.ClientTimeout(total=self.query_timeout if slow_ok else self.timeout, connect=3)
        try:
            async with self._sess().request(method, self.url + path, headers=self._headers(), timeout=limit, **kw) as r:
                if (r.content_length or 0) > MAX_BODY:
                    raise ApiError(413, f"answer of {r.content_length} bytes is too large to show")
                body = await r.content.read(MAX_BODY + 1)
                if len(body) > MAX_BODY:
                    raise ApiError(413, "answer too large to show")
                return r.status, body
        except aiohttp.ConnectionTimeoutError as e:
            if not retried:
                raise _ConnectTimedOut from None
            raise Unreachable(_why(e)) from None
        except aiohttp.ClientConnectionError as e:  # refused, reset
            raise Unreachable(_why(e)) from None
        except TimeoutError:  # the total limit (TimeoutError is an OSError: caught before it)
            if slow_ok:
                raise ApiError(504, f"no answer within {self.query_timeout:g} s") from None
            raise Unreachable("timed out") from None
        except (aiohttp.ClientPayloadError, OSError) as e:
            raise Unreachable(_why(e)) from None

    async def query(self, sql: str) -> QueryResult:
        """Run read-only SQL; :class:`ApiError` carries the appliance's message for a bad query."""
        status, body = await self._request("POST", "/api/v1/query", slow_ok=True, json={"sql": sql})
        data = _json(body)
        if status != 200:
            msg = data.get("error") if isinstance(data, dict) else None
            raise ApiError(status, str(msg or body[:300].decode(errors="replace")).strip())
        cols = data.get("columns", [])
        names = [c["name"] if isinstance(c, dict) else str(c) for c in cols]
        types = [str(c.get("type", "")) if isinstance(c, dict) else "" for c in cols]
        return QueryResult(names, types, data.get("rows", []), float(data.get("elapsed_ms", 0.0)))

    async def metrics(self) -> list[Sample]:
        """Every sample of ``GET /metrics`` (``_created`` series dropped)."""
        from prometheus_client.parser import text_string_to_metric_families

        status, body = await self._request("GET", "/metrics")
        if status != 200:
            raise ApiError(status, f"GET /metrics: HTTP {status}")
        out = []
        try:
            for fam in text_string_to_metric_families(body.decode("utf-8", "replace")):
                for s in fam.samples:
                    if not s.name.endswith("_created"):
                        out.append(Sample(s.name, dict(s.labels), float(s.value)))
        except ValueError as e:
            raise ApiError(200, f"GET /metrics: unreadable exposition text: {e}") from None
        return out

    async def health(self) -> tuple[bool, str]:
        """``(healthy, detail)``: 200 means every receiver listens and the log is open."""
        status, body = await self._request("GET", "/healthz")
        return status == 200, body[:200].decode(errors="replace").strip()

    async def log_info(self) -> dict[str, Any]:
        """``GET /api/v1/log``: topics, partitions, offsets, consumer groups, lag."""
        status, body = await self._request("GET", "/api/v1/log")
        if status != 200:
            raise ApiError(status, f"GET /api/v1/log: HTTP {status}")
        data = _json(body)
        return data if isinstance(data, dict) else {"topics": data}

    async def alerts(self) -> dict[str, Any]:
        """``GET /api/v1/alerts?history=0``: the configured rules with their health, live instances."""
        status, body = await self._request("GET", "/api/v1/alerts", params={"history": "0"})
        if status != 200:
            raise ApiError(status, f"GET /api/v1/alerts: HTTP {status}")
        data = _json(body)
        return data if isinstance(data, dict) else {}

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None


def _json(body: bytes) -> Any:
    try:
        return json.loads(body) if body else {}
    except ValueError:
        return {}


def _why(e: BaseException) -> str:
    if isinstance(e, asyncio.TimeoutError):
        return "timed out"
    if isinstance(e, aiohttp.ClientConnectorError):
        return e.os_error.strerror or str(e.os_error) if e.os_error else str(e)
    return str(e) or type(e).__name__


# ---------------------------------------------------------------- values as the API sends them

def to_dt(v: Any) -> datetime | None:
    """A timestamp cell (RFC 3339 text or epoch seconds) as an aware datetime."""
    if v is None:
        return None
    if isinstance(v, datetime):
        return v if v.tzinfo else v.replace(tzinfo=UTC)
    if isinstance(v, int | float):
        return datetime.fromtimestamp(v / 1e6 if v > 1e14 else v, UTC)
    s = str(v).strip().replace(" ", "T", 1)
    if s.endswith("Z"):
        s = s[:-1] + "+00:00"
    try:
        d = datetime.fromisoformat(s)
    except ValueError:
        return None
    return d if d.tzinfo else d.replace(tzinfo=UTC)


def as_map(v: Any) -> dict[str, str]:
    """A MAP cell in any JSON shape DuckDB tools emit: object, ``[[k, v]…]``, ``{"key": […], "value": […]}``."""
    if v is None:
        return {}
    if isinstance(v, str):
        try:
            v = json.loads(v)
        except ValueError:
            return {"": v}
    if isinstance(v, dict):
        if set(v) == {"key", "value"} and isinstance(v["key"], list):
            return {str(k): str(x) for k, x in zip(v["key"], v["value"], strict=False)}
        return {str(k): "" if x is None else str(x) for k, x in v.items()}
    if isinstance(v, list):
        out = {}
        for e in v:
            if isinstance(e, dict) and "key" in e:
                out[str(e["key"])] = str(e.get("value"))
            elif isinstance(e, list | tuple) and len(e) == 2:
                out[str(e[0])] = str(e[1])
        return out
    return {}


def sql_str(s: str) -> str:
    """A SQL string literal (the query API takes no parameters, so quote carefully)."""
    return "'" + s.replace("'", "''") + "'"


def sql_ts(t: float) -> str:
    """An epoch time as a ``TIMESTAMPTZ`` literal, so windows follow the dashboard's clock."""
    return "TIMESTAMPTZ '" + datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%d %H:%M:%S.%f") + "+00'"
