"""The Kafka backend's own behaviour (``kafka.py``, ``kafka_wire.py``, ``kafka_consumer.py``), against a real tansu broker on loopback.

What every backend shares is in ``test_conformance.py``; here: the message
format, splitting over the message size limit, the packed offsets, client
settings, errors when the cluster is gone, the consumer-example in
``docs/kafka.md``, and two workers sharing a group's partitions.
"""

from __future__ import annotations

import queue
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import confluent_kafka as ck
import numpy as np
import pyarrow as pa
import pytest
from kafka_broker import TansuBroker
from netutil import free_port
from test_conformance import batch, drain, read_all, table

from millpond.config import LogConfig
from millpond.pipeline.log import open_log
from millpond.pipeline.log.base import FetchedBatch, TopicPartition
from millpond.pipeline.log.errors import LogError
from millpond.pipeline.log.kafka import KafkaAppendResult, KafkaConsumer, KafkaLog, ProducerQueueFullError
from millpond.pipeline.log.kafka_wire import (
    CONTENT_TYPE,
    RecordTooLargeError,
    client_config,
    decode,
    encode,
    kafka_offset,
    log_offset,
)
from millpond.pipeline.schema import logs_batch

DOCS = Path(__file__).resolve().parents[3] / "docs" / "kafka.md"


