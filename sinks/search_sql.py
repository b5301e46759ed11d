"""``search('needle')``: the table macro over ``logs`` and the pruning behind it.

``SELECT * FROM search('4bf92f3577b34da6')`` returns the ``logs`` rows whose
message holds the needle: it contains the needle *and* every token of the
needle is a whole token of the message (tokens: :mod:`millpond.sinks.search_index`).
For a needle that occurs only as whole tokens (a trace or request id, an IP,
a user name) that is exactly ``WHERE message LIKE '%needle%'``; a needle
that is part of a longer token (``4bf9`` inside ``4bf92f…``) is not found.
``search(needle, ignore_case := true)`` compares lowercased (DuckDB's
``lower``), like ``ILIKE``.

How it is fast: before the query runs, the query service reads the literal
needles of the ``search(…)`` calls from DuckDB's own parse tree
(``json_serialize_sql``), probes each ``logs`` file's index and registers
``_logs_search`` as only the row groups that may hold every needle token
(plus every file without a usable index, read whole). The macro then filters
those rows exactly, and the log's unarchived tail, so the index only ever
decides what is *read*, never what is *returned*. A needle that is not a
literal (a column, a subquery) prunes nothing.
"""

from __future__ import annotations

import json
import os
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.fs as pafs

from millpond.sinks import search_index as si
from millpond.sinks.archive import Archive, ArchiveFile

MACROS = (
    "CREATE TEMP MACRO _search_tokens(s) AS list_filter(list_transform("
    f"regexp_extract_all(s, '{si.TOKEN_RE}'), lambda t: trim(t, '{si.JOINERS}')), lambda t: t <> '')",
    "CREATE TEMP MACRO search(needle, ignore_case := false) AS TABLE "
    "SELECT * FROM (SELECT * FROM _logs_search UNION ALL SELECT * FROM _logs_tail) "
    "WHERE CASE WHEN ignore_case "
    "THEN contains(lower(message), lower(needle)) "
    "AND list_has_all(_search_tokens(lower(message)), _search_tokens(lower(needle))) "
    "ELSE contains(message, needle) AND list_has_all(_search_tokens(message), _search_tokens(needle)) END",
)
"""Per-cursor macros of the query service (``_logs_search`` and ``_logs_tail`` are registered per query)."""

REMOTE_CACHE_BYTES = 256 << 20


def uses_search(sql: str) -> bool:
    return "search" in sql.lower()


@dataclass(frozen=True)
class Parsed:
    """What DuckDB's parser says a query reads."""

    tables: set[str] | None
    """Names of the tables and views it names (``None``: the parser could not tell)."""
    needles: list[str] | None
    """Literal first arguments of its ``search(…)`` calls (``None``: one is not a literal, or unknown)."""


def parse(cur: duckdb.DuckDBPyConnection, sql: str) -> Parsed:
    """Table names and needles of ``sql`` from DuckDB's own parse tree (``json_serialize_sql``).

    ``cur``: a cursor of this thread's own. (``duckdb.get_table_names`` cannot
    be used: it binds, and the default connection knows no ``search``.)
    """
    try:
        tree = json.loads(cur.execute("SELECT json_serialize_sql(?::VARCHAR)", [sql]).fetchall()[0][0])
    except (duckdb.Error, TypeError, ValueError):
        return Parsed(None, None)
    if tree.get("error"):
        return Parsed(None, None)
    found: list[str] = []
    tables: set[str] = set()
    ok = True

    def walk(node: Any) -> None:
        nonlocal ok
        if isinstance(node, dict):
            if node.get("type") == "BASE_TABLE" and isinstance(node.get("table_name"), str):
                tables.add(node["table_name"].lower())
            fn = node.get("function") if node.get("type") == "TABLE_FUNCTION" else None
            if isinstance(fn, dict) and str(fn.get("function_name", "")).lower() == "search":
                args = [a for a in fn.get("arguments", []) if not a.get("name")]
                expr = args[0].get("expression", {}) if args else {}
                lit = expr.get("literal", {}) if expr.get("class") == "CONSTANT" else {}
                if lit.get("kind") == "STRING" and isinstance(lit.get("text"), str):
                    found.append(lit["text"])
                else:
                    ok = False
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(tree)
    return Parsed(tables, found if ok else None)


@dataclass
class Plan:
    """What a search reads: per file, ``None`` (whole file) or the row groups to read."""

    parts: list[tuple[ArchiveFile, list[int] | None]] = field(default_factory=list, repr=False)
    files_total: int = 0
    files_indexed: int = 0
    groups_total: int = 0
    groups_read: int = 0

    @property
    def files_read(self) -> int:
        return len(self.parts)


