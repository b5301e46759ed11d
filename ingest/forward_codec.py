"""Fluent forward protocol messages → ``logs`` Arrow batches (no sockets here).

The four carrier modes of the forward protocol v1 all end as
``(tag, times, records)``: Message ``[tag, time, record, option?]``, Forward
``[tag, [[time, record], …], option?]``, PackedForward ``[tag, bin, option?]``
(the bin is concatenated msgpack ``[time, record]`` entries) and
CompressedPackedForward (the same bin gzipped, ``option.compressed ==
"gzip"``). Time is integer seconds, a float, or EventTime (msgpack ext type 0:
big-endian uint32 seconds + uint32 nanoseconds).

The fast path decodes a PackedForward bin in one msgspec call with a typed
schema (``list[tuple[int | float | Ext, dict[str, str]]]``, the bin prefixed
with an array header of ``option.size`` entries), converts all EventTimes with
one numpy view, and builds the attribute map from flattened keys/values, so
the only per-record Python is inside C-level ``map``/``chain``. Records with
scalar values (numbers, bools, nulls) take a second typed decode and only the
non-string values are stringified; anything else (nested maps, binary keys,
invalid UTF-8) takes the general path (values as JSON). A message decodes completely or raises :class:`DecodeError`: nothing
half-parsed reaches the log.

Field mapping (DESIGN): tag → ``service``; ``log`` (else ``message``) →
``message``; ``level``/``severity`` → ``severity``; ``host``/``hostname`` →
``host``; every other key → ``attributes``.
"""

from __future__ import annotations

import gc
import struct
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import chain
from operator import attrgetter
from typing import Any, Literal

import msgpack
import msgspec
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from millpond.ingest.errors import DecodeError, FrameTooLarge
from millpond.pipeline.schema import TS, logs_batch

__all__ = ["EventTime", "checked_rows", "clean_text", "decode_entries", "decode_message", "entries_batch",
           "ext_hook", "paused_gc", "rows_batch"]

SOURCE = "forward"
_Ext = msgspec.msgpack.Ext
_FAST = msgspec.msgpack.Decoder(list[tuple[int | float | _Ext, dict[str, str]]])
_SCALAR = msgspec.msgpack.Decoder(list[tuple[int | float | _Ext, dict[str, str | int | float | bool | None]]])

Values = Literal["str", "scalar", "any", "batch"]
"""What a decode produced: ``dict[str, str]`` records, ``dict[str, scalar]`` records
(numbers, bools, nulls to stringify), anything (the per-record general path), or a
finished batch (the columnar PackedForward path)."""
_json = msgspec.json.Encoder()
_data = attrgetter("data")
_code = attrgetter("code")

MESSAGE_KEYS = ("log", "message")
SEVERITY_KEYS = ("level", "severity")
HOST_KEYS = ("host", "hostname")
_SPECIAL = pa.array([*MESSAGE_KEYS, *SEVERITY_KEYS, *HOST_KEYS])
_SPECIAL_INDEX = {name: i for i, name in enumerate(_SPECIAL.to_pylist())}


