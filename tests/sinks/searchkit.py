"""Helpers of the search index tests: small archives of given messages, search() and its references."""

from __future__ import annotations

import re

import duckdb
import numpy as np
import pyarrow as pa
import pytest
from sinkdata import T0_US

from millpond.pipeline.log.base import TopicPartition
from millpond.pipeline.schema import logs_batch
from millpond.sinks.archive import Archive
from millpond.sinks.query import QueryService

TP = TopicPartition("logs", 0)
TOKEN = re.compile(r"[^\x00-\x2c\x2f\x3a-\x3f\x5b-\x5e\x60\x7b-\x7f]+")


def batch(messages: list[str], *, start: int = 0) -> pa.RecordBatch:
    n = len(messages)
    ts = pa.array(T0_US + (start + np.arange(n)) * 1000, pa.int64()).cast(pa.timestamp("us", tz="UTC"))
    return logs_batch(message=pa.array(messages, pa.string()), ts=ts, host=["h"] * n, service=["s"] * n,
                      severity=["info"] * n, attributes=[{}] * n, source="test")


def write(archive: Archive, files: list[list[str]]) -> int:
    """One archive file per list of messages, consecutive offset ranges; returns the end offset."""
    start = 0
    for msgs in files:
        archive.write("logs", TP, start, start + len(msgs), batch(msgs, start=start))
        start += len(msgs)
    return start


def ref_tokens(s: str) -> set[str]:
    """The token rule, written again with Python's re (the reference for the vectorised ones)."""
    return {t.strip(".-@") for t in TOKEN.findall(s)} - {""}


def reference(messages: list[str], needle: str, ignore_case: bool = False) -> list[str]:
    low = (lambda s: duckdb.sql("SELECT lower(?)", params=[s]).fetchall()[0][0]) if ignore_case else (lambda s: s)
    n = low(needle)
    return sorted(m for m in messages if n in low(m) and ref_tokens(n) <= ref_tokens(low(m)))


def found(svc: QueryService, needle: str, ignore_case: bool = False) -> list[str]:
    sql = f"SELECT message FROM search('{needle.replace(chr(39), chr(39) * 2)}'{', ignore_case := true' if ignore_case else ''})"
    return sorted(r[0] for r in svc.run(sql).rows)


def like(svc: QueryService, needle: str) -> list[str]:
    pattern = needle.replace("'", "''")
    return sorted(r[0] for r in svc.run(f"SELECT message FROM logs WHERE message LIKE '%{pattern}%'").rows)


@pytest.fixture
def svc_for(cfg):
    """Query services over ``cfg``'s data dir, made on demand and closed after the test."""
    made: list[QueryService] = []

    def make() -> QueryService:
        made.append(QueryService(cfg, cfg.data_path))
        return made[-1]
    yield make
    for s in made:
        s.close()
