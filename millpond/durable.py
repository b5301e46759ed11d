"""Making a rename or a new file durable: the directory entry needs its own fsync.

One helper for the log, the archive, the catalog and the search indexes, which
all publish files by write-then-rename.
"""

from __future__ import annotations

import os


def fsync_dir(path: str | os.PathLike[str]) -> None:
    """fsync the directory ``path`` so that entries created or renamed in it survive a crash."""
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
