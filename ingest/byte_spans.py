"""Byte spans of one buffer → an Arrow string array, touching a fixed 12 bytes a value in numpy.

Decoders that find token boundaries with numpy (forward's PackedForward
strings, line protocol's key / fields / timestamp) describe each token as
(start, length) in the input. :func:`strings` turns those into Arrow string
*views* of the buffer — 16 bytes a value: the length, then the value inline
when it is at most 12 bytes, else its first 4 bytes, buffer 0 and the offset
— and casts them to plain strings, which copies each value once in C++ and
checks the UTF-8. No per-byte index array, no Python per value.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

__all__ = ["padded", "strings"]

SPARE = 12
_VIEW = np.dtype([("length", "<i4"), ("inline", "V12")])


def padded(data: bytes | memoryview | np.ndarray) -> np.ndarray:
    """``data`` as uint8 with :data:`SPARE` zero bytes after it (every view reads 12 bytes)."""
    out = np.zeros(len(data) + SPARE, dtype=np.uint8)
    out[: len(data)] = np.frombuffer(data, dtype=np.uint8) if not isinstance(data, np.ndarray) else data
    return out


def strings(b: np.ndarray, start: np.ndarray, length: np.ndarray, valid: np.ndarray | None = None) -> pa.Array:
    """The spans ``b[start:start+length]`` (``b`` from :func:`padded`, under 2 GiB) as a string array;
    null where ``valid`` is False. Raises ``pyarrow.ArrowInvalid`` if a span is not UTF-8."""
    n = len(start)
    views = np.empty(n, dtype=_VIEW)
    views["length"] = length
    # every 12-byte window of b as one item, gathered item by item; bytes past a short value's end
    # are left as they are: the views never leave this function and the cast copies only each
    # value's own bytes
    views["inline"] = np.ndarray((len(b) - SPARE + 1,), dtype="V12", buffer=b, strides=(1,))[start]
    words = views.view(np.int32).reshape(n, 4)
    long = length > 12
    words[long, 2] = 0  # buffer index (the first 4 bytes stay as the prefix)
    words[long, 3] = start[long]
    bitmap = None
    if valid is not None and not valid.all():
        words[~valid, 0] = 0
        bitmap = pa.py_buffer(np.packbits(valid, bitorder="little"))
    arr = pa.Array.from_buffers(pa.binary_view(), n, [bitmap, pa.py_buffer(views), pa.py_buffer(b)])
    return arr.cast(pa.string())
