"""Alert rule evaluation with Prometheus semantics: pending → firing → resolved.

A rule is SQL; each row it returns is one alert *instance*, identified by its
non-``value`` columns (its labels).  :class:`AlertEvaluator` runs every rule
through an injected ``query(sql) -> pa.Table`` on each :meth:`~AlertEvaluator.evaluate`
and, with an injected clock, moves instances through the states of
Prometheus' alerting rules:

* a new row → ``pending`` (or straight to ``firing`` when ``for`` is 0);
* ``pending`` for ``for`` seconds, row still there → ``firing``;
* ``pending`` whose row went away → dropped (``inactive`` row, no notification);
* ``firing`` whose row went away → stays firing for ``keep_firing_for``
  seconds (a row that comes back in that time cancels the countdown) → ``resolved``.

Every transition is one row of the ``alerts`` table (:data:`ALERTS_SCHEMA`);
``firing`` and ``resolved`` transitions also become Alertmanager webhook
bodies (version 4, one body per rule per evaluation), which
:mod:`~millpond.pipeline.alerting_webhook` delivers.  A failing rule (SQL
error, a ``value`` that is not numeric) is recorded in :attr:`AlertEvaluator.errors`
and keeps its instances as they were; other rules are unaffected.
This module imports nothing of the rest of Millpond but the config types.
"""

from __future__ import annotations

import hashlib
import logging
import math
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from millpond.config import AlertRule

log = logging.getLogger(__name__)

TS = pa.timestamp("us", tz="UTC")
STRMAP = pa.map_(pa.string(), pa.string())
ALERTS_SCHEMA = pa.schema([
    pa.field("ts", TS), pa.field("rule", pa.string()), pa.field("state", pa.string()),
    pa.field("labels", STRMAP), pa.field("value", pa.float64()), pa.field("severity", pa.string()),
    pa.field("annotations", STRMAP),
])
"""The ``alerts`` table: one row per state change (``pending``, ``firing``, ``resolved``, ``inactive``)."""

MAX_INSTANCES = 1_000
"""Rows kept per rule and evaluation; more are ignored (counted in the rule's error)."""
ZERO_TIME = "0001-01-01T00:00:00Z"
_TEMPLATE = re.compile(r"\{\{\s*\$labels\.(\w+)\s*\}\}|\{\{\s*\$value\s*\}\}|\{(\w+)\}")


class RuleError(ValueError):
    """A rule that cannot be evaluated: bad SQL, or a ``value`` column that is not numeric."""


@dataclass
class Instance:
    """One alert instance of a rule; ``labels`` include ``alertname`` and ``severity``."""

    rule: str
    labels: dict[str, str]
    annotations: dict[str, str]
    value: float
    state: str  # "pending" | "firing"
    active_at: float  # when its row first appeared (seconds)
    fired_at: float = 0.0
    last_seen: float = 0.0  # last evaluation that returned its row
    keep_since: float | None = None  # firing but row gone since (keep_firing_for countdown)

    @property
    def fingerprint(self) -> str:
        text = "\x00".join(f"{k}\x01{v}" for k, v in sorted(self.labels.items()))
        return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


@dataclass
class Evaluation:
    """What one evaluation round produced."""

    rows: pa.Table  # transitions, ALERTS_SCHEMA
    notifications: list[dict[str, Any]]  # Alertmanager webhook bodies
    errors: dict[str, str]  # rule name → error of this round


def _iso(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _render(text: str, labels: dict[str, str], value: float) -> str:
    """``{{ $labels.x }}``, ``{{ $value }}`` (Prometheus style) or ``{x}`` / ``{value}``; unknown names stay."""
    def sub(m: re.Match[str]) -> str:
        name = m.group(1) or m.group(2)
        if name is None or name == "value":
            return f"{value:g}"
        return labels.get(name, m.group(0))
    return _TEMPLATE.sub(sub, text)


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, datetime):
        return v.isoformat()
    return str(v)


def rows_of(rule: AlertRule, table: pa.Table | pa.RecordBatchReader) -> list[tuple[dict[str, str], float]]:
    """(instance labels, value) per result row; raises :class:`RuleError` for a non-numeric ``value``."""
    if isinstance(table, pa.RecordBatchReader):
        table = table.read_all()
    value: list[float]
    if "value" in table.column_names:
        col = table.column("value")
        if not (pa.types.is_integer(col.type) or pa.types.is_floating(col.type)
                or pa.types.is_decimal(col.type) or pa.types.is_boolean(col.type) or pa.types.is_null(col.type)):
            raise RuleError(f"rule {rule.name!r}: column 'value' is {col.type}, not a number")
        value = [math.nan if v is None else float(v) for v in pc.cast(col, pa.float64()).to_pylist()]
        table = table.drop_columns(["value"])
    else:
        value = [math.nan] * table.num_rows
    cols = {name: table.column(name).to_pylist() for name in table.column_names}
    out = []
    for i in range(min(table.num_rows, MAX_INSTANCES)):
        out.append(({name: _cell(vals[i]) for name, vals in cols.items()}, value[i]))
    return out


