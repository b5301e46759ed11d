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
import uuid
from dataclasses import dataclass
from typing import Any

import crc32c
import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.fs as pafs

from millpond.durable import fsync_dir

MAGIC = b"MPSIDX1\n"
INDEX_DIR = "_search"
SUFFIX = ".search"
VERSION = 1
BITS_PER_KEY = 7.0
"""Bloom bits per distinct token of a row group (about 3.5 % false positives with :data:`K`)."""
K = 5
MIN_DIGITS = 6
JOINERS = ".-@"
SEPARATORS = "".join(chr(c) for c in range(128) if not (chr(c).isalnum() or chr(c) in "_" + JOINERS))
TOKEN_RE = r"[^\x00-\x2c\x2f\x3a-\x3f\x5b-\x5e\x60\x7b-\x7f]+"
"""The token characters as an RE2 class (DuckDB); the complement of :data:`SEPARATORS`."""

_PREFIX = struct.Struct("<8sII")


def _splitmix(x: np.ndarray) -> np.ndarray:
    """SplitMix64 finaliser: a fixed, platform-independent way to fill the hash tables."""
    x = x + np.uint64(0x9E3779B97F4A7C15)
    x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


_TAB = _splitmix(np.arange(32 * 256, dtype=np.uint64)).reshape(32, 256)
"""Tabulation hashing: one random 64-bit word per (position mod 32, byte)."""
HASH_FP = int(_TAB[7, 7] ^ _TAB[31, 255]) & 0xFFFFFFFF
"""Fingerprint of the hash function, stored in each index (a different one = index ignored)."""

_SEP_LUT = np.arange(256, dtype=np.uint8)
_SEP_LUT[[ord(c) for c in SEPARATORS]] = 0x20
_LOWER_LUT = _SEP_LUT.copy()
_LOWER_LUT[ord("A"):ord("Z") + 1] += 32
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


def tokens(messages: pa.Array | pa.ChunkedArray) -> pa.StringArray:
    """The distinct indexable tokens of ``messages`` (lowercased), vectorised.

    Separators are mapped to spaces through a byte table (they are ASCII, so
    UTF-8 stays valid), then Arrow splits on the space, trims the joiners and
    deduplicates; the (costlier) number test runs on the distinct tokens only.
    """
    arr = messages.combine_chunks() if isinstance(messages, pa.ChunkedArray) else messages
    arr = pc.fill_null(arr.cast(pa.string()), "")
    if len(arr) == 0:
        return pa.array([], pa.string())
    ascii_only = pc.all(pc.string_is_ascii(arr)).as_py() is not False
    if not ascii_only:
        arr = _duck_lower(arr)
    lut = _LOWER_LUT if ascii_only else _SEP_LUT
    offsets = np.frombuffer(arr.buffers()[1], np.int32)[arr.offset:arr.offset + len(arr) + 1]
    data = np.frombuffer(arr.buffers()[2], np.uint8)[offsets[0]:offsets[-1]]
    mapped = pa.StringArray.from_buffers(len(arr), pa.py_buffer((offsets - offsets[0]).astype(np.int32)),
                                         pa.py_buffer(lut[data]))
    toks = pc.unique(pc.utf8_trim(pc.list_flatten(pc.split_pattern(mapped, " ")), JOINERS))
    keep = pc.greater(pc.binary_length(toks), 0)
    digits = pc.replace_substring(toks, ".", "", max_replacements=1)
    short_number = pc.and_(pc.less(pc.binary_length(digits), MIN_DIGITS), pc.ascii_is_decimal(digits))
    return toks.filter(pc.and_not(keep, short_number))


def token_hashes(toks: pa.StringArray) -> np.ndarray:
    """64-bit tabulation hashes of ``toks`` (numpy over the string buffer, no per-token Python)."""
    toks = toks.cast(pa.string())
    n = len(toks)
    if n == 0:
        return np.zeros(0, np.uint64)
    offsets = np.frombuffer(toks.buffers()[1], np.int32)[toks.offset:toks.offset + n + 1].astype(np.int64)
    data = np.frombuffer(toks.buffers()[2], np.uint8)
    lengths = np.diff(offsets)
    starts = offsets[:-1]
    total = int(lengths.sum())
    flat_start = np.zeros(n, np.int64)
    np.cumsum(lengths[:-1], out=flat_start[1:])
    rel = np.arange(total, dtype=np.int64) - np.repeat(flat_start, lengths)
    vals = _TAB[rel & 31, data[np.repeat(starts, lengths) + rel]]
    return np.bitwise_xor.reduceat(vals, flat_start) ^ _splitmix(lengths.astype(np.uint64))


def needle_keys(needle: str) -> np.ndarray:
    """The distinct hashes a row group must hold to contain ``needle`` (empty: the index cannot help)."""
    return np.unique(token_hashes(tokens(pa.array([needle], pa.string()))))  # (a collision is harmless)


