"""``WHERE message = 'literal'`` over ``logs``: read only the archive row groups the needle index allows,
and only the tail rows that equal the literal.

A row whose message *is* the literal holds every token of it, so the row
groups that :class:`~millpond.sinks.search_sql.Pruner` keeps for the literal
as a ``search`` needle hold every such row; the others cannot pass the
``WHERE`` and are not read. Measured before: the probe ``SELECT count(*)
FROM logs WHERE message = '<marker>'`` scanned every archived message (172
ms per 1.9M rows on a quiet core, growing with the archive).

Only when it is safe, read from DuckDB's own parse tree
(``json_serialize_sql``): the query names ``logs`` exactly once, directly in
the ``FROM`` of a ``SELECT`` whose ``WHERE`` has the equality as a top-level
``AND`` term, and calls no table function (``query_table('logs')`` could
read it again). Anything else binds the archive whole, as before.

The same reasoning holds for the log's unarchived tail (:func:`tail_rows`):
a row that fails a top-level ``AND`` term of the ``WHERE`` of the one
``SELECT`` that reads ``logs`` is filtered before anything else there
(aggregates and windows come after ``WHERE``), so the tail is handed over
already filtered — unless the query also names ``_logs_tail`` itself (by
text, conservatively), or calls ``search`` (which reads it apart). Measured:
the probe's query over a 400k-row tail cost DuckDB ~7 CPU-ms, the filter
0.8 ms, in the ingest process, twice a second.
"""

from __future__ import annotations

import json
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

RAW_NAMES = {"logs", "_logs", "_logs_archive"}
"""Names that read the ``logs`` archive binding (the view and what the view reads)."""


def message_literal(cur: duckdb.DuckDBPyConnection, sql: str) -> str | None:
    """The literal of ``message = '…'`` that every ``logs`` row read must equal, or ``None``.

    ``cur``: a cursor of this thread's own (the parser runs as a query on it).
    """
    low = sql.lower()
    if "message" not in low or "logs" not in low:
        return None
    try:
        tree = json.loads(cur.execute("SELECT json_serialize_sql(?::VARCHAR)", [sql]).fetchall()[0][0])
    except (duckdb.Error, TypeError, ValueError):
        return None
    if tree.get("error") or len(tree.get("statements", [])) != 1:
        return None
    tables: list[dict[str, Any]] = []
    selects: list[dict[str, Any]] = []
    functions = 0

    def walk(node: Any) -> None:
        nonlocal functions
        if isinstance(node, dict):
            kind = node.get("type")
            if kind == "BASE_TABLE" and str(node.get("table_name", "")).lower() in RAW_NAMES:
                tables.append(node)
            elif kind == "TABLE_FUNCTION":
                functions += 1
            elif kind == "SELECT_NODE":
                selects.append(node)
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(tree["statements"][0])
    if functions or len(tables) != 1 or str(tables[0].get("table_name", "")).lower() != "logs":
        return None
    table = tables[0]
    if table.get("schema_name") or table.get("catalog_name"):
        return None
    owner = next((s for s in selects if s.get("from_table") is table), None)
    if owner is None:
        return None
    names = {"logs", str(table.get("alias") or "").lower()} - {""}
    for term in _conjuncts(owner.get("where_clause")):
        lit = _equality(term, names)
        if lit is not None:
            return lit
    return None


def _conjuncts(node: Any) -> list[dict[str, Any]]:
    """The top-level ``AND`` terms of a ``WHERE`` (the whole expression when it is not an ``AND``)."""
    if not isinstance(node, dict):
        return []
    if node.get("type") == "CONJUNCTION_AND":
        return [t for child in node.get("children", []) for t in _conjuncts(child)]
    return [node]


def _equality(term: dict[str, Any], names: set[str]) -> str | None:
    """``'x'`` of ``message = 'x'`` / ``'x' = message`` (``message`` possibly qualified by the table's name)."""
    if term.get("type") != "COMPARE_EQUAL":
        return None
    for col, const in ((term.get("left"), term.get("right")), (term.get("right"), term.get("left"))):
        if not (isinstance(col, dict) and isinstance(const, dict)):
            continue
        path = [str(p).lower() for p in col.get("column_names", [])] if col.get("class") == "COLUMN_REF" else []
        if path not in (["message"], *([n, "message"] for n in names)):
            continue
        lit = const.get("literal", {}) if const.get("class") == "CONSTANT" else {}
        if lit.get("kind") == "STRING" and isinstance(lit.get("text"), str):
            return lit["text"]
    return None


def tail_rows(table: pa.Table, sql: str, literal: str | None) -> pa.Table:
    """The tail rows of ``logs`` a query with :func:`message_literal` ``literal`` can read (all when ``None``,
    or when the query names ``_logs_tail`` apart from the ``logs`` view)."""
    if literal is None or "_logs_tail" in sql.lower() or not table.num_rows:
        return table
    return table.filter(pc.equal(table.column("message"), literal))
