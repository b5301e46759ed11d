"""Session 11: a template that another one, once it generalised, takes whole is merged into it
(``subsume``, ``subsume_spans``).

The evidence rule keeps a plain word that already held many lines (``evidence``) from being generalised
by the next line: a statement's own word looks like that.  So a value first seen many times (an
accessory ``Vacuum``, a thread ``Simple Discovery Agent``) starts a template of its own, and the same
statement's other values another, which soon generalises to ``<*>`` there.  From then on the first one is
an instance of the second: the two are one statement, and the merge of session 10 (lines keep their ids,
``log_patterns`` names the merged id's pattern) makes them one pattern."""

from __future__ import annotations

from pathlib import Path

import pytest

import layoutkit
from millpond.pipeline.patterns import PatternMiner
from millpond.pipeline.patterns_cluster import takes_whole
from millpond.pipeline.patterns_params import Params
from patternkit import assert_a_saved_state_keeps_its_ids, assert_the_rule_decides, ids, partition, raw_ids

_ACCESSORIES = ["Vacuum"] * 5 + ["Lamp", "Fan", "Kettle", "Lamp", "Heater"]
ACCESSORIES = [f"[2026-11-26 10:{i:02d}:{i * 7 % 60:02d}] [Homebridge] Failed to find plugin to handle accessory {a}"
               for i, a in enumerate(_ACCESSORIES)]

_THREADS = ["Simple Discovery Agent"] * 5 + ["main"] * 5 + ["worker", "scheduler", "main", "Simple Discovery Agent",
                                                            "worker"]
THREADS = [f"2026-11-20 15:41:{i:02d},130 | INFO  | Establishing network connection from vm://broker-{i} to "
           f"tcp://10.0.0.{i}:61616 | org.apache.activemq.network.DiscoveryNetworkConnector | {t}"
           for i, t in enumerate(_THREADS)]


def test_a_value_kept_apart_by_its_evidence_joins_the_template_that_took_its_place() -> None:
    assert_the_rule_decides(ACCESSORIES, [0] * len(ACCESSORIES), subsume=False)


def test_a_value_of_several_words_joins_the_template_that_took_its_place() -> None:
    assert_the_rule_decides(THREADS, [0] * len(THREADS), subsume_spans=False, variety=0)
    # without either rule the one-word thread ``main`` stays apart as well (session 12's variety joins all three)
    assert len(set(ids(THREADS, Params(subsume=False, subsume_spans=False, variety=0)))) == 3


P = Params()
HEAD = ("<*>", "|", "INFO", "|", "Establishing", "network", "connection", "from", "<*>", "to", "<*>", "|")


@pytest.mark.parametrize(("longer", "taken"), [
    ((*HEAD, "Simple", "Discovery", "Agent"), True),  # a thread's name of three words
    ((*HEAD, "pool-<*>", "thread"), False),  # a value in the run: another statement's structure
    ((*HEAD, "task", "id=<*>"), False),  # a key=value field in the run
])
def test_the_taken_run_is_plain_words(longer: tuple[str, ...], taken: bool) -> None:
    assert takes_whole((*HEAD, "<*>"), longer, P) is taken


def test_a_template_of_few_words_takes_no_whole_statement() -> None:
    t = ("rsync", "<*>", "from", "<*>", "(<*>)")
    assert not takes_whole(t, ("rsync", "allowed", "access", "on", "module", "www", "from", "<*>", "(<*>)"), P)
    assert takes_whole(t, ("rsync", "daily", "backup", "from", "<*>", "(<*>)"), P)


def test_ssh_invalid_users_stay_a_statement_of_their_own() -> None:
    """``Failed password for invalid user <*> from …`` is not ``for <*> from`` with a user of three words:
    the run holds a value."""
    ts = "Nov 26 10:00:{:02d} gw sshd[{}]: "
    lines = [ts.format(i, 900 + i) + f"Failed password for invalid user {u} from 10.0.0.{i} port {4000 + i} ssh2"
             for i, u in enumerate(["admin", "oracle", "test", "git", "pi"])]
    lines += [ts.format(i, 950 + i) + f"Failed password for {u} from 10.0.1.{i} port {5000 + i} ssh2"
              for i, u in enumerate(["root", "alice", "bob", "root", "carol"])]
    assert partition(ids(lines)) == partition([0] * 5 + [1] * 5)


@pytest.mark.parametrize("batch", [1, 4, 7])
def test_batches_never_change_an_id(batch: int) -> None:
    assert raw_ids(THREADS, batch) == raw_ids(THREADS, len(THREADS))


def test_a_saved_state_keeps_its_ids(tmp_path: Path) -> None:
    assert_a_saved_state_keeps_its_ids(tmp_path, THREADS, {"subsume": False, "subsume_spans": False})


@pytest.mark.parametrize("cut", [6, 11, 13])
def test_a_restart_decides_as_the_miner_that_ran_on(tmp_path: Path, cut: int) -> None:
    """Merges made before the cut are kept in the state; those after it fall as they would have."""
    lines = THREADS + [f"2026-11-20 15:42:{i:02d},130 | INFO  | Establishing network connection from vm://edge-{i} to "
                       f"tcp://10.0.1.{i}:61616 | org.apache.activemq.network.DiscoveryNetworkConnector | {t}"
                       for i, t in enumerate(["Simple Discovery Agent", "main", "Simple Discovery Agent", "io"])]
    got: list[int] = []
    for part in (lines[:cut], lines[cut:]):
        m = PatternMiner.load(tmp_path / f"s{cut}")
        got += raw_ids(part, 3, m)
        m.save()
    assert got == raw_ids(lines, 3)


