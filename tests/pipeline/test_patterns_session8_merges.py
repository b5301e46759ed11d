"""Session-8 rules of the pattern miner (issue #6), S8-merges: lines of two different calls that
the miner joined into one template (over-merging).

* ``caps_contexts``: an upper-case ``TAG:`` before the message (ntpsec's ``DNS:``, ``PROTO:``,
  ``CLOCK:``; a C program's subsystem, spelt like its macros) is a context, as a lowercase
  ``agent:`` is, so two capitalised first words after it (``DNS: Pool taking: <addr>`` /
  ``DNS: Server taking: <addr>``) open two messages: two calls.  A capitalised ``Reason:``
  still labels a value (``Reason: App failed``).
* ``loggers_apart``: in Python logging's ``%(asctime)s - %(name)s - %(levelname)s - %(message)s``
  two dotted logger names (``octoprint.timelapse`` / ``octoprint.filemanager.analysis``, from
  ``logging.getLogger(__name__)``) are two modules, so two calls, as two Java classes are.
* ``files_apart``: two source files in the header (a Python gateway's ``[%(filename)s]``,
  ``[tb_client.py]`` / ``[mqtt_connector.py]``; a C daemon's ``file.c:123``) are two calls: a
  statement is written in one file.
* ``function_words``: a merge of one length that keeps, of the message, only upper-case
  contexts and function words (galera's ``WSREP: declaring %s at %s stable`` / ``WSREP: Provider
  paused at %s (%lld)`` → ``WSREP: <*> <*> at <*> <*>``) is refused: a format string names its
  statement with a verb or a noun, and a preposition shared by chance names none.

With a rule the lines group as the program's statements do; with its switch off they merge,
so each test can fail.  Measured effects: docs/patterns.md, "Session 8"."""

from __future__ import annotations

from pathlib import Path

from patternkit import assert_a_saved_state_keeps_its_ids, assert_the_rule_decides
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
    assert_the_rule_decides(lines, truth, caps_contexts=False)


def test_a_capitalised_label_still_takes_a_value() -> None:
    """``Reason: Timeout`` / ``Reason: Shutdown``: a label's value, one statement."""
    lines = [f"2026-11-18T04:{i:02d}:17 app[31]: session {i} closed. Reason: {['Timeout', 'Shutdown', 'Eviction'][i % 3]}"
             for i in range(30)]
    assert len(set(_ids(lines))) == 1


def test_a_saved_state_keeps_its_ids_under_the_caps_context_rule(tmp_path: Path) -> None:
    lines, _ = ntpsec()
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, {"caps_contexts": False})


def octoprint() -> tuple[list[str], list[int]]:
    """A 3D-printer server's log in Python's documented format: the timelapse module's
    ``"Starting to render %s"`` and the file manager's ``"Starting analysis of %s"`` (one length
    once masked, two modules), and the timelapse module's ``"Rendering %s finished"``."""
    lines, truth = [], []
    files = ["benchy", "phone_stand", "gear_v3", "cable_clip", "vase_mode"]
    for i in range(36):
        ts = f"2026-11-21 01:{i:02d}:45,{11 + 7 * i:03d} - "
        f = files[i % 5]
        if i % 2 == 0:
            lines.append(ts + f"octoprint.timelapse - INFO - Starting to render {f}_2026111{i:04d}")
            truth.append(1)
        lines.append(ts + f"octoprint.filemanager.analysis - INFO - Starting analysis of local:tests/{f}.gcode")
        truth.append(0)
        if i % 3 == 0:
            lines.append(ts + f"octoprint.timelapse - INFO - Rendering {f}_2026111{i:04d} finished")
            truth.append(2)
    return lines, truth


def test_two_python_loggers_are_two_statements() -> None:
    lines, truth = octoprint()
    assert_the_rule_decides(lines, truth, loggers_apart=False, function_words_apart=False)  # (session 12 parts them too)


def test_one_logger_keeps_its_values() -> None:
    """One module's ``"Printer state changed to %s"``: one statement, whatever the state."""
    lines = [f"2026-11-21 01:{i:02d}:45,011 - octoprint.printer - INFO - Printer state changed to "
             f"{['Operational', 'Printing', 'Paused', 'Offline'][i % 4]}" for i in range(30)]
    assert len(set(_ids(lines))) == 1


def test_a_saved_state_keeps_its_ids_under_the_logger_rule(tmp_path: Path) -> None:
    lines, _ = octoprint()
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, {"loggers_apart": False, "function_words_apart": False})


def galera() -> tuple[list[str], list[int]]:
    """A Galera node's ``[Note] WSREP:`` messages: ``"declaring %s at %s stable"`` for each member
    of a new view and ``"Provider paused at %s (%lld)"`` before a state transfer, one length once
    masked, sharing only the preposition; and ``"Member %s synced with group."``."""
    lines, truth = [], []
    for i in range(36):
        ts = f"2026-11-10 14:{i:02d}:13 {i % 3} [Note] WSREP: "
        lines.append(ts + f"declaring {57 + i:04x}b356-8fed at tcp://10.{i}.157.99:4567 stable")
        truth.append(0)
        if i % 3 == 0:
            lines.append(ts + f"Provider paused at d21724b8-fce4-48b3-9fe2-a888b22788{i:02d}:{58308073 + i} ({27474 + i})")
            truth.append(1)
        if i % 2 == 0:
            lines.append(ts + f"Member {i % 3}.0 (node{i % 3}) synced with group.")
            truth.append(2)
    return lines, truth


def test_a_merge_keeping_only_a_preposition_is_refused() -> None:
    lines, truth = galera()
    assert_the_rule_decides(lines, truth, function_words=False)


def test_a_saved_state_keeps_its_ids_under_the_function_word_rule(tmp_path: Path) -> None:
    lines, _ = galera()
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, {"function_words": False})


def gateway() -> tuple[list[str], list[int]]:
    """An IoT gateway in Python with ``%(asctime)s - |%(levelname)s| - [%(filename)s] - %(module)s
    - %(funcName)s - %(lineno)d - %(message)s``: the platform client's ``"Connecting to %s..."``
    and the MQTT connector's ``"Connecting to %s..."`` sit in two files (two calls), and the
    connector's ``"%s connected to %s - successfully."``."""
    lines, truth = [], []
    for i in range(36):
        ts = f"2026-11-18 07:{i:02d}:44.{243 + i} - |INFO| - "
        lines.append(ts + f"[tb_client.py] - tb_client - connect - 486 - Connecting to tb{i % 3}.corp.example...")
        truth.append(0)
        if i % 2 == 0:
            lines.append(ts + f"[mqtt_connector.py] - mqtt_connector - connect - 212 - Connecting to broker{i % 4}.lan...")
            truth.append(1)
        if i % 3 == 0:
            lines.append(ts + f"[mqtt_connector.py] - mqtt_connector - _on_connect - 408 - Modbus{i % 2} connected to localhost:1883 - successfully.")
            truth.append(2)
    return lines, truth


def test_two_source_files_are_two_statements() -> None:
    lines, truth = gateway()
    assert_the_rule_decides(lines, truth, files_apart=False)


def test_a_saved_state_keeps_its_ids_under_the_file_rule(tmp_path: Path) -> None:
    lines, _ = gateway()
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, {"files_apart": False})