def noise(n: int, width: int = 100, seed: int = 1) -> pa.RecordBatch:
    """``n`` log lines of random hex: incompressible, so sizes are predictable."""
    raw = np.random.default_rng(seed).integers(0, 256, size=(n, width // 2), dtype=np.uint8)
    return logs_batch(message=[r.tobytes().hex() for r in raw], ts=list(range(n)), host="h")


def test_client_config_passes_settings_to_the_right_clients() -> None:
    """Plain ``[log] kafka`` keys reach every client; ``producer.``/``consumer.`` keys only theirs."""
    cfg = LogConfig(kafka_bootstrap="127.0.0.1:1", kafka={"security.protocol": "SSL", "consumer.session.timeout.ms": "7000", "producer.linger.ms": "1"})
    consumer, producer = client_config(cfg, "consumer"), client_config(cfg, "producer")
    assert consumer.pop("logger").name == "millpond.kafka.consumer"
    assert producer.pop("logger").name == "millpond.kafka.producer"
    assert consumer == {"bootstrap.servers": "127.0.0.1:1", "security.protocol": "SSL", "session.timeout.ms": "7000"}
    assert producer == {"bootstrap.servers": "127.0.0.1:1", "security.protocol": "SSL", "linger.ms": "1"}
    with pytest.raises(LogError, match="kafka_bootstrap is empty"):
        client_config(LogConfig(), "admin")


@pytest.mark.parametrize("codec", ["none", "lz4", "zstd"])
def test_encode_splits_over_the_limit_and_decodes(codec: str) -> None:
    """A batch over the limit becomes several whole-row IPC streams, each within it, in order."""
    b = noise(4000)
    parts = encode(b, codec, 100_000)
    assert len(parts) >= 3
    assert all(len(payload) <= 100_000 for _, payload in parts)
    back = pa.Table.from_batches([decode(payload) for _, payload in parts])
    assert back.equals(pa.Table.from_batches([b]))
    with pytest.raises(RecordTooLargeError, match="message.max.bytes"):
        encode(noise(1, width=4000), codec, 1000)


def test_compression_shrinks_messages() -> None:
    """The codec compresses the IPC body (repetitive log lines shrink a lot with zstd)."""
    b = logs_batch(message=["connection reset by peer"] * 5000, host="web-1")
    (_, plain), = encode(b, "none", 10 << 20)
    (_, packed), = encode(b, "zstd", 10 << 20)
    assert len(packed) * 5 < len(plain)


def test_big_append_spans_messages_and_reads_back(kafka_cfg: LogConfig) -> None:
    """An append over message.max.bytes resolves once all its messages landed; rows keep unique offsets."""
    cfg = LogConfig(**{**_fields(kafka_cfg), "kafka": {**kafka_cfg.kafka, "message.max.bytes": "200000"}})
    b = noise(6000)
    with KafkaLog(cfg) as lg:
        res = lg.append("logs", 1, b).result(timeout=15)
        assert isinstance(res, KafkaAppendResult) and res.record_count == 6000
        got = read_all(lg, "logs", 1, res.base_offset)
        assert len(got) >= 3
        assert table(got).equals(pa.Table.from_batches([b]))
        assert got[-1].next_offset == res.next_offset
        offsets = np.concatenate([b.base_offset + np.arange(b.batch.num_rows) for b in got])
        assert (np.diff(offsets) > 0).all()


def test_offsets_pack_message_and_row(kafka_cfg: LogConfig) -> None:
    """next_offset is a message boundary; a batch's rows end just below it."""
    with KafkaLog(kafka_cfg) as lg:
        r1 = lg.append("logs", 0, batch(3)).result(timeout=15)
        r2 = lg.append("logs", 0, batch(5)).result(timeout=15)
    assert r1.next_offset == log_offset(kafka_offset(r1.base_offset) + 1)
    assert r2.base_offset == r1.next_offset + (1 << 20) - 5
    assert kafka_offset(r2.next_offset) == kafka_offset(r1.next_offset) + 1


def test_message_format_for_other_consumers(kafka_cfg: LogConfig) -> None:
    """A plain Kafka consumer sees one Arrow IPC stream per message, with the documented headers and timestamp."""
    b = batch(4, ts=1_700_000_000_000_500)
    with KafkaLog(kafka_cfg) as lg:
        res = lg.append("logs", 1, b).result(timeout=15)
    c = ck.Consumer({"bootstrap.servers": kafka_cfg.kafka_bootstrap, "group.id": "plain"})
    c.assign([ck.TopicPartition(kafka_cfg.topic_prefix + "logs", 1, kafka_offset(res.base_offset))])
    try:
        deadline = time.monotonic() + 10
        while (msg := c.poll(0.5)) is None or msg.error():
            assert time.monotonic() < deadline
    finally:
        c.close()
    assert msg.key() is None
    assert dict(msg.headers()) == {"content-type": CONTENT_TYPE, "millpond-rows": b"4"}
    assert msg.timestamp() == (ck.TIMESTAMP_CREATE_TIME, 1_700_000_000_001)  # latest ts, rounded up to ms
    assert pa.ipc.open_stream(msg.value()).read_all().equals(pa.Table.from_batches([b]))


def test_docs_consumer_example_runs(kafka_cfg: LogConfig, tmp_path: Path) -> None:
    """The 20-line consumer in docs/kafka.md prints every appended line."""
    code = re.search(r"```python\n(.*?)```", DOCS.read_text(), re.S)
    assert code is not None
    assert len(code.group(1).splitlines()) <= 30
    script = tmp_path / "consume.py"
    script.write_text(code.group(1))
    with KafkaLog(kafka_cfg) as lg:
        for p in range(2):
            lg.append("logs", p, batch(3, start=10 * p)).result(timeout=15)
    proc = subprocess.Popen(
        [sys.executable, str(script), kafka_cfg.kafka_bootstrap, kafka_cfg.topic_prefix + "logs", "example"],
        stdout=subprocess.PIPE, text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(x) for x in proc.stdout], daemon=True).start()  # type: ignore[union-attr]
    got: list[str] = []
    try:
        deadline = time.monotonic() + 30
        while len(got) < 6:
            assert proc.poll() is None, "the example exited"
            try:
                got.append(lines.get(timeout=max(0.0, deadline - time.monotonic())))
            except queue.Empty:
                pytest.fail(f"the example printed {got}")
    finally:
        proc.terminate()
        proc.wait(10)
    assert sorted(line.split()[-1] for line in got) == ["0", "1", "10", "11", "12", "2"]
    assert all(line.split()[1].startswith("h") for line in got)


def test_commit_from_outside_rounds_down_to_the_message(kafka_cfg: LogConfig) -> None:
    """Log.commit inside a message replays that message: never skip a record."""
    with KafkaLog(kafka_cfg) as lg:
        r1, r2 = (lg.append("logs", 0, batch(4, start=s)).result(timeout=15) for s in (0, 4))
        tp = TopicPartition("logs", 0)
        lg.commit("outside", {tp: r2.base_offset + 2})
        assert lg.committed("outside") == {tp: r1.next_offset}
        c = lg.consumer("outside", ["logs"])
        try:
            got = drain(c, 4)
        finally:
            c.close()
    assert table(got).column("message").to_pylist() == [f"line {i}" for i in range(4, 8)]


def test_open_log_dispatches_to_kafka(kafka_cfg: LogConfig, tmp_path: Path) -> None:
    """``open_log`` with backend = "kafka" opens this backend; topics get the prefix and partitions."""
    lg = open_log(tmp_path, kafka_cfg)
    try:
        assert isinstance(lg, KafkaLog)
        admin = ck.admin.AdminClient({"bootstrap.servers": kafka_cfg.kafka_bootstrap})
        names = admin.list_topics(timeout=10).topics
        assert len(names[kafka_cfg.topic_prefix + "logs"].partitions) == 2
        assert len(names[kafka_cfg.topic_prefix + "metrics"].partitions) == 2
    finally:
        lg.close()


def test_without_prefix_other_topics_are_not_ours(kafka_cfg: LogConfig) -> None:
    """On a shared cluster with no topic_prefix, another application's topics are not Millpond's."""
    admin = ck.admin.AdminClient({"bootstrap.servers": kafka_cfg.kafka_bootstrap})
    admin.create_topics([ck.admin.NewTopic("orders-from-another-app", 1, -1)])["orders-from-another-app"].result(10)
    cfg = LogConfig(**{**_fields(kafka_cfg), "topic_prefix": ""})
    with KafkaLog(cfg) as lg:
        assert lg.topics() == {"logs": 2, "metrics": 2}
        assert lg.ensure_topic("events", 1) == 1
        assert lg.topics() == {"logs": 2, "metrics": 2, "events": 1}
        assert TopicPartition("orders-from-another-app", 0) not in lg.lag("anyone")


def test_unreachable_cluster_is_one_clear_error() -> None:
    """Nobody listening: opening fails within the timeout, naming the bootstrap and what to check."""
    bootstrap = f"127.0.0.1:{free_port()}"
    t0 = time.monotonic()
    with pytest.raises(LogError, match=re.escape(bootstrap) + ".*kafka_bootstrap"):
        KafkaLog(LogConfig(backend="kafka", kafka_bootstrap=bootstrap), timeout=1.0)
    assert time.monotonic() - t0 < 5


def test_append_fails_when_the_broker_is_gone() -> None:
    """Without a broker the future fails (never a false ack); a full producer queue is a
    retriable error after the timeout (push back); the log still closes."""
    broker = TansuBroker().start()
    settings = {"producer.message.timeout.ms": "3000", "producer.queue.buffering.max.messages": "1"}
    lg = KafkaLog(LogConfig(backend="kafka", kafka_bootstrap=broker.bootstrap, kafka=settings), timeout=1.0)
    try:
        lg.append("logs", 0, batch(2)).result(timeout=15)
        broker.stop()
        stuck = lg.append("logs", 0, batch(2))
        refused = lg.append("logs", 0, batch(2))
        with pytest.raises(ProducerQueueFullError) as full:
            refused.result(timeout=15)
        assert full.value.retriable
        assert not stuck.done()
        with pytest.raises(LogError, match="append to logs/0 failed"):
            stuck.result(timeout=15)
    finally:
        broker.stop()
        t0 = time.monotonic()
        lg.close()
        assert time.monotonic() - t0 < 5


def test_too_large_record_fails_its_append(kafka_cfg: LogConfig) -> None:
    """A record over the message limit cannot be split: its append fails, others go on."""
    cfg = LogConfig(**{**_fields(kafka_cfg), "kafka": {**kafka_cfg.kafka, "message.max.bytes": "20000"}})
    with KafkaLog(cfg) as lg:
        with pytest.raises(RecordTooLargeError):
            lg.append("logs", 0, noise(1, width=60_000)).result(timeout=15)
        assert lg.append("logs", 0, batch(1)).result(timeout=15).record_count == 1


def _fields(cfg: LogConfig) -> dict:
    return {f: getattr(cfg, f) for f in cfg.__struct_fields__}


def _poll(c: KafkaConsumer, into: list[FetchedBatch]) -> list[FetchedBatch]:
    got = c.poll(timeout=0.2)
    into += got
    return got


def _messages(batches: list[FetchedBatch], partitions: set[int] | None = None) -> list[str]:
    return [m for g in batches if partitions is None or g.partition in partitions for m in g.batch.column("message").to_pylist()]


def test_two_workers_split_partitions_and_take_over(kafka_cfg: LogConfig) -> None:
    """Two members split a group's partitions; a commit for a partition that moved away is
    dropped (its new owner replays it); when one member leaves, the other takes over
    from the leaver's commits: every record read, none skipped."""
    cfg = LogConfig(**{**_fields(kafka_cfg), "partitions": 4})
    with KafkaLog(cfg) as lg:
        for p in range(4):
            lg.append("logs", p, batch(5, start=100 * p)).result(timeout=15)
        a = lg.consumer("pool", ["logs"])
        seen_a: list[FetchedBatch] = []
        seen_b: list[FetchedBatch] = []
        b: KafkaConsumer | None = None
        try:
            deadline = time.monotonic() + 20
            while len(_messages(seen_a)) < 20:  # alone: a gets everything; it commits nothing yet
                assert time.monotonic() < deadline
                _poll(a, seen_a)
            assert len(a.assignment()) == 4
            assert not a.revoked
            first_read = list(seen_a)

            b = lg.consumer("pool", ["logs"], member=1, members=2)  # the embedded split's arguments are ignored
            deadline = time.monotonic() + 30
            while not (a.assignment() and b.assignment()):
                assert time.monotonic() < deadline, (a.assignment(), b.assignment())
                _poll(a, seen_a)
                _poll(b, seen_b)
            mine = {tp.partition for tp in a.assignment()}
            theirs = {tp.partition for tp in b.assignment()}
            assert mine.isdisjoint(theirs) and mine | theirs == {0, 1, 2, 3}
            assert {tp.partition for tp in a.revoked} >= theirs

            # a's in-flight work covers all four partitions; only its own are committed
            a.commit({TopicPartition(g.topic, g.partition): g.next_offset for g in seen_a})
            assert {tp.partition for tp in lg.committed("pool")} == mine
            deadline = time.monotonic() + 20
            while sorted(_messages(seen_b)) != sorted(_messages(first_read, theirs)):
                assert time.monotonic() < deadline, _messages(seen_b)  # b replays what a never committed
                _poll(b, seen_b)

            a.close()
            for p in range(4):
                lg.append("logs", p, batch(5, start=100 * p + 5)).result(timeout=15)
            new = {f"line {100 * p + i}" for p in range(4) for i in range(5, 10)}
            deadline = time.monotonic() + 30
            before = len(seen_b)
            while len(b.assignment()) < 4 or not new <= set(_messages(seen_b[before:])):
                assert time.monotonic() < deadline, (b.assignment(), _messages(seen_b[before:]))
                got = _poll(b, seen_b)
                b.commit({TopicPartition(g.topic, g.partition): g.next_offset for g in got})
        finally:
            a.close()
            if b is not None:
                b.close()
        # after taking over, b read a's former partitions from a's commits on: only the new records
        assert sorted(_messages(seen_b[before:], mine)) == sorted(f"line {100 * p + i}" for p in mine for i in range(5, 10))
        everything = set(_messages(seen_a) + _messages(seen_b))
        assert everything == {f"line {100 * p + i}" for p in range(4) for i in range(10)}
        assert all(lag == 0 for tp, lag in lg.lag("pool").items() if tp.topic == "logs")


# -- start-up refused by the cluster: the appliance stops with one line saying what to do -------------

def _millpond(tmp_path: Path, command: str, bootstrap: str, *args: str) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "millpond.toml"
    config.write_text(f'[log]\nbackend = "kafka"\nkafka_bootstrap = "{bootstrap}"\ntopic_prefix = "mp."\n')
    return subprocess.run([sys.executable, "-m", "millpond", command, "--config", str(config), "--data-dir",
                           str(tmp_path / "data"), *args], capture_output=True, text=True, timeout=90)


def _one_line(proc: subprocess.CompletedProcess[str]) -> str:
    err = proc.stderr.strip()
    assert proc.returncode != 0 and "Traceback" not in err and len(err.splitlines()) == 1, err
    return err


def test_run_stops_with_one_line_when_the_cluster_refuses_to_create_a_topic(tmp_path: Path) -> None:
    """A real refusal: tansu storing in S3 (moto) whose bucket does not exist lists topics fine and answers
    CreateTopics with an error; `millpond run` stops and says how to create the topic by hand."""
    from motokit import CREDENTIALS, MotoS3

    moto = MotoS3().start()
    broker = TansuBroker(storage="s3://no-such-bucket/", env={**CREDENTIALS, "AWS_ENDPOINT": moto.endpoint,
                                                              "AWS_ALLOW_HTTP": "true", "AWS_REGION": "us-east-1"})
    try:
        broker.start()
        proc = _millpond(tmp_path, "run", broker.bootstrap, "--http", f"127.0.0.1:{free_port()}", "--forward", "",
                         "--syslog", "")
    finally:
        broker.stop()
        moto.stop()
    err = _one_line(proc)
    assert "the Kafka cluster refused to create topic 'mp.logs' with 4 partitions" in err
    assert "kafka-topics.sh --create --topic mp.logs --partitions 4" in err


def test_worker_stops_with_one_line_when_the_cluster_wants_authentication(tmp_path: Path) -> None:
    """tansu with --authentication refuses a client without SASL settings: the worker names what to set."""
    broker = TansuBroker(options=("--authentication",)).start()
    try:
        err = _one_line(_millpond(tmp_path, "worker", broker.bootstrap))
    finally:
        broker.stop()
    assert f"no answer from Kafka at {broker.bootstrap}" in err and "[log.kafka]" in err and "authentication" in err
