"""Durable state of the pattern miner: a small snapshot plus an append-only shape journal.

Layout of the state directory::

    patterns.msgpack        snapshot: version, clusters, journal file name and valid length
    shapes-<gen>.journal    msgpack stream of [shape key, pattern id], oldest first

Why two files: the clusters are few (thousands) and rewritten whole on each
save, but the shape cache holds up to ``MAX_SHAPES`` entries; rewriting it at
every consumer commit would cost tens of MB.  New cache entries are appended
to the journal and fsynced, then the snapshot (which records how many journal
bytes are valid) is written to a temp file, fsynced, renamed, and the
directory fsynced.  A crash between the two leaves journal bytes past the
recorded length: they are ignored on load.  When the journal holds twice the
cache bound it is rewritten as a new generation; the snapshot names the
generation, so the switch is atomic and the old file is deleted after it.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import msgpack
import pyarrow.fs as pafs

from millpond.pipeline.log.partition import fsync_dir
from millpond.pipeline.patterns_cluster import Cluster
from millpond.pipeline.patterns_mask import RULES, RULESETS

log = logging.getLogger(__name__)

SNAPSHOT = "patterns.msgpack"
VERSION = 2


class StateError(ValueError):
    """A state directory this version cannot read."""


def _rules(state: dict[str, Any], where: object) -> int:
    """The masking rules version a state was written with (states before session 4 have none: 1)."""
    rules = state.get("rules", 1)
    if rules not in RULESETS:
        raise StateError(f"{where}: pattern state written with masking rules {rules!r}, newer than this "
                         f"version knows ({max(RULESETS)})")
    return int(rules)


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


_FIELDS = tuple(f.name for f in fields(Cluster))


def _row(c: Cluster) -> dict[str, object]:
    """A cluster as its saved row: the fields by name, in order.  Not ``dataclasses.asdict``, which
    deep-copies every value (each token of a template one ``copy.deepcopy`` call: ~65 µs a cluster of
    20 tokens); every field holds an int, a str or a tuple of str, which msgpack writes the same."""
    return {name: getattr(c, name) for name in _FIELDS}


class StateStore:
    """Reads and writes one miner's state directory (single writer)."""

    def __init__(self, state_dir: Path) -> None:
        self.dir = Path(state_dir)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.gen = 0
        self.journal_len = 0
        self.journal_entries = 0
        self.needs_rewrite = False  # the journal must be rewritten whole (state of version 1)
        self.rules = RULES  # masking rules version of this state (``rules`` key; absent: 1)
        self.headers: dict[str, Any] | None = None  # the header learner's state (session 9, S9-header; absent: none)
        self.headers_delta: dict[str, Any] | None = None  # …its services counted since the last save

    def _journal(self, gen: int) -> Path:
        return self.dir / f"shapes-{gen}.journal"

    def load(self) -> tuple[list[Cluster], list[tuple[str, int]]]:
        """Clusters and journal entries (oldest first) of the last completed save."""
        p = self.dir / SNAPSHOT
        if not p.exists():
            return [], []
        try:
            state: dict[str, Any] = msgpack.unpackb(p.read_bytes(), raw=False, strict_map_key=False)
        except (ValueError, msgpack.UnpackException) as e:
            raise StateError(f"{p}: unreadable pattern state ({e})") from e
        version = state.get("version") if isinstance(state, dict) else None
        if version not in (1, VERSION):
            raise StateError(f"{p}: unknown pattern state version {version if version is not None else '?'}")
        clusters = [Cluster(**{**row, "tokens": tuple(row["tokens"])}) for row in state["clusters"]]
        self.rules = _rules(state, p)
        self.headers = state.get("headers")
        if version == 1:  # one file with the shape cache inside: the next save writes a journal
            self.needs_rewrite = True
            return clusters, [(k, v) for k, v in state["shapes"]]
        self.gen, self.journal_len = state["journal_gen"], state["journal_len"]
        entries: list[tuple[str, int]] = []
        if self.journal_len:
            with open(self._journal(self.gen), "rb") as f:
                data = f.read(self.journal_len)
            unpacker = msgpack.Unpacker(raw=False, use_list=False)
            unpacker.feed(data)
            entries = [(k, v) for k, v in unpacker]
        self.journal_entries = len(entries)
        return clusters, entries

    def save(self, clusters: Iterable[Cluster], new_shapes: list[tuple[str, int]],
             all_shapes: list[tuple[str, int]] | None = None) -> None:
        """Append ``new_shapes`` (or rewrite the journal from ``all_shapes``), then the snapshot."""
        old = None
        if all_shapes is not None:
            old, self.gen = self.gen, self.gen + 1
            data = b"".join(msgpack.packb(list(e)) for e in all_shapes)
            _write_atomic(self._journal(self.gen), data)
            self.journal_len, self.journal_entries = len(data), len(all_shapes)
        elif new_shapes:
            with open(self._journal(self.gen), "ab") as f:
                f.truncate(self.journal_len)  # drop bytes of a save that did not complete
                f.seek(self.journal_len)
                f.write(b"".join(msgpack.packb(list(e)) for e in new_shapes))
                f.flush()
                os.fsync(f.fileno())
                self.journal_len = f.tell()
            self.journal_entries += len(new_shapes)
        snap = {"version": VERSION, "rules": self.rules, "journal_gen": self.gen, "journal_len": self.journal_len,
                "clusters": [_row(c) for c in clusters]}
        if self.headers:
            snap["headers"] = self.headers
        _write_atomic(self.dir / SNAPSHOT, msgpack.packb(snap, use_bin_type=True))
        if old is not None:
            self._journal(old).unlink(missing_ok=True)
        self.needs_rewrite = False


