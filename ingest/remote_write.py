"""Prometheus remote_write 1.0: a snappy-compressed protobuf ``WriteRequest`` → ``metrics`` batch.

The message types are built at import from a descriptor written here (the
spec's ``remote.proto``/``types.proto`` carry no pip package), parsed by the
protobuf runtime (upb, in C). One twist makes it fast: a ``Label`` is read
as raw ``bytes``, so a series' label set arrives as a tuple of byte strings
that keys a :class:`SeriesCache`. A series seen before costs one dict lookup;
its name, labels and host come out of Arrow arrays by ``take``. Without the
cache, one sample per series is dominated by building label maps.

``__name__`` → ``name``; every other label is kept; label ``host`` (if any)
also fills the ``host`` column. Prometheus staleness markers (a special NaN)
are not samples and are dropped. Exemplars and native histograms are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import cramjam
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
from google.protobuf.message import DecodeError as PbDecodeError

from millpond.ingest.errors import DecodeError, FrameTooLarge
from millpond.pipeline.schema import STRMAP, empty, metrics_batch

SOURCE = "prometheus"
STALE_NAN_BITS = np.uint64(0x7FF0000000000002)
MAX_CACHED_SERIES = 500_000


def _build_messages() -> tuple[type, type, type, type]:
    """``WriteRequest``, ``AllSamples``, ``Label``, ``Sample`` from a descriptor built in code.

    ``WriteRequest`` reads labels and samples as raw bytes. ``AllSamples``
    declares ``timeseries`` singular: protobuf merges repeated occurrences of
    a singular message field, so one parse (in C) yields every sample of
    the request in one list, ready to be decoded with numpy.
    """
    T = descriptor_pb2.FieldDescriptorProto
    fdp = descriptor_pb2.FileDescriptorProto(name="millpond/remote_write.proto", package="millpond.rw",
                                             syntax="proto3")

    def msg(name: str, *fields: tuple[str, int, int, int, str]) -> None:
        m = fdp.message_type.add(name=name)
        for fname, num, ftype, label, type_name in fields:
            f = m.field.add(name=fname, number=num, type=ftype, label=label)
            if type_name:
                f.type_name = type_name

    opt, rep = T.LABEL_OPTIONAL, T.LABEL_REPEATED
    msg("Label", ("name", 1, T.TYPE_BYTES, opt, ""), ("value", 2, T.TYPE_BYTES, opt, ""))
    msg("Sample", ("value", 1, T.TYPE_DOUBLE, opt, ""), ("timestamp", 2, T.TYPE_INT64, opt, ""))
    msg("TimeSeries", ("labels", 1, T.TYPE_BYTES, rep, ""), ("samples", 2, T.TYPE_BYTES, rep, ""))
    msg("WriteRequest", ("timeseries", 1, T.TYPE_MESSAGE, rep, ".millpond.rw.TimeSeries"))
    msg("RawRequest", ("timeseries", 1, T.TYPE_BYTES, rep, ""))
    msg("Merged", ("samples", 2, T.TYPE_BYTES, rep, ""))
    msg("AllSamples", ("timeseries", 1, T.TYPE_MESSAGE, opt, ".millpond.rw.Merged"))
    pool = descriptor_pool.DescriptorPool()
    pool.Add(fdp)
    get = message_factory.GetMessageClass
    return tuple(get(pool.FindMessageTypeByName(f"millpond.rw.{n}"))  # type: ignore[return-value]
                 for n in ("WriteRequest", "RawRequest", "AllSamples", "TimeSeries", "Label", "Sample"))


WriteRequest, RawRequest, AllSamples, TimeSeries, Label, Sample = _build_messages()


def encode_varint(n: int) -> bytes:
    """Protobuf base-128 varint of ``n`` (negatives as 64-bit two's complement; tests and bench use it too)."""
    n &= (1 << 64) - 1
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


class _NotLabelsOnly(Exception):
    """A guessed label region held more than labels: decode the request the general way."""


@dataclass
class SeriesCache:
    """Label sets seen before (keyed by their encoded bytes) → series id; columns by id.

    Series ids index Arrow arrays of name, labels and host, grown in chunks as
    new series arrive and consolidated now and then. Bounded: past
    ``max_series`` it starts afresh (a cache, never a leak).
    """

    max_labels: int = 64
    max_series: int = MAX_CACHED_SERIES
    _ids: dict[tuple[bytes, ...], int] = field(default_factory=dict)
    _names: list[pa.Array] = field(default_factory=list)
    _labels: list[pa.Array] = field(default_factory=list)
    _hosts: list[pa.Array] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self._ids)

    def lookup_many(self, keys: list[tuple[bytes, ...]]) -> np.ndarray:
        """Series ids of ``keys``, decoding and validating label sets not seen before.

        All-or-nothing: a bad label set raises before any new series is kept.
        """
        ids = self._ids
        get = ids.get
        out = [get(k, -1) for k in keys]
        if -1 in out:
            if len(ids) + out.count(-1) > self.max_series:
                self.clear()
                out = [-1] * len(keys)
            base = len(ids)
            fresh: dict[tuple[bytes, ...], int] = {}
            new: list[tuple[str, list[tuple[str, str]], str | None]] = []
            for i, k in enumerate(keys):
                if out[i] != -1:
                    continue
                sid = fresh.get(k)
                if sid is None:
                    sid = fresh[k] = base + len(new)
                    new.append(self._decode(k, i))
                out[i] = sid
            ids.update(fresh)
            self._names.append(pa.array([n for n, _, _ in new], pa.string()))
            self._labels.append(pa.array([lab for _, lab, _ in new], STRMAP))
            self._hosts.append(pa.array([h for _, _, h in new], pa.string()))
            if len(self._names) > 32:
                self._consolidate()
        return np.asarray(out, dtype=np.int64)

    def columns(self, sids: np.ndarray) -> tuple[pa.Array, pa.Array, pa.Array]:
        """Name, labels and host of each series id (one row per id)."""
        self._consolidate()
        idx = pa.array(sids)
        return self._names[0].take(idx), self._labels[0].take(idx), self._hosts[0].take(idx)

    def clear(self) -> None:
        self._ids.clear()
        self._names.clear()
        self._labels.clear()
        self._hosts.clear()

    def _consolidate(self) -> None:
        if len(self._names) > 1:
            self._names = [pa.concat_arrays(self._names)]
            self._labels = [pa.concat_arrays(self._labels)]
            self._hosts = [pa.concat_arrays(self._hosts)]

    def _decode(self, key: tuple[bytes, ...] | bytes, index: int) -> tuple[str, list[tuple[str, str]], str | None]:
        if isinstance(key, bytes):  # an encoded label region (fast path): it must hold labels and nothing else
            raw_key = key
            ts = TimeSeries()
            try:
                ts.ParseFromString(raw_key)
            except PbDecodeError:
                raise _NotLabelsOnly from None
            key = tuple(ts.labels)
            if b"".join(b"\x0a" + encode_varint(len(lab)) + lab for lab in key) != raw_key:
                raise _NotLabelsOnly  # samples, other fields, odd encodings: not a pure label region
        if len(key) > self.max_labels:
            raise FrameTooLarge(f"timeseries {index}: {len(key)} labels, more than the limit of {self.max_labels}")
        name: str | None = None
        host: str | None = None
        pairs: list[tuple[str, str]] = []
        lab = Label()
        for raw in key:
            try:
                lab.ParseFromString(raw)
                k, v = lab.name.decode(), lab.value.decode()
            except (PbDecodeError, UnicodeDecodeError):
                raise DecodeError(f"timeseries {index}: a label is not valid protobuf/UTF-8") from None
            if not k:
                raise DecodeError(f"timeseries {index}: a label has an empty name")
            if k == "__name__":
                name = v
                continue
            if k == "host":
                host = v
            pairs.append((k, v))
        if not name:
            raise DecodeError(f"timeseries {index}: no __name__ label")
        return name, pairs, host


