"""Session 14 (S14-texts): values the statement prints that the rules read as its own words.

* ``framed_bools``: a flag printed as a named field's value inside a record's framing (``{forceMajor=true,``,
  ``[native: true]:``, a quoted message's last field ``replay: false"``) is one slot, as a bare ``cached=true``
  is (session 8's ``bool_values``); before, the brace or quote hid the key and ``true``/``false`` were opposites.
* ``signal_names``: a signal handler prints the signal it caught (``Received SIGTERM,`` / ``SIGINT,``, Go's
  ``os.Signal`` as ``%v``: ``received signal terminated`` / ``interrupt``): one statement for every signal, so
  the evidence rule does not keep the first signal's word.
* ``reason_values``: ``reason=``/``cause=`` and the words after it to the line's end are one value (OpenSMTPD's
  ``mta error reason=%s``), as ``error_values`` reads ``ERR=``.
* ``changed_states``: the word ending the line after ``changed to``/``set to``/``switched to`` is the new state,
  opposite states too (Kong's ``health status changed to UNHEALTHY`` / ``HEALTHY``), as ``printed_states`` reads
  the word after a ``label:``.
* ``label_texts``: at a variety site (session 12), a run ending the line right after a ``label:`` may hold up to
  ``LABEL_SPAN`` tokens, not ``SPAN``: the error or reason a program prints after its own ``label:`` with one
  ``%s`` is as long as it is.
* ``field_labels``: a layout's last field after `` | `` (log4j's ``%m | %c | %t``) may hold a ``label:``, a thread
  named ``ActiveMQ Transport: tcp://…``: at a variety site, and against a template whose last field is one ``<*>``."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from millpond.pipeline.patterns_formats import reason_values
from millpond.pipeline.patterns_mask import WILD
from millpond.pipeline.patterns_tokens import bool_values, changed_state, signal_name
from patternkit import assert_a_saved_state_keeps_its_ids, assert_the_rule_decides, ids, partition, raw_ids

# --- framed_bools ---

GC = [f"2026-11-26 10:{i:02d}:07,311 - INFO  [GarbageCollectorThread-{i % 3}] - Forced garbage collection "
      f"triggered {{forceMajor={f}, forceMinor={f}, thread={100 + i}}}" for i, f in enumerate(["true"] * 6 + ["false"] * 4)]
"""BookKeeper's ``LOG.info("Forced garbage collection triggered {forceMajor={}, …}", …)``: the flags in a map's braces."""


def test_a_flag_inside_a_records_braces_is_one_slot() -> None:
    assert_the_rule_decides(GC, [0] * len(GC), framed_bools=False)


def test_a_flag_ending_a_quoted_message_is_one_slot() -> None:
    lines = [f'time="2026-11-26T10:{i:02d}:00Z" level=info msg="agent: joining: [10.0.0.{i}] replay: {r}" node=dkron{i % 3}'
             for i, r in enumerate(["false"] * 6 + ["true"] * 4)]
    assert_the_rule_decides(lines, [0] * len(lines), framed_bools=False)


@pytest.mark.parametrize(("a", "b", "one"), [
    ("{forceMajor=true,", "{forceMajor=false,", True),
    ("[native:", "[native:", False),  # no flag
    ("{forceMajor=true,", "{forceMinor=false,", False),  # another key
    ("{enabled=true,", "{enabled=false}", False),  # another punctuation: another place in the record
])
def test_what_is_one_framed_flag(a: str, b: str, one: bool) -> None:
    assert bool_values(("GC", a), ("GC", b), 1, framed=True) is one


def test_bare_flags_in_prose_stay_the_other_rules() -> None:
    """``is true`` / ``is false`` in prose names no field: left to the opposites rule as before."""
    assert not bool_values(("check", "is", "true."), ("check", "is", "false."), 2, framed=True)


def test_a_saved_state_keeps_its_ids_framed_bools(tmp_path: Path) -> None:
    assert_a_saved_state_keeps_its_ids(tmp_path, GC, {"framed_bools": False})


# --- signal_names ---

SIGNALS = [f"2026-11-26T10:{i:02d}:00.{i:03d}Z\tinfo\tVictoriaMetrics/app/victoria-metrics/main.go:{80 + i % 3}\t"
           f"received signal {s}" for i, s in enumerate(["terminated"] * 6 + ["interrupt"] * 4)]
"""Go's ``logger.Infof("received signal %s", sig)``: ``os.Signal`` prints ``terminated``, ``interrupt``, ``hangup``."""
SHUTDOWNS = [f"[2026-11-26 10:{i:02d}:12.{i:03d}][vaultwarden][INFO] Received {s}, initiating graceful shutdown"
             for i, s in enumerate(["SIGTERM"] * 6 + ["SIGINT"] * 3)]


