"""``GET /api/v1/alerts``: alert rules with their health, current instances with state and age, recent history.

Guarded like the query routes (:func:`millpond.sinks.query_api.refuse`:
loopback only, or ``[http] token`` as a bearer token). The alerting service
lives in the wiring package; this module needs only its two read methods
(:class:`AlertsSource`), so ``sinks`` does not import the command line.

``?history=N`` (default 50, at most 1,000; 0 = none) adds the newest N rows
of the ``alerts`` table, read in a thread (the table is Parquet in the archive).
"""

from __future__ import annotations

import asyncio
import json
from typing import Any, Protocol

from aiohttp import web

from millpond.config import Config
from millpond.sinks.query_api import refuse

DEFAULT_HISTORY = 50
MAX_HISTORY = 1_000


class AlertsSource(Protocol):
    """What the route reads: the live state, and the ``alerts`` table's newest rows."""

    def state(self) -> dict[str, Any]: ...

    def history(self, limit: int = DEFAULT_HISTORY) -> list[dict[str, Any]]: ...


def _json(obj: Any, status: int = 200) -> web.Response:
    return web.Response(text=json.dumps(obj, separators=(",", ":"), default=str), status=status,
                        content_type="application/json")


def _limit(request: web.Request) -> int:
    raw = request.query.get("history", str(DEFAULT_HISTORY))
    try:
        n = int(raw)
    except ValueError:
        raise ValueError(f"history must be a whole number, not {raw!r}") from None
    if n < 0:
        raise ValueError("history must not be negative")
    return min(n, MAX_HISTORY)


def register(app: web.Application, cfg: Config, service: AlertsSource) -> None:
    """Add ``GET /api/v1/alerts`` to ``app`` (answers from ``service``)."""
    token = cfg.http.token

    async def alerts(request: web.Request) -> web.StreamResponse:
        if (denied := refuse(request, token)) is not None:
            return denied
        try:
            limit = _limit(request)
        except ValueError as e:
            return _json({"error": str(e)}, status=400)
        body = service.state()
        body["history"] = []
        if limit:
            try:
                body["history"] = await asyncio.to_thread(service.history, limit)
            except Exception as e:  # noqa: BLE001 — the live state still answers; the reason is shown
                body["history_error"] = " ".join(str(e).split()) or type(e).__name__
        return _json(body)

    app.router.add_get("/api/v1/alerts", alerts)
