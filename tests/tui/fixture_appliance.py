"""A small real HTTP server with the appliance's read API over the sample data.

Not a mock of answers: an aiohttp server (own thread, own loop, a loopback
port) runs the SQL it is sent on an in-memory DuckDB holding the committed
sample data (fixed timestamps, 2026-01-15 10:00–10:30 UTC), renders
``/metrics`` with the appliance's own :class:`IngestStats`, and serves
``/api/v1/log``, ``/api/v1/alerts`` (fixed rules) and ``/healthz``. Counters
advance only when a test calls :meth:`FixtureAppliance.tick`, so rates are
deterministic.

The dashboard runs with ``clock=lambda: T_END``, so "last 5 minutes" means
the end of the sample data.
"""

from __future__ import annotations

import asyncio
import decimal
import json
import threading
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
from aiohttp import web

from millpond.ingest.stats import IngestStats

SAMPLES = Path(__file__).resolve().parents[2] / "sample-data"
T_END = datetime(2026, 1, 15, 10, 30, tzinfo=UTC).timestamp()
RULES = [
    ("HotSensor", "SELECT labels['device'] AS device, max(value) AS value FROM metrics WHERE name = 'temperature' "
                  "AND ts > now() - INTERVAL 1 MINUTE GROUP BY 1 HAVING max(value) > 30", 30.0, "warning", None),
    ("DeviceSilent", "SELECT labels['device'] AS device, epoch(now()) - epoch(max(ts)) AS value FROM metrics "
                     "WHERE name = 'temperature' GROUP BY 1 HAVING max(ts) < now() - INTERVAL 1 MINUTE", 60.0, "warning", None),
    ("ErrorBurst", "SELECT service, count(*) AS value FROM logs WHERE severity = 'error' "
                   "AND ts > now() - INTERVAL 1 MINUTE GROUP BY 1 HAVING count(*) > 10", 30.0, "critical", None),
    ("DiskFull", "SELECT host, max(value) AS value FROM disk_used GROUP BY 1", 0.0, "critical",
     "Catalog Error: Table with name disk_used does not exist!"),
]
"""The rules ``GET /api/v1/alerts`` reports: name, SQL, for (s), severity, last error."""
RECEIVERS = {"http_logs": 60, "influx": 400, "mqtt": 72, "otlp": 35, "remote_write": 90, "syslog": 47, "forward": 87}

