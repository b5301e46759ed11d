"""The agent's status file (``<spool_dir>/status.json``) and its rendering.

The running agent rewrites the file every second (atomically, by rename);
``millpond agent --status`` reads it, so it works without any port open.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import msgspec
from rich.console import Console
from rich.table import Table

from millpond.units import format_size

STATUS_FILE = "status.json"


class FileStatus(msgspec.Struct):
    path: str
    offset: int
    size: int
    inode: int
    rotated: bool = False
    acked: int = 0
    """The offset the appliance has acknowledged up to (what a restart resumes from, spool aside)."""


class SpoolStatus(msgspec.Struct):
    bytes: int = 0
    pending_records: int = 0
    dropped_records: int = 0
    truncated_bytes: int = 0


class Status(msgspec.Struct):
    pid: int
    updated: float
    server: str
    connected: bool
    last_ack: float
    acked_records: int
    sent_chunks: int
    errors: int
    last_error: str
    files: list[FileStatus]
    spool: SpoolStatus
    metrics_spool: SpoolStatus
    metrics_acked: int = 0
    lines_read: int = 0


def write_status(directory: Path, status: Status) -> None:
    path = directory / STATUS_FILE
    tmp = directory / f".{STATUS_FILE}.tmp"
    tmp.write_bytes(msgspec.json.encode(status))
    os.replace(tmp, path)


def read_status(directory: Path) -> Status:
    """The last status written; raises FileNotFoundError if the agent never ran there."""
    return msgspec.json.decode((directory / STATUS_FILE).read_bytes(), type=Status)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _ago(ts: float, now: float) -> str:
    return "never" if not ts else f"{now - ts:.1f}s ago"


def render(status: Status, console: Console | None = None) -> None:
    """The status as rich tables: the agent, its spools, its files."""
    con = console or Console()
    now = time.time()
    running = _alive(status.pid) and now - status.updated < 10
    head = Table(title="millpond agent", show_header=False)
    rows: list[tuple[str, Any]] = [
        ("state", f"running (pid {status.pid})" if running else f"not running (last seen {_ago(status.updated, now)})"),
        ("server", f"{status.server} ({'connected' if status.connected else 'disconnected'})"),
        ("last ack", _ago(status.last_ack, now)),
        ("lines read / acked", f"{status.lines_read:,} / {status.acked_records:,}"),
        ("spool", f"{format_size(status.spool.bytes)}, {status.spool.pending_records:,} chunks pending, "
                  f"{status.spool.dropped_records:,} dropped"),
        ("metrics spool", f"{format_size(status.metrics_spool.bytes)}, {status.metrics_spool.pending_records:,} "
                          f"pending; {status.metrics_acked:,} samples acked"),
        ("errors", f"{status.errors:,}" + (f" (last: {status.last_error})" if status.last_error else "")),
    ]
    for k, v in rows:
        head.add_row(k, str(v))
    con.print(head)
    files = Table(title="files")
    for col in ("path", "read", "acked", "size", "behind", "inode"):
        files.add_column(col, justify="left" if col == "path" else "right")
    for f in status.files:
        files.add_row(f.path + (" (rotated)" if f.rotated else ""), f"{f.offset:,}", f"{f.acked:,}", f"{f.size:,}",
                      format_size(max(0, f.size - f.acked)), str(f.inode))
    con.print(files)
