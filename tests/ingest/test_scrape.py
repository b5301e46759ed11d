"""Scrape: a real prometheus-client exporter on loopback, a dead target, garbage; self-monitoring."""

from __future__ import annotations

import asyncio
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, start_http_server

from httpkit import data_log, make_config, rows, server, server_factory  # noqa: F401  (fixtures)
from millpond.ingest import scrape, selfmon
from millpond.ingest.appender import Appender
from millpond.ingest.errors import DecodeError
from millpond.ingest.stats import IngestStats


@pytest.fixture
def exporter(port: int):
    reg = CollectorRegistry()
    Counter("jobs_done", "jobs", ["queue"], registry=reg).labels("mail").inc(7)
    Gauge("room_temperature_celsius", "temp", registry=reg).set(21.5)
    h = Histogram("req_seconds", "latency", buckets=(0.1, 1.0), registry=reg)
    for v in (0.05, 0.5, 3):
        h.observe(v)
    srv, thread = start_http_server(port, addr="127.0.0.1", registry=reg)
    yield f"http://127.0.0.1:{port}/metrics"
    srv.shutdown()
    srv.server_close()
    thread.join(5)


def _scraper(log, targets, **scrape_cfg):
    cfg = make_config(scrape={"targets": targets, "interval": "1s", "timeout": "2s", **scrape_cfg})
    stats = IngestStats()
    return scrape.ScrapeListener(cfg, Appender(log, stats, max_pending_bytes=1 << 20, linger=0), stats), stats


async def test_scrapes_a_real_exporter(data_log, exporter) -> None:
    lst, stats = _scraper(data_log, [exporter])
    lst.start()
    try:
        got = {}
        deadline = time.monotonic() + 10
        while ("up", "") not in got and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
            got = {(r["name"], r["labels"].get("le", "")): r for r in rows(data_log, "metrics")}
    finally:
        await lst.close()
    instance = exporter.split("/")[2]
    assert got[("up", "")]["value"] == 1.0 and got[("up", "")]["labels"] == {"instance": instance}
    assert got[("jobs_done_total", "")]["value"] == 7.0
    assert got[("jobs_done_total", "")]["labels"] == {"queue": "mail", "instance": instance}
    assert got[("room_temperature_celsius", "")]["value"] == 21.5
    assert [got[("req_seconds_bucket", le)]["value"] for le in ("0.1", "1.0", "+Inf")] == [1.0, 2.0, 3.0]
    assert got[("req_seconds_count", "")]["value"] == 3.0
    assert got[("up", "")]["host"] == "127.0.0.1" and got[("up", "")]["source"] == "scrape"
    assert abs(got[("up", "")]["ts"].timestamp() - time.time()) < 30
    assert got[("jobs_done_total", "")]["ts"] == got[("up", "")]["ts"]


async def test_dead_and_garbage_targets_are_up_0(data_log, server, port) -> None:
    dead, garbage = f"http://127.0.0.1:{port}/metrics", f"{server.url}/healthz"
    lst, stats = _scraper(data_log, [dead, garbage], timeout="1s")
    try:
        await lst.scrape_once(dead)
        await lst.scrape_once(garbage)
    finally:
        await lst.close()
    ups = {r["labels"]["instance"]: r["value"] for r in rows(data_log, "metrics") if r["name"] == "up"}
    assert ups == {f"127.0.0.1:{port}": 0.0, server.url.split("/")[2]: 0.0}
    assert stats.value("millpond_rejected_total", {"receiver": "scrape", "reason": "unreachable"}) == 1
    assert stats.value("millpond_rejected_total", {"receiver": "scrape", "reason": "decode"}) == 1
    assert [r["name"] for r in rows(data_log, "metrics")].count("scrape_duration_seconds") == 2


def test_exposition_parse_error() -> None:
    with pytest.raises(DecodeError):
        scrape.exposition_batch("metric{bad 1\n", labels={}, host="", source="x")


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(st.sampled_from(
    ["# TYPE m counter", "# HELP m x", "m_total 1", 'm{a="b"} 2.5', "m 1 1700000000000", "h_bucket{le=\"+Inf\"} 3",
     "# TYPE h histogram", "m{", "m NaN", "m +Inf", "x 1e3", '{a="b"} 1', "# EOF"]), max_size=8).map("\n".join)))
def test_fuzz_exposition_never_crashes(text: str) -> None:
    try:
        scrape.exposition_batch(text, labels={"instance": "i"}, host="h", source="scrape")
    except DecodeError:
        pass


async def test_self_monitoring_appends_own_metrics(data_log) -> None:
    stats = IngestStats()
    stats.received("influx", 5, 100)
    mon = selfmon.SelfMonitor(Appender(data_log, stats, max_pending_bytes=1 << 20, linger=0), stats, 0.05,
                              host="box1")
    mon.start()
    try:
        deadline = time.monotonic() + 10
        while len({r["ts"] for r in rows(data_log, "metrics")}) < 2 and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
    finally:
        await mon.close()
    got = rows(data_log, "metrics")
    assert len({r["ts"] for r in got}) >= 2  # periodic
    rec = [r for r in got if r["name"] == "millpond_records_received_total"]
    assert rec[0]["value"] == 5 and rec[0]["labels"] == {"receiver": "influx"}
    assert {r["source"] for r in got} == {"self"} and {r["host"] for r in got} == {"box1"}
    assert any(r["name"] == "millpond_batches_appended_total" for r in got)
