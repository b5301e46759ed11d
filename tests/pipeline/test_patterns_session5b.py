"""Session-5b rules of the pattern miner (issue #6), from the error analysis of the third
never-seen set (now DEV), both about a header in front of every statement:

* ``lead_names``: a name right after a leading variable (``<ts>: child pid …``, ``<queue-id>:
  unknown [<ip>] …``) may be a header field the mask missed because it held no digit; had it
  held one, the mask would have collapsed it with the variable before it;
* ``level_tails`` / ``log_levels``: a message after an upper-case severity word (``<ts>: child
  pid <n>: LOG:  <message>``) is a statement behind a header, not a context's free-text tail,
  and PostgreSQL's ``LOG:``/``DETAIL:``/``HINT:`` are severity words.

With a rule the lines group as the program's statements do; with its switch off they group
otherwise, so each test can fail.  Measured effects: docs/patterns.md, "Session 5b"."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pyarrow as pa

from millpond.pipeline.patterns import PatternMiner
from millpond.pipeline.patterns_cluster import Params
from millpond.pipeline.patterns_shape import lead_collapsed


def _ids(lines: list[str], params: Params | None = None, rules: int | None = None) -> list[int]:
    m = PatternMiner(None, params)
    m.rules = m.rules if rules is None else rules
    return m.assign(pa.array(["svc"] * len(lines)), pa.array(lines)).to_pylist()


def _groups(lines: list[str], params: Params | None = None, rules: int | None = None) -> int:
    return len(set(_ids(lines, params, rules)))


SESSION5B = ("lead_names", "level_tails", "log_levels")
# opendkim: ``%s: %s [%s] not internal`` (queue id, host name, address)
DIGITS = [f"C5HKGM{i}EFY: mail-wm1-f18{i}.google.com [192.168.1.{i}] not internal" for i in range(4)]
WORDS = [f"CWS8WT4{i}QCQ: {h} [62.36.245.{i}] not internal" for i, h in enumerate(("unknown", "mout.gmx.net"))]
# pgpool-II: ``<ts>: <process name> pid <n>: LOG:  <message>``
PGPOOL = [f"2026-11-24 08:27:1{i}.172: {p} pid 4925{i}: LOG:  failover done. shutdown host db-{i}(5432)"
          for i, p in enumerate(("child", "health_check1", "sr_check_worker", "health_check0", "main"))]


def test_a_name_after_a_leading_variable_may_be_a_value() -> None:
    """A host name or process name without a digit after a leading ``<*>:`` joins the lines whose
    name held one (masked into the leading ``<*>``), whichever came first."""
    assert _groups([*DIGITS, *WORDS]) == 1
    assert _groups([*WORDS, *DIGITS]) == 1
    assert _groups(PGPOOL) == 1
    assert _groups([*DIGITS, *WORDS], Params(lead_names=False, optional_values=False)) > 1
    assert _groups([*WORDS, *DIGITS], Params(lead_names=False, optional_values=False)) > 1
    assert _groups(PGPOOL, Params(lead_names=False, optional_values=False)) > 1


def test_the_lead_rule_keeps_statements_and_verbs_apart() -> None:
    """Only a lowercase name is taken: a capitalised verb (``Starting``), a severity word and a
    ``label:`` after the leading variable stay words, and the rest must still match."""
    assert lead_collapsed(("<*>:", "Starting", "web", "server")) == ("<*>:", "Starting", "web", "server")
    assert lead_collapsed(("<*>:", "error", "disk", "full")) == ("<*>:", "error", "disk", "full")
    assert lead_collapsed(("<*>:", "eth:", "link", "up")) == ("<*>:", "eth:", "link", "up")
    assert lead_collapsed(("<*>:", "child", "pid", "<*>:")) == ("<*>", "pid", "<*>:")
    assert lead_collapsed(("<*>", "open", "through", "proxy")) == ("<*>", "open", "through", "proxy")
    routes = [f"eth{i}: {verb} route to 10.{i}.0.0/16" for verb in ("adding", "deleting") for i in range(3)]
    assert _groups(routes) == 2  # two words in place were judged by the other rules: not taken


def test_a_state_written_before_session_5b_keeps_its_ids(tmp_path: Path) -> None:
    """The rules group NEW shapes only: a state mined with the session-5b switches off gives its
    lines the same ids under today's rules, though today's rules group them otherwise from scratch."""
    lines = [*WORDS, *DIGITS, *(_pgpool("LOG", m, i) for m in PG_LOG for i in range(3))]
    svc = pa.array(["svc"] * len(lines))
    old = PatternMiner.load(tmp_path, replace(Params(), **{k: False for k in SESSION5B}))
    ids = old.assign(svc, pa.array(lines)).to_pylist()
    old.save()
    back = PatternMiner.load(tmp_path)
    assert back.assign(svc, pa.array(lines)).to_pylist() == old.canonical(ids).to_pylist()
    assert back.patterns_table().column("pattern_id").to_pylist() == sorted(set(ids))
    assert _groups(lines) != len(set(ids))  # from scratch, today's rules group them otherwise


def _pgpool(level: str, message: str, i: int) -> str:
    name = ("child", "psql", "watchdog", "main")[i % 4]
    return f"2026-11-1{i % 10} 0{i % 10}:27:1{i % 10}.172: {name} pid 4925{i}: {level}:  {message}"


PG_LOG = ["new connection received", "reaper handler", "failed to make persistent db connection",
          "SCRAM authentication successful for user:rosa"]


def test_a_message_after_a_severity_word_is_no_free_text_tail() -> None:
    """``<ts>: <process> pid <n>: LOG:  <message>``: the process and ``pid`` are two constants and
    a variable before a colon, which the tail rule took for a context naming an object, so every
    message became one free-text tail (``… pid <*>: LOG: <*>``).  After (or at the start of) an
    upper-case severity word the message is a statement of its own; a lower-case ``error:`` is
    prose and still a context (``… pull after error: device busy``)."""
    lines = [_pgpool("LOG", m, i) for m in PG_LOG for i in range(3)]
    assert _groups(lines) == len(PG_LOG)
    assert _groups(lines, Params(level_tails=False)) == 1
    assert _groups(lines, Params(log_levels=False)) == 1  # ``LOG:`` unknown: an ordinary constant
    reasons = [f'time="2026-02-1{i}T23:00:41Z" level=error msg="Not continuing with pull after error: {r}"'
               for i, r in enumerate(("device busy", "disk quota exceeded", "timeout", "no space left"))]
    assert _groups(reasons) == 1


def test_lines_sharing_only_a_header_and_its_level_are_two_statements() -> None:
    """Same length, names differing in the head: ``<ts>: child pid 1: LOG:  statement: SELECT 1``
    and ``<ts>: psql pid 3: LOG:  new connection received`` share the header up to ``LOG:`` and
    no word after it, so the name-head rule must not make one template of them.  Masking rules 2:
    rules 3 masks the SQL text whole (``statement: <*>``), and the lines are of one length no more."""
    lines = ["2026-11-10 01:27:11.172: child pid 1: LOG:  statement: SELECT 1",
             "2026-11-10 01:27:12.172: main pid 2: LOG:  statement: SELECT 1",
             "2026-11-10 01:27:13.172: psql pid 3: LOG:  new connection received"]
    assert _groups(lines, rules=2) == 2
    assert _groups(lines, Params(level_tails=False), rules=2) == 1