def _positions(h: np.ndarray, m: int, k: int) -> np.ndarray:
    """Bloom bit positions (double hashing), shape ``(len(h), k)``."""
    h1 = h & np.uint64(0xFFFFFFFF)
    h2 = (h >> np.uint64(32)) | np.uint64(1)
    i = np.arange(k, dtype=np.uint64)
    return ((h1[:, None] + i[None, :] * h2[:, None]) % np.uint64(m)).astype(np.int64)


@dataclass(frozen=True)
class Header:
    rows: list[int]
    m: int
    k: int
    data: str
    """``<file name>:<size>:<footer crc32c>`` of the data file it indexes (:func:`data_id`)."""
    lower: str
    hash_fp: int
    min_digits: int
    offset: int
    """Where the matrix starts in the index file."""

    @property
    def stride(self) -> int:
        return (len(self.rows) + 7) // 8


def data_id(name: str, f: Any, size: int) -> str:
    """The identity of the Parquet file ``name`` of ``size`` bytes open as ``f`` (seek/read): name, size, footer CRC."""
    f.seek(size - 8)
    tail = f.read(8)
    footer_len = int.from_bytes(tail[:4], "little")
    if tail[4:] != b"PAR1" or footer_len + 12 > size:
        raise ValueError(f"{name} is not a Parquet file")
    f.seek(size - 8 - footer_len)
    return f"{name.removesuffix('.pending')}:{size}:{crc32c.crc32c(f.read(footer_len)):08x}"


def build(messages: pa.Array | pa.ChunkedArray, rg_rows: list[int], *, data: str) -> bytes:
    """The index of a file whose ``messages`` are cut in row groups of ``rg_rows`` rows."""
    arr = messages.combine_chunks() if isinstance(messages, pa.ChunkedArray) else messages
    if sum(rg_rows) != len(arr):
        raise ValueError(f"row groups hold {sum(rg_rows)} rows, the messages {len(arr)}")
    keys: list[np.ndarray] = []
    start = 0
    for n in rg_rows:
        toks = tokens(arr.slice(start, n))
        keys.append(token_hashes(toks))
        start += n
    groups = len(rg_rows)
    stride = (groups + 7) // 8
    # sized by the mean row group (the last one of a file is usually short): the fullest ones get a
    # little more than the nominal false-positive rate, the short one much less
    m = max(64, int(np.mean([len(k) for k in keys]) * BITS_PER_KEY)) if keys else 64
    bits = np.zeros(m * stride * 8, bool)
    for g, h in enumerate(keys):
        if len(h):
            bits[_positions(h, m, K).ravel() * (stride * 8) + g] = True
    matrix = np.packbits(bits, bitorder="little").tobytes()
    header = json.dumps({"v": VERSION, "rows": list(map(int, rg_rows)), "m": m, "k": K, "data": data,
                         "lower": duckdb.__version__, "hash": HASH_FP, "min_digits": MIN_DIGITS}).encode()
    body = header + matrix
    return _PREFIX.pack(MAGIC, len(header), crc32c.crc32c(body)) + body


def parse_header(blob: bytes) -> Header | None:
    """The header of an index file's first bytes, ``None`` if it is not one we can use."""
    if len(blob) < _PREFIX.size:
        return None
    magic, hlen, _ = _PREFIX.unpack_from(blob)
    if magic != MAGIC or len(blob) < _PREFIX.size + hlen:
        return None
    try:
        h = json.loads(blob[_PREFIX.size:_PREFIX.size + hlen])
        if h.get("v") != VERSION or h.get("hash") != HASH_FP or h.get("min_digits") != MIN_DIGITS:
            return None
        return Header([int(r) for r in h["rows"]], int(h["m"]), int(h["k"]), str(h["data"]), str(h["lower"]),
                      int(h["hash"]), int(h["min_digits"]), _PREFIX.size + hlen)
    except (ValueError, KeyError, TypeError):
        return None


def verify(blob: bytes) -> Header | None:
    """Parse and check a whole index file (CRC and matrix size)."""
    h = parse_header(blob)
    if h is None:
        return None
    _, _, crc = _PREFIX.unpack_from(blob)
    if crc32c.crc32c(memoryview(blob)[_PREFIX.size:]) != crc or len(blob) != h.offset + h.m * h.stride:
        return None
    return h


def probe_rows(h: Header, keys: np.ndarray) -> np.ndarray:
    """Byte offsets (in the index file) of the matrix rows to read for ``keys``, shape ``(len(keys), k)``."""
    return h.offset + _positions(keys, h.m, h.k) * h.stride


def groups_from_rows(h: Header, rows: list[bytes]) -> list[int]:
    """Row groups whose bits are set in every probed row (``rows``: the bytes of each probed row)."""
    acc = np.full(h.stride, 0xFF, np.uint8)
    for r in rows:
        acc &= np.frombuffer(r, np.uint8)
    bits = np.unpackbits(acc, bitorder="little")[:len(h.rows)]
    return np.flatnonzero(bits).tolist()


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
    parent, name = path.rsplit("/", 1)
    os.makedirs(parent, exist_ok=True)
    tmp = f"{parent}/.{name}.{uuid.uuid4().hex[:8]}.tmp"
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
