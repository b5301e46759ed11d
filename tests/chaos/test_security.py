"""Security checks of issue 10 not covered elsewhere: forward handshake replay, TLS mistakes and plaintext
on TLS ports, the token on every admin route, and SQL sandbox escapes and bombs beyond tests/sinks/test_query.py.
"""

from __future__ import annotations

import asyncio
import http.client
import os
import socket
import ssl
import subprocess
import sys
import time
from pathlib import Path

import msgpack
import psutil
import pytest
from aiohttp import web

from millpond.config import build_config
from millpond.ingest import forward
from millpond.ingest.appender import Appender
from millpond.ingest.forward import shared_key_digest
from millpond.ingest.server import tls_context
from millpond.ingest.stats import IngestStats
from millpond.pipeline.log import open_log
from millpond.sinks.query import QueryError, QueryService

from chaoskit import Appliance, poll
from netutil import free_port

KEY = "s3cret-shared"
TOKEN = "admin-t0ken"


# -- Fluent forward shared_key handshake -----------------------------------------------------------------

async def _read_msg(reader: asyncio.StreamReader, unpacker: msgpack.Unpacker) -> object:
    while True:
        for msg in unpacker:
            return msg
        data = await asyncio.wait_for(reader.read(65536), 10)
        if not data:
            return None
        unpacker.feed(data)


async def test_a_replayed_forward_handshake_is_refused(tmp_path: Path) -> None:
    """A client's whole byte stream (PING + a message) recorded and replayed on new connections is refused:
    every connection gets a fresh nonce, so the recorded digest matches none of them; nothing is stored."""
    log = open_log(tmp_path, build_config({"log": {"partitions": 1}}).log)
    cfg = build_config({"forward": {"listen": "127.0.0.1:0", "shared_key": KEY, "self_hostname": "server"}})
    stats = IngestStats()
    appender = Appender(log, stats, max_pending_bytes=1 << 24, linger=0.002)
    listeners = await forward.start(cfg, appender, stats)
    port = listeners[0].port
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        unpacker = msgpack.Unpacker(raw=False)
        helo = await _read_msg(reader, unpacker)
        assert isinstance(helo, list) and helo[0] == "HELO"
        nonce = helo[1]["nonce"]
        salt = b"0123456789abcdef"
        ping = msgpack.packb(["PING", "client", salt, shared_key_digest(salt, "client", nonce, KEY), "", ""])
        message = msgpack.packb(["app.sec", [[int(time.time()), {"message": "original"}]], {"chunk": "c1"}])
        writer.write(ping)
        pong = await _read_msg(reader, unpacker)
        assert isinstance(pong, list) and pong[:2] == ["PONG", True], pong
        writer.write(message)
        assert await _read_msg(reader, unpacker) == {"ack": "c1"}
        writer.close()

        nonces = {nonce}
        for _ in range(20):
            r2, w2 = await asyncio.open_connection("127.0.0.1", port)
            u2 = msgpack.Unpacker(raw=False)
            helo2 = await _read_msg(r2, u2)
            assert isinstance(helo2, list) and helo2[0] == "HELO"
            nonces.add(helo2[1]["nonce"])
            w2.write(ping + message)  # the recorded stream, byte for byte
            pong2 = await _read_msg(r2, u2)
            assert isinstance(pong2, list) and pong2[:3] == ["PONG", False, "shared_key mismatch"], pong2
            assert await _read_msg(r2, u2) is None  # closed: no ack for the replayed chunk
            w2.close()
        assert len(nonces) == 21 and all(len(n) >= 16 for n in nonces)
        rows = sum(b.batch.num_rows for p in range(log.partitions("logs")) for b in log.read("logs", p, 0))
        assert rows == 1
        assert stats.value("millpond_rejected_total", {"receiver": "forward", "reason": "auth"}) == 20
    finally:
        for lst in listeners:
            await lst.close()
        await appender.close()
        log.close()


# -- TLS configuration mistakes --------------------------------------------------------------------------