# -- state that follows a partition (Kafka) ---------------------------------------------------------

MAX_DELTAS = 64
"""Delta objects after which the next save writes a full snapshot (and drops the chain before it)."""


@dataclass(frozen=True)
class _Piece:
    """One saved object: the miner state change from offset ``start`` to ``end`` (``start`` 0: all of it)."""

    start: int
    end: int
    path: str

    @classmethod
    def parse(cls, path: str) -> _Piece | None:
        m = _PIECE.fullmatch(path.rsplit("/", 1)[-1])
        return cls(int(m[1]), int(m[2]), path) if m else None


_PIECE = re.compile(r"(\d{20})-(\d{20})\.msgpack")


def chain(pieces: Iterable[_Piece], upto: int) -> list[_Piece] | None:
    """Pieces that rebuild the state exactly at offset ``upto``, oldest first (None: no such chain).

    Walks back from ``upto``: at each end the piece reaching furthest back
    (a full snapshot first) is tried first, then the others.
    """
    by_end: dict[int, list[_Piece]] = {}
    origin: list[_Piece] = []  # a snapshot at offset 0 (state migrated before the partition had a line)
    for p in pieces:
        if p.start < p.end:
            by_end.setdefault(p.end, []).append(p)
        elif p.start == p.end == 0:
            origin = [p]

    def walk(end: int, depth: int) -> list[_Piece] | None:
        if end == 0:  # pieces starting at 0 are full snapshots: only a chain ending at 0 needs the origin
            return list(origin) if depth == 0 else []
        if depth > 10_000:
            return None
        for p in sorted(by_end.get(end, ()), key=lambda p: p.start):
            rest = walk(p.start, depth + 1)
            if rest is not None:
                return [*rest, p]
        return None

    return walk(upto, 0)


