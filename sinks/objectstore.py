"""Where the archive lives: a URI (+ endpoint, options) → a pyarrow filesystem, and atomic publication.

``[archive] uri`` is a local path (default ``DATA/archive``), ``file://…``,
``s3://bucket/prefix`` or any other scheme pyarrow knows (``gs://``,
``hdfs://``, ``abfs://``). For S3-API stores that are not AWS (MinIO, Ceph,
R2, moto) ``[archive] endpoint = "http://host:9000"`` sets the endpoint and
its scheme, and ``[archive.options]`` passes the settings of
:class:`pyarrow.fs.S3FileSystem` (``region``, ``connect_timeout``,
``request_timeout``, ``force_virtual_addressing``, ``allow_bucket_creation``,
``anonymous``, ``access_key``/``secret_key``/``session_token``, ``role_arn``,
``tls_ca_file_path``…). Credentials are best left to the standard AWS chain
(``AWS_ACCESS_KEY_ID``…, ``~/.aws``, instance roles), which pyarrow reads.

Publication on an object store (:func:`publish`). S3 has no rename: pyarrow's
``move`` is a server-side copy then a delete, two more requests per file,
and a crash between upload and copy leaves a temporary object nobody
removes. It also needs none: a PUT is atomic (a reader sees the whole new
object or none, never part of it; a multipart upload appears only at its
completion) and S3 lists and reads after a write consistently. So a file is
serialised to memory in full — a Parquet writer failing halfway never reaches
the store, because pyarrow *completes* an upload when its stream is closed,
even on an error — and PUT once under its final name. The exactly-once
bookkeeping needs nothing more: the offset-range name is deterministic (a
replay overwrites the same object), the consumer group's commit is the
publication point (readers keep files with ``end <= committed``), and files
written past the commit by a crashed worker are deleted when the partition is
next assigned. A separate manifest would duplicate that commit, need its own
ordering with it, and hide the files from plain DuckDB/Spark globs. (The
archive PUTs under a ``.pending`` name and, after the commit, publishes with
one copy: :meth:`millpond.sinks.archive.Archive.publish`.)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from millpond.config import ConfigError

_S3_BOOL = {"anonymous", "allow_bucket_creation", "allow_bucket_deletion", "force_virtual_addressing",
            "background_writes", "allow_delayed_open", "check_directory_existence_before_creation"}
_S3_FLOAT = {"connect_timeout", "request_timeout"}
_S3_INT = {"load_frequency"}
_S3_STR = {"region", "access_key", "secret_key", "session_token", "role_arn", "session_name", "external_id",
           "tls_ca_file_path", "proxy_options"}


_FLAT = tuple(t for t in (getattr(pafs, "S3FileSystem", None), getattr(pafs, "GcsFileSystem", None)) if t)
"""Filesystems of flat key spaces: no directory to create before a PUT (pyarrow would write marker objects)."""


class ObjectStoreError(ConfigError):
    """A bad archive location or setting, worded for the operator (names the key)."""


@dataclass(frozen=True)
class Store:
    """An archive root on a filesystem: ``fs`` + ``root`` (no trailing ``/``)."""

    fs: pafs.FileSystem
    root: str

    @property
    def local(self) -> bool:
        return isinstance(self.fs, pafs.LocalFileSystem)


def resolve(uri: str | Path, *, endpoint: str = "", options: dict[str, str] | None = None) -> Store:
    """The filesystem and root path of ``uri`` (``[archive] uri``, ``endpoint``, ``options``).

    Raises
    ------
    ObjectStoreError
        An unknown scheme, an S3 URI without a bucket, a bad endpoint or option.
    """
    uri = str(uri)
    options = dict(options or {})
    if "://" not in uri or uri.startswith("file://"):
        if endpoint or options:
            raise ObjectStoreError("archive.endpoint and archive.options apply to s3:// URIs only")
        path = uri.removeprefix("file://")
        return Store(pafs.LocalFileSystem(), str(Path(path).absolute()).rstrip("/") or "/")
    scheme = uri.split("://", 1)[0].lower()
    if scheme in ("s3", "s3a"):
        return _s3(uri, endpoint, options)
    if endpoint or options:
        raise ObjectStoreError(f"archive.endpoint and archive.options apply to s3:// URIs only, not {scheme}://")
    try:
        fs, root = pafs.FileSystem.from_uri(uri)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, OSError) as e:
        raise ObjectStoreError(f"archive.uri {uri!r}: {_first_line(e)}") from None
    return Store(fs, root.rstrip("/"))


def _s3(uri: str, endpoint: str, options: dict[str, str]) -> Store:
    parts = urlsplit(uri)
    if not parts.netloc:
        raise ObjectStoreError(f"archive.uri {uri!r} names no bucket (s3://bucket/prefix)")
    if "@" in parts.netloc:
        raise ObjectStoreError("archive.uri: credentials do not belong in the URI; use the AWS environment")
    if parts.query:
        if endpoint or options:
            raise ObjectStoreError("archive.uri: settings in the URI's query string and in "
                                   "archive.endpoint / [archive.options] at once; use one place")
        try:  # pyarrow's own form: s3://bucket/prefix?endpoint_override=host:port&scheme=http
            fs, root = pafs.FileSystem.from_uri(uri)
        except (pa.ArrowInvalid, OSError) as e:
            raise ObjectStoreError(f"archive.uri {uri!r}: {_first_line(e)}") from None
        return Store(fs, root.rstrip("/"))
    kwargs: dict[str, Any] = {}
    for key, raw in options.items():
        kwargs[key] = _option(key, raw)
    if endpoint:
        ep = urlsplit(endpoint if "://" in endpoint else f"https://{endpoint}")
        if ep.scheme not in ("http", "https") or not ep.netloc or ep.path.strip("/"):
            raise ObjectStoreError(f"archive.endpoint {endpoint!r}: expected http(s)://host[:port]")
        kwargs["endpoint_override"] = ep.netloc
        kwargs["scheme"] = ep.scheme
    if ("access_key" in kwargs) != ("secret_key" in kwargs):
        raise ObjectStoreError("archive.options: access_key and secret_key go together")
    try:
        fs = pafs.S3FileSystem(**kwargs)
    except (TypeError, ValueError, pa.ArrowInvalid) as e:
        raise ObjectStoreError(f"archive.options: {_first_line(e)}") from None
    root = f"{parts.netloc}/{parts.path.strip('/')}".rstrip("/")
    return Store(fs, root)


def _option(key: str, raw: object) -> Any:
    text = str(raw)
    try:
        if key in _S3_BOOL:
            if text.lower() not in ("true", "false", "1", "0", "yes", "no"):
                raise ValueError
            return text.lower() in ("true", "1", "yes")
        if key in _S3_FLOAT:
            return float(text)
        if key in _S3_INT:
            return int(text)
    except ValueError:
        raise ObjectStoreError(f"archive.options.{key}: bad value {text!r}") from None
    if key in _S3_STR:
        return text
    known = ", ".join(sorted(_S3_BOOL | _S3_FLOAT | _S3_INT | _S3_STR))
    raise ObjectStoreError(f"archive.options.{key}: unknown S3 setting (known: {known})")


def publish(fs: pafs.FileSystem, path: str, data: bytes | pa.Buffer) -> None:
    """Put ``data`` at ``path`` of an object store in one atomic upload (readers see all of it or none).

    For object stores only: a local filesystem needs temp + fsync + rename,
    which :meth:`millpond.sinks.archive.Archive.write_file` does.
    """
    if isinstance(fs, pafs.LocalFileSystem):
        raise ValueError("publish() is for object stores; local files go through temp + fsync + rename")
    if not isinstance(fs, _FLAT):  # HDFS and the like have real directories; S3/GCS keys need none
        fs.create_dir(path.rsplit("/", 1)[0], recursive=True)
    with fs.open_output_stream(path) as out:
        out.write(data)


def parquet_bytes(table: pa.Table, **parquet_options: Any) -> pa.Buffer:
    """``table`` as a complete Parquet file in memory (so a failing writer never half-publishes)."""
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, **parquet_options)
    return sink.getvalue()


def publish_parquet(fs: pafs.FileSystem, path: str, table: pa.Table, **parquet_options: Any) -> int:
    """Serialise ``table`` to Parquet in memory, then :func:`publish` it; returns its size in bytes."""
    buf = parquet_bytes(table, **parquet_options)
    publish(fs, path, buf)
    return buf.size


def _first_line(e: BaseException) -> str:
    return (str(e).strip().splitlines() or [type(e).__name__])[0]
