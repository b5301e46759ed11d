"""Session 15 (S15-swaps): one statement whose lines differ where a run of words stands for a run of another length.

``error_texts``: across lengths, two system errors' texts in one place (``Permission denied`` / ``No such file or
directory``, Go's ``connection refused`` / ``i/o timeout``) are one value: ``strerror`` and its kin are a vocabulary no
program writes as its own format, and a call prints whichever the system returned."""

from __future__ import annotations

from pathlib import Path

import pytest

from millpond.pipeline.patterns_params import Params
from millpond.pipeline.patterns_similarity import similarity
from patternkit import assert_a_saved_state_keeps_its_ids, assert_the_rule_decides, ids, partition, raw_ids

# --- error_texts ---

ERRNOS = ["connection refused", "i/o timeout", "no route to host", "connection reset by peer"]


def dialer() -> list[str]:
    """Go's ``log.Printf("health check of %s: dial tcp %s: connect: %v", name, addr, err)``: ``%v`` of a
    ``syscall.Errno`` prints glibc's text in lower case, of two to four words; each held many lines before the next."""
    return [f"2026/11/26 10:{i:02d}:00 health check of api-{i % 3}.internal: dial tcp 10.0.{i % 5}.{i}:8443: connect: "
            f"{ERRNOS[(i // 8) % len(ERRNOS)]}" for i in range(40)]


def serial() -> list[str]:
    """pySerial's ``could not open port %s: %s`` of an ``OSError``: ``[Errno 16] Device or resource busy: '/dev/ttyUSB0'``."""
    errs = [(2, "No such file or directory"), (16, "Device or resource busy"), (13, "Permission denied")]
    return [f"2026-11-26 10:{i:02d}:00 ERROR could not open port /dev/ttyUSB{i % 4}: [Errno {errs[(i // 6) % 3][0]}] "
            f"{errs[(i // 6) % 3][1]}: '/dev/ttyUSB{i % 4}'" for i in range(36)]


def test_go_prints_system_errors_in_lower_case_one_value_too() -> None:
    """Other rules (an error's context) already group the dialer's texts; with ``error_texts`` they stay one."""
    assert len(set(ids(dialer()))) == 1


def test_an_errnos_text_inside_a_python_oserror_is_one_value() -> None:
    lines = serial()
    assert_the_rule_decides(lines, [0] * len(lines), error_texts=False)


@pytest.mark.parametrize(("t", "s", "one"), [
    ("failed: Permission denied", "failed: No such file or directory", True),
    ("connect: Connection timed out", "connect: Connection refused", True),  # ``Connection`` is the text's own
    ("[Errno <*>] Is a directory: <*>", "[Errno <*>] Device or resource busy: <*>", True),
    ("connect: <*>", "connect: no route to host", True),  # the template's value that took such texts
    ("job finished: exit code <*>", "job finished: Permission denied", False),  # the statement's own words against it
    ("status: queued for delivery", "status: sent to the relay", False),  # prose, no system error
])
def test_what_is_a_system_errors_text(t: str, s: str, one: bool) -> None:
    assert (similarity(tuple(t.split()), tuple(s.split()), Params())[1] is not None) is one


def test_a_saved_state_keeps_its_ids_error_texts(tmp_path: Path) -> None:
    assert_a_saved_state_keeps_its_ids(tmp_path, serial(), {"error_texts": False})


def test_batches_never_change_an_id_error_texts() -> None:
    lines = dialer() + serial()
    one = raw_ids(lines, len(lines))
    for batch in (1, 4, 7):
        assert partition(raw_ids(lines, batch)) == partition(one)
