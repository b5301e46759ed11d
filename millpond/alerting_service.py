"""Alert rules running inside the appliance: one evaluator, durable history, webhooks, state for the API.

``millpond run`` holds the log's writer lock, so its process is unique per
data directory; running the evaluator there (and only there) gives one
evaluator per appliance however many ``millpond worker`` processes share the
pipeline. :func:`mount` is the whole wiring: it builds an
:class:`AlertingService` over the appliance's query service, adds
``GET /api/v1/alerts`` and starts/stops the loop with the HTTP application.

Rules are checked at start-up (each bad one logged with its name; the others
run). Every transition row goes to ``alerts/`` of the archive as its own
Parquet file (temp + fsync + rename, :func:`~millpond.sinks.sink.append_alerts`),
which is what the ``alerts`` table reads, so history survives restarts; rows
that could not be written are kept (bounded) and written with the next round.
Rule health, instance counts and webhook delivery are exported in
``/metrics``.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pyarrow as pa
from aiohttp import web
from prometheus_client import CollectorRegistry
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric

from millpond.config import AlertRule, Config
from millpond.pipeline.alerting import ALERTS_SCHEMA, MAX_INSTANCES, AlertEvaluator, Evaluation, Instance
from millpond.pipeline.alerting_webhook import WebhookSender, WebhookStats, run_alerting
from millpond.sinks.archive import Archive
from millpond.sinks.query import QueryService, check_sql
from millpond.sinks.sink import append_alerts

log = logging.getLogger("millpond.alerting")

Query = Callable[[str], pa.Table]
MAX_UNWRITTEN_ROWS = 10_000
"""Transition rows kept in memory while the archive refuses writes; older ones are dropped (counted)."""
HISTORY_SQL = ("SELECT ts, rule, state, labels, value, severity, annotations FROM alerts "
               "ORDER BY ts DESC, rule LIMIT {limit}")


def validate_rules(rules: list[AlertRule]) -> tuple[list[AlertRule], dict[str, str]]:
    """The rules that can run, and rule name → problem for the ones that cannot (static checks only).

    A rule needs a non-empty, unique name and one read statement (the query
    service would refuse anything else at every round anyway).
    """
    good: list[AlertRule] = []
    bad: dict[str, str] = {}
    seen: set[str] = set()
    for i, rule in enumerate(rules):
        name = rule.name
        if not name.strip():
            bad[f"#{i + 1}"] = "the rule has no name"
            continue
        if name in seen:
            bad[name] = f"rule #{i + 1} repeats the name {name!r} of an earlier rule; it is not run"
            continue
        seen.add(name)
        try:
            check_sql(rule.sql)
        except Exception as e:  # noqa: BLE001 — QueryError or a parser error: reported, never raised
            bad[name] = str(e) or type(e).__name__
            continue
        good.append(rule)
    return good, bad


@dataclass(frozen=True)
class Snapshot:
    """What the API and /metrics show; rebuilt by the evaluation thread after each round (never mutated)."""

    evaluated_at: float | None = None
    rounds: int = 0
    instances: tuple[Instance, ...] = ()
    errors: dict[str, str] = field(default_factory=dict)


@dataclass
class _Evaluator(AlertEvaluator):
    """The pipeline's evaluator plus a snapshot and per-rule failure counts after every round."""

    def __post_init__(self) -> None:
        self.snapshot = Snapshot()
        self.rule_failures: dict[str, int] = {}

    def evaluate(self) -> Evaluation:
        before = self.snapshot.errors
        ev = super().evaluate()
        for name in ev.errors:
            self.rule_failures[name] = self.rule_failures.get(name, 0) + 1
        for name in before.keys() - self.errors.keys():
            if any(r.name == name for r in self.rules):
                log.info("alert rule %r works again", name)
        insts = tuple(Instance(i.rule, dict(i.labels), dict(i.annotations), i.value, i.state, i.active_at,
                               i.fired_at, i.last_seen, i.keep_since) for i in self.active())
        self.snapshot = Snapshot(self.clock(), self.snapshot.rounds + 1, insts, dict(self.errors))
        return ev