def test_a_go_signals_name_is_a_value() -> None:
    assert_the_rule_decides(SIGNALS, [0] * len(SIGNALS), signal_names=False)


def test_an_upper_case_signals_name_before_a_comma_is_a_value() -> None:
    assert_the_rule_decides(SHUTDOWNS, [0] * len(SHUTDOWNS), signal_names=False)


@pytest.mark.parametrize(("t", "s", "one"), [
    (("Received", "SIGTERM,"), ("Received", "SIGINT,"), True),
    (("Received", "SIGTERM,"), ("Received", "SIGINT"), False),  # another punctuation
    (("signal", "terminated"), ("signal", "interrupt"), True),
    (("signal", "handled"), ("signal", "<*>"), False),  # a value on one side: the mask's
    (("worker", "terminated"), ("worker", "started"), False),  # no ``signal`` before: the statement's words
])
def test_what_is_a_signals_name(t: tuple[str, ...], s: tuple[str, ...], one: bool) -> None:
    assert signal_name(t, s, 1) is one


def test_a_saved_state_keeps_its_ids_signal_names(tmp_path: Path) -> None:
    assert_a_saved_state_keeps_its_ids(tmp_path, SIGNALS, {"signal_names": False})


# --- reason_values ---

REASONS = [f"Nov 27 11:{i:02d}:14 relay01 smtpd[{10355 + i}]: {i:04x}cd944446101525 mta error reason={r}"
           for i, r in enumerate(["Connection timeout"] * 4 + ["Could not retrieve source address"] * 3
                                 + ["Network error on destination MXs"] * 3 + ["Loop detected"] * 2)]
"""OpenSMTPD's ``log_info("%016"PRIx64" mta error reason=%s", …)``: the reason's words end the line."""


def test_a_reason_printed_bare_to_the_lines_end_is_one_value() -> None:
    assert_the_rule_decides(REASONS, [0] * len(REASONS), reason_values=False)


def test_a_reason_before_more_fields_stays_the_masks() -> None:
    assert reason_values(("action=greylist,", "reason=new,", "client_name=<*>")) == (
        "action=greylist,", "reason=new,", "client_name=<*>")


def test_a_reason_of_one_word_ending_the_line_stays() -> None:
    assert reason_values(("disconnect", "reason=quit")) == ("disconnect", "reason=quit")


def test_reason_values_reads_reason_and_cause_not_a_status() -> None:
    """postfix's ``status=sent (250 …)`` / ``status=deferred (…)`` are, by our sets' labels, two statements."""
    assert reason_values(("mta", "reason=Connection", "timeout")) == ("mta", "reason=" + WILD)
    assert reason_values(("job", "cause=disk", "full")) == ("job", "cause=" + WILD)
    assert reason_values(("dsn=<*>,", "status=sent", "(250", "ok)")) == ("dsn=<*>,", "status=sent", "(250", "ok)")


def test_a_saved_state_keeps_its_ids_reason_values(tmp_path: Path) -> None:
    assert_a_saved_state_keeps_its_ids(tmp_path, REASONS, {"reason_values": False})


# --- changed_states ---

HEALTH = [f"2026/11/26 10:{i:02d}:31 [warn] 1298#0: *{4000 + i} [lua] healthcheck.lua:1{i % 9}{i % 7}: callback(): "
          f"[healthchecks] balancer 10.0.{i % 4}.7:8000 reported health status changed to {h}"
          for i, h in enumerate(["UNHEALTHY"] * 5 + ["HEALTHY"] * 4)]
"""Kong's ``log(WARN, "[healthchecks] balancer ", …, " reported health status changed to ", status)``."""


def test_the_new_state_after_changed_to_is_a_value_opposites_too() -> None:
    assert_the_rule_decides(HEALTH, [0] * len(HEALTH), changed_states=False)


