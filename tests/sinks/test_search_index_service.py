"""search() end to end: the pipeline archives, the HTTP query API answers; the archive on S3; the Logs filter."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pyarrow.fs as pafs
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from motokit import CREDENTIALS, MotoS3
from sinkdata import T0_US, make_cfg
from searchkit import TP, batch, found, write

from millpond.pipeline.log import open_log
from millpond.pipeline.schema import LOGS
from millpond.pipeline.worker import GROUP, Worker
from millpond.sinks import search_index as si
from millpond.sinks.archive import Archive
from millpond.sinks.compaction import compact
from millpond.sinks.query import QueryService
from millpond.sinks.query_api import register
from millpond.sinks.sink import ArchiveSink
from millpond.tui.screens.logs import LogFilter


async def test_search_through_the_query_api_finds_archived_and_fresh_lines(tmp_path: Path) -> None:
    """Worker archives (with indexes) → POST /api/v1/query search(…) → the archived line and the log's fresh one."""
    cfg = make_cfg(tmp_path / "data")
    lg = open_log(cfg.data_path, cfg.log)
    client = None
    try:
        lines = [f"GET /orders/{i} 200 trace_id={i:032x}" for i in range(300)]
        lg.append("logs", 0, batch(lines)).result()
        worker = Worker(lg, ArchiveSink(cfg), flush_interval=0.0, maintain_interval=3600)
        worker.start()
        deadline = time.monotonic() + 20
        while lg.committed(GROUP).get(TP) != 300:
            assert time.monotonic() < deadline, lg.committed(GROUP)
            worker.step(timeout=0.05)
        worker.close()
        assert list((Path(cfg.data_path) / "archive" / si.INDEX_DIR / "logs").rglob("*" + si.SUFFIX))
        lg.append("logs", 0, batch([f"retry trace_id={7:032x} from the tail"], start=300)).result()
        app = web.Application()
        register(app, cfg, lg)
        client = TestClient(TestServer(app, host="127.0.0.1"))
        await client.start_server()
        r = await client.post("/api/v1/query", json={
            "sql": f"SELECT message FROM search('{7:032x}') ORDER BY ts"})
        assert r.status == 200, await r.text()
        assert (await r.json())["rows"] == [[lines[7]], [f"retry trace_id={7:032x} from the tail"]]
        r = await client.post("/api/v1/query", json={"sql": "SELECT count(*) FROM search('trace_id', ignore_case := true)"})
        assert (await r.json())["rows"] == [[301]]
    finally:
        if client is not None:
            await client.close()
        lg.close()


def test_the_logs_screen_filter_queries_search_for_a_needle(tmp_path: Path) -> None:
    """The dashboard's filter SQL for a trace id goes through search() and answers like its ILIKE form."""
    cfg = make_cfg(tmp_path / "data")
    write(Archive.for_data_dir(cfg.data_path), [["upstream timeout trace=4BF92F3577B34DA6", "ok trace=1234"]])
    svc = QueryService(cfg, cfg.data_path)
    try:
        f = LogFilter.parse("4bf92f3577b34da6 upstream")
        assert f.needle == "4bf92f3577b34da6" and f.source().startswith("search(")
        sql = f"SELECT message FROM {f.source()} WHERE " + " AND ".join(f.where() or ["true"])
        assert svc.run(sql).rows == [["upstream timeout trace=4BF92F3577B34DA6"]]
        assert svc.last_search.files_indexed == 1
        assert LogFilter.parse("upstream").source() == "logs"
    finally:
        svc.close()


# -- on S3 (moto) --------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def moto() -> Iterator[MotoS3]:
    server = MotoS3().start()
    yield server
    server.stop()


