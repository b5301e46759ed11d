"""Session-8 rules of the pattern miner (issue #6), S8-merges: lines of two different calls that
the miner joined into one template (over-merging).

* ``caps_contexts``: an upper-case ``TAG:`` before the message (ntpsec's ``DNS:``, ``PROTO:``,
  ``CLOCK:``; a C program's subsystem, spelt like its macros) is a context, as a lowercase
  ``agent:`` is, so two capitalised first words after it (``DNS: Pool taking: <addr>`` /
  ``DNS: Server taking: <addr>``) open two messages: two calls.  A capitalised ``Reason:``
  still labels a value (``Reason: App failed``).

With a rule the lines group as the program's statements do; with its switch off they merge,
so each test can fail.  Measured effects: docs/patterns.md, "Session 8"."""

from __future__ import annotations

from pathlib import Path

from millpond.pipeline.patterns_cluster import Params

from patternkit import assert_a_saved_state_keeps_its_ids, partition
from patternkit import ids as _ids


def ntpsec() -> tuple[list[str], list[int]]:
    """ntpsec's log (``msyslog(LOG_INFO, "DNS: Pool taking: %s", …)`` and ``"DNS: Server taking:
    %s"``, ``"IO: Listen normally on %d %s %s"``): each subsystem prefixes its messages with its
    tag; pool servers and configured servers are resolved by two calls."""
    lines, truth = [], []
    for i in range(36):
        ts = f"2026-11-18T04:{i:02d}:17 ntpd[{812 + i % 3}]: "
        lines.append(ts + f"DNS: Pool taking: 192.168.{i}.{17 + i}")
        truth.append(0)
        if i % 2 == 0:
            lines.append(ts + f"DNS: Server taking: 10.{i}.3.{i + 1}")
            truth.append(1)
        if i % 3 == 0:
            lines.append(ts + f"IO: Listen normally on {i % 9 + 2} eth{i % 2} 10.0.{i}.1:123")
            truth.append(2)
    return lines, truth


def test_an_upper_case_tag_is_a_context_before_two_first_words() -> None:
    lines, truth = ntpsec()
    assert partition(_ids(lines)) == partition(truth)
    assert partition(_ids(lines, Params(caps_contexts=False))) != partition(truth)


def test_a_capitalised_label_still_takes_a_value() -> None:
    """``Reason: Timeout`` / ``Reason: Shutdown``: a label's value, one statement."""
    lines = [f"2026-11-18T04:{i:02d}:17 app[31]: session {i} closed. Reason: {['Timeout', 'Shutdown', 'Eviction'][i % 3]}"
             for i in range(30)]
    assert len(set(_ids(lines))) == 1


def test_a_saved_state_keeps_its_ids_under_the_caps_context_rule(tmp_path: Path) -> None:
    lines, _ = ntpsec()
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, {"caps_contexts": False})
