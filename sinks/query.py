"""The read-only, sandboxed SQL service over the archive and the log's fresh tail.

The sandbox, layer by layer (each one alone would stop the obvious escapes):

1. **Statement check.** ``duckdb.extract_statements`` parses the text; exactly
   one statement, of type SELECT or EXPLAIN, is accepted. COPY, ATTACH,
   INSTALL, LOAD, SET, PRAGMA, EXPORT, CALL, CREATE… never reach execution.
2. **No file access.** The database runs with ``enable_external_access =
   false`` (no ``read_csv``/``read_text``/``glob``/``COPY``/``ATTACH`` of any
   path), Python replacement scans off (SQL cannot read this process's
   variables), ``lock_configuration`` (no ``SET`` afterwards). The archive is
   handed over as pyarrow datasets, the tail as Arrow tables.
3. **Limits.** ``memory_limit`` for the database, a timer that interrupts the
   connection after ``timeout``, and at most ``max_rows`` rows fetched.

Queries run on the caller's thread (the HTTP layer calls :meth:`run` from an
executor: DuckDB releases the GIL). Each concurrent query borrows its own
cursor; registrations are per cursor.
"""

from __future__ import annotations

import logging
import queue
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from millpond.config import Config
from millpond.pipeline.log.base import Log, TopicPartition
from millpond.pipeline.log.errors import LogError
from millpond.pipeline.worker import GROUP
from millpond.pipeline.schema import LOGS, METRICS, STRMAP, TS
from millpond.sinks.archive import Archive, live_files
from millpond.sinks.listing import CachedListing
from millpond.sinks.rollups import PARTS_SCHEMAS, VIEW_SQL
from millpond.sinks.search_sql import MACROS as SEARCH_MACROS
from millpond.sinks.search_sql import Parsed, Plan, Pruner, parse, uses_search
from millpond.sinks.query_prune import message_literal, tail_rows
from millpond.sinks.tail import Tail

log = logging.getLogger(__name__)


LOG_PATTERNS = pa.schema([
    pa.field("pattern_id", pa.int64()), pa.field("service", pa.string()), pa.field("template", pa.string()),
    pa.field("count", pa.int64()), pa.field("first_seen", TS), pa.field("last_seen", TS),
    pa.field("example", pa.string()),
    pa.field("merged_into", pa.int64()),  # the pattern this one turned out to be (null: none), session 10
])
ALERTS = pa.schema([
    pa.field("ts", TS), pa.field("rule", pa.string()), pa.field("state", pa.string()),
    pa.field("labels", STRMAP), pa.field("value", pa.float64()), pa.field("severity", pa.string()),
    pa.field("annotations", STRMAP),
])
RAW = {"logs": LOGS, "metrics": METRICS}
TABLES = ("logs", "metrics", "metrics_1m", "metrics_1h", "logs_1m", "log_patterns", "alerts")
ALLOWED = {duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN}
PATTERNS_DIR = "log_patterns"
"""One ``<topic>-<partition>.parquet`` per ``logs`` partition (each has its own miner state); the view merges them."""
PATTERNS_VIEW = """SELECT pattern_id, any_value(service) AS service, any_value(template) AS template,
       sum("count")::BIGINT AS "count", min(first_seen) AS first_seen, max(last_seen) AS last_seen,
       any_value(example) AS example, any_value(merged_into) AS merged_into
FROM {src} GROUP BY pattern_id"""


_EMPTIES: dict[pa.Schema, pa.Table] = {}


def _conform(t: pa.Table, schema: pa.Schema) -> pa.Table:
    """``t`` with ``schema``'s columns in order, a column a file written before it existed as nulls
    (``merged_into`` since session 10)."""
    cols = [t.column(f.name) if f.name in t.column_names else pa.nulls(len(t), f.type) for f in schema]
    return pa.Table.from_arrays(cols, names=schema.names).cast(schema)


def _empty(schema: pa.Schema) -> pa.Table:
    """One shared empty table per schema (immutable), so an unchanged binding is the same object."""
    t = _EMPTIES.get(schema)
    if t is None:
        t = _EMPTIES[schema] = schema.empty_table()
    return t


class QueryError(Exception):
    """A query the service refuses or DuckDB rejects; the message is for the user (HTTP 400)."""


