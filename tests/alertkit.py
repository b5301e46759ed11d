"""An in-process appliance with alerting, and a real webhook receiver, for the alerting tests.

``from alertkit import appliance, WebhookReceiver`` (tests/ is on sys.path).
:func:`appliance` starts the real pieces the way ``millpond run`` wires them
(see notes/H10-wiring.md): the embedded log, the ingest service with its HTTP
receivers on a free loopback port, the query service with its routes, and
:func:`millpond.alerting_service.mount`.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

from millpond import alerting_service
from millpond.alerting_service import AlertingService
from millpond.config import Config, build_config
from millpond.ingest.service import IngestService
from millpond.pipeline.log import Log, open_log
from millpond.sinks import query_api
from millpond.sinks.query import QueryService
from netutil import free_port


@dataclass
class WebhookReceiver:
    """A webhook endpoint on loopback: records JSON bodies; answers ``statuses`` in turn, then 200."""

    port: int = field(default_factory=free_port)
    bodies: list[dict[str, Any]] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)
    hits: int = 0
    _runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    async def start(self) -> WebhookReceiver:
        async def handle(request: web.Request) -> web.Response:
            self.hits += 1
            status = self.statuses.pop(0) if self.statuses else 200
            if status < 300:
                self.bodies.append(await request.json())
            return web.Response(status=status)

        app = web.Application()
        app.router.add_post("/hook", handle)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()
        return self

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def statuses_of(self, rule: str) -> list[str]:
        return [b["status"] for b in self.bodies if b["groupLabels"]["alertname"] == rule]


async def until(check: Callable[[], Awaitable[Any]], what: str, timeout: float = 10.0, step: float = 0.05) -> Any:
    """Poll ``check`` until it returns something truthy; fail with ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        got = await check()
        if got:
            return got
        assert time.monotonic() < deadline, f"timed out after {timeout:g}s waiting for {what}"
        await asyncio.sleep(step)


@dataclass
class Appliance:
    cfg: Config
    log: Log
    ingest: IngestService
    alerting: AlertingService
    url: str
    session: aiohttp.ClientSession

    def _auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.cfg.http.token}"} if self.cfg.http.token else {}

    async def write(self, lines: str) -> None:
        """POST Influx line protocol to ``/write`` (the real receiver); 204 means durable."""
        async with self.session.post(self.url + "/write", data=lines.encode(),
                                     headers={"Content-Type": "text/plain"}) as r:
            assert r.status == 204, await r.text()

    async def sql(self, sql: str) -> list[dict[str, Any]]:
        async with self.session.post(self.url + "/api/v1/query", json={"sql": sql}, headers=self._auth()) as r:
            body = await r.json()
            assert r.status == 200, body
        names = [c["name"] for c in body["columns"]]
        return [dict(zip(names, row)) for row in body["rows"]]

    async def alerts(self, history: int = 0) -> dict[str, Any]:
        async with self.session.get(f"{self.url}/api/v1/alerts?history={history}", headers=self._auth()) as r:
            body = await r.json()
            assert r.status == 200, body
            return body

    async def metrics(self) -> str:
        async with self.session.get(self.url + "/metrics") as r:
            return await r.text()


def config(data_dir: Path, rules: list[dict[str, Any]], *, webhook: str = "", interval: str = "0.2s",
           token: str = "") -> Config:
    return build_config({
        "data_dir": str(data_dir), "log": {"partitions": 2},
        "http": {"listen": "127.0.0.1:0", "token": token}, "forward": {"listen": ""}, "syslog": {"listen": ""},
        "ingest": {"self_metrics_interval": "0s"},
        "alerting": {"webhook": webhook, "interval": interval}, "alert": rules,
    })


@asynccontextmanager
async def appliance(cfg: Config) -> AsyncIterator[Appliance]:
    """The appliance of ``cfg`` in this process (no pipeline worker: queries read the log's tail)."""
    lg = open_log(cfg.data_path, cfg.log)
    mounted: list[AlertingService] = []

    def routes(app: web.Application) -> None:  # as in `millpond run`
        qs = QueryService(cfg, cfg.data_path, lg)
        query_api.register(app, cfg, lg, service=qs)
        mounted.append(alerting_service.mount(app, cfg, qs, registry=ingest.stats.registry))

    ingest = IngestService(cfg, lg, extra_routes=routes)
    await ingest.start()
    try:
        async with aiohttp.ClientSession() as session:
            yield Appliance(cfg, lg, ingest, mounted[0], f"http://127.0.0.1:{ingest.ports()['http']}", session)
    finally:
        await ingest.stop()
        lg.close()
