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

import os
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

import msgpack

from millpond.pipeline.log.partition import fsync_dir
from millpond.pipeline.patterns_cluster import Cluster

SNAPSHOT = "patterns.msgpack"
VERSION = 2


class StateError(ValueError):
    """A state directory this version cannot read."""


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


class StateStore:
    """Reads and writes one miner's state directory (single writer)."""

    def __init__(self, state_dir: Path) -> None:
        self.dir = Path(state_dir)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.gen = 0
        self.journal_len = 0
        self.journal_entries = 0
        self.needs_rewrite = False  # the journal must be rewritten whole (state of version 1)

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
        snap = {"version": VERSION, "journal_gen": self.gen, "journal_len": self.journal_len,
                "clusters": [asdict(c) for c in clusters]}
        _write_atomic(self.dir / SNAPSHOT, msgpack.packb(snap, use_bin_type=True))
        if old is not None:
            self._journal(old).unlink(missing_ok=True)
        self.needs_rewrite = False
