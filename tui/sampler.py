"""Rates over time from the appliance's counters: what the Overview draws.

``/metrics`` gives cumulative counters per receiver; ``/api/v1/log`` gives end
offsets per topic and partition. Rates are differences between successive
samples divided by the dashboard clock's elapsed time, kept for the last
``HISTORY`` samples. Pure data: the app feeds it, screens read it.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Any

from millpond.tui.client import Sample

HISTORY = 90
RECEIVED = "millpond_records_received_total"
REJECTED = "millpond_rejected_total"


@dataclass
class Series:
    """One counter: its last value and its recent per-second rates."""

    total: float = 0.0
    rates: deque[float] = field(default_factory=lambda: deque(maxlen=HISTORY))
    times: deque[float] = field(default_factory=lambda: deque(maxlen=HISTORY))

    def feed(self, value: float, dt: float | None, t: float = 0.0) -> None:
        if dt and dt > 0:
            self.rates.append(max(0.0, value - self.total) / dt)  # a restart resets counters: no negative rates
            self.times.append(t)
        self.total = value

    @property
    def rate(self) -> float | None:
        return self.rates[-1] if self.rates else None


@dataclass
class Partition:
    topic: str
    partition: int
    start_offset: int = 0
    end_offset: int = 0
    size_bytes: int = 0
    segments: int = 0
    last_ts: Any = None


@dataclass
class GroupLag:
    group: str
    topic: str
    partition: int
    committed: int | None
    end_offset: int | None
    lag: int


def _int(v: Any, default: int = 0) -> int:
    try:
        return int(v)
    except (TypeError, ValueError):
        return default


def parse_log_info(info: dict[str, Any]) -> tuple[list[Partition], list[GroupLag]]:
    """Topics/partitions and consumer-group lag from ``GET /api/v1/log``, in the shapes it may take."""
    parts: list[Partition] = []
    topics = info.get("topics", [])
    if isinstance(topics, dict):
        topics = [{"name": k, **(v if isinstance(v, dict) else {"partitions": v})} for k, v in topics.items()]
    for t in topics if isinstance(topics, list) else []:
        name = str(t.get("name", t.get("topic", "?")))
        plist = t.get("partitions", [])
        if isinstance(plist, int):
            plist = [{"partition": i} for i in range(plist)]
        for i, p in enumerate(plist):
            parts.append(Partition(
                name, _int(p.get("partition", i)), _int(p.get("start_offset")), _int(p.get("end_offset")),
                _int(p.get("size_bytes")), _int(p.get("segments")),
                p.get("last_ts", p.get("last_ts_us")),
            ))
    lags: list[GroupLag] = []
    groups = info.get("groups", info.get("consumer_groups", []))
    if isinstance(groups, dict):
        groups = [{"name": k, **(v if isinstance(v, dict) else {"partitions": v})} for k, v in groups.items()]
    for g in groups if isinstance(groups, list) else []:
        gname = str(g.get("name", g.get("group", "?")))
        entries = g.get("partitions", g.get("lag", []))
        if isinstance(entries, dict):  # {"logs/0": 12, …} or {"logs": {"0": 12}}
            flat = []
            for k, v in entries.items():
                if isinstance(v, dict):
                    flat += [{"topic": k, "partition": pk, "lag": pv} for pk, pv in v.items()]
                else:
                    topic, _, part = str(k).rpartition("/")
                    flat.append({"topic": topic or k, "partition": part, "lag": v})
            entries = flat
        for e in entries if isinstance(entries, list) else []:
            committed = e.get("committed", e.get("offset"))
            end = e.get("end_offset")
            lag = e.get("lag")
            if lag is None and committed is not None and end is not None:
                lag = _int(end) - _int(committed)
            lags.append(GroupLag(gname, str(e.get("topic", "?")), _int(e.get("partition")),
                                 None if committed is None else _int(committed), None if end is None else _int(end), _int(lag)))
    return parts, lags


@dataclass
class Stats:
    """Everything the Overview shows about ingest and the log, updated by :meth:`feed`."""

    receivers: dict[str, Series] = field(default_factory=dict)
    rejected: dict[str, float] = field(default_factory=dict)
    topics: dict[str, Series] = field(default_factory=dict)
    partitions: list[Partition] = field(default_factory=list)
    lags: list[GroupLag] = field(default_factory=list)
    extra: dict[str, float] = field(default_factory=dict)
    healthy: bool | None = None
    health_detail: str = ""
    last_t: float | None = None
    samples: int = 0

    def feed(self, t: float, metrics: list[Sample], log_info: dict[str, Any] | None) -> None:
        """One sample at dashboard time ``t``; a sample at the same time only updates totals."""
        dt = None if self.last_t is None else t - self.last_t
        received: dict[str, float] = {}
        rejected: dict[str, float] = {}
        for s in metrics:
            if s.name == RECEIVED:
                r = s.labels.get("receiver", "?")
                received[r] = received.get(r, 0.0) + s.value
            elif s.name == REJECTED:
                r = s.labels.get("receiver", "?")
                rejected[r] = rejected.get(r, 0.0) + s.value
            elif not s.labels and s.name.startswith("millpond_"):
                self.extra[s.name] = s.value
        for r, v in received.items():
            self.receivers.setdefault(r, Series(total=v)).feed(v, dt, t)
        self.rejected = rejected
        if log_info is not None:
            self.partitions, self.lags = parse_log_info(log_info)
            ends: dict[str, float] = {}
            for p in self.partitions:
                ends[p.topic] = ends.get(p.topic, 0.0) + p.end_offset
            for topic, v in ends.items():
                self.topics.setdefault(topic, Series(total=v)).feed(v, dt, t)
        if dt is None or dt > 0:
            self.last_t = t
        self.samples += 1

    @property
    def disk_bytes(self) -> int:
        return sum(p.size_bytes for p in self.partitions)

    def lag_by_group(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for g in self.lags:
            out[g.group] = out.get(g.group, 0) + g.lag
        return out

    def topic_lag(self, topic: str) -> int:
        return max((sum(g.lag for g in self.lags if g.group == grp and g.topic == topic)
                    for grp in {g.group for g in self.lags}), default=0)