@dataclass(frozen=True)
class _Verified:
    stamp: tuple[int, ...]
    """Inode, size and mtime of the index, then of the data file: any change means verify again."""
    header: si.Header
    blob: bytes | None = None
    """The whole index, kept for remote stores only (local probes read with pread)."""


class Pruner:
    """Probes the indexes of ``logs`` files; verified headers are cached (bounded) by path and stamps."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self._cache: OrderedDict[str, _Verified] = OrderedDict()
        self._held = 0
        self._lock = threading.Lock()

    def plan(self, files: list[ArchiveFile], needles: list[str] | None) -> Plan:
        plan = Plan(files_total=len(files))
        keys = None if needles is None else [(si.needle_keys(n), n.isascii()) for n in needles]
        if not keys or any(len(k) == 0 for k, _ in keys):
            plan.parts = [(f, None) for f in files]  # nothing to prune by
            return plan
        infos = None if self.archive.local else self._remote_infos(files)
        for f in files:
            v = self._verified(f, infos)
            if v is None:
                plan.parts.append((f, None))
                continue
            plan.files_indexed += 1
            plan.groups_total += len(v.header.rows)
            wanted: set[int] = set()
            for k, ascii_needle in keys:
                if not ascii_needle and v.header.lower != duckdb.__version__:
                    wanted = set(range(len(v.header.rows)))  # indexed with another lowercase table
                    break
                groups = self._probe(f, v, k)
                if groups is None:
                    wanted = set(range(len(v.header.rows)))
                    break
                wanted.update(groups)
            if wanted:
                plan.groups_read += len(wanted)
                plan.parts.append((f, sorted(wanted)))
        return plan

    # -- index files ---------------------------------------------------------------------------

    def _verified(self, f: ArchiveFile, infos: dict[str, pafs.FileInfo] | None) -> _Verified | None:
        ipath = si.index_path(self.archive.root, f.path)
        try:
            if infos is None:
                st, ds = os.stat(ipath), os.stat(f.path)
                stamp = (st.st_ino, st.st_size, st.st_mtime_ns, ds.st_ino, ds.st_size, ds.st_mtime_ns)
                data_size = ds.st_size
            else:
                ii, di = infos.get(ipath), infos.get(f.path)
                if ii is None or di is None or ii.type != pafs.FileType.File:
                    return None
                stamp = (0, ii.size or 0, ii.mtime_ns or 0, 0, di.size or 0, di.mtime_ns or 0)
                data_size = di.size or 0
        except OSError:
            return None
        with self._lock:
            hit = self._cache.get(ipath)
            if hit is not None and hit.stamp == stamp:
                self._cache.move_to_end(ipath)
                return hit
        try:
            with self.archive.fs.open_input_file(ipath) as fh:
                blob = fh.readall()
            header = si.verify(blob)
            if header is None:
                return None
            with self.archive.fs.open_input_file(f.path) as fh:
                if header.data != si.data_id(f.published_path.rsplit("/", 1)[-1], fh, data_size):
                    return None
        except (OSError, ValueError, pa.ArrowException):
            return None
        v = _Verified(stamp, header, None if infos is None else blob)
        with self._lock:
            old = self._cache.pop(ipath, None)
            self._held += len(v.blob or b"") - (len(old.blob or b"") if old is not None else 0)
            self._cache[ipath] = v
            while len(self._cache) > 100_000 or self._held > REMOTE_CACHE_BYTES:
                _, gone = self._cache.popitem(last=False)
                self._held -= len(gone.blob or b"")
        return v

    def _probe(self, f: ArchiveFile, v: _Verified, keys: np.ndarray) -> list[int] | None:
        if v.blob is not None:
            blob = v.blob
            return si.matching_groups(v.header, keys, lambda offsets, n: [blob[o:o + n] for o in offsets])
        try:
            fd = os.open(si.index_path(self.archive.root, f.path), os.O_RDONLY)
        except OSError:
            return None
        try:
            st = os.fstat(fd)
            if (st.st_ino, st.st_size, st.st_mtime_ns) != v.stamp[:3]:
                return None  # replaced since it was verified: read the file whole
            return si.matching_groups(v.header, keys, lambda offsets, n: [os.pread(fd, n, o) for o in offsets])
        except OSError:
            return None
        finally:
            os.close(fd)

    def _remote_infos(self, files: list[ArchiveFile]) -> dict[str, pafs.FileInfo]:
        paths = [p for f in files for p in (f.path, si.index_path(self.archive.root, f.path))]
        try:
            return {i.path: i for i in self.archive.fs.get_file_info(paths)}
        except OSError:
            return {}