@dataclass(frozen=True)
class QueryResult:
    columns: list[dict[str, str]]
    rows: list[list[Any]]
    elapsed_ms: float
    truncated: bool = False
    hidden: int = 0
    """Unarchived records not visible because the pipeline is far behind (see :class:`~millpond.sinks.tail.Tail`)."""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"columns": self.columns, "rows": self.rows, "elapsed_ms": round(self.elapsed_ms, 3)}
        if self.truncated:
            out["truncated"] = True
        if self.hidden:
            out["warning"] = f"the pipeline is behind: {self.hidden} recent records are not visible yet"
        return out


def check_sql(sql: str) -> None:
    """Refuse anything but one read statement (by parsed statement type, not by text)."""
    if not sql or not sql.strip():
        raise QueryError("empty query")
    try:
        stmts = duckdb.extract_statements(sql)
    except duckdb.Error as e:
        raise QueryError(_first_line(e)) from None
    if len(stmts) != 1:
        raise QueryError(f"exactly one statement per query, got {len(stmts)}")
    kind = stmts[0].type
    if kind not in ALLOWED:
        raise QueryError(f"only read statements (SELECT, EXPLAIN) are allowed, not {kind.name}")


def _first_line(e: BaseException) -> str:
    return str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__


class QueryService:
    """SQL over ``logs``, ``metrics``, the rollups, ``log_patterns`` and ``alerts``.

    Parameters
    ----------
    log
        The log to read the fresh tail from (``None``: archive only, e.g. a
        copied data directory).
    """

    def __init__(self, cfg: Config, data_dir: Path | None = None, log: Log | None = None, *,
                 group: str = GROUP, connections: int = 4, threads: int = 2) -> None:
        self.cfg = cfg
        self.data_dir = Path(data_dir if data_dir is not None else cfg.data_path)
        self.archive = Archive.for_data_dir(self.data_dir, cfg.archive.uri, endpoint=cfg.archive.endpoint,
                                            options=cfg.archive.options)
        self.listing = CachedListing(self.archive)
        self.pruner = Pruner(self.archive)
        self.last_search: Plan | None = None
        """What the latest ``search(…)`` query read (files, row groups): for tests and the bench."""
        self.last_prune: Plan | None = None
        """What the latest ``WHERE message = '…'`` query read of the archive (see sinks/query_prune.py)."""
        self.last_tail_rows: int | None = None
        """``logs`` tail rows the latest query over ``logs`` handed to DuckDB (fewer with a message literal)."""
        self.log = log
        self.group = group
        self.tail = Tail(log, group) if log is not None else None
        self.timeout = float(cfg.query.timeout)
        self.max_rows = int(cfg.query.max_rows)
        # DuckDB lets SQL read its own spill directory; the default (<cwd>/.tmp) is a place other
        # people's files can be, so spills go to a private directory of this service instead.
        self._spill = tempfile.mkdtemp(prefix="millpond-query-")
        self._db = duckdb.connect(":memory:", config={
            "temp_directory": self._spill,  # (must be set before external access is switched off)
            "python_enable_replacements": False,
            "autoload_known_extensions": False,
            "autoinstall_known_extensions": False,
            "memory_limit": f"{max(int(cfg.query.memory_limit) // (1024 * 1024), 64)}MiB",
            "threads": threads,
        })
        self._db.execute("SET enable_external_access = false")
        self._db.execute("SET TimeZone = 'UTC'")
        self._bound: dict[int, dict[str, object]] = {}
        """Per cursor (by id): what each name is registered to now (see :meth:`_register`)."""
        self._pool: queue.Queue[duckdb.DuckDBPyConnection] = queue.Queue()
        for _ in range(connections):
            self._pool.put(self._new_cursor())
        self._db.execute("SET lock_configuration = true")
        self._closed = False

    # -- connections ---------------------------------------------------------------------------

    def _new_cursor(self) -> duckdb.DuckDBPyConnection:
        cur = self._db.cursor()
        self._bound[id(cur)] = {}  # a new cursor binds nothing yet, whatever an old one of the same id did
        for name, schema in RAW.items():
            self._register(cur, f"_{name}_archive", _empty(schema))
            self._register(cur, f"_{name}_tail", _empty(schema))
            cur.execute(f"CREATE TEMP VIEW {name} AS SELECT * FROM _{name}_archive "
                        f"UNION ALL SELECT * FROM _{name}_tail")
        for name, schema in PARTS_SCHEMAS.items():
            self._register(cur, f"_{name}_parts", _empty(schema))
            cur.execute(f"CREATE TEMP VIEW {name} AS " + VIEW_SQL[name].format(src=f"_{name}_parts"))
        self._register(cur, "_log_patterns", _empty(LOG_PATTERNS))
        cur.execute("CREATE TEMP VIEW log_patterns AS " + PATTERNS_VIEW.format(src="_log_patterns"))
        self._register(cur, "_alerts", _empty(ALERTS))
        cur.execute("CREATE TEMP VIEW alerts AS SELECT * FROM _alerts")
        self._register(cur, "_logs_search", _empty(LOGS))
        for macro in SEARCH_MACROS:
            cur.execute(macro)
        return cur

    def _bind(self, cur: duckdb.DuckDBPyConnection, sql: str) -> int:
        """Register this query's snapshot of the tables it names: committed archive files, then the tail.

        Tables the query does not name are bound empty (listing 90 days of
        files costs; a stale snapshot must never be served). Returns how many
        unarchived records the tail left out (pipeline far behind).
        """
        parsed = parse(cur, sql) if uses_search(sql) else None
        search = parsed is not None and parsed.needles != []  # a search(…) call, or maybe one
        wanted = _tables_named(sql, parsed)
        committed: dict[TopicPartition, int] | None = None
        hidden = 0
        tables = {}
        if self.tail is not None and (search or wanted & {*RAW, *PARTS_SCHEMAS}):
            # the rollups only need the committed offsets; the tail is decoded for the raw tables read
            snap = self.tail.snapshot({t for t in RAW if t in wanted} | ({"logs"} if search else set()))
            committed, hidden, tables = snap.start, snap.hidden, snap.tables
        literal = message_literal(cur, sql) if "logs" in wanted else None
        if "logs" in tables and not search:
            tables = {**tables, "logs": tail_rows(tables["logs"], sql, literal)}
            self.last_tail_rows = tables["logs"].num_rows
        for name, schema in RAW.items():
            on = name in wanted
            tail_on = on or (search and name == "logs")
            self._register(cur, f"_{name}_tail", tables.get(name, _empty(schema)) if tail_on else _empty(schema))
            if on and name == "logs" and literal is not None:
                # WHERE message = 'literal': only the row groups whose index may hold it (sinks/query_prune.py)
                self.last_prune = self.pruner.plan(live_files(self.listing.list("logs"), committed), [literal])
                self._register(cur, "_logs_archive", self._plan_dataset(self.last_prune))
                continue
            self._register(cur, f"_{name}_archive", self._dataset(name, schema, committed) if on else _empty(schema))
        for name, schema in PARTS_SCHEMAS.items():
            self._register(cur, f"_{name}_parts", self._dataset(name, schema, committed) if name in wanted
                           else _empty(schema))
        self._register(cur, "_log_patterns", self._patterns() if "log_patterns" in wanted else _empty(LOG_PATTERNS))
        self._register(cur, "_alerts", self._alerts() if "alerts" in wanted else _empty(ALERTS))
        self._register(cur, "_logs_search", self._search_dataset(parsed, committed) if parsed is not None and search
                       else _empty(LOGS))
        return hidden

    def _register(self, cur: duckdb.DuckDBPyConnection, name: str, obj: object) -> None:
        """``cur.register(name, obj)`` unless ``name`` is bound to that very object already.

        A registration costs ~0.45 ms and a query binds 12 names, most of them to the same empty
        table as last time: 5 ms of a 17 ms probe query over a 400k-row tail, in the ingest process.
        The cursor is this query's alone (borrowed from the pool), so its map needs no lock.
        """
        bound = self._bound.setdefault(id(cur), {})
        if bound.get(name) is not obj:
            cur.register(name, obj)
            bound[name] = obj

    def _search_dataset(self, parsed: Parsed, committed: dict[TopicPartition, int] | None) -> ds.Dataset:
        """The ``logs`` row groups that may hold the query's needles (see :mod:`millpond.sinks.search_sql`)."""
        plan = self.pruner.plan(live_files(self.listing.list("logs"), committed), parsed.needles)
        self.last_search = plan
        return self._plan_dataset(plan)

    def _plan_dataset(self, plan: Plan) -> ds.Dataset:
        """The row groups a :class:`~millpond.sinks.search_sql.Plan` reads, as one dataset."""
        base = self.listing.dataset([f for f, _ in plan.parts], LOGS)
        frags = [frag if groups is None else frag.subset(row_group_ids=groups)
                 for frag, (_, groups) in zip(base.get_fragments(), plan.parts, strict=True)]
        return ds.FileSystemDataset(frags, base.schema, base.format, self.archive.fs)

    def _dataset(self, name: str, schema: pa.Schema, committed: dict[TopicPartition, int] | None) -> ds.Dataset:
        return self.listing.dataset(live_files(self.listing.list(name), committed), schema)

    def _patterns(self) -> pa.Table:
        sel = pafs.FileSelector(f"{self.archive.root}/{PATTERNS_DIR}", allow_not_found=True)
        tables = [LOG_PATTERNS.empty_table()]
        for info in self.archive.fs.get_file_info(sel):
            if info.is_file and info.base_name.endswith(".parquet") and not info.base_name.startswith("."):
                try:
                    with self.archive.fs.open_input_file(info.path) as f:
                        tables.append(_conform(pq.read_table(f), LOG_PATTERNS))
                except FileNotFoundError:  # replaced under us: the next query reads the new one
                    continue
        return pa.concat_tables(tables)

    def _alerts(self) -> pa.Table | ds.Dataset:
        base = f"{self.archive.root}/alerts"
        try:
            d = ds.dataset(base, format="parquet", filesystem=self.archive.fs, partitioning="hive")
            return d.to_table().select(ALERTS.names).cast(ALERTS) if d.files else ALERTS.empty_table()
        except (FileNotFoundError, pa.ArrowInvalid, KeyError):
            return ALERTS.empty_table()

    # -- queries -------------------------------------------------------------------------------

    def run(self, sql: str, *, max_rows: int | None = None, timeout: float | None = None) -> QueryResult:
        """Run one read-only query; raises :class:`QueryError` with DuckDB's message on failure."""
        t0 = time.perf_counter()
        columns, table, truncated, hidden = self._execute(sql, max_rows, timeout)
        return QueryResult(columns, _rows(table), (time.perf_counter() - t0) * 1000, truncated, hidden)

    def run_arrow(self, sql: str, *, max_rows: int | None = None, timeout: float | None = None) -> pa.Table:
        """Like :meth:`run`, the result as Arrow (for alert rules and other in-process readers)."""
        return self._execute(sql, max_rows, timeout)[1]

    def _execute(self, sql: str, max_rows: int | None, timeout: float | None
                 ) -> tuple[list[dict[str, str]], pa.Table, bool, int]:
        if self._closed:
            raise QueryError("the query service is shutting down")
        check_sql(sql)
        limit = self.max_rows if max_rows is None else min(max_rows, self.max_rows)
        t0 = time.perf_counter()
        cur = self._pool.get()
        try:
            for attempt in range(3):
                try:
                    return self._run_once(cur, sql, limit, timeout or self.timeout, t0)
                except _Retry:
                    if attempt == 2:
                        raise QueryError("the archive changed under the query three times; try again") from None
            raise AssertionError("unreachable")
        finally:
            self._pool.put(cur)

    def _run_once(self, cur: duckdb.DuckDBPyConnection, sql: str, limit: int, timeout: float,
                  t0: float) -> tuple[list[dict[str, str]], pa.Table, bool, int]:
        timer = threading.Timer(max(timeout - (time.perf_counter() - t0), 0.001), cur.interrupt)
        timer.daemon = True
        timer.start()
        try:
            hidden = self._bind(cur, sql)
            if time.perf_counter() - t0 >= timeout:  # the timer fired before the query started
                raise duckdb.InterruptException("interrupted")
            rel = cur.sql(sql)
            if rel is None:
                raise QueryError("the statement returned no result")
            columns = [{"name": n, "type": str(t)} for n, t in zip(rel.columns, rel.types)]
            reader = rel.to_arrow_reader(min(limit + 1, 65_536))
            batches: list[pa.RecordBatch] = []
            rows = 0
            for b in reader:
                batches.append(b)
                rows += b.num_rows
                if rows > limit:
                    break
        except duckdb.InterruptException:
            raise QueryError(f"query timed out after {timeout:g}s") from None
        except (duckdb.Error, pa.ArrowException, OSError) as e:
            if _missing_file(e):
                raise _Retry() from e
            raise QueryError(_first_line(e)) from None
        except LogError as e:
            raise QueryError(f"cannot read the log's fresh records: {_first_line(e)}") from None
        finally:
            timer.cancel()
        table = pa.Table.from_batches(batches, schema=reader.schema).slice(0, limit)
        return columns, table, rows > limit, hidden

    def close(self) -> None:
        self._closed = True
        if self.tail is not None:
            self.tail.close()
        while not self._pool.empty():
            self._pool.get_nowait().close()
        self._db.close()
        shutil.rmtree(self._spill, ignore_errors=True)


