"""The needle search index: token bloom filters per row group, in a sidecar beside each ``logs`` file.

Finding one trace id in a month of logs must not read the month. Every
``logs`` Parquet file the archive writes, ``<root>/logs/date=…/hour=…/<name>``,
gets an index ``<root>/_search/logs/date=…/hour=…/<name>.search``: for each
row group, a bloom filter of the *tokens* of its messages. The indexes live
in their own tree so that the data directories stay pure Parquet for plain
readers (DuckDB, Polars, Spark) and ``_`` hides the tree from pyarrow's and
Spark's discovery. The query service's
``search('needle')`` (:mod:`millpond.sinks.search_sql`) reads only the row
groups whose filters hold every token of the needle, then filters exactly.

What a token is (the same rule here, in numpy, and in DuckDB SQL):
a maximal run of characters other than the ASCII separators (everything
ASCII except letters, digits and ``_ . - @``), with ``. - @`` trimmed from
both ends. So ``10.0.0.7:8080`` → ``10.0.0.7``, ``8080``;
``trace_id=4bf92f…`` → ``trace_id``, ``4bf92f…``; ``done.`` → ``done``;
non-ASCII letters belong to tokens. Tokens are indexed lowercased (DuckDB's
``lower``, which the case-insensitive search uses too), so one index serves
both cases. Plain numbers (digits, at most one ``.``) of fewer than
:data:`MIN_DIGITS` digits are not indexed (ports, latencies, amounts:
many, and rarely what one searches for); a needle made only of those is
answered by a scan.

File layout (all integers little-endian)::

    b"MPSIDX1\\n" | u32 header length | u32 crc32c of the rest | header JSON | bit matrix

The matrix is transposed (bit-sliced): row ``p`` (of ``m``) holds one bit per
row group, so probing a key reads ``k`` rows of ``ceil(groups / 8)`` bytes,
whatever the file's size. The header names its data file: name, size and
CRC32C of the Parquet footer (which holds every column chunk's offsets,
sizes and min/max, so any other content has another footer). An index
whose own CRC, data file, hash fingerprint or format does not match is
ignored and the file is read in full: a missing or bad index costs time,
never an answer.

Crash safety: the index is written (temp, fsync, rename) *before* the data
file is renamed into place, under a name derived from the published data
name, so publishing a ``.pending`` file needs no second rename. A crash in
between leaves an orphan index; :func:`orphans` finds them and the archive's
recovery deletes them. Deleting a data file deletes its index.
"""

from __future__ import annotations

import json
import os
import struct
import threading
from dataclasses import dataclass
from collections.abc import Callable
from typing import Any

import crc32c
import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.fs as pafs

from millpond.durable import fsync_dir, temp_path

MAGIC = b"MPSIDX1\n"
INDEX_DIR = "_search"
SUFFIX = ".search"
VERSION = 4
"""v4: common-key filters per range of row groups (a compaction's merge keeps each part's); v3 (one per file) is read too."""
COMMON_BITS_PER_KEY = 12.0
"""Bits per key of a file's common-keys filter (about 0.46 % false positives with :data:`K`: such a needle reads the
file, or the part of a merged file). Was 16 (0.15 %); 12 pays off a key in two row groups (2 x 7.5 bits)."""
BITS_PER_KEY = 7.5
"""Bloom bits per distinct token of a row group (about 2.7 % false positives with :data:`K`; chosen by measurement, docs/search.md)."""
K = 5
MIN_DIGITS = 7
JOINERS = ".-@"
SEPARATORS = "".join(chr(c) for c in range(128) if not (chr(c).isalnum() or chr(c) in "_" + JOINERS))
TOKEN_RE = r"[^\x00-\x2c\x2f\x3a-\x3f\x5b-\x5e\x60\x7b-\x7f]+"
"""The token characters as an RE2 class (DuckDB); the complement of :data:`SEPARATORS`."""

_PREFIX = struct.Struct("<8sII")
U64 = np.uint64


def _splitmix(x: np.ndarray) -> np.ndarray:
    """SplitMix64 finaliser: spreads a token key's bits over the whole word (platform-independent)."""
    x = x + U64(0x9E3779B97F4A7C15)
    x = (x ^ (x >> U64(30))) * U64(0xBF58476D1CE4E5B9)
    x = (x ^ (x >> U64(27))) * U64(0x94D049BB133111EB)
    return x ^ (x >> U64(31))


