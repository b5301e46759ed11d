"""Session-8 rules of the pattern miner (issue #6), S8-optional: lines of one log call that differ
in length because the program appends a clause only when it has the clause's value.

* ``optional_clauses``: one to three lowercase words and one value right after a value both lines
  share (``… for '/x/' with depth '1' received from 10.0.0.2 using 'DAVx5/4.4'``, ``(forwarded
  for '192.0.2.1')``) are a clause the program appends when it has the value (``if depth:
  msg += " with depth %s"``); its words held for many lines because the value was there, so
  losing them is no evidence of another statement.  A phrase without a value (``(core dumped)``)
  or after a word (``connected`` / ``connected to <host>``) is another statement;
* ``method_lengths``: across lengths, two HTTP request methods facing each other (``PUT request
  for`` / ``PROPFIND request for … with depth …``) are the method the server prints with ``%s``,
  as ``http_methods`` has it at one length.

With a rule the lines group as the program's statements do; with its switch off they split,
so each test can fail.  Measured effects: docs/patterns.md, "Session 8"."""

from __future__ import annotations

from pathlib import Path

from millpond.pipeline.patterns_params import Params
from patternkit import assert_a_saved_state_keeps_its_ids, assert_the_rule_decides
from patternkit import ids as _ids

UAS = ["DAVx5/4.4.3-ose (2024/09/12; dav4jvm; okhttp/4.12.0) Android/14", "Thunderbird/128.4.0",
       "macOS/14.6.1 (23G93) dataaccessd/1.0", "Evolution/3.52.4"]
PATHS = ["/alice/calendar/", "/bob/contacts/", "/.well-known/caldav", "/carol/calendar/a1b2.ics"]


def dav(methods: list[str]) -> tuple[list[str], list[int]]:
    """A CalDAV server (Python logging): ``%s request for %r%s received from %s%s`` where the
    program appends ``with depth %r`` when the request has a Depth header, ``(forwarded for %r)``
    behind a proxy and ``using %r`` when the client sends a User-Agent, and prints ``unknown`` for
    a missing remote address; the full form comes first and holds several lines.  Beside it, a
    worker's exit with and without ``(core dumped)`` (one statement, as nginx's ``exited on signal %d%s``:
    session 13's ``paren_notes``)."""
    lines, truth = [], []
    for i in range(30):
        m, path, ip = methods[i % len(methods)], PATHS[i % 4], f"10.0.{i % 7}.{20 + i}" if i % 6 != 5 else "unknown"
        depth = f" with depth '{i % 2}'" if i < 6 or i % 3 else ""
        fwd = f" (forwarded for '192.168.1.{i}')" if i % 5 == 4 else ""
        ua = f" using '{UAS[i % 4]}'" if i < 6 or i % 4 else ""
        lines.append(f"[2026-11-24 19:52:{i:02d} +0000] [{7 + i % 3}/Thread-{4900 + i} (process_request_thread)] "
                     f"[INFO] {m} request for '{path}'{depth} received from {ip}{fwd}{ua}")
        truth.append(0)
        lines.append(f"[2026-11-24 19:53:{i:02d} +0000] [7/MainThread] [INFO] worker {300 + i} exited on signal 11"
                     + (" (core dumped)" if i % 3 == 0 else ""))
        truth.append(1)
    return lines, truth


def test_a_clause_appended_with_its_value_is_optional() -> None:
    lines, truth = dav(["PROPFIND"])
    assert_the_rule_decides(lines, truth, optional_clauses=False)


def plain_first() -> tuple[list[str], list[int]]:
    """The server's stream where a client's first request comes without a Depth header or a
    User-Agent (a plain ``PUT``), then the others' methods with the clauses."""
    lines, truth = dav(["PROPFIND", "PUT", "REPORT", "MKCALENDAR"])
    lines.insert(0, "[2026-11-24 19:51:59 +0000] [7/Thread-4899 (process_request_thread)] [INFO] PUT request for "
                    "'/bob/contacts/a1.vcf' received from 10.0.3.3")
    truth.insert(0, 0)
    return lines, truth


def test_two_http_methods_are_one_value_across_lengths() -> None:
    lines, truth = plain_first()
    assert_the_rule_decides(lines, truth, method_lengths=False, equal_aliases=False, subsume=False)


def test_a_phrase_without_a_value_or_after_a_word_stays_apart() -> None:
    """``(core dumped)`` holds no value; ``connected to <host>`` follows a word, not a value: the
    program's own words of another statement (to these rules: session 13's ``paren_notes`` reads the note
    after the signal's number as optional, off here)."""
    lines = [f"app process {100 + i} exited on signal 11" for i in range(6)]
    lines += [f"app process {200 + i} exited on signal 11 (core dumped)" for i in range(6)]
    lines += [f"client 10.1.0.{i} connected" for i in range(6)]
    lines += [f"client 10.1.0.{i} connected to 10.2.0.{i}" for i in range(6)]
    assert len(set(_ids(lines, Params(paren_notes=False)))) == 4


def test_a_saved_state_keeps_its_ids_under_the_clause_rule(tmp_path: Path) -> None:
    lines, _ = dav(["PROPFIND"])
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, {"optional_clauses": False})


def test_a_saved_state_keeps_its_ids_under_the_method_rule(tmp_path: Path) -> None:
    lines, _ = plain_first()
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, {"method_lengths": False})
