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
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
from google.protobuf.message import DecodeError as PbDecodeError

from millpond.ingest.errors import DecodeError, FrameTooLarge
from millpond.pipeline.schema import STRMAP, empty, metrics_batch

SOURCE = "prometheus"
STALE_NAN_BITS = np.uint64(0x7FF0000000000002)
MAX_CACHED_SERIES = 500_000


def _build_messages() -> tuple[type, type]:
    """``WriteRequest`` (labels as raw bytes) and ``Label``, from a descriptor built in code."""
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
    msg("TimeSeries", ("labels", 1, T.TYPE_BYTES, rep, ""),
        ("samples", 2, T.TYPE_MESSAGE, rep, ".millpond.rw.Sample"))
    msg("WriteRequest", ("timeseries", 1, T.TYPE_MESSAGE, rep, ".millpond.rw.TimeSeries"))
    pool = descriptor_pool.DescriptorPool()
    pool.Add(fdp)
    get = message_factory.GetMessageClass
    return (get(pool.FindMessageTypeByName("millpond.rw.WriteRequest")),
            get(pool.FindMessageTypeByName("millpond.rw.Label")))


WriteRequest, Label = _build_messages()


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

    def _decode(self, key: tuple[bytes, ...], index: int) -> tuple[str, list[tuple[str, str]], str | None]:
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


def decode(raw: bytes, cache: SeriesCache) -> pa.RecordBatch:
    """A decompressed ``WriteRequest`` → metrics batch (one row per sample)."""
    req = WriteRequest()
    try:
        req.ParseFromString(raw)
    except PbDecodeError as e:
        raise DecodeError(f"body is not a remote_write WriteRequest protobuf: {e}") from None
    keys: list[tuple[bytes, ...]] = []
    counts: list[int] = []
    values: list[float] = []
    stamps: list[int] = []
    for ts in req.timeseries:
        samples = ts.samples
        keys.append(tuple(ts.labels))
        counts.append(len(samples))
        values += [s.value for s in samples]
        stamps += [s.timestamp for s in samples]
    sids = np.repeat(cache.lookup_many(keys), counts)
    vals = np.asarray(values, dtype=np.float64)
    live = vals.view(np.uint64) != STALE_NAN_BITS
    if not live.all():
        sids, vals = sids[live], vals[live]
        stamps = np.asarray(stamps, dtype=np.int64)[live]
    if not len(sids):
        return empty("metrics")
    name, labels, host = cache.columns(sids)
    ts_col = pa.array(np.asarray(stamps, dtype=np.int64), pa.int64()).cast(pa.timestamp("ms", "UTC"))
    return metrics_batch(name=name, value=pa.array(vals), ts=ts_col, labels=labels, host=host, source=SOURCE)