class _QuietRepeats(logging.Filter):
    """Lets the evaluator's "rule failed" warning through when the error changes, then once per ``every`` s.

    A broken rule fails every round (every 10 s by default); the log should
    say so, not fill up. /metrics counts every failure.
    """

    MESSAGE = "alert rule %r failed: %s"

    def __init__(self, every: float = 600.0) -> None:
        super().__init__()
        self.every = every
        self.last: dict[Any, tuple[Any, float]] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        if record.msg != self.MESSAGE or not isinstance(record.args, tuple) or len(record.args) != 2:
            return True
        name, error = record.args
        prev = self.last.get(name)
        if prev is not None and prev[0] == error and record.created - prev[1] < self.every:
            return False
        self.last[name] = (error, record.created)
        return True


class AlertingService:
    """The appliance's one alert evaluator: rules over ``query``, history in the archive, webhooks.

    Parameters
    ----------
    query
        The appliance's :class:`~millpond.sinks.query.QueryService` (its
        archive stores the history), or any ``query(sql) -> pa.Table`` (then
        ``archive`` or the config's archive stores it).
    registry
        A Prometheus registry (the ingest process's) to export rule health in.
    sender
        The webhook sender; default: one for ``[alerting] webhook`` if set.
    """

    def __init__(self, cfg: Config, query: QueryService | Query, *, archive: Archive | None = None,
                 registry: CollectorRegistry | None = None, sender: WebhookSender | None = None,
                 clock: Callable[[], float] = time.time, interval: float | None = None,
                 external_url: str | None = None) -> None:
        self.cfg = cfg
        if isinstance(query, QueryService):
            svc = query
            self.query: Query = lambda sql: svc.run_arrow(sql, max_rows=MAX_INSTANCES)
            self.archive = archive or svc.archive
        else:
            self.query = query
            self.archive = archive or Archive.for_data_dir(cfg.data_path, cfg.archive.uri)
        self.interval = float(cfg.alerting.interval if interval is None else interval)
        self.rules, self.invalid = validate_rules(list(cfg.alert))
        self.check_errors: dict[str, str] = {}
        self.all_rules = list(cfg.alert)
        if external_url is None:
            from millpond.commands.query import default_url
            external_url = default_url(cfg)
        self.evaluator = _Evaluator(self.rules, self.query, clock=clock, external_url=external_url)
        self.clock = clock
        self.sender = sender
        self._own_sender = sender is None and bool(cfg.alerting.webhook)
        self.rows_written = 0
        self.rows_dropped = 0
        self._unwritten: list[pa.Table] = []
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._registry = registry
        self._quiet = _QuietRepeats()
        self._collector = _Collector(self)
        if registry is not None:
            registry.register(self._collector)
        for name, problem in self.invalid.items():
            log.error("alert rule %r is not run: %s", name, problem)

    # -- lifecycle -------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    async def start(self) -> None:
        """Start the loop (a no-op without rules or with ``interval`` ≤ 0): checks rules, then evaluates."""
        if not self.rules or self.interval <= 0:
            if self.all_rules and self.interval <= 0:
                log.warning("alerting is off: [alerting] interval is %gs", self.interval)
            return
        if self._own_sender:
            self.sender = WebhookSender(self.cfg.alerting.webhook)
        if self.sender is not None:
            await self.sender.start()
        self._stop = asyncio.Event()
        logging.getLogger(AlertEvaluator.__module__).addFilter(self._quiet)
        self._task = asyncio.create_task(self._run(), name="alerting")

    async def _run(self) -> None:
        self.check_errors = await asyncio.to_thread(self.evaluator.check)
        for name, err in self.check_errors.items():
            log.error("alert rule %r fails: %s (the other rules run)", name, err)
        log.info("alerting: %d rule(s), every %gs%s", len(self.rules), self.interval,
                 f", webhook {self.cfg.alerting.webhook}" if self.sender is not None else "")
        await run_alerting(self.evaluator, self.sender, self.interval, self.write_rows, self._stop)

    async def stop(self) -> None:
        """Finish the round in progress, write what is unwritten, deliver queued webhooks (bounded)."""
        self._stop.set()
        if self._task is not None:
            await self._task
            self._task = None
        logging.getLogger(AlertEvaluator.__module__).removeFilter(self._quiet)
        if self._unwritten:
            try:
                await asyncio.to_thread(self.write_rows, ALERTS_SCHEMA.empty_table())
            except Exception:  # noqa: BLE001 — logged; nothing more can be done on the way out
                log.exception("alerting: %d transition row(s) could not be written", self.unwritten_rows)
        if self.sender is not None:
            await self.sender.close()
        if self._registry is not None:
            self._registry.unregister(self._collector)
            self._registry = None

    # -- history ---------------------------------------------------------------------------------

    def write_rows(self, rows: pa.Table) -> None:
        """Store transition rows (with any left over from failed writes) as one Parquet file in ``alerts/``."""
        pending = [*self._unwritten, rows] if rows.num_rows else list(self._unwritten)
        if not pending:
            return
        table = pa.concat_tables(pending)
        try:
            append_alerts(self.archive, table)
        except Exception:
            excess = table.num_rows - MAX_UNWRITTEN_ROWS
            if excess > 0:
                self.rows_dropped += excess
                table = table.slice(excess)
            self._unwritten = [table]
            raise
        self._unwritten = []
        self.rows_written += table.num_rows

    @property
    def unwritten_rows(self) -> int:
        return sum(t.num_rows for t in self._unwritten)

    def history(self, limit: int = 50) -> list[dict[str, Any]]:
        """The newest ``limit`` rows of the ``alerts`` table, JSON-ready."""
        table = self.query(HISTORY_SQL.format(limit=max(0, int(limit))))
        if isinstance(table, pa.RecordBatchReader):
            table = table.read_all()
        return [{**r, "ts": _iso(r["ts"]), "labels": dict(r["labels"] or []),
                 "annotations": dict(r["annotations"] or []), "value": _num(r["value"])}
                for r in table.to_pylist()]

    # -- state for the API -----------------------------------------------------------------------

    @property
    def startup_errors(self) -> dict[str, str]:
        """Rule name → why it failed at start-up (cannot run, or its first check failed)."""
        return {**self.check_errors, **self.invalid}

    def rule_health(self, snap: Snapshot) -> list[tuple[AlertRule, str, bool, str | None]]:
        """(rule, name, runs, error) per configured rule; error: why it cannot run, else its current failure."""
        current = snap.errors if snap.rounds else self.check_errors
        out = []
        for i, rule in enumerate(self.all_rules):
            name = rule.name if rule.name.strip() else f"#{i + 1}"
            runs = any(r is rule for r in self.rules)
            out.append((rule, name, runs, current.get(name) if runs else self.invalid.get(name)))
        return out

    def errors(self, snap: Snapshot | None = None) -> dict[str, str]:
        """Rule name → current problem: not runnable, else the last round's error (the start-up check's before)."""
        snap = snap or self.evaluator.snapshot
        return {**(snap.errors if snap.rounds else self.check_errors), **self.invalid}

    def state(self) -> dict[str, Any]:
        """Rules (with health), current instances with state and age, errors, webhook delivery."""
        snap = self.evaluator.snapshot
        now = self.clock()
        per_rule: dict[str, dict[str, int]] = {}
        for inst in snap.instances:
            counts = per_rule.setdefault(inst.rule, {"pending": 0, "firing": 0})
            counts[inst.state] = counts.get(inst.state, 0) + 1
        errors = self.errors(snap)
        rules = []
        for rule, name, runs, error in self.rule_health(snap):
            health = "error" if error or not runs else "ok" if snap.rounds else "unknown"
            rules.append({
                "name": rule.name, "sql": rule.sql, "for": float(rule.for_),
                "keep_firing_for": float(rule.keep_firing_for), "severity": rule.severity,
                "labels": dict(rule.labels), "annotations": dict(rule.annotations),
                "health": health, "error": error, "runs": runs,
                "failures": self.evaluator.rule_failures.get(name, 0),
                **per_rule.get(name, {"pending": 0, "firing": 0}),
            })
        instances = [{
            "rule": i.rule, "state": i.state, "labels": i.labels, "annotations": i.annotations,
            "value": _num(i.value), "active_at": _iso_s(i.active_at),
            "fired_at": _iso_s(i.fired_at) if i.fired_at else None,
            "since": _iso_s(i.fired_at if i.state == "firing" else i.active_at),
            "age_s": round(max(0.0, now - (i.fired_at if i.state == "firing" else i.active_at)), 3),
            "resolving": i.keep_since is not None,
        } for i in sorted(snap.instances, key=lambda i: (i.state != "firing", i.rule, sorted(i.labels.items())))]
        stats = self.sender.stats if self.sender is not None else WebhookStats()
        return {
            "running": self.running, "interval": self.interval,
            "evaluated_at": _iso_s(snap.evaluated_at) if snap.evaluated_at else None, "rounds": snap.rounds,
            "rules": rules, "instances": instances, "errors": errors,
            "webhook": {"configured": bool(self.cfg.alerting.webhook), "sent": stats.sent, "retries": stats.retries,
                        "failed": stats.failed, "dropped": stats.dropped},
            "history_rows": {"written": self.rows_written, "unwritten": self.unwritten_rows,
                             "dropped": self.rows_dropped},
        }