def _table(mapping: dict[int, int]) -> bytes:
    t = bytearray(range(256))
    for c, v in mapping.items():
        t[c] = v
    return bytes(t)


_KEYMAP = _table({**{c: c + 32 for c in range(ord("A"), ord("Z") + 1)}, **{ord(c): 0 for c in SEPARATORS},
                  **{ord(c): 1 + i for i, c in enumerate(JOINERS)}})
"""bytes.translate table to the key alphabet: ASCII lowercased, separators 0 (never inside a token: a key's
padding), the joiners ``. - @`` 1, 2, 3 (so one compare finds them; control characters are separators)."""
_UNMAP = _table({1 + i: ord(c) for i, c in enumerate(JOINERS)})
_MASK = np.array([(1 << (8 * i)) - 1 for i in range(8)] + [(1 << 64) - 1], dtype=np.uint64)
_WORD_MUL = (np.arange(1, 65, dtype=np.uint64) * U64(0x9E3779B97F4A7C15)) | U64(1)
RULE = 4
"""Version of the token-key, hash and bit-position rules: bump it with any change to them."""
HASH_FP = int(_splitmix(np.array([0x4D50_5349_4458_0000 + RULE], np.uint64))[0]) & 0xFFFFFFFF
"""Fingerprint of those rules, stored in each index (a different one = index ignored, the file read whole)."""
_duck_lock = threading.Lock()
_duck: duckdb.DuckDBPyConnection | None = None


def _duck_lower(arr: pa.StringArray) -> pa.StringArray:
    """DuckDB's ``lower`` (what ``search(…, ignore_case := true)`` compares with), for non-ASCII text."""
    global _duck
    with _duck_lock:
        if _duck is None:
            _duck = duckdb.connect(":memory:", config={"enable_external_access": False, "threads": 1})
        out = _duck.from_arrow(pa.table({"m": arr})).select("lower(m) AS m").to_arrow_table()
        out = out.column("m").combine_chunks()
    return out.cast(pa.string())


@dataclass(frozen=True)
class Spans:
    """Where the tokens of some messages are: ``buf[starts[i]:ends[i]]`` (lowercased bytes)."""

    buf: np.ndarray
    """The messages in the key alphabet (:data:`_KEYMAP`), a 0 between two, zero-padded (8-byte reads)."""
    starts: np.ndarray
    ends: np.ndarray


def _joined(arr: pa.StringArray) -> bytes:
    """The messages' bytes, a 0 between two (no token spans two), one before and 16 after (padding).

    One ``binary_join`` of the array seen as a single list: a quarter of the
    CPU of a per-row join.
    """
    whole = pc.binary_join(pa.ListArray.from_arrays(pa.array([0, len(arr)], pa.int32()), arr), "\0")
    o = np.frombuffer(whole.buffers()[1], np.int32)[whole.offset:whole.offset + 2]
    return b"".join((b"\0", memoryview(whole.buffers()[2])[int(o[0]):int(o[1])] if o[1] > o[0] else b"", bytes(16)))


def spans(messages: pa.Array | pa.ChunkedArray) -> Spans:
    """Tokenise ``messages`` over their byte buffer: two byte tables, one diff, no per-token Python.

    ``bytes.translate`` maps the bytes to the key alphabet (ASCII lowercased,
    separators 0); a joiner at a token's edge is turned into a separator (the
    few joiners, repeatedly: ``--`` needs two rounds), and the runs of token
    bytes between separators are the tokens.
    """
    arr = messages.combine_chunks() if isinstance(messages, pa.ChunkedArray) else messages
    arr = pc.fill_null(arr.cast(pa.string()), "")
    raw = _joined(arr)
    if not raw.isascii():
        raw = _joined(_duck_lower(arr))
    buf = np.frombuffer(raw.translate(_KEYMAP), np.uint8)
    nz = buf != 0
    joiners = np.flatnonzero((buf - np.uint8(1)) < len(JOINERS))
    while len(joiners):  # trim: a joiner next to a separator is one
        edge = ~(nz[joiners - 1] & nz[joiners + 1])
        if not edge.any():
            break
        nz[joiners[edge]] = False
        joiners = joiners[~edge]
    change = np.flatnonzero(nz[1:] != nz[:-1])  # i: a token starts or ends at i + 1
    return Spans(buf[1:], change[0::2], change[1::2])


