"""Session 13 (lead): a noun after a count agrees with it (``counted_nouns``); the word ending a line after a
``label:`` is its value (``printed_states``); two host names are values (``domain_values``).

``"%d track%s", n, n == 1 ? "" : "s"`` prints ``1 track`` and ``2 tracks``: one statement whose
noun follows the number.  The two words differ, so the evidence rule (a constant held by a few
lines stays a constant) kept ``track`` and ``tracks`` as two templates once either had held a
few lines.  After a ``<*>`` (the count), a word and the same word with ``s``/``es`` are one slot."""

from __future__ import annotations

from pathlib import Path

import pytest

from millpond.pipeline.patterns_mask import WILD
from millpond.pipeline.patterns_shape import _DOMAIN
from millpond.pipeline.patterns_tokens import counted_noun
from patternkit import assert_a_saved_state_keeps_its_ids, assert_the_rule_decides, ids, partition

STREAMS = [f"2026-11-26 10:{i:02d}:11 INF [path cam{i % 4}] stream is available, {n} "
           f"track{'s' if n > 1 else ''} (H264, Opus)" for i, n in enumerate([1] * 5 + [2, 3, 2, 2, 4, 2, 3])]
"""The singular first (``1 track``), then plurals: each form holds lines before the other comes."""
EVENTS = sorted(
    (f"Nov 26 10:{i:02d}:03 web{i % 3} puppet-agent[{900 + i}]: (/Stage[main]/Nginx/Service[nginx]) "
     f"Triggered 'refresh' from {n} event{'s' if n > 1 else ''}" for i, n in enumerate([1] * 6 + [2, 3, 4, 2, 5, 2])),
    key=lambda line: line.split()[2])


def test_a_singular_and_a_plural_after_a_count_are_one_statement() -> None:
    assert_the_rule_decides(STREAMS, [0] * len(STREAMS), counted_nouns=False)


def test_the_plural_after_many_singular_lines_joins_them() -> None:
    assert_the_rule_decides(EVENTS, [0] * len(EVENTS), counted_nouns=False)


def test_two_counts_of_other_nouns_stay_two_statements() -> None:
    lines = [f"Compacted {i + 2} segments" for i in range(6)] + [f"Compacted {i + 2} indexes" for i in range(6)]
    assert partition(ids(lines)) == partition([0] * 6 + [1] * 6)


@pytest.mark.parametrize(("a", "b", "merged"), [
    ("track", "tracks", "track" + WILD),
    ("boxes", "box", "box" + WILD),
    ("event,", "events,", "event" + WILD + ","),
    ("track", "tracks,", None),  # other punctuation: another place in the sentence
    ("tracks", "tracks", None),  # the same word
    ("track", "trick", None),  # another word
    ("is", "iss", None),  # too short to be a noun of its own
])
def test_what_is_one_noun(a: str, b: str, merged: str | None) -> None:
    assert counted_noun((WILD, a), (WILD, b), 1) == merged


def test_only_after_a_count() -> None:
    """``Stopped worker`` / ``Stopped workers``: no number says how many, the program wrote both words."""
    assert counted_noun(("Stopped", "worker"), ("Stopped", "workers"), 1) is None


def test_a_saved_state_keeps_its_ids(tmp_path: Path) -> None:
    assert_a_saved_state_keeps_its_ids(tmp_path, STREAMS, {"counted_nouns": False})


# --- printed_states: opposite states printed as a value ---

RESULTS = [f"[2026-11-26 10:{i:02d}:41Z INFO JobDispatcher] finish job request for job {4000 + i} with result: {r}"
           for i, r in enumerate(["Succeeded"] * 6 + ["Failed"] * 3 + ["Succeeded", "Failed", "Failed"])]


def test_opposite_states_printed_as_a_labels_value_are_one_statement() -> None:
    assert_the_rule_decides(RESULTS, [0] * len(RESULTS), printed_states=False)


def test_upper_case_states_in_prose_stay_two_statements() -> None:
    """keepalived's ``Entering MASTER STATE`` / ``Entering BACKUP STATE`` are two calls."""
    lines = [f"Keepalived_vrrp[{900 + i}]: (VI_{i % 3}) Entering {w} STATE" for i, w in enumerate(["MASTER"] * 6 + ["BACKUP"] * 6)]
    assert partition(ids(lines)) == partition([0] * 6 + [1] * 6)


def test_opposite_words_of_the_sentence_stay_two_statements() -> None:
    """``Connection accepted`` / ``Connection rejected`` end the line without a label: the program's own words."""
    lines = [f"10:{i:02d}:00 bird: bgp{i % 2}: Incoming connection from 10.0.0.{i} (port 179) {w}"
             for i, w in enumerate(["accepted"] * 6 + ["rejected"] * 6)]
    assert partition(ids(lines)) == partition([0] * 6 + [1] * 6)


def test_a_saved_state_keeps_its_ids_printed_states(tmp_path: Path) -> None:
    assert_a_saved_state_keeps_its_ids(tmp_path, RESULTS, {"printed_states": False})


# --- domain_values: two host names are values ---

MAPS = [f"2026-11-26 10:{i:02d}:00 #{300 + i}(main) <abc{i}>; map; http_map_finish: data is not modified for server "
        f"{host} (0.{i}s), next check at 10:{i + 5:02d}"
        for i, host in enumerate(["maps.rspamd.com"] * 5 + ["rules.example.net"] * 5)]
"""Five lines of one map's host before the other's: the evidence rule alone keeps the names apart."""


def test_two_host_names_in_one_slot_are_values() -> None:
    assert_the_rule_decides(MAPS, [0] * len(MAPS), domain_values=False)


@pytest.mark.parametrize(("token", "host"), [
    ("gnome.org", True), ("example.com,", True), ("shop.example.de", True),
    ("org.apache.kafka", False),  # a Java package opens with the top level
    ("io.netty", False), ("config.json", False), ("app.py", False),
])
def test_what_is_a_host_name(token: str, host: bool) -> None:
    assert (_DOMAIN.match(token) is not None) == host


def test_a_saved_state_keeps_its_ids_domain_values(tmp_path: Path) -> None:
    assert_a_saved_state_keeps_its_ids(tmp_path, MAPS, {"domain_values": False})
