"""Keep the garbage collector's full passes out of the append path (the writer process only).

CPython's cyclic collector runs a full (generation-2) pass every few seconds
under a steady append load, and that pass walks *every* tracked object of
the process with the GIL held. In a writer process that has imported
pyarrow, numpy, aiohttp and the rest, that is a 18–49 ms stop (measured,
docs/log.md): no flusher resolves, no receiver enqueues, and every append in
flight waits it out. One such pause in a 2-second window is what made the
paced p99 bimodal (≈ 5 ms without one, ≈ 15–25 ms with one).

``gc.freeze()`` after a collection moves everything alive at start-up (the
imported modules, the opened log) into the permanent generation, which full
passes skip; objects made later are collected as before, and frozen objects
are still freed by reference counting. Done once per process, at the first
writable open: that is start-up in ``millpond run``.
"""

from __future__ import annotations

import gc
import threading

_done = False
_lock = threading.Lock()


def freeze_startup_heap() -> bool:
    """Collect, then freeze what is alive (once per process); returns whether this call froze it."""
    global _done
    with _lock:
        if _done:
            return False
        _done = True
    gc.collect()
    gc.freeze()
    return True