@contextmanager
def paused_gc() -> Iterator[None]:
    """Run a decode with the cyclic GC off: a PackedForward of thousands of records allocates
    thousands of dicts, which would trigger repeated collections over the whole heap (halving
    throughput); they are all freed by reference counting right after the batch is built."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@dataclass(frozen=True, slots=True)
class EventTime:
    """A forward EventTime decoded by the stream unpacker (nanoseconds since the epoch)."""

    ns: int


def ext_hook(code: int, data: bytes) -> Any:
    """msgpack-python ``ext_hook``: ext 0 of 8 bytes → :class:`EventTime`; others kept as ExtType."""
    if code == 0 and len(data) == 8:
        s, ns = struct.unpack(">II", data)
        return EventTime(s * 1_000_000_000 + ns)
    return msgpack.ExtType(code, data)


def _array_header(n: int) -> bytes:
    if n < 16:
        return bytes([0x90 | n])
    if n < 1 << 16:
        return b"\xdc" + n.to_bytes(2, "big")
    return b"\xdd" + n.to_bytes(4, "big")


def _count_entries(blob: bytes) -> int:
    """Number of msgpack objects in ``blob`` (skipped in C, not built); -1 if the last one is cut."""
    u = msgpack.Unpacker(max_buffer_size=len(blob) + 1)
    u.feed(blob)
    n = 0
    while True:
        try:
            u.skip()
        except msgpack.OutOfData:
            return n if u.tell() == len(blob) else -1
        except (msgpack.UnpackException, ValueError) as e:
            raise DecodeError(f"forward: bad entry stream: {e}") from None
        n += 1


def decode_entries(blob: bytes, size: int | None = None) -> tuple[list[Any], list[Any], Values]:
    """A PackedForward entry stream → (times, records, values). Raises :class:`DecodeError`.

    Typed msgspec decodes are tried first (all-string records, then scalar
    values); ``size`` (the ``option.size`` hint) saves counting the entries,
    a wrong hint only costs a recount.
    """
    if not blob:
        return [], [], "str"
    tried = set()
    for n in (size, None):
        if n is None:
            n = _count_entries(blob)
            if n < 0:
                raise DecodeError("forward: entry stream ends inside an entry")
        if not isinstance(n, int) or isinstance(n, bool) or not 0 < n < 1 << 32 or n in tried:
            continue
        tried.add(n)
        data = _array_header(n) + blob
        for decoder, values in ((_FAST, "str"), (_SCALAR, "scalar")):
            try:
                entries = decoder.decode(data)
            except msgspec.ValidationError:
                continue  # right count, other value types: try the next decoder
            except msgspec.DecodeError:
                break  # wrong count or not msgpack: recount / general path
            times, recs = zip(*entries)
            return list(times), list(recs), values  # type: ignore[return-value]
    # general path: any value types, invalid UTF-8 kept (repaired later), bytes keys
    u = msgpack.Unpacker(raw=False, unicode_errors="surrogateescape", ext_hook=ext_hook,
                         strict_map_key=False, max_buffer_size=len(blob) + 1)
    u.feed(blob)
    times, recs = [], []
    try:
        for e in u:
            if not isinstance(e, (list, tuple)) or len(e) != 2:
                raise DecodeError("forward: an entry is not [time, record]")
            times.append(e[0])
            recs.append(e[1])
    except (msgpack.UnpackException, ValueError) as e:
        raise DecodeError(f"forward: bad entry stream: {e}") from None
    return times, recs, "any"


def _time_ns_one(t: Any) -> int:
    if isinstance(t, EventTime):
        return t.ns
    if isinstance(t, bool):
        raise DecodeError("forward: time must be a number or EventTime, got a bool")
    if isinstance(t, int):
        return t * 1_000_000_000
    if isinstance(t, float):
        if t != t or abs(t) > 1e11:
            raise DecodeError(f"forward: time {t!r} out of range")
        return int(t * 1e9)
    if isinstance(t, (_Ext, msgpack.ExtType)) and t.code == 0 and len(t.data) == 8:
        s, ns = struct.unpack(">II", t.data)
        return s * 1_000_000_000 + ns
    raise DecodeError(f"forward: time must be a number or EventTime, got {type(t).__name__}")


def _times_us(times: list[Any]) -> pa.Array:
    """Event times → a UTC microsecond timestamp array; all-EventTime goes through one numpy view."""
    n = len(times)
    try:
        raw = b"".join(map(_data, times))
        if len(raw) == 8 * n and set(map(_code, times)) == {0}:
            pairs = np.frombuffer(raw, dtype=">u4").reshape(n, 2).astype(np.int64)
            return pa.array(pairs[:, 0] * 1_000_000 + pairs[:, 1] // 1000, pa.int64()).cast(TS)
    except (AttributeError, TypeError):
        pass
    if times and type(times[0]) is int and all(type(t) is int for t in times):
        arr = np.array(times, dtype=object)
        if all(0 <= t < 1 << 33 for t in times):
            return pa.array(arr.astype(np.int64) * 1_000_000, pa.int64()).cast(TS)
    us = [_time_ns_one(t) // 1000 for t in times]
    try:
        return pa.array(us, pa.int64()).cast(TS)
    except (OverflowError, pa.ArrowInvalid) as e:
        raise DecodeError(f"forward: time out of range: {e}") from None


def _text(v: Any) -> str:
    if type(v) is str:
        return v
    if isinstance(v, bytes):
        return v.decode("utf-8", "replace")
    if isinstance(v, str):  # a str subclass
        return str(v)
    if isinstance(v, EventTime):
        return str(v.ns)
    try:
        return _json.encode(v).decode()
    except (TypeError, msgspec.EncodeError):
        return repr(v)


def clean_text(s: str) -> str:
    """Undo surrogateescape from the stream unpacker: invalid UTF-8 becomes U+FFFD."""
    if s.isascii():
        return s
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        return s.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _normalise(recs: list[Any]) -> list[dict[str, str]]:
    """General path: every record a dict of str → str (bytes keys decoded, values stringified)."""
    out = []
    for r in recs:
        if not isinstance(r, dict):
            raise DecodeError(f"forward: a record must be a map, got {type(r).__name__}")
        out.append({clean_text(k if type(k) is str else _text(k)): clean_text(v if type(v) is str else _text(v))
                    for k, v in r.items()})
    return out


def entries_batch(tag: str, times: list[Any], recs: list[Any], *, values: Values = "any") -> pa.RecordBatch:
    """Rows of one tag → a ``logs`` batch; ``values`` says what the decoder guaranteed of ``recs``."""
    if values == "batch":  # decode_message(columnar=True) built it already
        return recs[0]
    if len(times) != len(recs):
        raise DecodeError("forward: times and records differ in number")
    if values == "any":
        recs = _normalise(recs)
    return rows_batch(clean_text(tag), _times_us(times), recs, scalar=values == "scalar")


def checked_rows(times: list[Any], recs: list[Any]) -> tuple[list[int], list[dict[str, str]]]:
    """One small message through the general path: (epoch µs times, ``dict[str, str]`` records).

    Raises :class:`DecodeError` for anything :func:`rows_batch` could not take, so that
    rows of many small messages can be gathered and built into one batch that cannot fail.
    """
    if len(times) != len(recs):
        raise DecodeError("forward: times and records differ in number")
    us = [_time_ns_one(t) // 1000 for t in times]
    if any(not -(1 << 63) <= u < 1 << 63 for u in us):
        raise DecodeError("forward: time out of range")
    return us, _normalise(recs)


def rows_batch(service: str | pa.Array, ts: pa.Array, recs: list[dict[str, Any]], *,
               scalar: bool = False) -> pa.RecordBatch:
    """Records with str keys (values str, or scalars with ``scalar``) → a ``logs`` batch."""
    n = len(recs)
    lens = np.fromiter(map(len, recs), dtype=np.int64, count=n)
    flat = list(chain.from_iterable(map(dict.values, recs)))
    if scalar:
        flat = [v if type(v) is str else _text(v) for v in flat]
    try:
        keys = pa.array(list(chain.from_iterable(recs)), pa.string())
        vals = pa.array(flat, pa.string())
    except (pa.ArrowException, UnicodeError) as e:
        raise DecodeError(f"forward: bad record text: {e}") from None
    return _columns_batch(service, ts, keys, vals, np.repeat(np.arange(n, dtype=np.int64), lens), n)


def _columns_batch(service: str | pa.Array, ts: pa.Array, keys: pa.Array, vals: pa.Array, row: np.ndarray,
                   n: int) -> pa.RecordBatch:
    """Flattened record keys/values (``row``: the record of each) → a ``logs`` batch of ``n`` rows."""
    keep = np.ones(len(keys), dtype=bool)

    code = pc.fill_null(pc.index_in(keys, value_set=_SPECIAL), -1).to_numpy(zero_copy_only=False)

    def pick(names: tuple[str, ...]) -> pa.Array | None:
        pos = np.full(n, -1, dtype=np.int64)
        for name in reversed(names):  # the first name wins: write it last
            hit = np.flatnonzero(code == _SPECIAL_INDEX[name])
            pos[row[hit]] = hit
        found = pos[pos >= 0]
        if not len(found):
            return None
        keep[found] = False
        return vals.take(pa.array(pos, mask=pos < 0))

    message = pick(MESSAGE_KEYS)
    severity = pick(SEVERITY_KEYS)
    host = pick(HOST_KEYS)
    counts = np.bincount(row[keep], minlength=n)
    offsets = np.zeros(n + 1, dtype=np.int32)
    np.cumsum(counts, out=offsets[1:])
    mask = pa.array(keep)
    attrs = pa.MapArray.from_arrays(pa.array(offsets), keys.filter(mask), vals.filter(mask))
    return logs_batch(
        message=message if message is not None else pa.nulls(n, pa.string()),
        ts=ts,
        host=host,
        service=pa.repeat(service, n) if isinstance(service, str) else service,
        severity=severity,
        attributes=attrs,
        source=pa.repeat(SOURCE, n),
    )


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress gzip (possibly several concatenated members) up to ``limit`` bytes."""
    out: list[bytes] = []
    total = 0
    while data:
        d = zlib.decompressobj(wbits=31)
        try:
            chunk = d.decompress(data, limit - total + 1)
        except zlib.error as e:
            raise DecodeError(f"forward: bad gzip: {e}") from None
        total += len(chunk)
        out.append(chunk)
        if total > limit or d.unconsumed_tail:
            raise FrameTooLarge(f"forward: decompressed entries over {limit} bytes")
        if not d.eof:
            raise DecodeError("forward: truncated gzip")
        data = d.unused_data
    return b"".join(out)


