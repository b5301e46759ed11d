"""Session-4 (second pass) rules of the pattern miner that generalise across systems (issue #6):
logger names, bracketed headers, optional fields beside a header, values with units.  One
small stream each: with the rule the lines group as one log statement would, and without it
(its switch off, or the line without the rule's trigger) they group otherwise, so each test
can fail.  Measured effect on the three dev groups: docs/patterns.md, "Session 4, second pass"."""

from __future__ import annotations

import pyarrow as pa

from millpond.pipeline.patterns import PatternMiner
from millpond.pipeline.patterns_cluster import Params


def _ids(lines: list[str], params: Params | None = None) -> list[int]:
    return PatternMiner(None, params).assign(pa.array(["svc"] * len(lines)), pa.array(lines)).to_pylist()


def _groups(lines: list[str], params: Params | None = None) -> int:
    return len(set(_ids(lines, params)))


def test_a_qualified_logger_and_its_bare_class_are_one_logger() -> None:
    """log4j's ``%c`` and ``%c{1}`` (two configs of one program): ``mapreduce.Job:`` ×6 then
    ``Job:`` is one statement, even after the evidence rule would protect the word; another
    class (``Task:``) is not."""
    lines = [f"22/11/20 17:51:{i:02} INFO mapreduce.Job: Running job: job_16684_{i:04}" for i in range(6)]
    assert _groups([*lines, "22/11/21 21:01:57 INFO Job: Running job: job_16684_0281"]) == 1
    assert _groups([*lines, "22/11/21 21:01:57 INFO Task: Running job: job_16684_0281"]) == 2


def test_a_leading_bracketed_header_of_any_length_is_the_header() -> None:
    """dbus's ``[system]`` / ``[session uid=… pid=…]`` header (whose ``]`` the key=value mask takes):
    the statement is what follows, so both header forms share its template."""
    lines = ["[system] Reloaded configuration"] * 6 + [f"[session uid={u} pid={p}] Reloaded configuration"
                                                       for u, p in ((1000, 2192), (120, 2303))]
    ids = _ids(lines)
    assert len(set(ids)) == 1
    assert len(set(_ids(lines, Params(header_tag=False)))) == 2
    other = ["[system] Reloaded configuration"] * 6 + ["[session uid=1000 pid=2192] Failed configuration"]
    assert _groups(other) == 2  # the statement still decides


def test_a_header_value_may_sit_beside_optional_fields() -> None:
    """``(… comm="x" label="y")`` is an optional ``label=`` field, also right before ``)``, and the
    header (``[system]`` / ``[session …]``) varies at the same time: one statement."""
    act = "Activating service name='org.a{n}' requested by ':1.{n}' (uid=0 pid={n} comm=\"gsd\"{label})"
    lines = [f"[session uid=1000 pid=5{n}] " + act.format(n=n, label="") for n in range(6)]
    lines += ["[system] " + act.format(n=n, label=' label="unconfined"') for n in range(3)]
    assert _groups(lines) == 1
    assert _groups(lines, Params(one_for_one=False)) == 2


def test_a_value_with_its_unit_faces_a_one_word_value() -> None:
    """openHAB's ``changed from NULL to 3`` then ``changed from 59 % to OPEN``: after the first line,
    the word ``NULL`` faced a value with its unit, and a later unit trails a template ``<*>``."""
    first = ["Item 'Solar_Power' changed from NULL to 3"]
    unit = ["Item 'Solar_Power' changed from 59 % to OPEN"]
    assert _groups(first + unit) == 1
    assert _groups(first + unit, Params(value_spans=False)) == 2
    gen = ["Item 'Solar_Power' changed from 1 to 2", "Item 'Solar_Power' changed from 5 % to 7"]
    assert _groups(gen) == 1
    assert _groups(gen, Params(wild_trails=False)) == 2


def test_two_logger_classes_are_two_statements() -> None:
    """``[openhab.event.ItemCommandEvent`` / ``[openhab.event.ItemAddedEvent``: the logger names the
    source, so the two lines are two statements, not one name of a kind (``<*>.service``)."""
    lines = ["2026-11-09 07:10:59.654 [INFO ] [openhab.event.ItemCommandEvent ] - Item 'Lamp' received command ON",
             "2026-11-09 07:11:00.654 [INFO ] [openhab.event.ItemAddedEvent ] - Item 'Door' has been added."]
    assert _groups(lines) == 2
    assert _groups(lines, Params(classes_apart=False, padded_fields=False)) == 1  # (session 12's padded_fields also reads it)


def test_optional_json_members_are_optional_fields() -> None:
    """Patroni's member status: ``"replication_state"`` and ``"tags": {…}`` are present or not, and
    the member name may be a word before its URL; one statement, as ``key=value`` fields are."""
    body = '{{"state": "running", "role": "replica", "xlog": {{"location": {n}}},{extra} "timeline": {n}, "patroni": {{"version": "3.3.{n}", "name": "pg{n}"}}}}'
    extras = ["", ' "replication_state": "streaming",', ' "tags": {"nofailover": true},', ""]
    lines = [f"2026-11-25 13:37:{n:02},635 INFO: Got response from pg{n} https://10.5.0.{n}:8008/patroni: "
             + body.format(n=n, extra=extras[n % 4]) for n in range(12)]
    lines.append("2026-11-25 13:38:00,635 INFO: Got response from db-ha-a https://10.5.0.99:8008/patroni: "
                 + body.format(n=99, extra=extras[1]))
    assert _groups(lines) == 1
    assert _groups(lines, Params(json_gaps=False)) > 1


def test_a_run_of_values_may_hold_more_values_and_names() -> None:
    """exim's host spec ``host [ip]`` / ``host (helo) [ip]:port``: a template run of masked values
    faced by a longer run of values and names is one value, also after the evidence rule holds."""
    lines = [f"SMTP connection from mail-ej{i}.google.com [10.0.0.{i}] D={i}s closed by QUIT" for i in range(6)]
    lines += ["SMTP connection from smtp.uni-nord.de (User) [10.0.0.9]:1243 D=17s closed by QUIT",
              "SMTP connection from mail-ej1.google.com [10.0.0.7]:3345 D=2s closed by QUIT"]
    assert _groups(lines) == 1
    assert _groups(lines, Params(value_runs=False)) == 2


def test_a_bracketed_value_is_no_evidence_of_one_statement() -> None:
    """CLI sessions behind a ``[timestamp] {DTA}[ip n]:`` header: ``system-view immediately`` and
    ``dir <file>`` are two commands; the bracketed timestamp is a value both lines carry, not a
    shared word."""
    lines = ["[2019-01-11 15:00:13.134] {DTA}[8.36.200.27 26]: system-view immediately",
             "[2019-01-11 15:00:14.134] {DTA}[8.36.200.27 26]: dir auto_9.08.100.56.cfg"]
    assert _groups(lines) == 2
    assert _groups(lines, Params(value_weight=False, wordless_merges=False)) == 1  # (session 12 refuses it too)


def test_two_camel_case_compounds_are_names_whatever_the_evidence() -> None:
    """HiBench's ``finish HadoopTerasort bench`` ×6 then ``finish HadoopPrepareBayes bench``: a CamelCase
    compound names a job or class, so the evidence rule (a word that held 4 lines is a constant)
    does not apply to it; plain words still keep it."""
    lines = ["finish HadoopTerasort bench"] * 6 + ["finish HadoopPrepareBayes bench"]
    assert _groups(lines) == 1
    assert _groups(lines, Params(camel_names=False)) == 2
    assert _groups(["finish terasort bench"] * 6 + ["finish bayes bench"]) == 2