def _cert(dir_: Path, name: str) -> tuple[Path, Path]:
    cert, key = dir_ / f"{name}.crt", dir_ / f"{name}.key"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    key.chmod(0o600)
    return cert, key


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("tls")
    c1, k1 = _cert(d, "one")
    _, k2 = _cert(d, "two")
    return {"cert": c1, "key": k1, "other_key": k2, "dir": d}


@pytest.mark.parametrize("cert, key, says", [
    ("missing", "key", r"forward\.tls_cert '.*missing\.crt': cannot read it \(No such file or directory\)"),
    ("cert", "other_key", r"forward\.tls_key '.*two\.key' is not the private key of forward\.tls_cert '.*one\.crt'"),
    ("cert", "dir", r"forward\.tls_key '.*': cannot read it \(Is a directory\)"),
    ("key", "cert", r"forward\.tls_cert '.*one\.key' / forward\.tls_key '.*one\.crt': expected a PEM certificate"),
    ("cert", "", r"forward\.tls_cert '.*one\.crt' / forward\.tls_key '.*one\.crt': expected a PEM"),
    ("", "key", r"forward\.tls_key '.*one\.key' is set but forward\.tls_cert is empty"),
])
def test_tls_mistakes_are_named_in_one_line(certs: dict[str, Path], cert: str, key: str, says: str) -> None:
    path = {**{k: str(v) for k, v in certs.items()}, "missing": str(certs["dir"] / "missing.crt"), "": ""}
    with pytest.raises(ValueError, match=says) as e:
        tls_context(path[cert], path[key], "forward")
    assert "\n" not in str(e.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_an_unreadable_key_is_named(certs: dict[str, Path], tmp_path: Path) -> None:
    key = tmp_path / "locked.key"
    key.write_bytes(certs["key"].read_bytes())
    key.chmod(0)
    with pytest.raises(ValueError, match=r"syslog\.tls_key '.*locked\.key': cannot read it \(Permission denied\)"):
        tls_context(str(certs["cert"]), str(key), "syslog")


def test_a_world_readable_key_is_a_warning(certs: dict[str, Path], tmp_path: Path,
                                           caplog: pytest.LogCaptureFixture) -> None:
    key = tmp_path / "open.key"
    key.write_bytes(certs["key"].read_bytes())
    key.chmod(0o644)
    assert tls_context(str(certs["cert"]), str(key), "syslog") is not None
    assert "syslog.tls_key" in caplog.text and "readable by every user" in caplog.text


def test_millpond_run_reports_a_tls_mistake_in_one_line(certs: dict[str, Path], tmp_path: Path) -> None:
    """The real command: exit status 2, one line naming the key and the file, no traceback, no port left bound."""
    env = {**os.environ, "MILLPOND_SYSLOG_TLS_CERT": str(certs["cert"]), "MILLPOND_SYSLOG_TLS_KEY": str(certs["other_key"])}
    http_port = free_port()
    proc = subprocess.run([sys.executable, "-m", "millpond", "run", "--data-dir", str(tmp_path / "d"), "--no-worker",
                           "--http", f"127.0.0.1:{http_port}", "--forward", f"127.0.0.1:{free_port()}",
                           "--syslog", f"127.0.0.1:{free_port()}"],
                          env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr, proc.stderr
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith("millpond: ") and "syslog.tls_key" in last and "two.key" in last \
        and "is not the private key of syslog.tls_cert" in last, last
    with socket.socket() as s:  # nothing left listening
        s.bind(("127.0.0.1", http_port))


# -- a running appliance with a token and TLS receivers ----------------------------------------------------

OPEN = {("GET", "/healthz"), ("GET", "/metrics"), ("HEAD", "/healthz"), ("HEAD", "/metrics")}
INGEST = {"/write", "/api/v2/write", "/api/v1/write", "/v1/logs", "/v1/metrics", "/api/v1/logs"}


def _guarded_routes(tmp_path: Path) -> list[tuple[str, str]]:
    """Every route the appliance's HTTP app registers (same registration calls as `millpond run`) except
    ingest (guarded by ``ingest_token``) and the open /healthz and /metrics."""
    from millpond import alerting_service
    from millpond.ingest import http
    from millpond.sinks import query_api, stream_api

    cfg = build_config({"data_dir": str(tmp_path), "http": {"token": TOKEN}})
    lg = open_log(tmp_path, cfg.log)
    queries = QueryService(cfg, tmp_path, lg)
    try:
        def routes(app: web.Application) -> None:
            query_api.register(app, cfg, lg, service=queries)
            stream_api.register(app, cfg, lg)
            alerting_service.mount(app, cfg, queries)

        app = http.make_app(cfg, None, IngestStats(), extra_routes=routes)  # type: ignore[arg-type]
        found = sorted({(r.method, r.resource.canonical) for r in app.router.routes() if r.resource is not None})
    finally:
        queries.close()
        lg.close()
    return [(m, p) for m, p in found if (m, p) not in OPEN and p not in INGEST and m != "HEAD"]


def _status(app: Appliance, method: str, path: str, headers: dict[str, str]) -> int:
    c = http.client.HTTPConnection("127.0.0.1", app.http, timeout=30)
    body = b'{"sql": "SELECT 1"}' if method == "POST" else None
    c.request(method, path, body=body, headers={"Content-Type": "application/json", **headers})
    r = c.getresponse()
    r.read()
    c.close()
    return r.status


def _tls_client(certs: dict[str, Path]) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=str(certs["cert"]))
    return ctx


def test_token_guards_every_admin_route_and_tls_ports_refuse_plaintext(certs: dict[str, Path], tmp_path: Path) -> None:
    guarded = _guarded_routes(tmp_path / "routes")
    assert {("POST", "/api/v1/query"), ("GET", "/api/v1/log"), ("GET", "/api/v1/alerts"),
            ("GET", "/api/v1/stream")} <= set(guarded), guarded
    env = {f"MILLPOND_{s}_{k}": str(certs[v]) for s in ("FORWARD", "SYSLOG") for k, v in
           (("TLS_CERT", "cert"), ("TLS_KEY", "key"))}
    app = Appliance(tmp_path, extra=["--no-worker"], env={"MILLPOND_HTTP_TOKEN": TOKEN, **env})
    app.start()
    try:
        for method, path in guarded:
            for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Token {TOKEN}"},
                            {"Authorization": f"Basic {TOKEN}"}, {"Authorization": TOKEN}):
                assert _status(app, method, path, headers) == 401, (method, path, headers)
        assert _status(app, "POST", "/api/v1/query", {"Authorization": f"Bearer {TOKEN}"}) == 200
        assert _status(app, "GET", "/healthz", {}) == 200 and _status(app, "GET", "/metrics", {}) == 200

        # plaintext on the TLS ports: closed without an answer, the appliance goes on
        for port, data in ((app.forward, msgpack.packb(["app.plain", [[1, {"message": "plain"}]], {"chunk": "p"}])),
                           (app.syslog, b"<13>1 2026-11-25T12:00:00Z h app - - - plaintext\n")):
            with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
                s.sendall(data)
                try:
                    got = s.recv(100)
                except ConnectionResetError:
                    got = b""
                assert not got.startswith(b"\x81"), got  # no msgpack ack: the server said nothing but TLS
        # a TLS client is served on the same port right after
        ctx = _tls_client(certs)
        with socket.create_connection(("127.0.0.1", app.forward), timeout=10) as raw, \
                ctx.wrap_socket(raw, server_hostname="127.0.0.1") as s:
            s.sendall(msgpack.packb(["app.tls", [[int(time.time()), {"message": "over tls"}]], {"chunk": "t1"}]))
            assert msgpack.unpackb(s.recv(100)) == {"ack": "t1"}
        assert app.healthy()
        rows = poll(lambda: _count(app, "over tls"), 20, what="the TLS record queryable")
        assert rows == 1 and _count(app, "plain") == 0
    finally:
        text = app.log_text()
        app.stop()
    assert "Traceback" not in text, text[-3000:]


