"""Session-8 rules of the pattern miner (issue #6), S8-phrases: a value of several words printed
with one ``%s``, so lines of one log call have different token counts.

* ``name_words``: two or more capitalised words right after or right before a template ``<*>``
  that a shared token introduces are that value's words: a name (a device, a room, a product)
  printed with one ``%s`` (``Timeout error for device %s`` with ``AHU-4``, ``SDM630 Energy
  Meter``, ``Temp Sensor 1``).  A format string's own words after a value are lowercase or
  in brackets (``exited on signal 11 (core dumped)`` stays a statement of its own);
* ``call_args``: an argument list of values inside one call's brackets, of differing number of
  words (``connect(44, 127.0.0.1:8855)`` / ``connect(257, unix:/var/run/control.unit.sock)``,
  C's ``"connect(%d, %s)"`` with an address printed as one word or as ``unix:`` and a path), is
  one value; another call (``bind(…)``) stays another statement;
* ``field_swaps``: across lengths, one named field's two word values (``PreferredUsername:jonas`` /
  ``PreferredUsername:quentin``) are one slot, as at one length (not opposites nor severities);
* ``bracket_lists``: a named field holding a bracketed list (Go's ``%v`` of a slice after
  ``groups:``) of differing number of words (``groups:[admins devs]}`` / ``groups:[devs]}`` /
  ``groups:[]}``) is one value.

With a rule the lines group as the program's statements do; with its switch off they split,
so each test can fail.  Measured effects: docs/patterns.md, "Session 8"."""

from __future__ import annotations

from pathlib import Path

from millpond.pipeline.patterns_params import Params
from patternkit import assert_a_saved_state_keeps_its_ids, assert_the_rule_decides
from patternkit import ids as _ids

DEVICES = ["AHU-4", "SDM630 Energy Meter", "Temp Sensor 1", "PLC-Line-3", "Boiler Room Meter", "Pump Station 2",
           "Chiller A", "VFD-12"]


def gateway() -> tuple[list[str], list[int]]:
    """An IoT gateway's Python logging: ``Timeout error for device %s`` and ``Device %s is not
    connected, cannot connect to server, skipping reading...`` with device names of one to three
    words (the first masked for its digits, the others not), and a worker's exit, with and without
    the kernel's ``(core dumped)`` (one statement: nginx's ``"%s %P exited on signal %d%s"`` with
    ``WCOREDUMP(status) ? " (core dumped)" : ""``, session 13's ``paren_notes``)."""
    lines, truth = [], []
    head = "2026-11-16 16:09:46.131 - |ERROR| - [modbus_connector.py] - modbus_connector - callback - {} - "
    for i in range(24):
        dev = DEVICES[i % len(DEVICES)]
        lines.append(head.format(272) + f"Timeout error for device {dev}")
        truth.append(0)
        lines.append(head.format(265) + f"Device {dev} is not connected, cannot connect to server, skipping reading...")
        truth.append(1)
        lines.append(f"2026/11/20 16:50:41 [alert] 42#42 app process {1993381 + 17 * i} exited on signal 11")
        truth.append(2)
        if i % 3 == 0:
            lines.append(f"2026/11/18 07:32:14 [alert] 8#8 app process {744133 + i} exited on signal 11 (core dumped)")
            truth.append(2)
    return lines, truth


def test_a_name_of_several_capitalised_words_is_one_value() -> None:
    lines, truth = gateway()
    assert_the_rule_decides(lines, truth, name_words=False)


def test_a_trailing_phrase_in_lowercase_or_brackets_is_no_name() -> None:
    """``exited on signal 11 (core dumped)`` and ``… connected`` / ``… connected to backup`` are the
    program's own words: the rule takes capitalised words only, so they stay apart (session 13's
    ``paren_notes`` reads the note after the signal's number as optional: off here)."""
    lines = [f"app process {100 + i} exited on signal 11" for i in range(6)]
    lines += [f"app process {200 + i} exited on signal 11 (core dumped)" for i in range(6)]
    lines += [f"Device PLC-{i} connected" for i in range(6)] + [f"Device PLC-{i} connected to backup" for i in range(6)]
    assert len(set(_ids(lines, Params(paren_notes=False)))) == 4


