"""Session 12: a value found by its variety (``variety``, ``pipeline/patterns_sites.py``).

Two templates that differ in one word or run may be two statements (``Scan Completed`` / ``Scan
Failed``) or one with a ``%s``; the evidence rule cannot tell.  A third template differing from both
in the same place only — everything before and after it equal, words on either side — is what a
``%s`` filled with a task's name, an error's text or a title does: the run is a value, and the
templates are one pattern (session 10's merge: lines keep their ids)."""

from __future__ import annotations

from pathlib import Path

import pytest

from millpond.pipeline.patterns_params import Params
from millpond.pipeline.patterns_sites import find_site
from patternkit import assert_a_saved_state_keeps_its_ids, assert_the_rule_decides, ids, partition, raw_ids

_TASKS = [("Download missing subtitles", "Completed")] * 5 + [("Scan Media Library", "Cancelled")] * 5 + [
    ("Refresh People", "Failed"), ("Clean Transcode Directory", "Completed"), ("Scan Media Library", "Completed")]
TASKS = [f"[2026-11-26 10:{i:02d}:{i * 7 % 60:02d}.123 +00:00] [INF] [{20 + i}] "
         f"Emby.Server.Implementations.ScheduledTasks.TaskManager: {name} {status} after {i} minute(s) and {i * 3} seconds"
         for i, (name, status) in enumerate(_TASKS)]


def test_a_third_template_differing_in_the_same_run_makes_the_run_a_value() -> None:
    assert_the_rule_decides(TASKS, [0] * len(TASKS), variety=0)


def test_two_templates_are_not_enough() -> None:
    """``Completed`` against ``Cancelled`` at one task: two statements as well as two values."""
    assert len(set(ids(TASKS[:10]))) == 2


S = ("<*>", "Problem", "started", "at", "<*>", "on", "<*>:", "High", "problem", "on", "<*>")


def _at(run: tuple[str, ...], prefix: int = 7, suffix: int = 3) -> tuple[str, ...]:
    return (*S[:prefix], *run, *S[len(S) - suffix :])


def site(s: tuple[str, ...], *others: tuple[str, ...]) -> tuple[int, int] | None:
    found = find_site(s, enumerate(others), others=2, span=4, words=4, opposites=True)
    return None if found is None else (found.prefix, found.suffix)


def test_the_site_is_where_the_runs_differ() -> None:
    assert site(S, _at(("Disaster",)), _at(("Not", "classified"))) == (7, 3)
    assert find_site(S, enumerate([_at(("Disaster",)), _at(("Average",))]), others=2, span=4, words=4,
                     opposites=True).general(S) == _at(("<*>",))


@pytest.mark.parametrize(("runs", "why"), [
    ((("Disaster",),), "one other template only"),
    ((("Disaster",), ("a", "b", "c", "d", "e")), "a run longer than the span"),
    ((("Disaster",), ("severity=<*>",)), "a key=value field: another statement's structure"),
    ((("Disaster",), ("Average", "level:")), "a label: inside the run"),
])
def test_no_site(runs: tuple[tuple[str, ...], ...], why: str) -> None:
    assert site(S, *(_at(r) for r in runs)) is None, why


def test_opposite_words_are_two_statements() -> None:
    up = ("<*>", "link", "eth0", "is", "up", "since", "<*>", "seconds", "ago")
    assert site(up, (*up[:4], "down", *up[5:]), (*up[:4], "flapping", *up[5:])) is None
    assert site(up, (*up[:4], "degraded", *up[5:]), (*up[:4], "flapping", *up[5:])) == (4, 4)


def test_a_word_and_its_colon_may_be_the_run() -> None:
    """stunnel's ``Connection closed:`` / ``reset:`` / ``closed/reset:`` (one ``%s``): a word, not a label of its own."""
    t = ("<*>", "stunnel[<*>]:", "LOG5[<*>]:", "Connection", "{}", "<*>", "byte(s)", "sent", "to", "TLS,", "<*>",
         "byte(s)", "sent", "to", "socket")
    forms = [tuple(w if x == "{}" else x for x in t) for w in ("closed:", "reset:", "closed/reset:")]
    assert site(forms[0], *forms[1:]) == (4, 10)


def test_a_run_opening_the_message_is_no_site() -> None:
    """Right after the header (``[MONITOR] INFO:``) stand the statement's own first words: ``Get Monitor Beats``,
    ``Get Monitor``, ``Added Monitor`` are three calls, whatever follows them; after a word of the message
    (``Request``) they would be a value."""
    runs = [("Get", "Monitor", "Beats"), ("Get", "Monitor"), ("Added", "Monitor")]
    forms = [("<*>", "[MONITOR]", "INFO:", *r, "for", "user", "ID", "<*>") for r in runs]
    assert site(forms[0], *forms[1:]) is None
    framed = [(*f[:3], "Request", *f[3:]) for f in forms]
    assert site(framed[0], *framed[1:]) == (4, 4)


def test_a_run_ending_the_line_needs_a_fourth_template() -> None:
    """Free text ending the line is as often a statement's own ending: ``Connection closed to <*> (Goodbye!)`` /
    ``(User Request)`` / ``(Cleared by peer)`` are three calls in xl2tpd."""
    t = ("<*>[<*>]:", "Connection", "<*>", "closed", "to", "<*>,", "port", "<*>")
    assert site((*t, "(User", "Request)"), (*t, "(Goodbye!)"), (*t, "(Cleared", "by", "peer)")) is None
    four = find_site((*t, "(User", "Request)"), enumerate([(*t, "(Goodbye!)"), (*t, "(Cleared", "by", "peer)"),
                                                          (*t, "(Idle", "timeout)")]),
                     others=2, span=4, words=4, opposites=True)
    assert four is not None and four.suffix == 0  # a fourth ending: evidence enough