class SharedStateStore:
    """One log partition's miner state as offset-range objects in shared storage (the archive's filesystem).

    Why: on Kafka a partition moves between workers (and machines). Its
    pattern ids must not change when it does, so the state belongs to the
    partition, not to the worker, and lives where every worker reaches it.
    Each save (made just before the worker commits offset ``end``) writes one
    immutable object ``<start>-<end>.msgpack``: the clusters that changed and
    the new shape-cache entries since the previous save, or (``start`` 0) a
    full snapshot. Loading at committed offset ``c`` follows the chain of
    pieces that ends exactly at ``c``, so the state is the one the previous
    owner had when it committed ``c``: the new owner replays the lines after
    ``c`` deterministically into the same ids, and counts stay exact (a save
    whose commit never happened is not on the chain and is deleted). One PUT
    per save, atomic on an object store; temp + fsync + rename locally.
    """

    def __init__(self, fs: pafs.FileSystem, directory: str, *, upto: int) -> None:
        self.fs = fs
        self.dir = directory.rstrip("/")
        self.local = isinstance(fs, pafs.LocalFileSystem)
        self.upto = upto
        """The committed offset to load the state of."""
        self.end = upto
        """The offset the next save covers up to; the caller sets it before each save."""
        self.pos = 0
        self.journal_entries = 0
        self.needs_rewrite = False
        self.rules = RULES  # masking rules version (see StateStore.rules); a migrated state sets its own
        self.headers: dict[str, Any] | None = None  # see StateStore.headers (a piece holds its services counted since the last)
        self.headers_delta: dict[str, Any] | None = None
        self._own: list[_Piece] = []
        self._seen: dict[int, tuple[Any, ...]] = {}

    def pieces(self) -> list[_Piece]:
        """Every saved piece of this partition (on the chain or not)."""
        infos = self.fs.get_file_info(pafs.FileSelector(self.dir, allow_not_found=True))
        return [p for i in infos if i.type == pafs.FileType.File and (p := _Piece.parse(i.path)) is not None]

    def load(self) -> tuple[list[Cluster], list[tuple[str, int]]]:
        """The state at ``upto``; pieces off that chain (saves never committed, superseded ones) are deleted."""
        pieces = self.pieces()
        found = chain(pieces, self.upto)
        if found is None:
            ends = sorted({p.end for p in pieces if p.end < self.upto}, reverse=True)
            found = next((c for e in ends if (c := chain(pieces, e)) is not None), [])
            if self.upto:
                log.warning("pattern state %s: nothing saved at the committed offset %d; continuing from offset %d "
                            "(ids of new templates may differ from before)", self.dir, self.upto,
                            found[-1].end if found else 0)
        clusters: dict[int, Cluster] = {}
        entries: list[tuple[str, int]] = []
        for p in found:
            try:
                state = msgpack.unpackb(self._read(p.path), raw=False, strict_map_key=False)
            except (OSError, ValueError, msgpack.UnpackException) as e:
                raise StateError(f"{p.path}: unreadable pattern state ({e})") from e
            if not isinstance(state, dict) or state.get("version") != VERSION:
                raise StateError(f"{p.path}: unknown pattern state version")
            if p.start == 0:
                clusters, entries = {}, []
                self.rules = _rules(state, p.path)
                self.headers = None
            self.headers = {**(self.headers or {}), **(state.get("headers") or {})} or None
            for cid in state["removed"]:
                clusters.pop(cid, None)
            for row in state["clusters"]:
                clusters[row["id"]] = Cluster(**{**row, "tokens": tuple(row["tokens"])})
            entries += [(k, v) for k, v in state["shapes"]]
        self.pos = found[-1].end if found else 0
        self._own = list(found)
        keep = {p.path for p in found}
        for p in pieces:  # saves whose commit never happened, and pieces a snapshot superseded
            if p.path not in keep and (p.end > self.upto or p.end <= self.pos):
                self.fs.delete_file(p.path)
        self.journal_entries = len(entries)
        self.needs_rewrite = bool(found)  # what we loaded may be another worker's: our first save is whole
        self._seen = {c.id: _fingerprint(c) for c in clusters.values()}
        return list(clusters.values()), entries

    def save(self, clusters: Iterable[Cluster], new_shapes: list[tuple[str, int]],
             all_shapes: list[tuple[str, int]] | None = None) -> None:
        """One object for ``[pos, end)``: changes since the last save, or (``all_shapes``) everything."""
        if self.end <= self.pos and all_shapes is None:  # no line since the last save: nothing changed
            return
        current = {c.id: c for c in clusters}
        full = all_shapes is not None or self.pos == 0
        if full:
            rows, removed = list(current.values()), []
            shapes = all_shapes if all_shapes is not None else new_shapes
        else:
            rows = [c for cid, c in current.items() if self._seen.get(cid) != _fingerprint(c)]
            removed = [cid for cid in self._seen if cid not in current]
            shapes = new_shapes
        start, end = (0 if full else self.pos), max(self.end, self.pos)
        piece = _Piece(start, end, f"{self.dir}/{start:020d}-{end:020d}.msgpack")
        body = {"version": VERSION, "rules": self.rules, "clusters": [_row(c) for c in rows], "removed": removed,
                "shapes": [list(e) for e in shapes]}
        if headers := (self.headers if full else self.headers_delta):
            body["headers"] = headers
        self._write(piece.path, msgpack.packb(body, use_bin_type=True))
        if full:
            self.journal_entries = 0
        self._own = [p for p in self._own if p.path != piece.path] + [piece]
        self.journal_entries += len(shapes)
        self.pos = piece.end
        self._seen = {cid: _fingerprint(c) for cid, c in current.items()}
        self.needs_rewrite = sum(p.end > self._last_full() for p in self._own) > MAX_DELTAS

    def _last_full(self, upto: int | None = None) -> int:
        return max((p.end for p in self._own if p.start == 0 and (upto is None or p.end <= upto)), default=-1)

    def committed(self, offset: int) -> None:
        """``offset`` is committed: pieces before the newest snapshot at or below it are no longer needed.

        Not earlier: until the commit, a crash would need the chain to the previous commit.
        """
        full = self._last_full(offset)
        if full < 0:
            return
        drop = [p for p in self._own if p.end <= full and not (p.start == 0 and p.end == full)]
        for p in drop:
            self.fs.delete_file(p.path)
        self._own = [p for p in self._own if p not in drop]

    def _read(self, path: str) -> bytes:
        with self.fs.open_input_stream(path) as f:
            return f.read()

    def _write(self, path: str, data: bytes) -> None:
        if self.local:
            Path(self.dir).mkdir(parents=True, exist_ok=True)
            _write_atomic(Path(path), data)
        else:  # one PUT: an object store shows all of it or nothing
            with self.fs.open_output_stream(path) as out:
                out.write(data)


def _fingerprint(c: Cluster) -> tuple[Any, ...]:
    return c.tokens, c.count, c.first_seen, c.last_seen, c.example, c.merged_into
