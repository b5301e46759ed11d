"""Making a rename or a new file durable: the directory entry needs its own fsync.

One helper for the log, the archive, the catalog and the search indexes, which
all publish files by write-then-rename.
"""

from __future__ import annotations

import os
import uuid


def fsync_dir(path: str | os.PathLike[str]) -> None:
    """fsync the directory ``path`` so that entries created or renamed in it survive a crash."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


TEMP_SUFFIX = ".tmp"


def temp_path(path: str) -> str:
    """A unique sibling to write before renaming onto ``path``: ``.<name>.<8 hex>.tmp`` (readers skip dot-files)."""
    parent, name = path.rsplit("/", 1)
    return f"{parent}/.{name}.{uuid.uuid4().hex[:8]}{TEMP_SUFFIX}"


def temp_target(name: str) -> str | None:
    """The file name a :func:`temp_path` file was to be renamed to, ``None`` if ``name`` is not one (crash sweeps)."""
    if not (name.startswith(".") and name.endswith(TEMP_SUFFIX)):
        return None
    return name[1:-len(TEMP_SUFFIX)].rsplit(".", 1)[0]