def _keys(sp: Spans, lo: int, hi: int) -> np.ndarray:
    """The distinct 64-bit keys of tokens ``lo:hi`` of ``sp``, short numbers left out.

    A token of at most 8 bytes is its own key (its bytes, zero-padded: exact,
    no hashing); a longer one folds its 8-byte words with odd multipliers.
    Keys are deduplicated (sort) before anything costlier runs on them.
    """
    s, e = sp.starts[lo:hi], sp.ends[lo:hi]
    if len(s) == 0:
        return np.zeros(0, np.uint64)
    words = np.ndarray((len(sp.buf) - 7,), np.dtype("<u8"), sp.buf.data, strides=(1,))  # keys: little-endian
    length = e - s
    key = words[s]
    key &= np.take(_MASK, length, mode="clip")
    longer = np.flatnonzero(length > 8)
    if len(longer):  # first and last 8 bytes (overlapping), and the whole words between: every byte, no masks
        ls, le = s[longer], e[longer]
        acc = key[longer] * _WORD_MUL[0] ^ words[le - 8] * _WORD_MUL[1] ^ length[longer].astype(np.uint64)
        idx = np.flatnonzero(le - ls > 16)
        i = 1
        while len(idx):
            acc[idx] ^= words[ls[idx] + 8 * i] * _WORD_MUL[(i + 1) % 64]
            i += 1
            idx = idx[le[idx] - ls[idx] > 8 * (i + 1)]
        key[longer] = acc | U64(1 << 63)  # (mixed with the short keys after the deduplication)
    key.sort()
    key = key[np.concatenate(([True], key[1:] != key[:-1]))]
    return key[~_short_number(key)]


def _short_number(keys: np.ndarray) -> np.ndarray:
    """Keys of plain numbers (digits, at most one ``.``) of fewer than :data:`MIN_DIGITS` digits (not indexed).

    Such a token has at most ``MIN_DIGITS`` bytes, so its key is below ``2 ** (8 * MIN_DIGITS)``:
    only those few keys are looked at byte by byte.
    """
    out = np.zeros(len(keys), bool)
    cand = np.flatnonzero(keys < U64(1 << (8 * MIN_DIGITS)))
    if len(cand):
        b = keys[cand].view(np.uint8).reshape(-1, 8)
        digit = (b - np.uint8(ord("0"))) < 10
        dot = b == 1 + JOINERS.index(".")
        valid = (digit | dot | (b == 0)).view(np.uint64)[:, 0] == U64(0x0101010101010101)
        digits = np.bitwise_count(digit.view(np.uint64)[:, 0])
        out[cand] = valid & (digits > 0) & (digits < MIN_DIGITS) & (np.bitwise_count(dot.view(np.uint64)[:, 0]) <= 1)
    return out


def token_keys(messages: pa.Array | pa.ChunkedArray, rg_rows: list[int] | None = None) -> list[np.ndarray]:
    """Per row group (``rg_rows`` rows each; default: one group), the hashes of its distinct indexable tokens.

    One row group at a time: its temporaries (a few bytes per message byte) stay
    small enough for the allocator to reuse them instead of faulting in fresh pages.
    """
    arr = messages.combine_chunks() if isinstance(messages, pa.ChunkedArray) else messages
    rows = rg_rows if rg_rows is not None else [len(arr)]
    if sum(rows) != len(arr):
        raise ValueError(f"row groups hold {sum(rows)} rows, the messages {len(arr)}")
    return [_splitmix(k) for k in _raw_keys(arr, rows)]


SPAN_ROWS = 16_384
"""Messages tokenised at a time. The temporaries of :func:`spans` and :func:`_keys` are several bytes per
message byte: for a 128k-row group that was ~60 MB, which the allocator gave back and faulted in again at every
flush, and sorting 1.5M keys at once left the caches. In pieces of this many rows (each deduplicated, then the
union) the same keys cost 0.68-0.75 → 0.43 CPU-µs a row on the receivers' log lines (user 0.44 → 0.35, system
0.22-0.33 → 0.08; two writer threads, /tmp/s5w/si5.py)."""