def _count(app: Appliance, message: str) -> int:
    import json

    c = http.client.HTTPConnection("127.0.0.1", app.http, timeout=30)
    c.request("POST", "/api/v1/query", body=json.dumps({"sql": f"SELECT count(*) FROM logs WHERE message = '{message}'"}),
              headers={"Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"})
    body = json.loads(c.getresponse().read())
    c.close()
    return int(body["rows"][0][0])


# -- SQL sandbox: what tests/sinks/test_query.py does not try --------------------------------------------

ESCAPES = [
    "SELECT * FROM '/etc/passwd'",  # replacement scan of a path
    "SELECT * FROM read_csv_auto('/etc/passwd')",
    "SELECT * FROM read_ndjson_objects('/etc/hostname')",
    "SELECT * FROM read_blob('/proc/self/environ')",
    "SELECT * FROM read_text('file:///etc/passwd')",
    "SELECT * FROM read_parquet('s3://bucket/x.parquet')",
    "SELECT * FROM parquet_scan('/etc/passwd')",
    "SELECT * FROM glob('*')",
    "CREATE SECRET s (TYPE s3, KEY_ID 'a', SECRET 'b')",
    "SET GLOBAL memory_limit = '100GiB'",
    "RESET memory_limit",
    "SET lock_configuration = false",
    "SET VARIABLE x = 1",
    "DETACH memory",
    "USE system",
    "CHECKPOINT",
    "VACUUM",
    "IMPORT DATABASE '/tmp'",
    "LOAD '/tmp/x.duckdb_extension'",
    "FORCE INSTALL httpfs FROM 'http://127.0.0.1:1/'",
    "PREPARE p AS SELECT 1",
    "CREATE MACRO m() AS 1",
    "CALL duckdb_logs()",
]

