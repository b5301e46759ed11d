"""Streaming log template miner: one ``pattern_id`` per log line, per service.

Two steps, so Python work is per distinct shape, not per line:

1. :func:`~millpond.pipeline.patterns_mask.mask` replaces typed variables with
   ``<*>`` over the whole Arrow array (RE2 kernels in C);
2. the (service, masked shape) pairs are dictionary-encoded; a shape seen
   before is a dict hit, a new one goes to
   :class:`~millpond.pipeline.patterns_cluster.Clusterer`.

Counts and first/last seen are aggregated per shape with numpy, then per
cluster in a loop over the batch's distinct shapes.

Durability and replay: :meth:`PatternMiner.save` makes the state (templates,
counters, the shape cache) durable: journal append + fsync, snapshot temp
file + fsync + rename + directory fsync.  Call it *before* committing the
consumer offset of the lines it covers.  A crash then replays lines processed
after the last save from that saved state; assignment is a deterministic
function of (state, line sequence) and ids are content-addressed, so replayed
lines get the same ids.  Counts are at-least-once: lines between a save and the offset commit
that follows it are counted again after a crash (see docs/patterns.md).
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from millpond.pipeline.patterns_cluster import Cluster, Clusterer, Params, cluster_id
from millpond.pipeline.patterns_headers import HeaderLearner
from millpond.pipeline.patterns_mask import RULES, WILD, mask
from millpond.pipeline.patterns_state import SharedStateStore, StateStore

log = logging.getLogger(__name__)

MAX_SHAPES = 200_000
"""Shape cache entries kept (oldest evicted first); an evicted shape re-matches its template."""
MAX_SHAPE_CHARS = 32 * 1024 * 1024
"""…and characters of cached keys, whichever bound is hit first."""
MAX_CLUSTERS_PER_SERVICE = 5_000
"""Past this a service's new shapes go to its catch-all ``<*>`` pattern (bounded memory)."""
MAX_CLUSTERS = 100_000
"""Past this (many services), new shapes of a service without a catch-all go to one
overflow pattern (service ``""``), so the number of services cannot grow memory either."""
MAX_EXAMPLE = 512
_SEP = "\x1f"
_CATCH_ALL = "\x00catch-all"
TS = pa.timestamp("us", tz="UTC")

PATTERNS_SCHEMA = pa.schema([
    pa.field("pattern_id", pa.int64(), nullable=False),
    pa.field("service", pa.string()),
    pa.field("template", pa.string()),
    pa.field("count", pa.int64()),
    pa.field("first_seen", TS),
    pa.field("last_seen", TS),
    pa.field("example", pa.string()),
    pa.field("merged_into", pa.int64()),  # session 10: the pattern this one turned out to be (null: none)
])