@pytest.mark.parametrize(("t", "s", "one"), [
    (("status", "changed", "to", "UNHEALTHY"), ("status", "changed", "to", "HEALTHY"), True),
    (("mode", "set", "to", "active"), ("mode", "set", "to", "passive"), True),
    (("status", "changed", "to", "UNHEALTHY"), ("status", "changed", "to", "<*>"), False),  # a value: the mask's
    (("connection", "went", "to", "up"), ("connection", "went", "to", "down"), False),  # no verb of change
    (("changed", "to", "up", "now"), ("changed", "to", "down", "now"), False),  # not the line's last word
])
def test_what_is_a_new_state(t: tuple[str, ...], s: tuple[str, ...], one: bool) -> None:
    assert changed_state(t, s, 2 if t[1] == "to" else 3) is one


def test_opposite_states_elsewhere_stay_two_statements() -> None:
    lines = [f"2026-11-26 10:{i:02d}:00 ptp4l[{700 + i}]: port 1: link {w}" for i, w in enumerate(["up"] * 6 + ["down"] * 6)]
    assert partition(ids(lines)) == partition([0] * 6 + [1] * 6)


def test_a_saved_state_keeps_its_ids_changed_states(tmp_path: Path) -> None:
    assert_a_saved_state_keeps_its_ids(tmp_path, HEALTH, {"changed_states": False})


# --- label_texts: a long text after a ``label:`` at a variety site ---

def _probe_lines() -> list[str]:
    """An upstream probe's ``log_warn("upstream pool healthcheck probe: %s", err)``: error texts of 5 to 12 words,
    values inside, after the statement's own ``label:``."""
    texts = ("connect to 10.0.{a}.{b}:80 timed out after {c} ms",
             "peer closed connection in SSL handshake ({c}: Connection reset by peer) while reading response header",
             "received HTTP {c} from backend 10.0.{a}.{b}",
             "upstream sent too big header while reading response header from upstream 10.0.{a}.{b}")
    return [f"2026-11-26 10:{i:02d}:0{i % 10}.{100 + 7 * i} WARN upstream pool healthcheck probe: "
            + texts[i % 4].format(a=i % 9, b=10 + 3 * i, c=100 + 17 * i) for i in range(24)]


def test_texts_of_any_length_after_a_label_are_one_value_once_the_site_varies() -> None:
    lines = _probe_lines()
    assert_the_rule_decides(lines, [0] * len(lines), label_texts=False)


def test_two_texts_after_a_label_stay_apart() -> None:
    """Two texts are as often two statements: the site needs as many texts as ``variety`` and ``TAILS`` ask."""
    lines = [x for i, x in enumerate(_probe_lines()) if i % 4 < 2]
    assert partition(ids(lines)) == partition([i % 2 for i in range(len(lines))])


def test_a_saved_state_keeps_its_ids_label_texts(tmp_path: Path) -> None:
    assert_a_saved_state_keeps_its_ids(tmp_path, _probe_lines(), {"label_texts": False})


# --- field_labels: a layout's last field holding a ``label:`` ---

_THREADS = ("main", "ActiveMQ ShutdownHook", "ActiveMQ Transport: tcp:///10.0.0.{n}:5{n}12@61616",
            "ActiveMQ Journal Checkpoint Worker", "ActiveMQ InactivityMonitor Worker")
_R = random.Random(1)
KAHADB = [f"2026-11-{1 + i % 27:02d} 12:{i % 60:02d}:17,021 | INFO  | KahaDB is version {_R.randint(6, 7)} | "
          f"org.apache.activemq.store.kahadb.MessageDatabase | {_R.choice(_THREADS).format(n=_R.randint(1, 40))}"
          for i in range(60)]
"""ActiveMQ's ``%d | %-5p | %m | %c | %t``: the logger and the thread after the message."""


def test_a_thread_named_with_a_label_after_the_last_pipe_is_a_value() -> None:
    assert_the_rule_decides(KAHADB, [0] * len(KAHADB), field_labels=False)


def test_a_saved_state_keeps_its_ids_field_labels(tmp_path: Path) -> None:
    assert_a_saved_state_keeps_its_ids(tmp_path, KAHADB, {"field_labels": False})


@pytest.mark.parametrize("batch", [1, 4, 7])
def test_batches_never_change_an_id(batch: int) -> None:
    """The variety sites and the last field's join decide per new shape, with counts as of its first line."""
    for lines in (_probe_lines(), KAHADB, HEALTH, REASONS):
        assert raw_ids(lines, batch) == raw_ids(lines, len(lines))
