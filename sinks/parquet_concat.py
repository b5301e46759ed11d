"""Concatenate row groups of Parquet files into one file without decoding them.

A Parquet file is ``PAR1``, column chunks (pages, already encoded and
compressed), a Thrift footer holding every chunk's absolute offsets, the
footer's length and ``PAR1``. Pages carry no offsets, so copying a chunk's
bytes elsewhere and shifting the offsets that point at it (in the footer
only) yields a valid file holding the same row groups, statistics included.
Compaction uses it: merging an hour's flush files costs a byte copy and a
footer, not a decode, sort, encode and index rebuild per line.

Only what is needed is decoded: the Thrift compact protocol generically
(any field kept as read, so fields this module does not know survive), and
the offsets of ``RowGroup``/``ColumnChunk``/``ColumnMetaData``. Page indexes
and Parquet bloom filters (offsets to bytes outside the chunks) are dropped
from the copy; encrypted files are refused (:class:`NotConcatenable`).
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from typing import Any

import crc32c

MAGIC = b"PAR1"
_TAIL = 64 << 10
"""Bytes read from a file's end at first: the footer of an archive file fits (a few KB)."""

# Thrift compact types
_STOP, _TRUE, _FALSE, _I8, _I16, _I32, _I64, _DOUBLE, _BINARY, _LIST, _SET, _MAP, _STRUCT = range(13)

# parquet.thrift field ids
FMD_SCHEMA, FMD_NUM_ROWS, FMD_ROW_GROUPS, FMD_KV, FMD_ORDERS, FMD_ENC, FMD_SIGN = 2, 3, 4, 5, 7, 8, 9
RG_COLUMNS, RG_NUM_ROWS, RG_FILE_OFFSET, RG_ORDINAL = 1, 3, 5, 7
CC_FILE_PATH, CC_FILE_OFFSET, CC_META = 1, 2, 3
CC_PAGE_INDEX = (4, 5, 6, 7)
CC_CRYPTO = (8, 9)
CMD_TYPE, CMD_PATH, CMD_STATS = 1, 3, 12
INT64 = 2
ST_MAX, ST_MIN, ST_MAX_VALUE, ST_MIN_VALUE = 1, 2, 5, 6
CMD_COMPRESSED, CMD_DATA_PAGE, CMD_INDEX_PAGE, CMD_DICT_PAGE = 7, 9, 10, 11
CMD_BLOOM = (14, 15)


class NotConcatenable(ValueError):
    """The file cannot be copied by row group (encrypted, another layout, not Parquet)."""


# -- Thrift compact protocol: a struct is a list of [field id, type, value] -----------------------


class _Reader:
    def __init__(self, buf: bytes) -> None:
        self.buf, self.pos = buf, 0

    def byte(self) -> int:
        b = self.buf[self.pos]
        self.pos += 1
        return b

    def varint(self) -> int:
        out = shift = 0
        while True:
            b = self.byte()
            out |= (b & 0x7F) << shift
            if b < 0x80:
                return out
            shift += 7

    def zigzag(self) -> int:
        n = self.varint()
        return (n >> 1) ^ -(n & 1)

    def value(self, t: int) -> Any:
        if t in (_TRUE, _FALSE):  # in a collection: one byte (1 true)
            return self.byte() == _TRUE
        if t == _I8:
            return self.byte()
        if t in (_I16, _I32, _I64):
            return self.zigzag()
        if t == _DOUBLE:
            self.pos += 8
            return self.buf[self.pos - 8:self.pos]
        if t == _BINARY:
            n = self.varint()
            self.pos += n
            return self.buf[self.pos - n:self.pos]
        if t in (_LIST, _SET):
            h = self.byte()
            n, et = h >> 4, h & 0x0F
            if n == 15:
                n = self.varint()
            return (et, [self.value(et) for _ in range(n)])
        if t == _MAP:
            n = self.varint()
            if n == 0:
                return (0, 0, [])
            kv = self.byte()
            return (kv >> 4, kv & 0x0F, [(self.value(kv >> 4), self.value(kv & 0x0F)) for _ in range(n)])
        if t == _STRUCT:
            return self.struct()
        raise NotConcatenable(f"unknown Thrift type {t}")

    def struct(self) -> list[list[Any]]:
        fields: list[list[Any]] = []
        last = 0
        while True:
            h = self.byte()
            if h == _STOP:
                return fields
            t, delta = h & 0x0F, h >> 4
            fid = last + delta if delta else self.zigzag()
            value = (t == _TRUE) if t in (_TRUE, _FALSE) else self.value(t)
            fields.append([fid, t, value])
            last = fid


def _varint(out: bytearray, n: int) -> None:
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)


def _zigzag(out: bytearray, n: int) -> None:
    _varint(out, (n << 1) ^ (n >> 63))


