"""Millpond on Kafka end to end (tansu on loopback): `millpond run` → Kafka → two `millpond worker`s → Parquet.

Records go in through the real HTTP receiver of `millpond run` (log backend
kafka), land in Kafka as Arrow IPC messages, and two worker processes in one
consumer group split the partitions and archive them. One worker is killed
with SIGKILL mid-stream; the other takes its partitions over (a tansu
rebalance takes a few seconds) and plain DuckDB over the Parquet files finds
every id exactly once. Also: the stream API over the Kafka log.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

sys.path.insert(0, str(Path(__file__).parent / "log"))  # the tansu fixture of the log tests
from kafka_broker import TANSU_SETTINGS, TansuBroker  # noqa: E402
from netutil import free_port  # noqa: E402

from millpond.config import LogConfig  # noqa: E402
from millpond.pipeline.log.kafka import KafkaLog  # noqa: E402

PARTITIONS = 4
CITIES = ["paris", "rome", "oslo", "lima", "kyiv", "riga", "bern", "doha", "baku", "male", "suva", "apia", "nuuk"]


@pytest.fixture
def tansu() -> Iterator[TansuBroker]:
    """A broker per test: tansu 0.6 was seen to leave a reused group stuck after all its members left."""
    broker = TansuBroker().start()
    yield broker
    broker.stop()


@dataclass
class Appliance:
    """`millpond run --no-worker` plus worker processes, all on one config and data directory."""

    tmp: Path
    bootstrap: str
    prefix: str = field(default_factory=lambda: f"e2e{uuid.uuid4().hex[:8]}.")
    http_port: int = field(default_factory=free_port)
    run: subprocess.Popen[bytes] | None = None
    workers: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def data(self) -> Path:
        return self.tmp / "data"

    @property
    def config(self) -> Path:
        return self.tmp / "millpond.toml"

    def log_cfg(self) -> LogConfig:
        return LogConfig(backend="kafka", kafka_bootstrap=self.bootstrap, partitions=PARTITIONS,
                         topic_prefix=self.prefix, kafka=dict(TANSU_SETTINGS))

    def write_config(self) -> None:
        kafka = "\n".join(f'"{k}" = "{v}"' for k, v in TANSU_SETTINGS.items())
        self.config.write_text(f"""
[log]
backend = "kafka"
kafka_bootstrap = "{self.bootstrap}"
topic_prefix = "{self.prefix}"
partitions = {PARTITIONS}

[log.kafka]
{kafka}

[archive]
flush_interval = "0.5s"
compact_interval = "1h"
""")

    def start(self) -> Appliance:
        self.write_config()
        argv = [sys.executable, "-m", "millpond", "run", "--config", str(self.config), "--data-dir", str(self.data),
                "--http", f"127.0.0.1:{self.http_port}", "--forward", f"127.0.0.1:{free_port()}",
                "--syslog", f"127.0.0.1:{free_port()}", "--no-worker", "--log-level", "warning"]
        self.run = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                    stderr=open(self.tmp / "run.err", "wb"))
        _until(self._healthy, 30, "millpond run did not become healthy")
        return self

    def _healthy(self) -> bool:
        assert self.run is not None and self.run.poll() is None, (self.tmp / "run.err").read_text()
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.http_port}/healthz", timeout=1) as r:
                return r.status == 200
        except OSError:
            return False

    def start_worker(self) -> subprocess.Popen[bytes]:
        n = len(self.workers)
        # no --member: on Kafka the group assigns partitions and the pattern state follows them
        w = subprocess.Popen([sys.executable, "-m", "millpond", "worker", "--config", str(self.config),
                              "--data-dir", str(self.data)],
                             stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                             stderr=open(self.tmp / f"worker{n}.err", "wb"))
        self.workers.append(w)
        return w

    def owned(self, n: int) -> list[set[str]]:
        """Partitions worker ``n`` said it took, in order ("worker: now owns logs/0, …" lines)."""
        text = (self.tmp / f"worker{n}.err").read_text()
        return [set(m.split(", ")) for m in re.findall(r"worker: now owns (.+)", text)]

    def post_logs(self, start: int, n: int) -> None:
        """Record ``i``: host and service ``h``/``shop<h>`` (h = i % 16), one template per service whose
        first line says "paris" and later ones other cities: a worker that took a partition over without
        its pattern state would mint a new id from the first city it sees."""
        body = "\n".join(json.dumps({"message": f"order {i} shipped to {CITIES[i // 16 % len(CITIES)]}",
                                     "host": f"h{i % 16}", "service": f"shop{i % 16}",
                                     "id": str(i)}) for i in range(start, start + n)).encode()
        req = urllib.request.Request(f"http://127.0.0.1:{self.http_port}/api/v1/logs", data=body,
                                     headers={"Content-Type": "application/x-ndjson"})
        with urllib.request.urlopen(req, timeout=30) as r:
            assert r.status == 204  # durable in Kafka (acks=all) before the answer

    def streamed_ids(self, n: int) -> list[str]:
        """Ids of ``n`` records read through `millpond run`'s stream API, as another application would."""
        url = f"http://127.0.0.1:{self.http_port}/api/v1/stream?topic=logs&group=e2e-reader&max={n}"
        with urllib.request.urlopen(url, timeout=60) as r:
            lines = [json.loads(x) for x in r.read().splitlines()]
        assert lines[0]["type"] == "start" and lines[-1] == {**lines[-1], "type": "end", "reason": "max"}
        return [x["record"]["attributes"]["id"] for x in lines if x["type"] == "record"]

    def query(self, sql: str) -> list[list]:
        """Rows of ``sql`` through `millpond run`'s query API (the contract's views: log_patterns, logs_1m)."""
        req = urllib.request.Request(f"http://127.0.0.1:{self.http_port}/api/v1/query",
                                     data=json.dumps({"sql": sql}).encode(), headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=30) as r:
            return json.loads(r.read())["rows"]

    def archived(self) -> tuple[int, int]:
        """(rows, distinct ids) of the archived logs, with plain DuckDB over the published Parquet files."""
        files = list((self.data / "archive" / "logs").glob("*/*/*.parquet"))
        if not files:
            return 0, 0
        glob = str(self.data / "archive" / "logs" / "*" / "*" / "*.parquet")
        try:
            ((rows, ids),) = duckdb.connect().execute(
                f"SELECT count(*), count(DISTINCT attributes['id']) FROM read_parquet('{glob}')").fetchall()
            return rows, ids
        except duckdb.IOException:
            return -1, -1  # a file vanished between glob and read (a replay replacing it): look again

    def stop(self) -> None:
        for p in [*self.workers, self.run]:
            if p is not None and p.poll() is None:
                p.send_signal(signal.SIGTERM)
        for p in [*self.workers, self.run]:
            if p is not None:
                try:
                    p.wait(30)
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.wait()