def test_a_layouts_last_field_may_end_the_line() -> None:
    """log4j's ``… | %c | %t``: the thread after the last ``|`` is a field, whatever its words."""
    t = ("<*>", "|", "INFO", "|", "Slow", "KahaDB", "access:", "Journal", "read", "took:", "<*>", "|",
         "org.apache.activemq.store.kahadb.MessageDatabase", "|")
    threads = [("main",), ("ActiveMQ", "Journal", "Checkpoint", "Worker"), ("ActiveMQ", "Task-<*>")]
    assert site(*((*t, *r) for r in threads)) == (len(t), 0)


_WORKERS = ["ActiveMQ Journal Checkpoint Worker"] * 5 + ["main"] * 5 + ["ActiveMQ Task-3", "main", "ActiveMQ Task-7"]
WORKERS = [f"2026-11-20 15:41:{i:02d},130 | INFO  | Slow KahaDB access: Journal read took: {i * 7} ms | "
           f"org.apache.activemq.store.kahadb.MessageDatabase | {t}" for i, t in enumerate(_WORKERS)]


def test_the_threads_of_a_statement_are_one_value() -> None:
    assert_the_rule_decides(WORKERS, [0] * len(WORKERS), variety=0, subsume_spans=False)
    assert len(set(ids(WORKERS, Params(subsume_spans=False)))) == 1  # variety alone finds it


def test_few_words_around_the_run_are_no_site() -> None:
    """``sshd[<*>]: Accepted password for <*>`` / ``Failed password for`` / ``Invalid user`` differ in a run
    with three words around it: a short message's every word."""
    runs = [("Accepted", "password", "for", "<*>"), ("Failed", "password", "for", "<*>"), ("Invalid", "user", "<*>")]
    forms = [("gw", "sshd[<*>]:", *r, "from", "<*>", "port", "<*>") for r in runs]
    assert site(forms[0], *forms[1:]) is None
    assert find_site(forms[0], enumerate(forms[1:]), others=2, span=4, words=3, opposites=True) is not None


@pytest.mark.parametrize("batch", [1, 4, 7])
def test_batches_never_change_an_id(batch: int) -> None:
    assert raw_ids(TASKS, batch) == raw_ids(TASKS, len(TASKS))


def test_a_saved_state_keeps_its_ids(tmp_path: Path) -> None:
    first = assert_a_saved_state_keeps_its_ids(tmp_path, TASKS, {"variety": 0})
    assert partition(first) != partition([0] * len(TASKS))


def test_an_empty_line_beside_others_is_no_site() -> None:
    """An empty shape shares nothing with anything: no run has a word before it (found by hypothesis in
    test_patterns_robust: ``['key=word', 'lan=true', '']`` one line a batch raised an IndexError)."""
    assert site((), ("key=word",), ("lan=true",)) is None
    assert len(raw_ids(["key=word", "lan=true", ""], 1)) == 3


_DEPTHS = ["┝━"] * 5 + ["│  ┕━"] * 5 + ["┕━"] * 5 + ["│  ┝━", "┝━", "┕━", "│  ┕━"]
TREE = [f"2026-11-12T05:46:{i:02d}.962547113Z INFO     {d} i [info]: LDAP session end: {i:08x}-040b-4c31-9554-f3807a9c2d6a"
        for i, d in enumerate(_DEPTHS)]


def test_a_tree_layouts_depth_marks_are_no_words() -> None:
    """tracing-forest draws each event's depth in its span tree (``┝━``, ``│  ┕━``): one statement at two depths."""
    assert_the_rule_decides(TREE, [0] * len(TREE), tree_marks=False)


def test_a_saved_state_keeps_its_ids_without_tree_marks(tmp_path: Path) -> None:
    assert_a_saved_state_keeps_its_ids(tmp_path, TREE, {"tree_marks": False})


_PROBES = ["FPing"] * 5 + ["DNS"] * 5 + ["TCPPing"] * 5 + ["FPing6", "DNS", "Curl", "FPing"]
PROBES = [f"Nov 13 07:57:{i:02d} mon01 smokeping[2219]: {p}: probing {100 + i} targets with step 60 s and offset {i} s."
          for i, p in enumerate(_PROBES)]


def test_a_name_opening_a_whole_shared_sentence_is_a_value(monkeypatch: pytest.MonkeyPatch) -> None:
    """SmokePing's probes log through one wrapper that puts the probe's name first: four names before one whole
    sentence (six words or more) are a field's values, though a message's first word is its own as a rule."""
    from millpond.pipeline import patterns_cluster, patterns_sites

    assert len(set(ids(PROBES))) == 1
    monkeypatch.setattr(patterns_sites, "OPENING", 0)
    monkeypatch.setattr(patterns_cluster, "OPENING", 0)
    assert len(set(ids(PROBES))) > 1


def test_an_opening_run_needs_a_fourth_template_and_a_sentence() -> None:
    t = ("<*>", "smokeping[<*>]:", "{}", "probing", "<*>", "targets", "with", "step", "<*>", "and", "offset", "<*>.")
    forms = [tuple(p if x == "{}" else x for x in t) for p in ("FPing:", "DNS:", "TCPPing:", "<*>:")]
    assert site(*forms[:3]) is None  # three: a statement's alternatives as often
    assert find_site(forms[0], enumerate(forms[1:]), others=2, span=4, words=4, opposites=True) is not None
    short = [(*f[:4], f[4]) for f in forms]  # ``FPing: probing <*>``: one word after the run
    assert find_site(short[0], enumerate(short[1:]), others=2, span=4, words=4, opposites=True) is None