def _write_value(out: bytearray, t: int, v: Any) -> None:
    if t in (_TRUE, _FALSE):
        out.append(_TRUE if v else _FALSE)
    elif t == _I8:
        out.append(v & 0xFF)
    elif t in (_I16, _I32, _I64):
        _zigzag(out, v)
    elif t == _DOUBLE:
        out += v
    elif t == _BINARY:
        _varint(out, len(v))
        out += v
    elif t in (_LIST, _SET):
        et, items = v
        if len(items) < 15:
            out.append(len(items) << 4 | et)
        else:
            out.append(0xF0 | et)
            _varint(out, len(items))
        for item in items:
            _write_value(out, et, item)
    elif t == _MAP:
        kt, vt, items = v
        _varint(out, len(items))
        if items:
            out.append(kt << 4 | vt)
            for k, val in items:
                _write_value(out, kt, k)
                _write_value(out, vt, val)
    elif t == _STRUCT:
        _write_struct(out, v)
    else:
        raise NotConcatenable(f"unknown Thrift type {t}")


def _write_struct(out: bytearray, fields: list[list[Any]]) -> None:
    last = 0
    for fid, t, v in fields:
        wt = (_TRUE if v else _FALSE) if t in (_TRUE, _FALSE) else t
        if 0 < fid - last <= 15:
            out.append((fid - last) << 4 | wt)
        else:
            out.append(wt)
            _zigzag(out, fid)
        if t not in (_TRUE, _FALSE):
            _write_value(out, t, v)
        last = fid
    out.append(_STOP)


def _get(fields: list[list[Any]], fid: int, default: Any = None) -> Any:
    for f in fields:
        if f[0] == fid:
            return f[2]
    return default


def _set(fields: list[list[Any]], fid: int, t: int, value: Any) -> None:
    for f in fields:
        if f[0] == fid:
            f[1], f[2] = t, value
            return
    fields.append([fid, t, value])
    fields.sort(key=lambda f: f[0])


# -- files -------------------------------------------------------------------------------------


@dataclass
class Footer:
    """The parsed footer of one Parquet file of ``size`` bytes."""

    raw: bytes
    size: int
    meta: list[list[Any]]

    @property
    def row_groups(self) -> list[list[list[Any]]]:
        return _get(self.meta, FMD_ROW_GROUPS, (_STRUCT, []))[1]

    def rows(self) -> list[int]:
        return [int(_get(rg, RG_NUM_ROWS, 0)) for rg in self.row_groups]

    def column_min_max(self, column: str) -> list[tuple[int | None, int | None]]:
        """Per row group, the min and max statistics of the INT64 top-level ``column`` (``None``: not written)."""
        out: list[tuple[int | None, int | None]] = []
        for rg in self.row_groups:
            lo = hi = None
            for cc in _get(rg, RG_COLUMNS, (_STRUCT, []))[1]:
                md = _get(cc, CC_META)
                if _get(md, CMD_PATH, (_BINARY, []))[1] != [column.encode()] or _get(md, CMD_TYPE) != INT64:
                    continue
                stats = _get(md, CMD_STATS) or []
                lo_b, hi_b = _get(stats, ST_MIN_VALUE, _get(stats, ST_MIN)), _get(stats, ST_MAX_VALUE, _get(stats, ST_MAX))
                if lo_b is not None and hi_b is not None and len(lo_b) == len(hi_b) == 8:
                    lo, hi = int.from_bytes(lo_b, "little", signed=True), int.from_bytes(hi_b, "little", signed=True)
            out.append((lo, hi))
        return out

    def layout_key(self) -> bytes:
        """The parts two files must share to be concatenated: schema, key-value metadata, column orders."""
        out = bytearray()
        _write_struct(out, [f for f in self.meta if f[0] in (FMD_SCHEMA, FMD_KV, FMD_ORDERS)])
        return bytes(out)

    def data_id(self, name: str) -> str:
        """As :func:`millpond.sinks.search_index.data_id`: name, size and CRC32C of the footer."""
        return f"{name.removesuffix('.pending')}:{self.size}:{crc32c.crc32c(self.raw):08x}"


