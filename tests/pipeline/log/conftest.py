"""Fixtures for the log tests."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from millpond.config import LogConfig
from millpond.pipeline.log.base import Log

# ---- Kafka backend (H7): one tansu broker per session, a fresh topic prefix per test ----

from kafka_broker import TANSU_SETTINGS, TansuBroker  # noqa: E402  (tests/pipeline/log is on sys.path)


@pytest.fixture(scope="session")
def tansu() -> Iterator[TansuBroker]:
    broker = TansuBroker().start()
    yield broker
    broker.stop()


@pytest.fixture
def kafka_cfg(tansu: TansuBroker) -> LogConfig:
    """A Kafka LogConfig with a topic prefix nobody else uses."""
    return LogConfig(
        backend="kafka", kafka_bootstrap=tansu.bootstrap, partitions=2,
        topic_prefix=f"t{uuid.uuid4().hex[:10]}.", kafka=dict(TANSU_SETTINGS),
    )


@dataclass
class Backend:
    """One log implementation under test: how to open it (again) and what it counts lag in."""

    name: str
    open: Callable[[], Log]
    lag_counts_messages: bool

    def lag_units(self, record_counts: list[int]) -> int:
        """What ``lag`` reports for appended batches of these sizes (each one message on Kafka)."""
        return len(record_counts) if self.lag_counts_messages else sum(record_counts)


def _embedded_backend(tmp_path: Path) -> Backend:
    try:
        from millpond.pipeline.log import open_log  # type: ignore[attr-defined]
    except ImportError:
        pytest.skip("embedded log not built yet (millpond.pipeline.log.open_log)")
    cfg = LogConfig(partitions=2)
    return Backend("embedded", lambda: open_log(tmp_path / "data", cfg), lag_counts_messages=False)


@pytest.fixture(params=["embedded", "kafka"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Backend:
    if request.param == "embedded":
        return _embedded_backend(tmp_path)
    from millpond.pipeline.log.kafka import KafkaLog

    cfg = request.getfixturevalue("kafka_cfg")
    return Backend("kafka", lambda: KafkaLog(cfg), lag_counts_messages=True)


@pytest.fixture
def log(backend: Backend) -> Iterator[Log]:
    """An open log of each backend, topics ``logs`` and ``metrics`` with 2 partitions."""
    lg = backend.open()
    yield lg
    lg.close()


# ---- end of the Kafka backend block ----