def decode_message(msg: Any, *, max_decompressed: int,
                   columnar: bool = False) -> tuple[str, list[Any], list[Any], Values, dict[str, Any]]:
    """One carrier message (as the stream unpacker built it) → (tag, times, records, values, option).

    With ``columnar``, a PackedForward of the common shape comes back decoded
    already: ``values == "batch"``, ``records == [the logs batch]``, no times
    (:func:`entries_batch` passes it through). Raises :class:`DecodeError` for
    anything that is not one of the four modes.
    """
    if not isinstance(msg, (list, tuple)) or not 2 <= len(msg) <= 4:
        raise DecodeError("forward: message is not [tag, …] of 2–4 items")
    tag = msg[0]
    if isinstance(tag, bytes):
        tag = tag.decode("utf-8", "replace")
    if not isinstance(tag, str):
        raise DecodeError("forward: tag is not a string")
    body = msg[1]
    if isinstance(body, (int, float, EventTime)) and not isinstance(body, bool):  # Message mode
        if len(msg) < 3:
            raise DecodeError("forward: Message mode needs [tag, time, record]")
        option = msg[3] if len(msg) == 4 else None
        return tag, [body], [msg[2]], "any", _option(option)
    if len(msg) == 4:
        raise DecodeError("forward: too many items for Forward/PackedForward mode")
    option = _option(msg[2] if len(msg) == 3 else None)
    if isinstance(body, list):  # Forward mode
        times, recs = [], []
        for e in body:
            if not isinstance(e, (list, tuple)) or len(e) != 2:
                raise DecodeError("forward: an entry is not [time, record]")
            times.append(e[0])
            recs.append(e[1])
        return tag, times, recs, "any", option
    if isinstance(body, str):  # v0 clients send the entry stream as a raw string
        body = body.encode("utf-8", "surrogateescape")
    if isinstance(body, bytes):  # (Compressed)PackedForward
        comp = option.get("compressed")
        if comp == "gzip":
            body = gunzip(body, max_decompressed)
        elif comp not in (None, "text"):
            raise DecodeError(f"forward: unknown compression {comp!r}")
        size = option.get("size")
        if columnar:
            from millpond.ingest.forward_packed import packed_batch  # it builds on this module

            if not isinstance(size, int) or isinstance(size, bool):  # Fluent Bit sends no options by default
                size = _count_entries(body) if body else 0
            batch = packed_batch(tag, body, size)
            if batch is not None:
                return tag, [], [batch], "batch", option
        times, recs, values = decode_entries(body, size)
        return tag, times, recs, values, option
    raise DecodeError(f"forward: unexpected {type(body).__name__} after the tag")


def _option(option: Any) -> dict[str, Any]:
    if option is None:
        return {}
    if not isinstance(option, dict):
        raise DecodeError("forward: option is not a map")
    chunk = option.get("chunk")
    if chunk is not None and not isinstance(chunk, (str, bytes)):
        raise DecodeError("forward: option chunk is not a string")
    return option