def parse_footer(tail: bytes, size: int) -> Footer:
    """The footer of a file of ``size`` bytes whose last ``len(tail)`` bytes are ``tail``.

    Raises :class:`NotConcatenable` if it is not a plain Parquet footer, or
    ``EOFError`` if ``tail`` is too short to hold it (read more and retry).
    """
    if len(tail) < 8 or tail[-4:] != MAGIC:
        raise NotConcatenable("not a Parquet file (or an encrypted footer)")
    n = struct.unpack("<I", tail[-8:-4])[0]
    if n + 12 > size:
        raise NotConcatenable("bad Parquet footer length")
    if n + 8 > len(tail):
        raise EOFError(n + 8)
    raw = bytes(tail[len(tail) - 8 - n:len(tail) - 8])
    try:
        meta = _Reader(raw).struct()
    except (IndexError, NotConcatenable) as e:
        raise NotConcatenable(f"unreadable Parquet footer: {e}") from None
    if _get(meta, FMD_ENC) is not None or _get(meta, FMD_SIGN) is not None:
        raise NotConcatenable("encrypted Parquet file")
    for rg in _get(meta, FMD_ROW_GROUPS, (_STRUCT, []))[1]:
        for cc in _get(rg, RG_COLUMNS, (_STRUCT, []))[1]:
            if _get(cc, CC_META) is None or any(_get(cc, f) is not None for f in CC_CRYPTO) or _get(cc, CC_FILE_PATH):
                raise NotConcatenable("column chunk without inline metadata")
    return Footer(raw, size, meta)


def read_footer(fd: int, size: int) -> Footer:
    """The footer of the local file open as ``fd``."""
    tail = os.pread(fd, min(size, _TAIL), size - min(size, _TAIL))
    try:
        return parse_footer(tail, size)
    except EOFError as e:
        need = min(size, int(e.args[0]))
        return parse_footer(os.pread(fd, need, size - need), size)


def _chunk_range(cc: list[list[Any]]) -> tuple[int, int]:
    md = _get(cc, CC_META)
    start = _get(md, CMD_DATA_PAGE)
    dic = _get(md, CMD_DICT_PAGE)
    if dic is not None and 0 < dic < start:
        start = dic
    return int(start), int(_get(md, CMD_COMPRESSED))


@dataclass
class Concat:
    """Builds one file from row groups of others: ``copy(src, offset, length)`` moves the bytes.

    ``copy`` is called in output order; the output starts with ``PAR1`` (written by the caller via
    :data:`MAGIC`) and :meth:`footer` returns the bytes that end it.
    """

    layout: bytes | None = None
    base: list[list[Any]] | None = None
    groups: list[list[list[Any]]] | None = None
    pos: int = len(MAGIC)
    num_rows: int = 0

    def add(self, footer: Footer, groups: list[int], copy: Any) -> None:
        """Append row groups ``groups`` of the file whose footer is ``footer`` (read through ``copy``)."""
        key = footer.layout_key()
        if self.layout is None:
            self.layout, self.base, self.groups = key, footer.meta, []
        elif key != self.layout:
            raise NotConcatenable("files of another schema")
        assert self.groups is not None
        row_groups = footer.row_groups
        for g in groups:
            rg = [list(f) for f in row_groups[g]]
            ccs = []
            first = None
            for cc in _get(rg, RG_COLUMNS)[1]:
                start, length = _chunk_range(cc)
                if start < len(MAGIC) or start + length > footer.size - len(footer.raw) - 8:
                    raise NotConcatenable("column chunk outside the file's data")
                delta = self.pos - start
                copy(start, length)
                md = [list(f) for f in _get(cc, CC_META) if f[0] not in CMD_BLOOM]
                for fid in (CMD_DATA_PAGE, CMD_INDEX_PAGE, CMD_DICT_PAGE):
                    v = _get(md, fid)
                    if v is not None and v > 0:
                        _set(md, fid, _I64, v + delta)
                cc = [list(f) for f in cc if f[0] not in CC_PAGE_INDEX]
                _set(cc, CC_META, _STRUCT, md)
                if (_get(cc, CC_FILE_OFFSET) or 0) > 0:
                    _set(cc, CC_FILE_OFFSET, _I64, _get(cc, CC_FILE_OFFSET) + delta)
                ccs.append(cc)
                first = self.pos if first is None else first
                self.pos += length
            _set(rg, RG_COLUMNS, _LIST, (_STRUCT, ccs))
            if _get(rg, RG_FILE_OFFSET) is not None:
                _set(rg, RG_FILE_OFFSET, _I64, first if first is not None else self.pos)
            _set(rg, RG_ORDINAL, _I16, len(self.groups))
            self.groups.append(rg)
            self.num_rows += int(_get(rg, RG_NUM_ROWS, 0))

    def footer(self) -> bytes:
        """The serialised footer: its Thrift bytes, their length, ``PAR1``."""
        if self.base is None or self.groups is None:
            raise NotConcatenable("nothing to concatenate")
        meta = [list(f) for f in self.base]
        _set(meta, FMD_NUM_ROWS, _I64, self.num_rows)
        _set(meta, FMD_ROW_GROUPS, _LIST, (_STRUCT, self.groups))
        out = bytearray()
        _write_struct(out, meta)
        return bytes(out)