def test_a_saved_state_keeps_its_ids_under_the_name_rule(tmp_path: Path) -> None:
    lines, _ = gateway()
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, {"name_words": False})


def unit() -> tuple[list[str], list[int]]:
    """NGINX Unit's router: ``connect(%d, %V) failed (%d: %s)`` and ``bind(%d, %V) failed`` with a
    TCP address (one word) or ``unix:`` and a socket path, each failing with an errno and its text."""
    lines, truth = [], []
    socks = ["unix:/var/run/control.unit.sock", "unix:/run/php-fpm.sock", "unix:/tmp/app.sock"]
    errs = ["111: Connection refused", "13: Permission denied", "2: No such file or directory"]
    for i in range(18):
        addr = f"127.0.0.1:{8000 + 11 * i}" if i % 2 else socks[i % 3]
        lines.append(f"2026/11/25 03:05:{i:02d} [error] 2302#2302 *{20900 + i} connect({40 + i}, {addr}) failed "
                     f"({errs[i % 3]})")
        truth.append(0)
        lines.append(f"2026/11/03 18:17:{i:02d} [alert] 8#8 bind({170 + i}, {addr}) failed ({errs[(i + 1) % 3]})")
        truth.append(1)
    return lines, truth


def test_a_calls_argument_list_of_values_is_one_value() -> None:
    lines, truth = unit()
    assert_the_rule_decides(lines, truth, call_args=False)


def test_a_saved_state_keeps_its_ids_under_the_call_rule(tmp_path: Path) -> None:
    lines, _ = unit()
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, {"call_args": False})


USERS = ["jonas", "quentin", "mei", "farid", "olek", "zoe", "carol", "eva"]
GROUPS = ["[admins devs]", "[devs]", "[]", "[admins]", "[ops admins devs]"]


def sessions() -> tuple[list[str], list[int]]:
    """OAuth2 Proxy's ``[AuthSuccess] Authenticated via %s: %s`` with Go's ``SessionState.String()``
    (``Session{email:… user:… PreferredUsername:… … groups:%v}``): a user name and a group list of
    none to three words; and a failure, another statement."""
    lines, truth = [], []
    for i in range(20):
        lines.append(f"10.0.{i}.7:{40000 + i} - 6973c664-d57b-4c18-86c8-a6e847f3c3d{i % 10} - {USERS[i % 8]}@corp.example "
                     f"[2026/11/01 01:48:{i:02d}] [AuthSuccess] Authenticated via OAuth2: Session{{email:{USERS[i % 8]}"
                     f"@corp.example user:{2338125620401 + i} PreferredUsername:{USERS[(i + 3) % 8]} token:true "
                     f"id_token:true created:2026-11-11 19:50:{i:02d}.485329274 +0000 UTC expires:2026-11-12 "
                     f"19:50:{i:02d} +0000 UTC refresh_token:true groups:{GROUPS[i % 5]}}}")
        truth.append(0)
        if i % 2:
            lines.append(f"10.0.{i}.9:{50000 + i} - - - [2026/11/01 01:49:{i:02d}] [AuthFailure] Invalid authentication "
                         f"via OAuth2: unauthorized")
            truth.append(1)
    return lines, truth


def test_a_named_fields_word_values_are_one_slot_across_lengths() -> None:
    lines, truth = sessions()
    assert_the_rule_decides(lines, truth, field_swaps=False)


def test_a_named_list_of_differing_length_is_one_value() -> None:
    lines, truth = sessions()
    assert_the_rule_decides(lines, truth, bracket_lists=False)


def test_a_fields_opposite_states_stay_apart_across_lengths() -> None:
    """``state:running`` / ``state:stopped`` name two statements, also when a list beside differs."""
    lines = [f"unit web-{i} state:running tags:[a b] since {i}s" for i in range(6)]
    lines += [f"unit web-{i} state:stopped tags:[a] since {i}s" for i in range(6)]
    assert len(set(_ids(lines))) == 2


def test_a_saved_state_keeps_its_ids_under_the_list_rules(tmp_path: Path) -> None:
    lines, _ = sessions()
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, {"field_swaps": False, "bracket_lists": False})