def _tables_named(sql: str, parsed: Parsed | None = None) -> set[str]:
    """The Millpond tables ``sql`` reads (all of them when DuckDB cannot tell, e.g. ``query_table('…')``).

    ``parsed``: the parser's names instead of binding (for queries that may call ``search``).
    """
    low = sql.lower()
    if "query_table" in low or "query(" in low.replace(" ", ""):
        return set(TABLES)
    if parsed is not None:
        if parsed.tables is None:
            return set(TABLES)
        names = parsed.tables
        return {t for t in TABLES if names & {t, f"_{t}", f"_{t}_archive", f"_{t}_tail", f"_{t}_parts"}}
    try:
        names = {n.lower().strip('"') for n in duckdb.get_table_names(sql)}
    except duckdb.Error:
        return set(TABLES)
    out = set()
    for t in TABLES:
        if t in names or f"_{t}" in names or f"_{t}_archive" in names or f"_{t}_tail" in names \
                or f"_{t}_parts" in names:
            out.add(t)
    return out


class _Retry(Exception):
    """An archive file vanished between listing and reading (compaction): list again."""


def _missing_file(e: BaseException) -> bool:
    if isinstance(e, FileNotFoundError):
        return True
    text = str(e)
    return "No such file" in text or "FileNotFoundError" in text or "does not exist" in text and ".parquet" in text