def _until(pred, timeout: float, what: str) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not pred():
        assert time.monotonic() < deadline, what
        time.sleep(0.1)


@pytest.fixture
def appliance(tansu: TansuBroker, tmp_path: Path) -> Iterator[Appliance]:
    app = Appliance(tmp_path, tansu.bootstrap).start()
    yield app
    app.stop()


def _kafka_rows(app: Appliance) -> int:
    """Rows in the Kafka topic, read with a plain confluent-kafka consumer decoding each message's Arrow IPC."""
    from confluent_kafka import Consumer, TopicPartition

    c = Consumer({"bootstrap.servers": app.bootstrap, "group.id": f"check-{uuid.uuid4().hex[:6]}",
                  "enable.auto.commit": False, "enable.partition.eof": True})
    topic = f"{app.prefix}logs"
    c.assign([TopicPartition(topic, p, 0) for p in range(PARTITIONS)])
    rows, eof, deadline = 0, set(), time.monotonic() + 20
    try:
        while len(eof) < PARTITIONS and time.monotonic() < deadline:
            msg = c.poll(0.5)
            if msg is None:
                continue
            if msg.error():
                eof.add(msg.partition())
                continue
            rows += pa.ipc.open_stream(msg.value()).read_all().num_rows
    finally:
        c.close()
    return rows


