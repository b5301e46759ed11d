"""The archive on S3 (moto's server on loopback): URI resolution, atomic publication, reading back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import time

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pyarrow.parquet as pq
import pytest
from motokit import CREDENTIALS, MotoS3
from sinkdata import HOUR_US, T0_US, logs, make_cfg

from millpond.config import ConfigError, build_config
from millpond.pipeline.log import open_log
from millpond.pipeline.log.base import TopicPartition
from millpond.pipeline.worker import GROUP, Worker
from millpond.sinks.archive import file_name, hour_dir
from millpond.sinks.objectstore import ObjectStoreError, publish, publish_parquet, resolve
from millpond.sinks.query import QueryService
from millpond.sinks.sink import ArchiveSink


@pytest.fixture(scope="module")
def moto() -> Iterator[MotoS3]:
    server = MotoS3().start()
    yield server
    server.stop()


@pytest.fixture
def aws_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for k, v in CREDENTIALS.items():
        monkeypatch.setenv(k, v)


@pytest.fixture
def bucket(moto: MotoS3, aws_env: None) -> str:
    return moto.new_bucket()


# -- resolution (no server needed) ---------------------------------------------------------------

def test_local_paths_resolve_to_the_local_filesystem(tmp_path: Path) -> None:
    for uri in (str(tmp_path / "a"), f"file://{tmp_path}/a/"):
        store = resolve(uri)
        assert store.local and store.root == str(tmp_path / "a")


def test_s3_uri_with_endpoint_and_options(aws_env: None) -> None:
    store = resolve("s3://bkt/some/prefix/", endpoint="http://127.0.0.1:9000",
                    options={"region": "eu-west-1", "connect_timeout": "2.5", "force_virtual_addressing": "false"})
    assert isinstance(store.fs, pafs.S3FileSystem) and not store.local
    assert store.root == "bkt/some/prefix"
    assert store.fs.region == "eu-west-1"
    assert resolve("s3://bkt").root == "bkt"


@pytest.mark.parametrize(("uri", "endpoint", "options", "needle"), [
    ("s3:///prefix", "", {}, "names no bucket"),
    ("s3://key:secret@bkt/p", "", {}, "credentials"),
    ("s3://bkt/p?scheme=http", "http://127.0.0.1:1", {}, "at once"),
    ("s3://bkt/p", "ftp://host", {}, "archive.endpoint"),
    ("s3://bkt/p", "http://host:1/path", {}, "archive.endpoint"),
    ("s3://bkt/p", "", {"regoin": "x"}, "archive.options.regoin: unknown"),
    ("s3://bkt/p", "", {"anonymous": "maybe"}, "archive.options.anonymous: bad value"),
    ("s3://bkt/p", "", {"connect_timeout": "soon"}, "archive.options.connect_timeout: bad value"),
    ("s3://bkt/p", "", {"access_key": "a"}, "go together"),
    ("/tmp/x", "http://127.0.0.1:1", {}, "s3:// URIs only"),
    ("nope://x/y", "", {}, "archive.uri 'nope://x/y'"),
])
def test_bad_locations_are_one_line_errors(uri: str, endpoint: str, options: dict, needle: str) -> None:
    with pytest.raises(ObjectStoreError, match=needle.replace("?", r"\?")) as e:
        resolve(uri, endpoint=endpoint, options=options)
    assert "\n" not in str(e.value)


def test_archive_config_takes_endpoint_and_options() -> None:
    cfg = build_config({"archive": {"uri": "s3://b/p", "endpoint": "http://127.0.0.1:9000",
                                    "options": {"region": "us-east-1"}}})
    assert cfg.archive.endpoint == "http://127.0.0.1:9000" and cfg.archive.options == {"region": "us-east-1"}
    with pytest.raises(ConfigError, match="archive"):
        build_config({"archive": {"endpoint": 3}})


# -- publication on moto -------------------------------------------------------------------------

def _hive_path(root: str, table: str, hour_us: int, start: int, end: int) -> str:
    return f"{root}/{table}/{hour_dir(hour_us)}/{file_name('logs', 0, start, end)}"


def test_parquet_published_to_s3_reads_back_with_pyarrow_and_duckdb(moto: MotoS3, bucket: str) -> None:
    """Files written through the endpoint config are a Hive dataset that pyarrow and DuckDB read."""
    store = resolve(f"s3://{bucket}/archive", endpoint=moto.endpoint, options={"region": "us-east-1"})
    ranges = [(0, 40, T0_US), (40, 100, T0_US), (100, 130, T0_US + HOUR_US)]
    for start, end, hour in ranges:
        batch = logs(end - start, start_id=start, t0_us=hour, step_us=10)
        size = publish_parquet(store.fs, _hive_path(store.root, "logs", hour, start, end),
                               pa.Table.from_batches([batch]), compression="zstd")
        assert size > 0
    infos = moto.filesystem().get_file_info(pafs.FileSelector(f"{bucket}/archive", recursive=True))
    names = sorted(i.base_name for i in infos if i.type == pafs.FileType.File)
    assert names == sorted(file_name("logs", 0, s, e) for s, e, _ in ranges)  # nothing else: no temp objects

    dataset = ds.dataset(f"{store.root}/logs", filesystem=store.fs, format="parquet", partitioning="hive")
    assert dataset.count_rows() == 130
    assert sorted(dataset.to_table(filter=ds.field("hour") == int(hour_dir(T0_US + HOUR_US)[-2:])).column(
        "message").to_pylist())[:1] == ["req 100 done"]
    con = duckdb.connect()
    con.register("logs_ds", dataset)
    n, ids, hours = con.execute(
        "SELECT count(*), count(DISTINCT attributes['id']), count(DISTINCT hour) FROM logs_ds").fetchone()
    assert (n, ids, hours) == (130, 130, 2)


def test_a_failed_writer_publishes_nothing(moto: MotoS3, bucket: str) -> None:
    """pyarrow completes an S3 upload when its stream closes, even on an error; publish_parquet serialises first."""
    fs = moto.filesystem()
    with pytest.raises(RuntimeError), fs.open_output_stream(f"{bucket}/raw.parquet") as out:
        out.write(b"PAR1 half a file")
        raise RuntimeError("writer died")
    assert fs.get_file_info(f"{bucket}/raw.parquet").type == pafs.FileType.File  # the hazard is real
    with pytest.raises(pa.ArrowException):
        publish_parquet(fs, f"{bucket}/safe.parquet", pa.table({"x": [1]}), compression="no-such-codec")
    assert fs.get_file_info(f"{bucket}/safe.parquet").type == pafs.FileType.NotFound


def test_publish_replaces_an_object_whole(moto: MotoS3, bucket: str) -> None:
    """A replay writes the same offset-range name again: readers get the old or the new object, complete."""
    fs = moto.filesystem()
    path = f"{bucket}/logs/x.parquet"
    publish_parquet(fs, path, pa.table({"x": list(range(10))}))
    publish_parquet(fs, path, pa.table({"x": list(range(1000))}))
    with fs.open_input_file(path) as f:
        assert pq.read_table(f).num_rows == 1000
    publish(fs, f"{bucket}/note.txt", b"hello")
    with fs.open_input_stream(f"{bucket}/note.txt") as f:
        assert f.read() == b"hello"
    with pytest.raises(ValueError, match="object stores"):
        publish(pafs.LocalFileSystem(), "/tmp/x", b"")
# -- the pipeline onto S3 and back through the query service -------------------------------------

def test_worker_archives_to_s3_and_the_query_service_reads_it(moto: MotoS3, bucket: str, tmp_path: Path) -> None:
    """log → Worker → ArchiveSink on S3 (the URI form pyarrow understands) → QueryService: every record once."""
    uri = f"s3://{bucket}/mp?endpoint_override=127.0.0.1:{moto.port}&scheme=http&region=us-east-1"
    cfg = make_cfg(tmp_path / "data", archive={"uri": uri})
    lg = open_log(cfg.data_path, cfg.log)
    try:
        lg.append("logs", 0, logs(300)).result()
        lg.append("logs", 1, logs(200, start_id=300)).result()
        worker = Worker(lg, ArchiveSink(cfg), flush_interval=0.0, maintain_interval=3600)
        worker.start()
        deadline = time.monotonic() + 20
        while lg.committed(GROUP) != {TopicPartition("logs", 0): 300, TopicPartition("logs", 1): 200}:
            assert time.monotonic() < deadline, lg.committed(GROUP)
            worker.step(timeout=0.05)
        worker.close()
        files = [i for i in moto.filesystem().get_file_info(pafs.FileSelector(f"{bucket}/mp", recursive=True))
                 if i.type == pafs.FileType.File]
        assert any(i.path.startswith(f"{bucket}/mp/logs/date=") for i in files)
        assert not [i.path for i in files if i.base_name.startswith(".")]  # no temp object left behind
        data = [i for i in files if "/_search/" not in i.path]
        assert not [i.path for i in data if not i.base_name.endswith(".parquet")]  # every range published
        indexes = {i.path.split("/_search/", 1)[1].removesuffix(".search") for i in files if "/_search/" in i.path}
        assert {i.path.split("/mp/", 1)[1] for i in data if "/logs/" in i.path} <= indexes  # each logs file indexed
        dataset = ds.dataset(f"{bucket}/mp/logs", filesystem=moto.filesystem(), format="parquet",
                             partitioning="hive")  # a plain reader of the bucket, Millpond not involved
        con = duckdb.connect()
        con.register("archived", dataset)
        assert con.execute("SELECT count(*), count(DISTINCT attributes['id']) FROM archived").fetchall() == [(500, 500)]
        svc = QueryService(cfg, cfg.data_path, lg)
        try:
            rows = svc.run("SELECT count(*), count(DISTINCT attributes['id']) FROM logs").rows
            assert rows == [[500, 500]]
            rows = svc.run("SELECT sum(count) FROM logs_1m").rows  # rollups on S3 too
            assert rows == [[500]]
        finally:
            svc.close()
    finally:
        lg.close()


def test_worker_archives_to_s3_with_archive_endpoint(moto, bucket, tmp_path):
    """[archive] uri + endpoint + options (the config form) through the whole pipeline."""
    cfg = make_cfg(tmp_path / "data", archive={"uri": f"s3://{bucket}/cfg", "endpoint": moto.endpoint,
                                               "options": {"region": "us-east-1"}})
    lg = open_log(cfg.data_path, cfg.log)
    try:
        lg.append("logs", 0, logs(120)).result()
        worker = Worker(lg, ArchiveSink(cfg), flush_interval=0.0, maintain_interval=3600)
        worker.start()
        deadline = time.monotonic() + 20
        while lg.committed(GROUP).get(TopicPartition("logs", 0)) != 120:
            assert time.monotonic() < deadline
            worker.step(timeout=0.05)
        worker.close()
        svc = QueryService(cfg, cfg.data_path, lg)
        try:
            assert svc.run("SELECT count(DISTINCT attributes['id']) FROM logs").rows == [[120]]
        finally:
            svc.close()
        names = [i.base_name for i in moto.filesystem().get_file_info(pafs.FileSelector(f"{bucket}/cfg", recursive=True))
                 if i.type == pafs.FileType.File and "/_search/" not in i.path]
        assert names and all(n.endswith(".parquet") for n in names)
    finally:
        lg.close()