class PatternMiner:
    """Assigns template ids to log lines and keeps the ``log_patterns`` table.

    Not thread-safe: one miner per worker process, driven by one consumer loop.
    """

    def __init__(self, state_dir: Path | None = None, params: Params | None = None) -> None:
        """An empty miner; use :meth:`load` for one with durable state."""
        self.state_dir = state_dir
        self._c = Clusterer(params or Params())
        self._shapes: OrderedDict[str, int] = OrderedDict()
        self._per_service: dict[str, int] = {}
        self._catch_alls: dict[str, int] = {}  # service → its catch-all pattern, once over the cap
        self._unsaved: list[tuple[str, int]] = []  # shape cache entries not yet in the journal
        self._shape_chars = 0
        self._store: StateStore | None = None
        self.rules = RULES
        """Masking rules version: a loaded state keeps the one it was written with, so its shapes
        (the cache keys) and therefore its ids stay the same; a new state gets the newest."""

    # -- persistence ---------------------------------------------------------
    @classmethod
    def load(cls, state_dir: Path, params: Params | None = None, *,
             store: StateStore | SharedStateStore | None = None) -> PatternMiner:
        """Restore the last saved state from ``state_dir`` (created if missing), or from ``store``
        (same interface; e.g. a partition's state in the archive, see ``patterns_partitions``)."""
        m = cls(Path(state_dir), params)
        m._store = store if store is not None else StateStore(Path(state_dir))
        clusters, shapes = m._store.load()
        m.rules = m._store.rules
        m._c.headers = HeaderLearner.from_state(m._store.headers)  # session 9, S9-header (none saved: empty)
        for c in clusters:
            m._adopt(c)
        for key, cid in shapes:
            m._remember(key, cid, journal=False)
        return m

    def save(self) -> None:
        """Make everything assigned so far durable (see :mod:`~millpond.pipeline.patterns_state`)."""
        if self._store is None:
            raise ValueError("this miner has no state directory; use PatternMiner.load(dir)")
        h = self._c.headers  # session 9, S9-header: the learned header fields and their counts
        self._store.headers = h.state() if h.counted else None
        self._store.headers_delta = h.state(h.take_dirty()) if h.dirty else None
        if self._store.needs_rewrite or self._store.journal_entries + len(self._unsaved) > 2 * MAX_SHAPES:
            self._store.save(self._c.clusters.values(), [], list(self._shapes.items()))
        else:
            self._store.save(self._c.clusters.values(), self._unsaved)
        self._unsaved = []

    # -- assignment ----------------------------------------------------------
    def assign(self, services: pa.Array, messages: pa.Array, *, ts: pa.Array | None = None) -> pa.Int64Array:
        """One pattern id per line; updates counts and first/last seen."""
        n = len(messages)
        if len(services) != n or (ts is not None and len(ts) != n):
            raise ValueError(f"assign: column lengths differ ({len(services)}, {n}, {None if ts is None else len(ts)})")
        if n == 0:
            return pa.array([], pa.int64())
        svc = _strings(services)
        keys = pc.binary_join_element_wise(svc, mask(messages, self.rules), _SEP)
        enc = keys.dictionary_encode()
        idx = enc.indices.to_numpy(zero_copy_only=False)
        shapes = enc.dictionary.to_pylist()
        ids = np.full(len(shapes), -1, dtype=np.int64)
        first_line = _first_lines(idx)
        new: dict[int, int] = {}  # cluster id → dictionary index of its first shape
        merged: list[tuple[int, int]] = []  # (merged id, line after which its lines get the other id)
        c = self._c
        for k, key in enumerate(shapes):
            cid = self._shapes.get(key)
            if cid is not None and c.aliases:
                cid = c.canonical(cid)
            if cid is None:
                service, shape = key.split(_SEP, 1)
                before = idx[: first_line[k]]

                def count_of(cl: int, before: np.ndarray = before) -> int:
                    """Lines of cluster ``cl`` (and of ids merged into it) before this shape's first
                    line: batching-independent, wherever a merge fell."""
                    fam = c.family(cl)
                    if len(fam) == 1:
                        return c.clusters[cl].count + int(np.count_nonzero(ids[before] == cl))
                    return sum(c.clusters[m].count for m in fam) + int(np.count_nonzero(np.isin(ids[before], fam)))

                cid, created = self._classify(service, shape, count_of)
                if c.merges:  # this shape made templates equal (session 10, ``equal_aliases``)
                    merged += [(m, int(first_line[k])) for m in c.merges]
                    c.merges.clear()
                    if (top := c.canonical(cid)) != cid:
                        cid, created = top, False
                if created:
                    new[cid] = k
                self._remember(key, cid)
            ids[k] = cid
        if not merged:
            self._account(ids, idx, first_line, ts, new, messages)
            return pa.array(ids[idx], pa.int64())
        out = ids[idx]
        line = np.arange(n)
        for m, at in merged:  # a line after the merge gets the pattern's id, as after a batch cut there
            out[(out == m) & (line > at)] = c.canonical(m)
        groups, first, inverse = np.unique(out, return_index=True, return_inverse=True)
        at_group = {int(g): i for i, g in enumerate(groups.tolist())}
        self._account(groups, inverse, first, ts, {cid: at_group[cid] for cid in new if cid in at_group}, messages)
        return pa.array(out, pa.int64())

    def _classify(self, service: str, shape: str, count_of: Callable[[int], int]) -> tuple[int, bool]:
        if self._per_service.get(service, 0) >= MAX_CLUSTERS_PER_SERVICE:
            return self._catch_all(service)
        if len(self._c.clusters) >= MAX_CLUSTERS:
            return self._catch_all(service if service in self._catch_alls else "")
        cid, created = self._c.classify(service, shape, count_of)
        if created:
            self._per_service[service] = self._per_service.get(service, 0) + 1
        return cid, created

    def _catch_all(self, service: str) -> tuple[int, bool]:
        cid = self._catch_alls.get(service)
        if cid is not None:
            return cid, False
        c = Cluster(cluster_id(service, _CATCH_ALL, self._c.clusters), service, (WILD,))
        self._c.add_existing(c)
        self._catch_alls[service] = c.id
        log.warning("pattern bound reached (%d for service %r, %d in all): new shapes of %r go to one "
                    "catch-all pattern", MAX_CLUSTERS_PER_SERVICE, service, MAX_CLUSTERS, service)
        return c.id, True

    def _remember(self, key: str, cid: int, journal: bool = True) -> None:
        if key not in self._shapes:
            self._shape_chars += len(key)
        self._shapes[key] = cid
        if journal:
            self._unsaved.append((key, cid))
        while len(self._shapes) > MAX_SHAPES or self._shape_chars > MAX_SHAPE_CHARS:
            old, _ = self._shapes.popitem(last=False)
            self._shape_chars -= len(old)

    def _account(self, ids: np.ndarray, idx: np.ndarray, first_line: np.ndarray, ts: pa.Array | None,
                 new: dict[int, int], messages: pa.Array) -> None:
        """Counts and first/last seen per cluster, aggregated per shape with numpy (no per-line Python).

        numpy rather than an Arrow ``group_by``: its fixed cost (~1 ms a call)
        dominated small batches.
        """
        now = time.time_ns() // 1000
        if ts is None:
            lo = hi = np.full(len(ids), now, dtype=np.int64)
        else:
            if isinstance(ts, pa.ChunkedArray):
                ts = ts.combine_chunks()
            t = pc.fill_null(pc.cast(ts, TS, safe=False).cast(pa.int64()), now).to_numpy(zero_copy_only=False)
            order = np.argsort(idx, kind="stable")
            starts = np.concatenate(([0], np.flatnonzero(np.diff(idx[order])) + 1))
            lo = np.minimum.reduceat(t[order], starts)
            hi = np.maximum.reduceat(t[order], starts)
        counts = np.bincount(idx, minlength=len(ids))
        for cid, cnt, a, b in zip(*_per_cluster(ids, counts, lo, hi)):
            c = self._c.clusters[cid]
            if c.count == 0:
                c.first_seen, c.last_seen = a, b
            else:
                c.first_seen, c.last_seen = min(c.first_seen, a), max(c.last_seen, b)
            c.count += cnt
        msgs = None
        for cid, k in new.items():
            c = self._c.clusters[cid]
            if ids[k] == cid and not c.example:
                if msgs is None:
                    msgs = messages.combine_chunks() if isinstance(messages, pa.ChunkedArray) else messages
                c.example = (msgs[int(first_line[k])].as_py() or "")[:MAX_EXAMPLE]

    def _adopt(self, c: Cluster) -> None:
        self._c.add_existing(c)
        self._per_service[c.service] = self._per_service.get(c.service, 0) + 1
        if c.tokens == (WILD,) and c.id == cluster_id(c.service, _CATCH_ALL, {}):
            self._catch_alls[c.service] = c.id

    # -- output --------------------------------------------------------------
    def patterns_table(self) -> pa.Table:
        """The ``log_patterns`` rows: one per pattern, current template and counters."""
        cs = sorted(self._c.clusters.values(), key=lambda c: c.id)
        tops = [self._c.canonical(c.id) for c in cs]
        return pa.table({
            "pattern_id": pa.array([c.id for c in cs], pa.int64()),
            "service": [c.service for c in cs],
            "template": [self._c.clusters[t].template for t in tops],
            "count": pa.array([c.count for c in cs], pa.int64()),
            "first_seen": pa.array([c.first_seen for c in cs], pa.int64()).cast(TS),
            "last_seen": pa.array([c.last_seen for c in cs], pa.int64()).cast(TS),
            "example": [c.example for c in cs],
            "merged_into": pa.array([None if t == c.id else t for c, t in zip(cs, tops)], pa.int64()),
        }, schema=PATTERNS_SCHEMA)

    def canonical(self, ids: pa.Array | np.ndarray) -> pa.Int64Array:
        """Each id as ``log_patterns`` resolves it now: ``coalesce(merged_into, pattern_id)``."""
        a = np.asarray(ids.to_numpy(zero_copy_only=False) if isinstance(ids, (pa.Array, pa.ChunkedArray)) else ids)
        if not self._c.aliases:
            return pa.array(a, pa.int64())
        u, inv = np.unique(a, return_inverse=True)
        return pa.array(np.array([self._c.canonical(int(x)) for x in u], dtype=np.int64)[inv], pa.int64())

    def __len__(self) -> int:
        return len(self._c.clusters)