class _Collector:
    """``/metrics`` families of the alerting service, read from its snapshot at scrape time."""

    def __init__(self, svc: AlertingService) -> None:
        self.svc = svc

    def collect(self) -> Iterator[Metric]:
        svc = self.svc
        ev = svc.evaluator
        snap = ev.snapshot
        healthy = GaugeMetricFamily("millpond_alert_rule_healthy",
                                    "1 if the alert rule's last evaluation worked, 0 if it failed or cannot run",
                                    labels=["rule"])
        failures = CounterMetricFamily("millpond_alert_rule_failures", "Failed evaluations of an alert rule",
                                       labels=["rule"])
        running = {r.name for r in svc.rules}
        for _, name, runs, error in svc.rule_health(snap):
            if not runs and name in running:
                continue  # a repeated name: its samples would clash with the rule that runs
            healthy.add_metric([name], 0.0 if error or not runs else 1.0)
            failures.add_metric([name], float(ev.rule_failures.get(name, 0)))
        yield healthy
        yield failures
        active = GaugeMetricFamily("millpond_alerts_active", "Pending and firing alert instances",
                                   labels=["rule", "state"])
        counts: dict[tuple[str, str], int] = {}
        for inst in snap.instances:
            counts[(inst.rule, inst.state)] = counts.get((inst.rule, inst.state), 0) + 1
        for (rule_name, state), n in sorted(counts.items()):
            active.add_metric([rule_name, state], float(n))
        yield active
        yield CounterMetricFamily("millpond_alert_evaluations", "Alert evaluation rounds", value=snap.rounds)
        yield CounterMetricFamily("millpond_alert_rows_written", "Alert transition rows stored in the alerts table",
                                  value=svc.rows_written)
        yield GaugeMetricFamily("millpond_alert_rows_unwritten", "Alert transition rows waiting to be stored",
                                value=svc.unwritten_rows)
        stats = svc.sender.stats if svc.sender is not None else WebhookStats()
        hook = CounterMetricFamily("millpond_alert_webhook", "Alert webhook deliveries by outcome",
                                   labels=["outcome"])
        for outcome in ("sent", "retries", "failed", "dropped"):
            hook.add_metric([outcome], float(getattr(stats, outcome)))
        yield hook


def mount(app: web.Application, cfg: Config, query: QueryService | Query, *,
          registry: CollectorRegistry | None = None, **kwargs: Any) -> AlertingService:
    """Wire alerting into the appliance's HTTP application: ``GET /api/v1/alerts`` and the loop's lifetime.

    The loop starts with the application and stops on its cleanup, before
    the query service's own cleanup closes it. ``kwargs`` go to :class:`AlertingService`.
    """
    from millpond.sinks import alerts_api

    svc = AlertingService(cfg, query, registry=registry, **kwargs)
    alerts_api.register(app, cfg, svc)

    async def lifetime(_: web.Application) -> AsyncIterator[None]:
        await svc.start()
        yield
        await svc.stop()

    app.cleanup_ctx.append(lifetime)
    return svc


def _iso_s(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _iso(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, datetime):
        return v.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return str(v)


def _num(v: float | None) -> float | None:
    return None if v is None or math.isnan(v) or math.isinf(v) else v