def _rows(table: pa.Table) -> list[list[Any]]:
    """Arrow rows as JSON-ready lists: maps → objects, times → ISO 8601, decimals → numbers."""
    cols = [_jsonable(table.column(i)) for i in range(table.num_columns)]
    return [list(r) for r in zip(*cols)] if cols else []


def _jsonable(col: pa.ChunkedArray) -> list[Any]:
    t = col.type
    if pa.types.is_map(t):
        return [None if v is None else {k: x for k, x in v} for v in col.to_pylist()]
    if pa.types.is_timestamp(t):
        if t.tz is not None:
            col = col.cast(pa.timestamp(t.unit, "UTC"))
        return [None if v is None else v.isoformat() for v in col.to_pylist()]
    if pa.types.is_date(t) or pa.types.is_time(t):
        return [None if v is None else v.isoformat() for v in col.to_pylist()]
    if pa.types.is_decimal(t):
        conv = int if t.scale == 0 else float
        return [None if v is None else conv(v) for v in col.to_pylist()]
    if pa.types.is_duration(t) or pa.types.is_interval(t):
        return [None if v is None else str(v) for v in col.to_pylist()]
    if pa.types.is_binary(t) or pa.types.is_large_binary(t):
        return [None if v is None else v.hex() for v in col.to_pylist()]
    if pa.types.is_nested(t):
        return [_plain(v) for v in col.to_pylist()]
    if pa.types.is_floating(t):
        return [None if v is None or v != v or v in (float("inf"), float("-inf")) else v for v in col.to_pylist()]
    return col.to_pylist()


def _plain(v: Any) -> Any:
    """Nested values made JSON-safe (best effort for lists/structs of odd types)."""
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    if hasattr(v, "isoformat"):
        return v.isoformat()
    if isinstance(v, (bytes, bytearray)):
        return v.hex()
    if isinstance(v, (int, float, str, bool)) or v is None:
        return v
    return str(v)
