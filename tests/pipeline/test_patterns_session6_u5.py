"""Session-6 rules from the error analysis of the fifth never-seen set (issue #6, S6-u5):

* ``label_words``: a short reading ``<name>: <value>`` whose lowercase name differs
  (``charge power: 0W`` / ``charge currents: [..]A``), or whose name's qualifier right before a
  shared label differs (``pv power: 0W`` / ``grid power: 8726W``), is two statements: a program
  prints each reading with its own call (evcc's ``site.log.DEBUG.Printf("pv power: %.0fW", …)``).
  After a preposition the word is an argument and stays a value (``Enqueuing flush of users:``,
  ``learned message as ham:``).

* ``header_tags``: after a leading bracketed value (``[11/4/2026, 2:37:36 PM]``) a chain of
  bracketed tags, maybe holding spaces (``[Hue]``, ``[UniFi Protect]``), is one value: the
  contexts (plugin, child bridge, module) a header names, never the statement (Homebridge's
  ``[<ts>] [<plugin>] Child bridge process ended``); a severity tag (``[ERROR]``) stays.

* ``empty_values``: a key printed empty (``dest-name=``) and with a value (``dest-name=in-cluster``)
  is one slot: no evidence against the merge (Argo CD's logrus fields, where an application's
  destination is given by server or by name).

* ``label_fields``: the ``label: <*>,`` fields of a comma list may be missing, as optional
  key=value fields may (traccar's ``id: …, time: …, lat: …, lon: …, speed: …, course: …,
  accuracy: …``, where speed and accuracy are printed when known); ``label_words`` leaves such a
  list's labels alone.

With a rule the lines group as the program's statements do; with its switch off they group
otherwise, so each test can fail.  Measured effects: docs/patterns.md ("Session 6")."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from millpond.pipeline.patterns_cluster import Params

from patternkit import assert_a_saved_state_keeps_its_ids
from patternkit import groups as _groups


S6_U5 = {"label_words": False, "header_tags": False, "empty_values": False, "label_fields": False}

READINGS = [f"[site  ] DEBUG 2026/11/06 19:2{i}:03 {n} power: {w}W"
            for i, (n, w) in enumerate((("grid", 8726), ("pv", 0), ("grid", -120), ("battery", -4020), ("pv", 3310)))]
CHARGE = [f"[lp-1  ] DEBUG 2026/11/02 21:2{i}:56 charge {n}: {v}"
          for i, (n, v) in enumerate((("power", "0W"), ("currents", "[0.09 0 0.17]A"), ("power", "7400W"),
                                      ("currents", "[16 16 16]A")))]
ARGUMENTS = [f"INFO  [NativePoolCleaner] 2026-11-03 23:3{i}:02,310 ColumnFamilyStore.java:1 - Enqueuing flush of "
             f"{t}: {k}KiB ({i}%) on-heap, 976MiB (8%) off-heap"
             for i, (t, k) in enumerate((("sessions", 13), ("users", 905), ("events", 59), ("sessions", 22)))]


def test_a_readings_name_tells_two_statements_apart() -> None:
    """``grid power:`` / ``pv power:`` / ``battery power:`` are three statements, ``charge power:`` /
    ``charge currents:`` two; with the switch off each family was one template."""
    assert _groups(READINGS) == 3
    assert _groups(READINGS, replace(Params(), **S6_U5, padded_fields=False)) == 1  # (padded_fields: session 12)
    assert _groups(CHARGE) == 2
    assert _groups(CHARGE, replace(Params(), **S6_U5, padded_fields=False)) == 1


def test_a_name_after_a_preposition_is_an_argument() -> None:
    """``Enqueuing flush of <table>: <size> …``: one statement either way."""
    assert _groups(ARGUMENTS) == 1
    assert _groups(ARGUMENTS, replace(Params(), **S6_U5)) == 1


BRIDGES = [f"[11/{d}/2026, {h}:37:36 PM] [{p}] Child bridge process ended"
           for d, h, p in ((4, 2, "UniFi Protect"), (13, 9, "Ring"), (26, 4, "UniFi Protect"), (2, 7, "Zigbee2MQTT"),
                           (8, 4, "Shelly"), (18, 11, "Hue"), (6, 1, "Shelly"), (9, 3, "Hue"), (10, 5, "Ring"))]
LEVELS = [f"[11/{d}/2026, 2:37:36 PM] [{lv}] Child bridge process ended" for d, lv in ((4, "ERROR"), (5, "INFO"))]


def test_bracketed_contexts_after_a_bracketed_time_are_one_value() -> None:
    """``[<ts>] [Hue]`` / ``[<ts>] [UniFi Protect]`` / ``[<ts>] [Zigbee2MQTT]``: one statement;
    with the switch off the plugin's name split it (a length apart, and evidence)."""
    assert _groups(BRIDGES) == 1
    assert _groups(BRIDGES, replace(Params(), **S6_U5)) > 1


def test_a_severity_tag_after_a_bracketed_time_stays() -> None:
    assert _groups(LEVELS) == 2


RECONCILED = [f'time="2026-11-16T21:2{i}:21Z" level=info msg="Reconciliation completed" app-namespace=argocd '
              f'application=app{i} comparison-level=2 dedup_ms=1 dest-name={n} dest-namespace=team-a '
              f'dest-server=https://kubernetes.default.svc diff_ms={i} git_ms=3'
              for i, n in enumerate([""] * 5 + ["in-cluster"] * 4 + [""])]


def test_a_key_printed_empty_and_with_a_value_is_one_slot() -> None:
    """``dest-name=`` / ``dest-name=in-cluster``: one statement; with the switch off the empty key
    held for 5 lines was evidence, and the lines with a name became another template."""
    assert _groups(RECONCILED) == 1
    assert _groups(RECONCILED, replace(Params(), **S6_U5)) == 2


POSITIONS = [f"2026-11-0{i} 20:54:52  INFO: [Tb88132{i}6] id: 86580085259121{i}, time: 2026-11-13 01:12:1{i}, "
             f"lat: 52.8186{i}, lon: 7.4285{i}, {f}"
             for i, f in enumerate(("speed: 44.1, course: 0.0", "course: 356.5", "speed: 53.5, course: 286.5, accuracy: 14.9",
                                    "course: 271.2, accuracy: 6.5", "speed: 12.0, course: 90.0", "course: 1.5"), 1)]


def test_labelled_fields_of_a_comma_list_may_be_missing() -> None:
    """``…, lon: <*>, speed: <*>, course: <*>`` with and without ``speed:`` and ``accuracy:``: one
    statement; with the switches off the labels' shift kept them apart (and evidence)."""
    assert _groups(POSITIONS) == 1
    assert _groups(POSITIONS, replace(Params(), **S6_U5)) > 1


def test_a_state_written_before_the_u5_rules_keeps_its_ids(tmp_path: Path) -> None:
    """The rules group NEW shapes only: a state mined with the switches off gives its lines the
    same ids under today's rules, though today's rules group them otherwise from scratch."""
    lines = [*READINGS, *CHARGE, *ARGUMENTS, *BRIDGES, *RECONCILED, *POSITIONS]
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, S6_U5)