LOAD_SQL = f"""
CREATE TABLE logs AS
WITH app AS (
  SELECT ts::TIMESTAMPTZ AS ts, host, service,
         CASE level WHEN 'warn' THEN 'warning' ELSE level END AS severity, message,
         map_from_entries(list_filter([{{'key': 'trace_id', 'value': trace_id}}, {{'key': 'stack', 'value': stack}},
                                       {{'key': 'duration_ms', 'value': duration_ms::VARCHAR}}], lambda x: x.value IS NOT NULL)) AS attributes,
         'http' AS source
  FROM read_json('{SAMPLES}/app.jsonl', format='newline_delimited',
                 columns={{ts: 'VARCHAR', host: 'VARCHAR', service: 'VARCHAR', level: 'VARCHAR', message: 'VARCHAR',
                          trace_id: 'VARCHAR', stack: 'VARCHAR', duration_ms: 'BIGINT'}})
), lines AS (
  SELECT unnest(string_split(trim(content, chr(10)), chr(10))) AS line FROM read_text('{SAMPLES}/syslog-rfc5424.log')
), sys AS (
  SELECT regexp_extract(line, '^<(\\d+)>1 (\\S+) (\\S+) (\\S+) \\S+ \\S+ (-|\\[.*?\\]) (.*)$',
                        ['pri', 'ts', 'host', 'app', 'sd', 'msg']) AS m FROM lines
)
SELECT *, dense_rank() OVER (ORDER BY regexp_replace(message, '[0-9a-fA-F]{{8,}}|\\d+(\\.\\d+)?', '<*>', 'g'))::BIGINT AS pattern_id
FROM (
  SELECT * FROM app
  UNION ALL
  SELECT m.ts::TIMESTAMPTZ, m.host, m.app,
         ['emergency','alert','critical','error','warning','notice','info','debug'][(m.pri::INT % 8) + 1], m.msg,
         MAP {{}}::MAP(VARCHAR, VARCHAR), 'syslog'
  FROM sys
);

CREATE TABLE log_patterns AS
SELECT pattern_id, any_value(regexp_replace(message, '[0-9a-fA-F]{{8,}}|\\d+(\\.\\d+)?', '<*>', 'g')) AS template,
       count(*) AS count, min(ts) AS first_seen, max(ts) AS last_seen, any_value(message ORDER BY ts) AS example
FROM logs GROUP BY pattern_id;

CREATE TABLE metrics AS
WITH iot AS (
  SELECT ts::TIMESTAMPTZ AS ts, device, sensor, temperature, humidity, battery
  FROM read_json('{SAMPLES}/iot-sensors.jsonl', format='newline_delimited',
                 columns={{ts: 'VARCHAR', device: 'VARCHAR', sensor: 'VARCHAR', unit: 'VARCHAR',
                          temperature: 'DOUBLE', humidity: 'DOUBLE', battery: 'DOUBLE'}})
), lp AS (
  SELECT regexp_extract(line, '^cpu,host=([^,]+),\\S+ usage_user=([0-9.]+),\\S+ (\\d+)$', ['host', 'v', 'ns']) AS m
  FROM (SELECT unnest(string_split(trim(content, chr(10)), chr(10))) AS line FROM read_text('{SAMPLES}/telegraf.lp'))
  WHERE line LIKE 'cpu,%'
)
SELECT ts, 'temperature' AS name, temperature AS value, MAP {{'device': device, 'sensor': sensor, 'unit': 'celsius'}} AS labels,
       NULL::VARCHAR AS host, 'mqtt' AS source FROM iot
UNION ALL SELECT ts, 'humidity', humidity, MAP {{'device': device, 'sensor': sensor, 'unit': 'percent'}}, NULL, 'mqtt' FROM iot WHERE humidity IS NOT NULL
UNION ALL SELECT ts, 'battery', battery, MAP {{'device': device, 'sensor': sensor, 'unit': 'volt'}}, NULL, 'mqtt' FROM iot
UNION ALL SELECT make_timestamptz(m.ns::BIGINT // 1000), 'cpu_usage_user', m.v::DOUBLE, MAP {{'host': m.host, 'cpu': 'cpu-total'}}, m.host, 'influx' FROM lp;

CREATE TABLE alerts (ts TIMESTAMPTZ, rule VARCHAR, state VARCHAR, labels MAP(VARCHAR, VARCHAR), value DOUBLE,
                     severity VARCHAR, annotations MAP(VARCHAR, VARCHAR));
INSERT INTO alerts VALUES
  ('2026-01-15 10:05:00+00', 'ErrorBurst', 'pending', MAP {{'service': 'payments'}}, 12, 'critical', MAP {{}}),
  ('2026-01-15 10:05:30+00', 'ErrorBurst', 'firing', MAP {{'service': 'payments'}}, 14, 'critical', MAP {{'summary': 'payments errors'}}),
  ('2026-01-15 10:12:00+00', 'ErrorBurst', 'resolved', MAP {{'service': 'payments'}}, 3, 'critical', MAP {{}}),
  ('2026-01-15 10:18:30+00', 'DeviceSilent', 'pending', MAP {{'device': 'coldroom-03'}}, 60, 'warning', MAP {{}}),
  ('2026-01-15 10:20:00+00', 'DeviceSilent', 'firing', MAP {{'device': 'coldroom-03'}}, 150, 'warning', MAP {{}}),
  ('2026-01-15 10:26:00+00', 'HotSensor', 'pending', MAP {{'device': 'greenhouse-07'}}, 31.2, 'warning', MAP {{}}),
  ('2026-01-15 10:26:30+00', 'HotSensor', 'firing', MAP {{'device': 'greenhouse-07'}}, 34.6, 'warning', MAP {{'summary': 'greenhouse-07 is hot'}});

CREATE VIEW metrics_1m AS SELECT time_bucket(INTERVAL 1 MINUTE, ts) AS ts, name, labels, avg(value) AS avg, min(value) AS min,
  max(value) AS max, count(*) AS count FROM metrics GROUP BY ALL;
CREATE VIEW logs_1m AS SELECT time_bucket(INTERVAL 1 MINUTE, ts) AS ts, service, severity, count(*) AS count FROM logs GROUP BY ALL;
"""


def _json(v: Any) -> Any:
    if isinstance(v, datetime):
        return v.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, decimal.Decimal):
        return float(v)
    if isinstance(v, uuid.UUID):
        return str(v)
    if isinstance(v, dict):
        return {str(k): _json(x) for k, x in v.items()}
    if isinstance(v, list | tuple):
        return [_json(x) for x in v]
    if isinstance(v, float) and v != v:
        return None
    return v


