"""PackedForward entry streams of the common shape → ``logs`` columns, without per-record Python objects.

Fluent Bit, Fluentd and the Millpond agent send PackedForward with
EventTime (or integer) times and records of string keys and string values.
For those, one msgspec call cuts the stream into entries (raw spans) and
numpy reads every entry's header, time, map and strings field by field
across all entries at once; the strings become Arrow arrays with one copy.
Everything else (scalar or nested values, binary keys, invalid UTF-8,
duplicate keys, a wrong ``size`` hint) is left to the typed msgspec
and general paths of :mod:`forward_codec`, which are the reference the tests
compare this path with.
"""

from __future__ import annotations

from typing import Any

import msgspec
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from millpond.ingest.byte_spans import padded, strings
from millpond.ingest.forward_codec import _array_header, _columns_batch, clean_text
from millpond.pipeline.schema import TS

__all__ = ["COLUMNAR_MIN", "packed_batch", "packed_columns"]

_RAW_ENTRIES = msgspec.msgpack.Decoder(list[msgspec.Raw])
COLUMNAR_MIN = 256
"""Entry streams shorter than this take the other paths (numpy's fixed costs would dominate, and the
receiver gathers the rows of small messages into one batch anyway)."""


def _be(b: np.ndarray, at: np.ndarray, width: int) -> np.ndarray:
    """Big-endian unsigned integers of ``width`` bytes at positions ``at``."""
    out = np.zeros(len(at), dtype=np.int64)
    for i in range(width):
        out = (out << 8) | b[at + i]
    return out


def _str_at(b: np.ndarray, at: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """msgpack str headers at ``at`` → (data start, length); None unless every one is a str."""
    h = b[at]
    fix = (h & 0xE0) == 0xA0
    if fix.all():  # nearly always: short strings only
        return at + 1, (h & 0x1F).astype(np.int64)
    h = h.astype(np.int64)
    s8, s16, s32 = h == 0xD9, h == 0xDA, h == 0xDB
    if not (fix | s8 | s16 | s32).all():
        return None
    start = at + np.where(fix, 1, np.where(s8, 2, np.where(s16, 3, 5)))
    length = np.where(fix, h & 0x1F, 0)
    if s8.any():
        length[s8] = b[at[s8] + 1]
    if s16.any():
        length[s16] = _be(b, at[s16] + 1, 2)
    if s32.any():
        length[s32] = _be(b, at[s32] + 1, 4)
    return start, length


def packed_columns(blob: bytes, size: Any) -> tuple[pa.Array, pa.Array, pa.Array, np.ndarray] | None:
    """A PackedForward entry stream of the common shape → (timestamps, keys, values, record of each key).

    The common shape: ``size`` entries ``[EventTime | uint, {str: str, …}]``
    (distinct keys, valid UTF-8). One msgspec call cuts the stream into
    entries (raw spans; it checks the msgpack is well formed); then every
    entry's header, time, map and strings are read with numpy, pair by pair
    across all entries at once. Anything else returns None and the typed and
    general paths decide (they also give the errors).
    """
    n = size
    if not isinstance(n, int) or isinstance(n, bool) or not COLUMNAR_MIN <= n < 1 << 24 or len(blob) >= 1 << 31:
        return None
    try:
        raws = _RAW_ENTRIES.decode(_array_header(n) + blob)
    except msgspec.DecodeError:
        return None
    lens = np.fromiter(map(len, raws), dtype=np.int64, count=n)
    del raws
    end = np.cumsum(lens)
    if not len(end) or end[-1] != len(blob):
        return None
    b = padded(blob)
    at = end - lens
    if not (b[at] == 0x92).all():  # each entry a 2-array
        return None
    at = at + 1
    h = b[at]
    ext = (h == 0xD7) & (b[at + 1] == 0)
    fixint, u32 = h < 0x80, h == 0xCE
    if not (ext | fixint | u32).all():
        return None
    sec = np.zeros(n, dtype=np.int64)
    nsec = np.zeros(n, dtype=np.int64)
    if ext.any():
        sec[ext], nsec[ext] = _be(b, at[ext] + 2, 4), _be(b, at[ext] + 6, 4)
    if fixint.any():
        sec[fixint] = h[fixint]
    if u32.any():
        sec[u32] = _be(b, at[u32] + 1, 4)
    at = at + np.where(ext, 10, np.where(u32, 5, 1))
    h = b[at].astype(np.int64)
    fixmap, map16 = (h >= 0x80) & (h <= 0x8F), h == 0xDE
    if not (fixmap | map16).all():
        return None
    count = np.where(fixmap, h & 0x0F, 0)
    if map16.any():
        count[map16] = _be(b, at[map16] + 1, 2)
    at = at + np.where(fixmap, 1, 3)
    width = int(count.max())
    ks = np.zeros((n, width), dtype=np.int64)
    kl, vs, vl = np.zeros_like(ks), np.zeros_like(ks), np.zeros_like(ks)
    for k in range(width):
        live: np.ndarray | slice = np.flatnonzero(count > k)
        if len(live) == n:
            live = slice(None)
        pos = at[live]
        for s_out, l_out in ((ks, kl), (vs, vl)):
            got = _str_at(b, pos)
            if got is None:
                return None
            s_out[live, k], l_out[live, k] = got
            pos = got[0] + got[1]
        at[live] = pos
    if not (at == end).all():
        return None
    present = np.arange(width)[None, :] < count[:, None]
    try:
        keys = strings(b, ks[present], kl[present])
        vals = strings(b, vs[present], vl[present])
    except pa.ArrowInvalid:  # invalid UTF-8: the general path repairs it
        return None
    row = np.repeat(np.arange(n, dtype=np.int64), count)
    enc = pc.dictionary_encode(keys)
    distinct = len(enc.dictionary)
    pair = row * distinct + enc.indices.to_numpy(zero_copy_only=False)
    if not len(pair):
        twice = False
    elif n * distinct <= 1 << 20:
        twice = np.bincount(pair).max() > 1
    else:
        twice = len(np.unique(pair)) != len(pair)
    if twice:  # a key twice in one record: the dict paths keep the last one
        return None
    ts = pa.array(sec * 1_000_000 + nsec // 1000, pa.int64()).cast(TS)
    return ts, keys, vals, row


def packed_batch(tag: str, blob: bytes, size: Any) -> pa.RecordBatch | None:
    """:func:`packed_columns` as a ``logs`` batch (the same rows :func:`entries_batch` gives), or None."""
    cols = packed_columns(blob, size)
    if cols is None:
        return None
    ts, keys, vals, row = cols
    return _columns_batch(clean_text(tag), ts, keys, vals, row, len(ts))


