"""Session-6 rules from the error analysis of the fourth never-seen set (issue #6, S6-u4):

* ``bracket_tails``: a ``label:`` inside a bracket that closes before the line goes on
  (``through [iface: san-b] is operational now``) ends no free-text context: what follows
  closes a field and the statement goes on (open-iscsi's ``Connection%d:%d to [target: %s,
  portal: %s,%d] through [iface: %s] is operational now`` / ``is shutdown.`` are two statements);
  a bracket closing at the end, maybe before a trailer such as a logger's name, still holds free
  text (``(reason: file not found) (kafka.coordinator.group.GroupCoordinator)``).

* ``chain_fields``: the last field of a chain of bracketed header fields that padding broke
  apart (Logstash's log4j2 ``[%d][%-5p][%-25c][%X{pipeline.id}]``: ``[logstash.javapipeline
  ][main]``) holds a context's value (the pipeline), so it is no prefix key and carries no
  evidence: one statement across pipelines.

With a rule the lines group as the program's statements do; with its switch off they group
otherwise, so each test can fail.  Measured effects: docs/patterns.md ("Session 6")."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from millpond.pipeline.patterns_cluster import Params

from patternkit import assert_a_saved_state_keeps_its_ids
from patternkit import groups as _groups


S6_U4 = {"bracket_tails": False, "chain_fields": False}

_TARGET = "iqn.2001-05.com.equallogic:0-af1ff6-2e5c7d8a9-b3f0000004c5e6a1-pg-backup"
OPERATIONAL = [f"Connection{i}:0 to [target: {_TARGET}, portal: 10.20.1.{i},3260] through [iface: {f}] is operational now"
               for i, f in ((14, "san-b"), (15, "default"), (16, "san-a"))]
SHUTDOWN = [f"Connection{i}:0 to [target: {_TARGET}, portal: 172.16.31.{i},3260] through [iface: {f}] is shutdown."
            for i, f in ((30, "default"), (31, "san-b"))]
REASONS = [f"INFO [GroupCoordinator {i}]: Preparing to rebalance group {g}-consumers (reason: {r}) "
           "(kafka.coordinator.group.GroupCoordinator)"
           for i, g, r in ((4, "audit", "invalid argument"), (7, "orders", "disk quota exceeded"), (9, "metrics", "file not found"))]


def test_a_label_inside_a_bracket_closed_before_the_end_owns_no_tail() -> None:
    """``[iface: <*>] is operational now`` / ``is shutdown.``: two statements; with the switch off
    ``iface:`` owned a free-text tail and both were one template (``… [iface: <*>``)."""
    lines = [*OPERATIONAL, *SHUTDOWN]
    assert _groups(lines) == 2
    assert _groups(lines, replace(Params(), **S6_U4)) == 1


def test_a_bracket_closing_at_the_end_still_holds_free_text() -> None:
    """``(reason: %s)`` at the end, before a logger's name in brackets: one statement either way."""
    assert _groups(REASONS) == 1
    assert _groups(REASONS, replace(Params(), **S6_U4)) == 1


PIPELINES = [f"[2026-11-2{i}T00:46:04,576][WARN ][logstash.codecs.plain    ][{p}] Received an event that has a "
             f"different character encoding than you configured. {{:text=>\"caf\\xE9\", :expected_charset=>\"UTF-8\"}}"
             for i, p in enumerate(["main"] * 5 + ["syslog", "winlogbeat", "kafka-ingest"])]


def test_a_padded_header_chain_field_is_a_value() -> None:
    """``][main]`` / ``][syslog]``: the pipeline a statement ran in; with the switch off it was the
    prefix key (one template per pipeline) and, once ``main`` held 4 lines, evidence."""
    assert _groups(PIPELINES) == 1
    assert _groups(PIPELINES, replace(Params(), chain_fields=False, padded_fields=False, variety=0)) == 4  # (session 12's too)


def test_a_state_written_before_the_u4_rules_keeps_its_ids(tmp_path: Path) -> None:
    """The rules group NEW shapes only: a state mined with the switches off gives its lines the
    same ids under today's rules, though today's rules group them otherwise from scratch."""
    lines = [*OPERATIONAL, *SHUTDOWN, *REASONS, *PIPELINES]
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, S6_U4)
