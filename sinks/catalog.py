"""A DuckDB catalog file over the archive, for plain ``duckdb`` with Millpond stopped.

``duckdb DATA/catalog.duckdb`` then ``SELECT … FROM logs`` sees the same
tables as the query service (minus the log's unarchived tail). A DuckDB file
takes one writer process at a time and a reader holds a lock too, so the
worker never opens the live file: it builds a new one beside it and renames
it over (``os.replace``). A user who has the old one open keeps reading the
old inode; the next ``duckdb`` start opens the new one. The views are globs
over the Parquet files, so the catalog changes only when a table first gets
files, not on every flush.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import duckdb
import pyarrow as pa

from millpond.durable import fsync_dir
from millpond.sinks.query import PATTERNS_DIR, PATTERNS_VIEW
from millpond.sinks.rollups import PARTS_SCHEMAS, VIEW_SQL

CATALOG_FILE = "catalog.duckdb"


def duck_type(t: pa.DataType) -> str:
    """The DuckDB type name of an Arrow type of our schemas."""
    if pa.types.is_timestamp(t):
        return "TIMESTAMPTZ" if t.tz else "TIMESTAMP"
    if pa.types.is_map(t):
        return f"MAP({duck_type(t.key_type)}, {duck_type(t.item_type)})"
    names = {pa.string(): "VARCHAR", pa.int64(): "BIGINT", pa.float64(): "DOUBLE", pa.int32(): "INTEGER",
             pa.bool_(): "BOOLEAN"}
    return names[t]


def _empty(schema: pa.Schema) -> str:
    cols = ", ".join(f'NULL::{duck_type(f.type)} AS "{f.name}"' for f in schema)
    return f"SELECT {cols} WHERE false"


def _glob(root: str, table: str) -> str:
    return f"{root}/{table}/*/*/*.parquet".replace("'", "''")


def write_catalog(path: Path, root: str, schemas: dict[str, pa.Schema], present: set[str]) -> None:
    """Atomically (re)write the catalog at ``path`` with a view per table over ``root``.

    Parameters
    ----------
    schemas
        Table name → Arrow schema for raw tables, ``log_patterns`` and ``alerts``.
    present
        Tables that have files now; the others get an empty view of the right columns.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.tmp")  # several workers may rewrite it
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp))
    try:
        for name, schema in schemas.items():
            cols = ", ".join(f'"{f.name}"' for f in schema)
            if name not in present:
                body = PATTERNS_VIEW.format(src=f"({_empty(schema)})") if name == "log_patterns" else _empty(schema)
            elif name == "log_patterns":
                body = PATTERNS_VIEW.format(src=f"read_parquet('{root}/{PATTERNS_DIR}/*.parquet', union_by_name = true)")
            elif name == "alerts":
                body = f"SELECT {cols} FROM read_parquet('{root}/alerts/**/*.parquet', union_by_name = true)"
            else:
                body = f"SELECT {cols} FROM read_parquet('{_glob(root, name)}', hive_partitioning = false)"
            con.execute(f"CREATE VIEW {name} AS {body}")
        for name, schema in PARTS_SCHEMAS.items():
            src = (f"read_parquet('{_glob(root, name)}', hive_partitioning = false)" if name in present
                   else f"({_empty(schema)})")
            con.execute(f"CREATE VIEW {name} AS " + VIEW_SQL[name].format(src=src))
        con.execute("CHECKPOINT")
    finally:
        con.close()
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    fsync_dir(path.parent)
