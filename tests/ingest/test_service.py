"""The ingest process and `millpond run`: every receiver wired, /healthz, graceful stop, the data-dir lock."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import aiohttp
import psutil
import pytest
from fluent import sender

from httpkit import make_config, read_topic, rows
from millpond.config import LogConfig
from millpond.ingest.service import IngestService
from millpond.pipeline.log import open_log


async def get(url: str) -> int:
    try:
        async with aiohttp.ClientSession() as s, s.get(url) as r:
            return r.status
    except aiohttp.ClientConnectionError:
        return -1


async def test_service_wires_every_receiver_and_stops_gracefully(tmp_path: Path) -> None:
    lg = open_log(tmp_path, LogConfig(partitions=2))
    cfg = make_config(forward={"listen": "127.0.0.1:0"}, syslog={"listen": "127.0.0.1:0"},
                      ingest={"self_metrics_interval": "0s"})
    mounted = []
    svc = IngestService(cfg, lg, extra_routes=mounted.append)
    await svc.start()
    try:
        ports = svc.ports()
        url = f"http://127.0.0.1:{ports['http']}"
        assert mounted and await get(url + "/healthz") == 200
        async with aiohttp.ClientSession() as s, s.post(url + "/write", data=b"cpu,host=h v=2 1700000000000000000",
                                                        headers={"Content-Type": "text/plain"}) as r:
            assert r.status == 204
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
            u.sendto(b"<13>1 2024-01-01T00:00:00Z web1 app - - - hello over udp", ("127.0.0.1", ports["syslog"]))

        def fluent() -> bool:
            s = sender.FluentSender("app.web", host="127.0.0.1", port=ports["forward"])
            try:
                return s.emit("access", {"message": "GET /", "status": 200})
            finally:
                s.close()

        assert await asyncio.to_thread(fluent)
        deadline = time.monotonic() + 10
        while read_topic(lg, "logs").num_rows < 2 and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
    finally:
        await svc.stop()
    assert await get(url + "/healthz") == -1
    msgs = sorted(r["message"] for r in rows(lg, "logs", sort=("message",)))
    assert msgs == ["GET /", "hello over udp"]
    assert [(r["name"], r["value"]) for r in rows(lg, "metrics")] == [("cpu_v", 2.0)]
    lg.close()


async def test_healthz_waits_for_mqtt_subscription(tmp_path: Path, port: int) -> None:
    lg = open_log(tmp_path, LogConfig(partitions=1))
    cfg = make_config(mqtt={"url": f"mqtt://127.0.0.1:{port}"}, forward={"listen": ""}, syslog={"listen": ""},
                      ingest={"self_metrics_interval": "0s"})
    svc = IngestService(cfg, lg)
    await svc.start()
    try:
        assert await get(f"http://127.0.0.1:{svc.ports()['http']}/healthz") == 503  # no broker there
    finally:
        await svc.stop()
        lg.close()


def _run(tmp_path: Path, port: int, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "millpond", "run", "--data-dir", str(tmp_path / "data"), "--http", f"127.0.0.1:{port}",
         "--forward", "", "--syslog", "", "--log-level", "warning", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path,
        env={**os.environ, "MILLPOND_INGEST_SELF_METRICS_INTERVAL": "0s"})


async def _until_healthy(proc: subprocess.Popen[str], url: str) -> None:
    deadline = time.monotonic() + 30
    while await get(url + "/healthz") != 200:
        assert proc.poll() is None, proc.communicate()[1]
        assert time.monotonic() < deadline, "millpond run never became healthy"
        await asyncio.sleep(0.05)


async def test_millpond_run_serves_and_a_second_run_is_refused(tmp_path: Path, port: int) -> None:
    url = f"http://127.0.0.1:{port}"
    proc = _run(tmp_path, port, "--no-worker")
    try:
        await _until_healthy(proc, url)
        async with aiohttp.ClientSession() as s:
            async with s.post(url + "/api/v1/logs", data=b'{"message": "kept", "host": "h"}',
                              headers={"Content-Type": "application/json"}) as r:
                assert r.status == 204
            async with s.post(url + "/api/v1/query", json={"sql": "SELECT message FROM logs"}) as r:
                assert r.status == 200 and (await r.json())["rows"] == [["kept"]]
        second = subprocess.run(
            [sys.executable, "-m", "millpond", "run", "--data-dir", str(tmp_path / "data"), "--http", "127.0.0.1:0",
             "--no-worker"], capture_output=True, text=True, timeout=60)
        assert second.returncode == 2
        assert second.stderr.startswith("millpond: ") and len(second.stderr.strip().splitlines()) == 1
        assert "Traceback" not in second.stderr
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    lg = open_log(tmp_path / "data", LogConfig())
    assert [r["message"] for r in rows(lg, "logs")] == ["kept"]
    lg.close()


async def test_millpond_run_restarts_a_dead_worker(tmp_path: Path, port: int) -> None:
    proc = _run(tmp_path, port)
    try:
        await _until_healthy(proc, f"http://127.0.0.1:{port}")

        def workers() -> list[psutil.Process]:
            out = []
            for c in psutil.Process(proc.pid).children():
                try:
                    if c.status() != psutil.STATUS_ZOMBIE and "worker" in c.cmdline():
                        out.append(c)
                except psutil.Error:  # exited between listing and asking
                    pass
            return out

        deadline = time.monotonic() + 20
        while not workers():
            assert time.monotonic() < deadline
            await asyncio.sleep(0.05)
        running = workers()
        known = {w.pid for w in running}  # with [pipeline] workers > 1 the others are no restart
        running[0].kill()
        while not (restarted := [w for w in workers() if w.pid not in known]):
            assert time.monotonic() < deadline + 10, "worker was not restarted"
            await asyncio.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=90)
    assert proc.returncode == 0
    restarted[0].wait(10)  # the restarted worker was stopped with run (raises TimeoutExpired if not)
    assert not restarted[0].is_running()


async def test_worker_does_not_outlive_a_killed_run(tmp_path: Path, port: int) -> None:
    """`millpond run` killed with -9 cannot stop its worker: the worker notices (PDEATHSIG) and exits."""
    proc = _run(tmp_path, port)
    try:
        await _until_healthy(proc, f"http://127.0.0.1:{port}")
        deadline = time.monotonic() + 20
        while not (kids := [c for c in psutil.Process(proc.pid).children() if c.status() != psutil.STATUS_ZOMBIE]):
            assert time.monotonic() < deadline
            await asyncio.sleep(0.05)
        worker = kids[0]
    finally:
        proc.kill()
        proc.communicate(timeout=30)
    worker.wait(30)  # raises TimeoutExpired if the worker was orphaned
    assert not worker.is_running()


async def test_start_errors_name_the_receiver(tmp_path: Path, port: int) -> None:
    lg = open_log(tmp_path, LogConfig(partitions=1))
    try:
        with pytest.raises(ValueError, match="http.listen"):
            await IngestService(make_config(http={"listen": "nonsense"}), lg).start()
        with socket.socket() as taken:
            taken.bind(("127.0.0.1", port))
            taken.listen()
            cfg = make_config(forward={"listen": "127.0.0.1:0"}, syslog={"listen": f"127.0.0.1:{port}"})
            svc = IngestService(cfg, lg)
            with pytest.raises(OSError, match="^.*syslog: "):
                await svc.start()
            assert svc.listeners == []  # what had started (forward) was closed again
    finally:
        lg.close()
