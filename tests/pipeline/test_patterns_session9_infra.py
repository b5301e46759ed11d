"""Session-9 layout rules of the pattern miner (issue #6, S9-infra): databases, web/CI servers and
observability agents, each rule read from its layout's definition.

* ``crdb_prefix``: CockroachDB's ``crdb-v2`` prefix, ``… file:line ⋮ [tags] counter cont msg``: the
  logging tags and the entry counter are one value, and so is each ``‹…›`` redacted span;
* ``unified_fields``: the unified log format of TiDB/TiKV/PD, ``[time] [LEVEL] [file:line] [msg]
  [k=v]…``: the bracketed fields are key=value fields, which a context logger adds or not;
* ``nats_clients``: NATS server's ``<addr> - cid:<n> - "<lang:name>" - msg``: the client's quoted
  names, known only after its CONNECT, are dropped;
* ``unit_status``: systemd's ``Started <unit> - <Description>.`` (``StatusUnitFormat=combined``):
  a literal unit name and its description are one value, the unit's type kept (``<*>.service``);
* ``object_reprs``: a Python ``<Name: …>`` repr (Airflow's ``<TaskInstance: dag.task run [state]>``)
  is one value.

Each stream is in tests/layoutkit.py (the standing spec, tests/pipeline/test_patterns_layouts.py);
each test asserts the statements' grouping with the rule and another grouping with its switch off."""

from __future__ import annotations

from pathlib import Path

from millpond.pipeline.patterns_formats import crdb_prefix, nats_clients, object_reprs, unified_fields, unit_status

import layoutkit
from patternkit import assert_a_saved_state_keeps_its_ids, assert_the_rule_decides

W = "<*>"


def test_cockroachdbs_tags_and_counter_are_one_value() -> None:
    """``⋮ [-] 41``, ``⋮ [n1] 42``, ``⋮ [n1,client=…,user=root] 43``: the mask reads each tag list
    otherwise; and ``‹EOF›`` / ``‹connection reset by peer›`` are one redacted value."""
    assert_the_rule_decides(*layoutkit.cockroachdb(), crdb_prefix=False)
    assert crdb_prefix((W, "server/<*>", "⋮", "[-]", W, "started")) == (W, "server/<*>", "⋮", W, "started")
    assert crdb_prefix((W, "x.go:<*>", "⋮", "[<*>,client=<*>", "started")) == (W, "x.go:<*>", "⋮", W, "started")
    assert crdb_prefix((W, "⋮", W, "closing:", "‹connection", "reset›.")) == (W, "⋮", W, "closing:", W + ".")
    assert crdb_prefix((W, "closing:", "‹EOF›")) == (W, "closing:", "‹EOF›")  # no marker: no redaction markers


def test_the_unified_formats_bracketed_fields_are_key_value_fields() -> None:
    assert_the_rule_decides(*layoutkit.tidb_unified(), unified_fields=False)
    head = ("[<*>]", "[INFO]", "[<*>]", '["new', 'connection"]')
    assert unified_fields((*head, "[conn=<*>", "[session_alias=]")) == (*head, "conn=<*>", "session_alias=")
    assert unified_fields((*head, "[error=<*>]")) == (*head, "error=<*>")
    assert unified_fields(("[<*>]", "[client", "web]", "[x=<*>]", "y")) == ("[<*>]", "[client", "web]", "[x=<*>]", "y")


def test_a_nats_clients_quoted_names_are_dropped() -> None:
    assert_the_rule_decides(*layoutkit.nats_server(), nats_clients=False)
    assert nats_clients(("[<*>]", W, "[DBG]", W, "-", "cid:<*>", "-", W, "-", "Client", "closed")) == (
        "[<*>]", W, "[DBG]", W, "-", "cid:<*>", "-", "Client", "closed")
    assert nats_clients(("[<*>]", W, "[INF]", W, "-", "rid:<*>", "-", "Route", "created")) == (
        "[<*>]", W, "[INF]", W, "-", "rid:<*>", "-", "Route", "created")


def test_a_systemd_unit_and_its_description_are_one_value() -> None:
    assert_the_rule_decides(*layoutkit.systemd_units(), unit_status=False)
    assert unit_status(("Started", "nginx.service", "-", "A", "web", "server.")) == ("Started", "<*>.service")
    assert unit_status(("Starting", W, "-", "PostgreSQL", "Cluster", "<*>...")) == ("Starting", W, "-", "PostgreSQL", "Cluster", "<*>...")
    assert unit_status(("Condition", "check", "resulted", "in", "a.timer", "-", "Backup", "being", "skipped.")) == (
        "Condition", "check", "resulted", "in", "<*>.timer", "being", "skipped.")
    assert unit_status(("nginx.service:", "Consumed", W, "CPU", "time.")) == ("nginx.service:", "Consumed", W, "CPU", "time.")
    assert unit_status(("got", W, "-", "x", "y")) == ("got", W, "-", "x", "y")  # a value and a dash, no unit


def test_a_python_repr_is_one_value() -> None:
    assert_the_rule_decides(*layoutkit.airflow_task(), object_reprs=False)
    assert object_reprs(("ti=<*>", "etl_daily.extract", W, "[queued]>")) == ("ti=<*>",)
    assert object_reprs(("got", "<User:", "alice>", "saved")) == ("got", W, "saved")
    assert object_reprs(("a", "->", "b", "x=<*>", "y", "->", "z")) == ("a", "->", "b", "x=<*>", "y", "->", "z")
    assert object_reprs(("if", "a", ">", "b")) == ("if", "a", ">", "b")


def test_a_state_saved_before_the_rules_keeps_its_ids(tmp_path: Path) -> None:
    for name, switch in (("cockroachdb", "crdb_prefix"),
                         ("tidb_unified", "unified_fields"),
                         ("nats_server", "nats_clients"),
                         ("systemd_units", "unit_status"),
                         ("airflow_task", "object_reprs"),
                         ):
        lines, _ = getattr(layoutkit, name)()
        assert_a_saved_state_keeps_its_ids(tmp_path / name, lines, {switch: False})