def _raw_keys(arr: pa.Array, rows: list[int]) -> list[np.ndarray]:
    """Per row group, its distinct token keys before mixing: sorted (what makes the common keys cheap to drop)."""
    out = []
    start = 0
    for n in rows:
        parts = []
        for at in range(start, start + n, SPAN_ROWS):
            sp = spans(arr.slice(at, min(SPAN_ROWS, start + n - at)))
            parts.append(_keys(sp, 0, len(sp.starts)))
        if len(parts) == 1:
            out.append(parts[0])
        else:  # the union of sorted distinct pieces: sort again (few keys: most tokens repeat), drop repeats
            key = np.concatenate(parts) if parts else np.zeros(0, np.uint64)
            key.sort()
            out.append(key[np.concatenate(([True], key[1:] != key[:-1]))] if len(key) else key)
        start += n
    return out


def tokens(messages: pa.Array | pa.ChunkedArray) -> pa.StringArray:
    """The distinct indexable tokens of ``messages``, lowercased (tests, the bench; the index uses the keys)."""
    sp = spans(messages)
    raw = sp.buf.tobytes().translate(_UNMAP)
    toks = {raw[a:b] for a, b in zip(sp.starts.tolist(), sp.ends.tolist())}
    keep = [t for t in toks if not (len(t.replace(b".", b"", 1)) < MIN_DIGITS and t.replace(b".", b"", 1).isdigit())]
    return pa.array(sorted(t.decode() for t in keep), pa.string())


def needle_keys(needle: str) -> np.ndarray:
    """The distinct hashes a row group must hold to contain ``needle`` (empty: the index cannot help)."""
    return token_keys(pa.array([needle], pa.string()))[0]


def _positions(h: np.ndarray, m: int, k: int) -> np.ndarray:
    """Bloom bit positions, shape ``(len(h), k)``: double hashing in ``[0, m)``.

    ``g1 + i·g2 (mod m)`` with ``g1, g2`` the two 32-bit halves of the hash
    scaled to ``[0, m)`` (multiply-shift); the modulo is one conditional
    subtraction per step, as ``g2 < m``: no division, k cheap passes over n keys.
    """
    mm = U64(m)
    p = ((h & U64(0xFFFFFFFF)) * mm >> U64(32)).astype(np.int64)
    g2 = ((h >> U64(32)) * mm >> U64(32)).astype(np.int64) | 1
    out = np.empty((len(h), k), np.int64)
    out[:, 0] = p
    for i in range(1, k):
        p += g2
        p -= m * (p >= m)
        out[:, i] = p
    return out


@dataclass(frozen=True)
class Segment:
    """Row groups ``first … first + count - 1``, whose filters share the size ``m`` (bit-sliced together).

    Its matrix is ``m`` rows of ``count`` bits, packed without padding (row ``p`` at bit ``p · count``),
    then :attr:`tail` zero bytes so that reading any row as :attr:`row_bytes` bytes stays inside it.
    """

    first: int
    count: int
    m: int
    offset: int
    """Where its matrix starts in the index file."""

    @property
    def row_bytes(self) -> int:
        return (self.count + 7) // 8 + 1

    @property
    def tail(self) -> int:
        return self.row_bytes

    @property
    def end(self) -> int:
        return self.offset + (self.m * self.count + 7) // 8 + self.tail


@dataclass(frozen=True)
class Common:
    """The common keys (:func:`_common_keys`) of row groups ``first … first + count - 1``: one filter of ``m`` bits.

    A key in it is in every one of those row groups. Stored as ``m`` bits, then 2 zero bytes.
    """

    first: int
    count: int
    m: int
    offset: int

    @property
    def end(self) -> int:
        return self.offset + (self.m + 7) // 8 + 2


@dataclass(frozen=True)
class Header:
    rows: list[int]
    segments: list[Segment]
    commons: list[Common]
    """Common-key filters, each over a range of row groups holding whole segments (none, one per file, or
    one per part of a merged file)."""
    k: int
    data: str
    """``<file name>:<size>:<footer crc32c>`` of the data file it indexes (:func:`data_id`)."""
    lower: str
    hash_fp: int
    min_digits: int


