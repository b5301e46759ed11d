"""Allocator settings for the pipeline worker process: reuse big temporaries instead of faulting them in afresh.

Why: the worker's flushes allocate and free tens of MB of short-lived
buffers each (a flush's columns, their sorted copy, the search index's byte
tables, decoded log batches). With the defaults, Arrow's mimalloc pool and
glibc's malloc hand much of that back to the kernel between flushes, and
every flush then pays page faults to get it back: through the real
receivers (``millpond bench pipeline --protocol forward --protocol
jsonlogs``) the worker spent 0.63-0.77 of its 4.6 CPU-µs a record in the
kernel. Arrow on the system allocator with glibc told to keep freed memory
(no mmap for chunks under 32 MiB, no trim under 512 MiB) measured 0.31-0.33
µs of system time a record, and the worker's total fell by 0.35-0.4 µs.
The worker's resident size is bounded by its flush size either way.
"""

from __future__ import annotations

import ctypes
import logging

import pyarrow as pa

log = logging.getLogger(__name__)

ARROW_POOL = "system"
"""Arrow's memory pool in the worker (``pa.<name>_memory_pool``): malloc, tuned below."""
MMAP_THRESHOLD = 32 << 20
"""glibc ``M_MMAP_THRESHOLD``: chunks under this come from the heap and are reused (32 MiB is glibc's maximum)."""
TRIM_THRESHOLD = 512 << 20
"""glibc ``M_TRIM_THRESHOLD``: free memory kept at the heap's top before it is given back."""
_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3

_tuned: str | None = None


def tune_allocators() -> str:
    """Apply the settings once per process (later calls do nothing); returns what was done, for the log."""
    global _tuned
    if _tuned is not None:
        return _tuned
    done = []
    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # not glibc (musl, macOS): its allocator keeps its defaults
        pass
    else:
        if mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1 and mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD) == 1:
            done.append(f"malloc keeps chunks under {MMAP_THRESHOLD >> 20} MiB")
    try:
        pa.set_memory_pool(getattr(pa, f"{ARROW_POOL}_memory_pool")())
        done.append(f"Arrow on the {ARROW_POOL} allocator")
    except (AttributeError, NotImplementedError, pa.ArrowException):  # not built into this pyarrow
        pass
    _tuned = ", ".join(done) or "allocators unchanged"
    log.info("worker: %s", _tuned)
    return _tuned
