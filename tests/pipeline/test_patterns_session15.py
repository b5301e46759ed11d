"""Session 15 (lead): a flag printed as ``yes``/``no`` or ``on``/``off`` under its name.

C prints a flag with ``x ? "yes" : "no"`` (or ``"on" : "off"``) where Python prints ``str(bool)``: under a
field's name (``'ExternalConnected': No,``, ``is_write_stall: no,``, ``tls=yes``) the word is the flag's
state, one slot, as ``true``/``false`` already are (``bool_values``).  ``flag_words``."""

from __future__ import annotations

from pathlib import Path

from patternkit import assert_a_saved_state_keeps_its_ids, assert_the_rule_decides, ids

# macOS powerd's ``IOPMPowerSource Information: %s, SleepType: %s, 'ExternalConnected': %s, …``, on battery
# and on the charger, around sleeps and wakes.
_POWER = [("onSleep", "No", 5600), ("onWake", "Yes", 0), ("onSleep", "Yes", 0), ("onWake", "No", 5802),
          ("onSleep", "No", 4311), ("onWake", "No", 4290), ("onSleep", "Yes", 0), ("onWake", "Yes", 0)]
POWER = [f"ARPT: {784055 + 977 * i}.{560270 + i}: IOPMPowerSource Information: {event},  SleepType: Normal Sleep,  "
         f"'ExternalConnected': {plugged}, 'TimeRemaining': {left},"
         for i, (event, plugged, left) in enumerate(_POWER)]

# A storage engine's periodic stats: ``… is_write_stall: %s, …`` with ``stall ? "yes" : "no"``.
STALLS = [f"[2026-11-{3 + i:02d} 04:{i:02d}:11.{400 + i}] [info] column family [{cf}] level0 files: {n}, "
          f"pending compaction bytes: {n * 7717}, is_write_stall: {'yes' if n > 20 else 'no'}, write amp: 1.{i}"
          for i, (cf, n) in enumerate([("default", 4), ("metadata", 22), ("default", 31), ("zset_score", 3),
                                       ("default", 2), ("metadata", 25), ("pubsub", 1), ("default", 27)])]


def test_a_named_yes_or_no_is_the_flags_state() -> None:
    """``flag_words``: plugged in or not, sleep or wake, each event is one statement."""
    truth = [0 if event == "onSleep" else 1 for event, _, _ in _POWER]
    assert_the_rule_decides(POWER, truth, flag_words=False)


def test_a_flag_inside_a_comma_separated_record() -> None:
    """The flag stands between other fields of the record: ``is_write_stall: yes,`` and ``no,`` are one slot."""
    assert_the_rule_decides(STALLS, [0] * len(STALLS), flag_words=False)


def test_an_unnamed_on_or_off_is_left_to_the_other_rules() -> None:
    """Without a field's name before it (``Turning ON.`` / ``Turning OFF.``) nothing says the word is a value:
    ``opposites`` keeps the two apart, as before."""
    lines = [f"[12:0{i}:3{i}][D][switch:{20 + i}]: Relay {i} Turning {'ON' if i % 2 else 'OFF'}." for i in range(8)]
    found = ids(lines)
    assert found[0] == found[2] and found[1] == found[3] and found[0] != found[1]


def test_a_saved_state_keeps_its_ids(tmp_path: Path) -> None:
    assert_a_saved_state_keeps_its_ids(tmp_path, POWER, {"flag_words": False})