def data_id(name: str, f: Any, size: int) -> str:
    """The identity of the Parquet file ``name`` of ``size`` bytes open as ``f`` (seek/read): name, size, footer CRC."""
    f.seek(size - 8)
    tail = f.read(8)
    footer_len = int.from_bytes(tail[:4], "little")
    if tail[4:] != b"PAR1" or footer_len + 12 > size:
        raise ValueError(f"{name} is not a Parquet file")
    f.seek(size - 8 - footer_len)
    return f"{name.removesuffix('.pending')}:{size}:{crc32c.crc32c(f.read(footer_len)):08x}"


def _common_keys(keys: list[np.ndarray]) -> np.ndarray:
    """The keys found in at least half the row groups of a file (of 2 or more, in 2 at least): sorted.

    Such tokens (a latency like ``1843s``, a user of a few thousand, a status
    word) set the same bits in every row group's filter: they take room in
    each and make a needle that shares a bit with one a false positive in
    every row group at once. Kept once per file instead, a needle that is one
    of them reads every row group (it is in most of them anyway). Files of 2
    and 3 row groups too: a flush file of a busy partition has 3, and
    compaction keeps its filters (bench/compaction.py: the index of such
    files fell from 5.36 to 4.9 % of the archive).
    """
    if len(keys) < 2:
        return np.zeros(0, np.uint64)
    every = np.concatenate(keys)
    every.sort()
    starts = np.flatnonzero(np.concatenate(([True], every[1:] != every[:-1])))
    runs = np.diff(np.append(starts, len(every)))
    return every[starts[runs >= max(2, (len(keys) + 1) // 2)]]


def build(messages: pa.Array | pa.ChunkedArray, rg_rows: list[int], *, data: str) -> bytes:
    """The index of a file whose ``messages`` are cut in row groups of ``rg_rows`` rows."""
    arr = messages.combine_chunks() if isinstance(messages, pa.ChunkedArray) else messages
    if sum(rg_rows) != len(arr):
        raise ValueError(f"row groups hold {sum(rg_rows)} rows, the messages {len(arr)}")
    keys = _raw_keys(arr, rg_rows)
    common = _common_keys(keys)
    if len(common):  # kept once per file instead of in every row group's filter
        keys = [k[~np.isin(k, common, assume_unique=True)] for k in keys]
    keys, common = [_splitmix(k) for k in keys], _splitmix(common)
    counts = [len(k) for k in keys]
    # filters of a segment share one size: the short last row group of a file (or any one much smaller than
    # the others) gets its own, so the full ones get the nominal bits per token and it wastes none
    cut = len(counts) - 1 if len(counts) > 1 and counts[-1] < 0.75 * np.mean(counts[:-1]) else len(counts)
    spans_ = [(0, cut), (cut, len(counts) - cut)] if cut < len(counts) else [(0, len(counts))]
    segs, blobs = [], []
    for first, count in spans_:
        m = max(64, int(np.mean(counts[first:first + count]) * BITS_PER_KEY))
        bits = np.zeros(m * count, bool)
        for j in range(count):  # row p, bit j
            h = keys[first + j]
            if len(h):
                bits[_positions(h, m, K).ravel() * count + j] = True
        segs.append([first, count, m])
        blobs.append(np.packbits(bits, bitorder="little").tobytes() + bytes((count + 7) // 8 + 1))
    m_common = max(64, int(len(common) * COMMON_BITS_PER_KEY)) if len(common) else 0
    if m_common:
        bits = np.zeros(m_common, bool)
        bits[_positions(common, m_common, K).ravel()] = True
        blobs.append(np.packbits(bits, bitorder="little").tobytes() + bytes(2))
    return _assemble(list(map(int, rg_rows)), segs, [[0, len(rg_rows), m_common]] if m_common else [], blobs, data)


def _assemble(rows: list[int], segs: list[list[int]], commons: list[list[int]], blobs: list[bytes], data: str,
              lower: str | None = None) -> bytes:
    """An index file: header, then the segments' matrices and the common filters, in ``blobs`` order."""
    header = json.dumps({"v": VERSION, "rows": rows, "segs": segs, "commons": commons, "k": K, "data": data,
                         "lower": lower or duckdb.__version__, "hash": HASH_FP, "min_digits": MIN_DIGITS}).encode()
    body = header + b"".join(blobs)
    return _PREFIX.pack(MAGIC, len(header), crc32c.crc32c(body)) + body


def compose(pieces: list[tuple[bytes, Header, list[int]]], *, data: str) -> bytes:
    """The index of a file made of row groups ``groups`` (ascending) of each piece, in order: a compaction's merge.

    Each piece is ``(index blob, its verified header, groups kept)``. Its filters are copied, not rebuilt:
    a segment's bit matrix as it is (or only the columns of the kept row groups), each common filter for
    the groups it covers. No message is read again. Pieces must share ``k`` and the lowercase table
    (``lower``): the caller rebuilds an index that does not.
    """
    rows: list[int] = []
    segs: list[list[int]] = []
    commons: list[list[int]] = []
    blobs: list[bytes] = []
    common_blobs: list[bytes] = []
    lower = None
    for blob, h, groups in pieces:
        if h.k != K or (lower is not None and h.lower != lower):
            raise ValueError("indexes of another shape cannot be composed")
        if groups != sorted(set(groups)) or (groups and not 0 <= groups[0] <= groups[-1] < len(h.rows)):
            raise ValueError(f"bad row groups {groups}")
        lower = h.lower
        new = {g: len(rows) + i for i, g in enumerate(groups)}
        rows += [h.rows[g] for g in groups]
        for seg in h.segments:
            sel = [j for j in range(seg.count) if seg.first + j in new]
            if not sel:
                continue
            matrix = blob[seg.offset:seg.end]
            if len(sel) < seg.count:
                bits = np.unpackbits(np.frombuffer(matrix, np.uint8), bitorder="little")
                bits = bits[:seg.m * seg.count].reshape(seg.m, seg.count)[:, sel]
                matrix = np.packbits(bits.ravel(), bitorder="little").tobytes() + bytes((len(sel) + 7) // 8 + 1)
            segs.append([new[seg.first + sel[0]], len(sel), seg.m])
            blobs.append(bytes(matrix))
        for c in h.commons:
            kept = [g for g in range(c.first, c.first + c.count) if g in new]
            if kept:
                commons.append([new[kept[0]], len(kept), c.m])
                common_blobs.append(bytes(blob[c.offset:c.end]))
    if not rows:
        raise ValueError("no row groups")
    return _assemble(rows, segs, commons, blobs + common_blobs, data, lower)


def parse_header(blob: bytes) -> Header | None:
    """The header of an index file's first bytes, ``None`` if it is not one we can use."""
    if len(blob) < _PREFIX.size:
        return None
    magic, hlen, _ = _PREFIX.unpack_from(blob)
    if magic != MAGIC or len(blob) < _PREFIX.size + hlen:
        return None
    try:
        h = json.loads(blob[_PREFIX.size:_PREFIX.size + hlen])
        if h.get("v") not in (3, VERSION) or h.get("hash") != HASH_FP or h.get("min_digits") != MIN_DIGITS:
            return None
        rows = [int(r) for r in h["rows"]]
        segs, at, first = [], _PREFIX.size + hlen, 0
        for f, c, m in h["segs"]:
            if int(f) != first or int(c) < 1 or int(m) < 1:
                return None
            segs.append(Segment(first, int(c), int(m), at))
            at, first = segs[-1].end, first + int(c)
        if first != len(rows):
            return None
        ranges = ([[0, len(rows), h["common"]]] if int(h["common"]) > 0 else []) if h["v"] == 3 else h["commons"]
        commons, bounds = [], {(g.first, g.first + g.count) for g in segs}
        starts, ends = {a for a, _ in bounds}, {b for _, b in bounds}
        for f, c, m in ranges:
            if int(m) < 1 or int(c) < 1 or int(f) not in starts or int(f) + int(c) not in ends:
                return None  # a common filter covers whole segments
            commons.append(Common(int(f), int(c), int(m), at))
            at = commons[-1].end
        return Header(rows, segs, commons, int(h["k"]), str(h["data"]), str(h["lower"]), int(h["hash"]),
                      int(h["min_digits"]))
    except (ValueError, KeyError, TypeError):
        return None


def verify(blob: bytes) -> Header | None:
    """Parse and check a whole index file (CRC and matrix size)."""
    h = parse_header(blob)
    if h is None:
        return None
    _, _, crc = _PREFIX.unpack_from(blob)
    end = (h.commons[-1] if h.commons else h.segments[-1]).end
    if crc32c.crc32c(memoryview(blob)[_PREFIX.size:]) != crc or len(blob) != end:
        return None
    return h


def matching_groups(h: Header, keys: np.ndarray, read: Callable[[list[int], int], list[bytes] | None]
                    ) -> list[int] | None:
    """Row groups whose filters hold every key; ``None`` if ``read`` failed (then read the file whole).

    ``read(offsets, size)``: the ``size`` bytes at each offset of the index file (the bytes holding a
    matrix row: ``k`` per key and segment, one bit per row group of the segment).
    """
    held = np.zeros((len(h.commons), len(keys)), bool)
    if h.commons and len(keys):  # a common key is in every row group of its range: only the others can prune
        bits = [_positions(keys, c.m, h.k) for c in h.commons]
        offsets = np.concatenate([c.offset + (b.ravel() >> 3) for c, b in zip(h.commons, bits)])
        rows = read(offsets.tolist(), 1)
        if rows is None or len(rows) != len(offsets) or any(len(r) != 1 for r in rows):
            return None
        got, at = np.frombuffer(b"".join(rows), np.uint8), 0
        for i, b in enumerate(bits):
            held[i] = ((got[at:at + b.size].reshape(b.shape) >> (b & 7).astype(np.uint8)) & 1).all(axis=1)
            at += b.size
    owner = {g: i for i, c in enumerate(h.commons) for g in range(c.first, c.first + c.count)}
    out: list[int] = []
    probes: dict[int, list[tuple[Segment, np.ndarray]]] = {}  # matrix-row size → (segment, bit positions)
    for seg in h.segments:
        need = keys[~held[owner[seg.first]]] if seg.first in owner else keys
        if not len(need):
            out.extend(range(seg.first, seg.first + seg.count))
            continue
        probes.setdefault(seg.row_bytes, []).append((seg, (_positions(need, seg.m, h.k) * seg.count).ravel()))
    for size, segs in probes.items():  # one read per row size: a merged file has a segment or two per part
        rows = read(np.concatenate([seg.offset + (bit >> 3) for seg, bit in segs]).tolist(), size)
        if rows is None or len(rows) != sum(len(bit) for _, bit in segs) or any(len(r) != size for r in rows):
            return None
        bits = np.unpackbits(np.frombuffer(b"".join(rows), np.uint8).reshape(-1, size), axis=1, bitorder="little")
        at = 0
        for seg, bit in segs:  # a key: its k rows; the needle: all of its keys
            cols = (bit & 7)[:, None] + np.arange(seg.count)
            acc = np.take_along_axis(bits[at:at + len(bit)], cols, axis=1).all(axis=0)
            out.extend((seg.first + np.flatnonzero(acc)).tolist())
            at += len(bit)
    return sorted(out)


def index_path(root: str, data_path: str) -> str:
    """The index of a data file under archive ``root`` (pending or published: the same name)."""
    rel = data_path[len(root) + 1:] if data_path.startswith(root + "/") else data_path.rsplit("/", 1)[-1]
    return f"{root}/{INDEX_DIR}/{rel.removesuffix('.pending')}{SUFFIX}"


def data_path(root: str, index: str) -> str | None:
    """The published data file an index belongs to, ``None`` if ``index`` is not an index path."""
    prefix = f"{root}/{INDEX_DIR}/"
    if not index.startswith(prefix) or not index.endswith(".parquet" + SUFFIX):
        return None
    return f"{root}/{index[len(prefix):-len(SUFFIX)]}"


def write_local(path: str, blob: bytes) -> None:
    """Atomically put ``blob`` at ``path``: temp, fsync, rename, fsync of the directory."""
    parent = path.rsplit("/", 1)[0]
    os.makedirs(parent, exist_ok=True)
    tmp = temp_path(path)
    try:
        with open(tmp, "wb") as f:
            f.write(blob)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    fsync_dir(parent)


def orphans(fs: pafs.FileSystem, root: str, table: str) -> list[str]:
    """Index files of ``table`` whose data file (published or pending) is gone."""
    def files(base: str) -> set[str]:
        try:
            infos = fs.get_file_info(pafs.FileSelector(base, recursive=True, allow_not_found=True))
        except FileNotFoundError:
            return set()
        return {i.path for i in infos if i.type == pafs.FileType.File}

    data = files(f"{root}/{table}")
    out = []
    for p in files(f"{root}/{INDEX_DIR}/{table}"):
        d = data_path(root, p)
        if d is not None and d not in data and d + ".pending" not in data:
            out.append(p)
    return sorted(out)