def decompress(body: bytes, max_decompressed: int) -> bytes:
    """Snappy block format (what remote_write uses), bounded before allocating."""
    try:
        size = cramjam.snappy.decompress_raw_len(body)
    except cramjam.DecompressionError:
        raise DecodeError("body is not snappy block-compressed data") from None
    if size > max_decompressed:
        raise FrameTooLarge(f"decompressed body would be {size} bytes, more than the limit of {max_decompressed}")
    try:
        return bytes(cramjam.snappy.decompress_raw(body))
    except cramjam.DecompressionError:
        raise DecodeError("body is not valid snappy block-compressed data") from None


_SAMPLE_SIZE = 16  # 0x09 + 8-byte double + 0x10 + 6-byte varint: every millisecond time from 1971 to 2109


def _samples(raw: list[bytes]) -> tuple[np.ndarray, np.ndarray, bool]:
    """Values and millisecond timestamps of encoded ``Sample`` messages.

    The usual encoding has one fixed size and is decoded for all samples at
    once with numpy; anything else (a zero value or time left out, an
    unusual time) goes through the protobuf parser one by one.
    """
    n = len(raw)
    buf = b"".join(raw)
    if len(buf) == _SAMPLE_SIZE * n:
        a = np.frombuffer(buf, np.uint8).reshape(n, _SAMPLE_SIZE)
        if ((a[:, 0] == 0x09).all() and (a[:, 9] == 0x10).all() and (a[:, 10:15] >= 0x80).all()
                and (a[:, 15] < 0x80).all()):
            ts = np.zeros(n, dtype=np.int64)
            for k in range(6):
                ts |= (a[:, 10 + k].astype(np.int64) & 0x7F) << (7 * k)
            return a[:, 1:9].copy().view("<f8").ravel(), ts, True
    vals = np.empty(n, dtype=np.float64)
    ts = np.empty(n, dtype=np.int64)
    s = Sample()
    for i, b in enumerate(raw):
        try:
            s.ParseFromString(b)
        except PbDecodeError as e:
            raise DecodeError(f"sample {i}: not a valid Sample: {e}") from None
        vals[i], ts[i] = s.value, s.timestamp
    return vals, ts, False