class FixtureAppliance:
    """The read side of an appliance over fixed sample data; see the module docstring."""

    def __init__(self, port: int = 0) -> None:
        self.db = duckdb.connect()
        self.db.execute("SET TimeZone = 'UTC'")
        self.db.execute(LOAD_SQL)
        self.stats = IngestStats()
        self.ticks = 0
        self.healthy = True
        self.refuse = ""
        """Answer 400 to any SQL containing this (a refused query that stays refused)."""
        self.slow = ""
        """Answer SQL containing this only after ``slow_s`` seconds (a slow query on a live appliance)."""
        self.slow_s = 2.0
        self.fixed_elapsed_ms: float | None = None
        """Set to report this instead of the measured query time (snapshots must not show a clock)."""
        self.port = port
        self.url = f"http://127.0.0.1:{port}" if port else ""
        self.loop = asyncio.new_event_loop()
        self._runner: web.AppRunner | None = None
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True, name="fixture-appliance")
        self.tick()

    def reset(self) -> None:
        """Counters back to their first tick (each snapshot starts from the same state)."""
        self.stats = IngestStats()
        self.ticks = 0
        self.tick()

    def tick(self, n: int = 1) -> None:
        """Advance the ingest counters by a fixed, receiver-specific amount (rates stay deterministic)."""
        for _ in range(n):
            self.ticks += 1
            for i, (r, per) in enumerate(RECEIVERS.items()):
                self.stats.received(r, per * (1 + (self.ticks + i) % 5), per * 180)
            if self.ticks % 3 == 0:
                self.stats.rejected("http_logs", "bad_json")

    def log_info(self) -> dict[str, Any]:
        k = self.ticks
        topics = []
        for name, per in (("logs", 900), ("metrics", 2600)):
            parts = [{"partition": p, "start_offset": 0, "end_offset": per * k + 100 * p, "size_bytes": (per * k + 100 * p) * 120,
                      "segments": 1 + k // 50, "last_ts_us": int(T_END * 1e6)} for p in range(4)]
            topics.append({"name": name, "partitions": parts})
        groups = [{"name": "pipeline", "partitions": [
            {"topic": t["name"], "partition": p["partition"], "committed": p["end_offset"] - 5 * (p["partition"] + 1),
             "end_offset": p["end_offset"]} for t in topics for p in t["partitions"]]}]
        return {"topics": topics, "groups": groups}

    # -- routes
    async def _query(self, request: web.Request) -> web.Response:
        body = await request.json()
        sql = body.get("sql", "")
        if self.slow and self.slow in sql:
            await asyncio.sleep(self.slow_s)
        if self.refuse and self.refuse in sql:
            return web.json_response({"error": f"refused for the test: {self.refuse}"}, status=400)
        try:
            cur = self.db.cursor()
            t0 = asyncio.get_running_loop().time()
            cur.execute(sql)
            rows = cur.fetchmany(100_000)
            cols = [{"name": d[0], "type": str(d[1])} for d in cur.description or []]
            elapsed = (asyncio.get_running_loop().time() - t0) * 1000
        except duckdb.Error as e:
            return web.json_response({"error": str(e).splitlines()[0]}, status=400)
        return web.json_response({"columns": cols, "rows": _json(rows), "elapsed_ms": round(elapsed, 3) if self.fixed_elapsed_ms is None else self.fixed_elapsed_ms},
                                 dumps=lambda o: json.dumps(o, default=str))

    async def _metrics(self, request: web.Request) -> web.Response:
        return web.Response(body=self.stats.render(), content_type="text/plain")

    async def _healthz(self, request: web.Request) -> web.Response:
        return web.Response(text="ok" if self.healthy else "log not open", status=200 if self.healthy else 503)

    async def _log(self, request: web.Request) -> web.Response:
        return web.json_response(self.log_info())

    async def _alerts(self, request: web.Request) -> web.Response:
        """The evaluator's view: rules with health and live counts (from the ``alerts`` table's newest states)."""
        newest = self.db.cursor().execute(
            "SELECT rule, arg_max(state, ts) AS s FROM alerts GROUP BY rule, labels").fetchall()
        rules = [{"name": n, "sql": sql, "for": for_, "keep_firing_for": 0.0, "severity": sev, "labels": {}, "annotations": {},
                  "health": "error" if err else "ok", "error": err, "runs": err is None, "failures": 3 if err else 0,
                  "firing": sum(1 for r, st in newest if r == n and st == "firing"),
                  "pending": sum(1 for r, st in newest if r == n and st == "pending")} for n, sql, for_, sev, err in RULES]
        return web.json_response({"running": True, "interval": 10.0, "rules": rules, "instances": [], "errors": {
            n: err for n, _, _, _, err in RULES if err}, "history": []})

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_post("/api/v1/query", self._query)
        app.router.add_get("/metrics", self._metrics)
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/api/v1/log", self._log)
        app.router.add_get("/api/v1/alerts", self._alerts)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        await site.start()
        self.port = self._runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{self.port}"

    def start(self) -> FixtureAppliance:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self.loop).result(10)
        return self

    def stop(self) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
        self.db.close()