def _first_lines(idx: np.ndarray) -> np.ndarray:
    """The line on which each dictionary entry first occurs.  Dictionary order is first-occurrence order, so
    entry ``k`` first occurs where ``idx`` exceeds every index before it: one pass, where ``np.unique``
    sorted the batch (~0.6 ms a batch of 10,000)."""
    return np.flatnonzero(np.diff(np.maximum.accumulate(idx), prepend=-1) > 0)


def _per_cluster(ids: np.ndarray, counts: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> tuple[list[int], ...]:
    """Lines, first and last seen of each cluster of ``ids`` (one entry per shape of a batch, many shapes
    to one cluster): summed, least and greatest with numpy, as Python ints.  Why: the miner then updates
    each cluster once a batch, not once per shape (thousands a batch at a cold start, one cluster each)."""
    u, inv = np.unique(ids, return_inverse=True)
    cnt = np.zeros(len(u), dtype=np.int64)
    np.add.at(cnt, inv, counts)
    first, last = np.full(len(u), np.iinfo(np.int64).max), np.full(len(u), np.iinfo(np.int64).min)
    np.minimum.at(first, inv, lo)
    np.maximum.at(last, inv, hi)
    return u.tolist(), cnt.tolist(), first.tolist(), last.tolist()


def _strings(a: pa.Array | pa.ChunkedArray) -> pa.Array:
    if isinstance(a, pa.ChunkedArray):
        a = a.combine_chunks()
    if a.type != pa.string():
        a = a.cast(pa.string())
    return pc.replace_substring(pc.fill_null(a, ""), _SEP, " ")