def _run_kill_takeover(app: Appliance, *, batches: int, per_batch: int, pace: float, cycles: int = 1) -> None:
    """Feed ``batches`` HTTP posts, one every ``pace`` s; ``cycles`` times SIGKILL the oldest worker
    mid-stream (and, but for the last time, start a replacement that joins while records flow)."""
    a, b = app.start_worker(), app.start_worker()
    # both in the group, partitions split: the second joiner owns a strict subset of the logs partitions
    _until(lambda: app.owned(0) and app.owned(1), 30, "workers did not both take partitions")
    all_logs = {f"logs/{p}" for p in range(PARTITIONS)}
    _until(lambda: set().union(*app.owned(1)) & all_logs and not all_logs <= set().union(*app.owned(1)), 15,
           f"no split: {app.owned(0)} / {app.owned(1)}")

    sent = per_batch
    app.post_logs(0, per_batch)
    _until(lambda: app.archived()[0] > 0, 20, "nothing archived before the kill")

    errors: list[BaseException] = []

    def feed() -> None:
        nonlocal sent
        try:
            paced = threading.Event()
            for _ in range(batches - 1):
                app.post_logs(sent, per_batch)
                sent += per_batch
                paced.wait(pace)  # a steady stream that outlasts the rebalances, not a burst
        except BaseException as e:  # noqa: BLE001 - reported by the test thread
            errors.append(e)

    t = threading.Thread(target=feed, daemon=True)
    t.start()
    living = [a, b]
    for k in range(cycles):
        due = per_batch * (1 + (k + 1) * (batches - 1) // (cycles + 1))
        _until(lambda: sent >= due, 60, "feed stalled")
        assert t.is_alive(), "the feed ended before the kill: not mid-stream"
        victim = living.pop(0)
        victim.send_signal(signal.SIGKILL)  # mid-stream: its buffers and maybe a half-done flush are lost
        victim.wait()
        if k + 1 < cycles:
            n = len(app.workers)
            living.append(app.start_worker())
            _until(lambda: app.owned(n), 30, "the replacement took no partition")
    t.join(300)
    assert not errors, errors
    assert all(w.poll() is None for w in living)
    _until(lambda: app.archived() == (sent, sent), 60, f"archive {app.archived()} != {sent}")
    if cycles == 1:
        assert all_logs <= set().union(*app.owned(1)), f"the survivor never took all partitions: {app.owned(1)}"
    assert _kafka_rows(app) == sent
    ids = app.streamed_ids(sent)
    assert len(ids) == sent and set(ids) == {str(i) for i in range(sent)}
    for w in living:
        w.send_signal(signal.SIGTERM)
    for w in living:
        assert w.wait(30) == 0
    assert app.archived() == (sent, sent)  # still exactly once after the graceful stops
    _check_patterns_and_rollups(app, sent)


def _check_patterns_and_rollups(app: Appliance, sent: int) -> None:
    """Pattern ids and rollups across the partition moves: one id per template (the partition's state moved
    with it), log_patterns one row per template counting each line once, logs_1m adding up to the lines."""
    per_service = app.query("SELECT service, count(DISTINCT pattern_id), count(*) FROM logs GROUP BY 1 ORDER BY 1")
    assert len(per_service) == 16 and all(ids == 1 and n == sent // 16 for _, ids, n in per_service), per_service
    patterns = app.query("SELECT service, template, \"count\", pattern_id FROM log_patterns ORDER BY 1")
    assert [(s, t, c) for s, t, c, _ in patterns] == [
        (s, "order <*> shipped to <*>", sent // 16) for s, _, _ in per_service], patterns
    ids = dict(app.query("SELECT service, any_value(pattern_id) FROM logs GROUP BY 1"))
    assert {s: i for s, _, _, i in patterns} == ids
    rollup = app.query("SELECT service, pattern_id, sum(\"count\")::BIGINT FROM logs_1m GROUP BY 1, 2 ORDER BY 1")
    assert rollup == [[s, ids[s], sent // 16] for s, _, _ in per_service], rollup


def test_two_workers_split_partitions_and_a_kill_loses_and_duplicates_nothing(appliance: Appliance) -> None:
    _run_kill_takeover(appliance, batches=8, per_batch=250, pace=0.3)


@pytest.mark.slow
def test_long_form_three_kills_with_replacements_joining(appliance: Appliance) -> None:
    _run_kill_takeover(appliance, batches=120, per_batch=500, pace=0.2, cycles=3)


# -- the stream API over the Kafka log ------------------------------------------------------------

async def test_stream_api_on_kafka_reads_commits_and_resumes(tansu: TansuBroker, tmp_path: Path) -> None:
    import aiohttp
    from aiohttp import web
    from millpond.config import build_config
    from millpond.pipeline.schema import logs_batch
    from millpond.sinks.stream_api import register

    def logs(n: int, start_id: int = 0) -> pa.RecordBatch:
        return logs_batch(message=[f"req {i} done" for i in range(start_id, start_id + n)], host="h")

    cfg = build_config({"data_dir": str(tmp_path / "d")})
    lg = KafkaLog(LogConfig(backend="kafka", kafka_bootstrap=tansu.bootstrap, partitions=2,
                            topic_prefix=f"s{uuid.uuid4().hex[:8]}.", kafka=dict(TANSU_SETTINGS)))
    app = web.Application()
    register(app, cfg, lg)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    url = f"http://127.0.0.1:{port}/api/v1/stream"
    try:
        lg.ensure_topic("logs")
        lg.append("logs", 0, logs(7)).result()
        lg.append("logs", 0, logs(5, start_id=7)).result()
        lg.append("logs", 1, logs(4, start_id=100)).result()

        async def read(session: aiohttp.ClientSession, want: int) -> tuple[list[dict], dict]:
            async with session.get(url, params={"topic": "logs", "group": "app", "max": str(want)}) as r:
                assert r.status == 200
                lines = [json.loads(x) for x in (await r.text()).splitlines()]
            assert lines[-1]["type"] == "end"
            return [x for x in lines if x["type"] == "record"], lines[-1]["positions"]

        async with aiohttp.ClientSession() as s:
            recs, pos = await read(s, 16)
            assert sorted(x["record"]["message"] for x in recs) == sorted(
                [f"req {i} done" for i in range(12)] + [f"req {i} done" for i in range(100, 104)])
            p0 = [x["offset"] for x in recs if x["partition"] == 0]
            assert p0 == sorted(p0) and len(set(p0)) == 12
            # commit after the first message of partition 0 (7 rows) and all of partition 1
            first_msg_end = p0[6] + 1
            r = await s.post(f"{url}/commit", json={"group": "app", "offsets": {"logs/0": first_msg_end,
                                                                               "logs/1": pos["logs/1"]}})
            assert r.status == 200, await r.text()
            lg.append("logs", 1, logs(2, start_id=200)).result()
            recs, _ = await read(s, 7)
            assert sorted(x["record"]["message"] for x in recs) == sorted(
                [f"req {i} done" for i in range(7, 12)] + ["req 200 done", "req 201 done"])
    finally:
        await runner.cleanup()
        lg.close()
