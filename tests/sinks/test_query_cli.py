"""`millpond query`: over HTTP against a live server, and with --data-dir on the files."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator

import pyarrow as pa
import pytest
from aiohttp import web
from click.testing import CliRunner
from sinkdata import logs, make_cfg

from millpond.cli import cli
from millpond.pipeline.log import open_log
from millpond.pipeline.log.base import TopicPartition
from millpond.pipeline.worker import GROUP
from millpond.sinks.archive import Archive
from millpond.sinks.query_api import register


@pytest.fixture
def data(tmp_path):
    cfg = make_cfg(tmp_path / "data")
    Archive.for_data_dir(cfg.data_path).write("logs", TopicPartition("logs", 0), 0, 6, pa.Table.from_batches([logs(6)]))
    return cfg


def _run(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, ["query", *args], catch_exceptions=False)
    return r.exit_code, r.stdout, r.stderr


def test_data_dir_json_csv_and_table(data):
    d = str(data.data_path)
    code, out, _ = _run("SELECT service, count(*) AS n FROM logs GROUP BY 1 ORDER BY 1", "--data-dir", d,
                        "--format", "json")
    assert code == 0
    assert json.loads(out) == [{"service": "svc0", "n": 2}, {"service": "svc1", "n": 2}, {"service": "svc2", "n": 2}]
    code, out, _ = _run("SELECT message, attributes FROM logs ORDER BY ts LIMIT 2", "--data-dir", d, "--format", "csv")
    assert out.splitlines() == ["message,attributes", 'req 0 done,"{""id"": ""0""}"', 'req 1 done,"{""id"": ""1""}"']
    code, out, _ = _run("SELECT count(*) AS total FROM logs", "--data-dir", d)
    assert code == 0 and "total" in out and "6" in out


def test_data_dir_sees_the_log_tail(data):
    lg = open_log(data.data_path, data.log)
    try:
        lg.append("logs", 0, logs(6)).result()  # what the archive file holds, archived and committed
        lg.commit(GROUP, {TopicPartition("logs", 0): 6})
        lg.append("logs", 1, logs(4, start_id=100)).result()  # not archived yet
    finally:
        lg.close()
    code, out, _ = _run("SELECT count(*) AS n FROM logs", "--data-dir", str(data.data_path), "--format", "json")
    assert json.loads(out) == [{"n": 10}]


def test_errors_are_one_line(data, tmp_path):
    code, out, err = _run("COPY (SELECT 1) TO 'x.csv'", "--data-dir", str(data.data_path))
    assert code == 2 and err.count("\n") == 1 and err.startswith("millpond: query failed:")
    code, _, err = _run("SELECT 1", "--url", "http://127.0.0.1:9")
    assert code == 2 and err.count("\n") == 1 and "cannot reach" in err
    code, _, err = _run("SELECT 1", "--data-dir", str(tmp_path / "missing"))
    assert code == 2 and "does not exist" in err


@pytest.fixture
def server(tmp_path, port) -> Iterator[str]:
    cfg = make_cfg(tmp_path / "srv", http={"token": "tok"})
    loop = asyncio.new_event_loop()
    app = web.Application()
    register(app, cfg, None)
    runner = web.AppRunner(app)
    ready = threading.Event()

    def serve() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(runner.setup())
        loop.run_until_complete(web.TCPSite(runner, "127.0.0.1", port).start())
        ready.set()
        loop.run_forever()

    t = threading.Thread(target=serve, daemon=True)
    t.start()
    assert ready.wait(10)
    yield f"http://127.0.0.1:{port}"
    asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(10)
    loop.call_soon_threadsafe(loop.stop)
    t.join(10)


def test_http_mode_with_token(server):
    code, out, _ = _run("SELECT 41 + 1 AS answer", "--url", server, "--token", "tok", "--format", "json")
    assert code == 0 and json.loads(out) == [{"answer": 42}]
    code, _, err = _run("SELECT 1", "--url", server, "--token", "wrong")
    assert code == 2 and "401" in err
    code, _, err = _run("SELECT * FROM read_csv('/etc/passwd')", "--url", server, "--token", "tok")
    assert code == 2 and "400" in err and err.count("\n") == 1