def _uniform_keys(series: list[bytes], k: int) -> list[bytes] | None:
    """Label regions of series that each end in ``k`` standard 16-byte samples, cut with Arrow.

    Each series is ``labels… sample×k`` in the order Prometheus writes; the
    suffix is checked to be ``k`` sample fields, and the cache checks (once
    per new series) that what is left is labels and nothing else. None: the
    request is not of that shape.
    """
    arr = pa.array(series, pa.binary())
    suffix = (2 + _SAMPLE_SIZE) * k
    if (np.asarray(pc.binary_length(arr)) <= suffix).any():
        return None
    for j in range(k):
        at = -suffix + j * (2 + _SAMPLE_SIZE)
        if not pc.all(pc.equal(pc.binary_slice(arr, at, at + 2), _SAMPLE_TAG)).as_py():
            return None
    return pc.binary_slice(arr, 0, -suffix).to_pylist()


_SAMPLE_TAG = pa.scalar(b"\x12\x10", pa.binary())


def decode(raw: bytes, cache: SeriesCache) -> pa.RecordBatch:
    """A decompressed ``WriteRequest`` → metrics batch (one row per sample).

    Fast path: every series carries the same number of standard samples
    (a scrape's worth): series keys are cut from the raw series bytes by
    Arrow, samples decoded by numpy, no Python work per series but a dict
    lookup. Otherwise each series is read through the protobuf classes.
    """
    every = AllSamples()
    whole = RawRequest()
    try:
        every.ParseFromString(raw)
        whole.ParseFromString(raw)
    except PbDecodeError as e:
        raise DecodeError(f"body is not a remote_write WriteRequest protobuf: {e}") from None
    series = list(whole.timeseries)
    vals, stamps, standard = _samples(every.timeseries.samples)
    sids = None
    n, m = len(series), len(vals)
    if standard and n and m and m % n == 0:
        keys = _uniform_keys(series, m // n)
        if keys is not None:
            try:
                sids = np.repeat(cache.lookup_many(keys), m // n)
            except _NotLabelsOnly:
                sids = None
    if sids is None:
        req = WriteRequest()
        try:
            req.ParseFromString(raw)
        except PbDecodeError as e:
            raise DecodeError(f"body is not a remote_write WriteRequest protobuf: {e}") from None
        per = req.timeseries
        sids = np.repeat(cache.lookup_many([tuple(t.labels) for t in per]), [len(t.samples) for t in per])
    live = vals.view(np.uint64) != STALE_NAN_BITS
    if not live.all():
        sids, vals, stamps = sids[live], vals[live], stamps[live]
    if not len(sids):
        return empty("metrics")
    name, labels, host = cache.columns(sids)
    ts_col = pa.array(stamps, pa.int64()).cast(pa.timestamp("ms", "UTC"))
    return metrics_batch(name=name, value=pa.array(vals), ts=ts_col, labels=labels, host=host, source=SOURCE)