@pytest.mark.parametrize("indexed", [True, False])
def test_search_on_an_object_store_archive(moto: MotoS3, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           indexed: bool) -> None:
    """With indexes on S3 (the default) the search prunes, through compaction too; without, it scans; same answers."""
    for k, v in CREDENTIALS.items():
        monkeypatch.setenv(k, v)
    bucket = moto.new_bucket()
    cfg = make_cfg(tmp_path / "data", archive={"uri": f"s3://{bucket}/mp", "endpoint": moto.endpoint,
                                               "options": {"region": "us-east-1"}})
    archive = Archive.for_data_dir(cfg.data_path, cfg.archive.uri, endpoint=cfg.archive.endpoint,
                                   options=cfg.archive.options)
    monkeypatch.setattr(archive, "search_index_remote", indexed)
    write(archive, [[f"login user=alice{f}{i:03d}" for i in range(40)] for f in range(3)])
    objects = moto.filesystem().get_file_info(pafs.FileSelector(f"{bucket}/mp/{si.INDEX_DIR}", recursive=True,
                                                                allow_not_found=True))
    assert len([o for o in objects if o.type == pafs.FileType.File]) == (3 if indexed else 0)
    svc = QueryService(cfg, cfg.data_path)
    try:
        assert found(svc, "alice1007") == ["login user=alice1007"]
        plan = svc.last_search
        assert (plan.files_indexed, plan.files_read) == ((3, 1) if indexed else (0, 3))
        assert found(svc, "alice1007") == ["login user=alice1007"]  # from the verified cache the second time
        # compaction on S3: the merged file gets its index (before its PUT), the sources' indexes go with them
        stats = compact(archive, "logs", LOGS, {TP: 120}, now_us=T0_US + 10 * 3_600_000_000, settle_us=0)
        assert (stats.merged_files, stats.written_files) == (3, 1)
        objects = moto.filesystem().get_file_info(pafs.FileSelector(f"{bucket}/mp/{si.INDEX_DIR}", recursive=True,
                                                                    allow_not_found=True))
        assert len([o for o in objects if o.type == pafs.FileType.File]) == (1 if indexed else 0)
        assert found(svc, "alice2039") == ["login user=alice2039"]
        assert (svc.last_search.files_indexed, svc.last_search.files_read) == ((1, 1) if indexed else (0, 1))
    finally:
        svc.close()


def test_compaction_on_an_object_store_copies_row_groups_and_filters(moto: MotoS3, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """On S3 the merged object is the parts' row groups and its index their filters: only small groups are redone."""
    from millpond.sinks import archive as archive_mod
    from millpond.sinks import copy_merge

    for k, v in CREDENTIALS.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setattr(archive_mod, "ROW_GROUP", 20)
    monkeypatch.setattr(copy_merge, "MIN_COPY_ROWS", 5)
    monkeypatch.setattr(copy_merge, "INDEX_SHARE", 1e9)
    bucket = moto.new_bucket()
    cfg = make_cfg(tmp_path / "data", archive={"uri": f"s3://{bucket}/mp", "endpoint": moto.endpoint,
                                               "options": {"region": "us-east-1"}})
    archive = Archive.for_data_dir(cfg.data_path, cfg.archive.uri, endpoint=cfg.archive.endpoint,
                                   options=cfg.archive.options)
    end = write(archive, [[f"login user=carol{f}{i:03d}" for i in range(40)] for f in range(3)] + [["late user=dan7"]])
    built: list[int] = []
    real = si.build
    monkeypatch.setattr(si, "build", lambda m, rows, *, data: built.append(sum(rows)) or real(m, rows, data=data))
    stats = compact(archive, "logs", LOGS, {TP: end}, now_us=T0_US + 10 * 3_600_000_000, settle_us=0)
    assert (stats.merged_files, stats.written_files) == (4, 1)
    assert built == [1]  # the one small row group, encoded again; the 6 full ones' filters copied
    (merged,) = archive.list("logs")
    with archive.fs.open_input_file(si.index_path(archive.root, merged.path)) as f:
        header = si.verify(f.read())
    assert header is not None and header.rows == [20] * 6 + [1]
    svc = QueryService(cfg, cfg.data_path)
    try:
        for needle, line in (("carol1007", "login user=carol1007"), ("carol2039", "login user=carol2039"),
                             ("dan7", "late user=dan7")):
            assert found(svc, needle) == [line]
            assert svc.last_search.files_indexed == 1 and 1 <= svc.last_search.groups_read <= 2  # of 7 (bloom: ~3 % FP)
    finally:
        svc.close()