def _consumers(models: list[str]) -> list[str]:
    return [f"2026-11-26 10:0{i}:00 INFO NettyServerCodecThread_{i} - new consumer connected, group: cg-{i} "
            f"CONSUME_ACTIVELY {m} channel: ClientChannelInfo [channel=0x{i:04x}], clientId=10.0.0.{i}@{100 + i}"
            for i, m in enumerate(models)]


def test_an_enums_upper_case_constants_are_values_whatever_their_evidence() -> None:
    """RocketMQ prints a consumer's message model (``CLUSTERING``/``BROADCASTING``) with one ``%s``:
    the first model's many lines are no evidence that it is the statement's word (``caps_values``)."""
    lines = _consumers(["CLUSTERING"] * 5 + ["BROADCASTING"] * 3)
    assert_the_rule_decides(lines, [0] * len(lines), caps_values=False)


def test_upper_case_opposites_stay_two_statements() -> None:
    lines = [f"2026-11-26 10:0{i}:00 INFO Scheduler - job cleanup-{i} is now {m} by admin"
             for i, m in enumerate(["ENABLED"] * 5 + ["DISABLED"] * 3)]
    assert partition(ids(lines)) == partition([0] * 5 + [1] * 3)


def test_a_method_opening_a_bracketed_request_is_its_value() -> None:
    """Scrapy's ``Crawled (%d) %s`` prints the request as ``<GET url>``: the method is a value in
    brackets as it is bare."""
    lines = [f"2026-11-26 10:00:0{i} [scrapy.core.engine] DEBUG: Crawled (200) <{m} https://shop.example/p/{i}> "
             f"(referer: https://shop.example/)" for i, m in enumerate(["GET"] * 5 + ["POST"] * 3)]
    assert_the_rule_decides(lines, [0] * len(lines), http_methods=False)


def test_spring_boots_padded_thread_is_one_value_however_it_is_named() -> None:
    lines, truth = layoutkit.spring_padded_threads()
    assert_the_rule_decides(lines, truth, spring_threads=False, padded_fields=False)  # (session 12's unpad joins it too)


_JENKINS_USERS = ["Bob", "Dave O'Neil", "Timer Trigger", "Alice Smith", "Bob", "Timer Trigger", "Jenkins Admin",
                  "Dave O'Neil", "Dave O'Neil", "Dave O'Neil", "Eve", "Timer Trigger"]


def test_a_run_of_values_fills_a_value(monkeypatch: pytest.MonkeyPatch) -> None:
    """Jenkins' ``Started by user {0}`` with a user's full name: the two-word names, once their words
    generalised (``user <*> <*>``), are the one-word template's value as plain words are."""
    from millpond.pipeline import patterns_cluster

    lines = [f"2026-08-2{i % 10} 13:08:53+0000 [id={6008 + i}]\tINFO\thudson.model.Queue#maintain: Started by user {u}"
             for i, u in enumerate(_JENKINS_USERS)]
    assert partition(ids(lines)) == partition([0] * len(lines))
    monkeypatch.setattr(patterns_cluster, "VALUE_RUNS", 0)
    # (session 15's mutual_joins merges the two templates once both generalised: off here)
    assert len(set(ids(lines, Params(mutual_joins=False)))) == 2


def test_nginxs_request_and_timer_trailers_are_not_the_statements(monkeypatch: pytest.MonkeyPatch) -> None:
    from millpond.pipeline import patterns_formats

    lines, truth = layoutkit.openresty_timers()
    assert partition(ids(lines)) == partition(truth)
    monkeypatch.setattr(patterns_formats, "NGINX_TIMERS", 0)
    assert len(set(ids(lines))) > len(set(truth))


def test_tracings_thread_ids_spans_and_bare_error_values(monkeypatch: pytest.MonkeyPatch) -> None:
    from millpond.pipeline import patterns_formats

    lines, truth = layoutkit.tracing_thread_ids()
    assert partition(ids(lines)) == partition(truth)
    monkeypatch.setattr(patterns_formats, "TRACING_THREADS", 0)
    assert len(set(ids(lines, Params(error_values=False)))) > len(set(truth))  # (which reads a last error= too)


def test_a_strerror_text_after_an_error_key_is_one_value() -> None:
    """Bareos's ``Network error with FD during %s: ERR=%s`` ends a line with ``strerror``'s text, bare."""
    errs = ["Connection reset by peer"] * 5 + ["Broken pipe", "Interrupted system call", "Connection timed out",
                                               "Broken pipe"]
    lines = [f"0{i + 1}-Nov 19:40 bareos-dir JobId {24767 + i}: Fatal error: Network error with FD during Backup: ERR={e}"
             for i, e in enumerate(errs)]
    assert_the_rule_decides(lines, [0] * len(lines), error_values=False)