BOMBS = [
    ("WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t) SELECT count(*) FROM t", "time"),
    ("WITH RECURSIVE t(s) AS (SELECT 'x' UNION ALL SELECT s || s FROM t) SELECT max(length(s)) FROM t", "memory"),
    ("WITH RECURSIVE t(n, s) AS (SELECT 1, repeat('x', 1000000) UNION ALL SELECT n + 1, s FROM t) "
     "SELECT count(*) FROM t", "time or memory"),
    ("SELECT string_agg(repeat('x', 100000), '') FROM range(100000)", "memory"),
    ("SELECT count(*) FROM range(100000) a, range(100000) b WHERE a.range + b.range = -1", "time"),  # 10^10 pairs
    ("SELECT list(range) FROM range(500000000)", "memory"),
]


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> QueryService:
    d = tmp_path_factory.mktemp("sandbox")
    svc = QueryService(build_config({"data_dir": str(d), "query": {"timeout": "1s", "memory_limit": "128MiB"}}))
    yield svc
    svc.close()


def _settings(svc: QueryService) -> list:
    return svc.run("SELECT current_setting('enable_external_access'), current_setting('lock_configuration'), "
                   "current_setting('memory_limit')").rows


@pytest.mark.parametrize("sql", ESCAPES)
def test_more_sandbox_escapes_are_refused(sandbox: QueryService, sql: str) -> None:
    before = _settings(sandbox)
    assert before[0][:2] == [False, True]
    with pytest.raises(QueryError):
        sandbox.run(sql)
    assert _settings(sandbox) == before


@pytest.mark.parametrize("sql, limit", BOMBS)
def test_query_bombs_stop_at_the_time_or_memory_limit(sandbox: QueryService, sql: str, limit: str) -> None:
    proc = psutil.Process()
    rss0, t0 = proc.memory_info().rss, time.monotonic()
    with pytest.raises(QueryError, match="timed out|Out of Memory|memory"):
        sandbox.run(sql)
    took, grew = time.monotonic() - t0, proc.memory_info().rss - rss0
    assert took < 6, f"{limit} bomb ran {took:.1f}s with a 1s timeout"
    assert grew < 512 << 20, f"{limit} bomb grew RSS by {grew >> 20} MiB with a 128 MiB memory_limit"
    assert sandbox.run("SELECT 42").rows == [[42]]  # the service goes on