@dataclass
class AlertEvaluator:
    """Evaluates ``rules`` through ``query``; keeps instance state between rounds (in memory).

    Not thread-safe: call :meth:`evaluate` from one place (the one evaluator of
    the appliance).  State is not persisted: after a restart an alert that is
    still true goes through ``pending`` again, as in Prometheus without
    ``--rules.alert.for-grace-period`` restoration.
    """

    rules: Sequence[AlertRule]
    query: Callable[[str], pa.Table]
    clock: Callable[[], float] = time.time
    external_url: str = ""
    instances: dict[str, dict[frozenset[tuple[str, str]], Instance]] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)  # rule → last error (cleared by a good round)
    failures: int = 0  # evaluations that failed, all rules together (for /metrics)

    def check(self) -> dict[str, str]:
        """Run every rule once without changing state: rule name → error, for start-up checks."""
        bad: dict[str, str] = {}
        for rule in self.rules:
            try:
                rows_of(rule, self.query(rule.sql))
            except Exception as e:  # noqa: BLE001 — any failure of user SQL is reported, never raised
                bad[rule.name] = _one_line(e)
        return bad

    def evaluate(self) -> Evaluation:
        """One round over all rules at ``clock()``: transitions, webhook bodies, errors."""
        now = self.clock()
        rows: list[dict[str, Any]] = []
        notes: list[dict[str, Any]] = []
        round_errors: dict[str, str] = {}
        for rule in self.rules:
            try:
                result = rows_of(rule, self.query(rule.sql))
            except Exception as e:  # noqa: BLE001 — a bad rule never stops the others
                msg = _one_line(e)
                round_errors[rule.name] = self.errors[rule.name] = msg
                self.failures += 1
                log.warning("alert rule %r failed: %s", rule.name, msg)
                continue
            self.errors.pop(rule.name, None)
            changed = self._step(rule, result, now, rows)
            if changed:
                notes.append(self._body(rule, changed, now))
        table = pa.Table.from_pylist(rows, schema=ALERTS_SCHEMA) if rows else ALERTS_SCHEMA.empty_table()
        return Evaluation(table, notes, round_errors)

    def _step(self, rule: AlertRule, result: list[tuple[dict[str, str], float]], now: float,
              rows: list[dict[str, Any]]) -> list[tuple[Instance, str]]:
        """Advance one rule's instances; append transition rows; return (instance, status) to notify."""
        current = self.instances.setdefault(rule.name, {})
        notify: list[tuple[Instance, str]] = []
        seen: set[frozenset[tuple[str, str]]] = set()
        for row_labels, value in result:
            static = {k: _render(v, row_labels, value) for k, v in rule.labels.items()}
            labels = {**static, **row_labels, "alertname": rule.name, "severity": rule.severity}
            key = frozenset(labels.items())
            seen.add(key)
            inst = current.get(key)
            annotations = {k: _render(v, labels, value) for k, v in rule.annotations.items()}
            if inst is None:
                inst = current[key] = Instance(rule.name, labels, annotations, value, "pending", now)
                if rule.for_ > 0:
                    rows.append(self._row(rule, inst, "pending", now))
            inst.value, inst.annotations, inst.last_seen, inst.keep_since = value, annotations, now, None
            if inst.state == "pending" and now - inst.active_at >= rule.for_:
                inst.state, inst.fired_at = "firing", now
                rows.append(self._row(rule, inst, "firing", now))
                notify.append((inst, "firing"))
        for key, inst in list(current.items()):
            if key in seen:
                continue
            if inst.state == "pending":
                del current[key]
                rows.append(self._row(rule, inst, "inactive", now))
                continue
            if inst.keep_since is None:
                inst.keep_since = now
            if now - inst.keep_since >= rule.keep_firing_for:
                del current[key]
                rows.append(self._row(rule, inst, "resolved", now))
                notify.append((inst, "resolved"))
        return notify

    def _row(self, rule: AlertRule, inst: Instance, state: str, now: float) -> dict[str, Any]:
        return {"ts": int(now * 1_000_000), "rule": rule.name, "state": state,
                "labels": list(inst.labels.items()), "value": None if math.isnan(inst.value) else inst.value,
                "severity": rule.severity, "annotations": list(inst.annotations.items())}

    def _body(self, rule: AlertRule, changed: list[tuple[Instance, str]], now: float) -> dict[str, Any]:
        """Alertmanager webhook payload (version 4) for one rule's changed instances."""
        alerts = [{
            "status": status,
            "labels": inst.labels,
            "annotations": inst.annotations,
            "startsAt": _iso(inst.fired_at or inst.active_at),
            "endsAt": _iso(now) if status == "resolved" else ZERO_TIME,
            "generatorURL": self.external_url,
            "fingerprint": inst.fingerprint,
        } for inst, status in changed]
        common_labels = _common([a["labels"] for a in alerts])
        return {
            "version": "4",
            "groupKey": f'{{}}:{{alertname="{rule.name}"}}',
            "truncatedAlerts": 0,
            "status": "firing" if any(a["status"] == "firing" for a in alerts) else "resolved",
            "receiver": "millpond",
            "groupLabels": {"alertname": rule.name},
            "commonLabels": common_labels,
            "commonAnnotations": _common([a["annotations"] for a in alerts]),
            "externalURL": self.external_url,
            "alerts": alerts,
        }

    def active(self) -> list[Instance]:
        """Current pending and firing instances, for ``millpond alerts``."""
        return [i for per_rule in self.instances.values() for i in per_rule.values()]


def _common(maps: list[dict[str, str]]) -> dict[str, str]:
    if not maps:
        return {}
    first = maps[0]
    return {k: v for k, v in first.items() if all(m.get(k) == v for m in maps[1:])}


def _one_line(e: BaseException) -> str:
    text = " ".join(str(e).split()) or type(e).__name__
    return text[:500]
