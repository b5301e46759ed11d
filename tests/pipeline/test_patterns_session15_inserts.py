"""Session 15 (inserts): one statement's lines of differing token counts where one side holds more.

A ``%s`` ending the line after a context prints a text of any length (a command, a message, an error's text); two
templates of one statement may each be refused the other's first line while a value there is still words, then each
generalise on their own.  The rules here read, from the lines and templates as they stand, that they are one
statement, narrowly enough that two statements written alike stay apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from millpond.pipeline.patterns_cluster import mutual_join
from millpond.pipeline.patterns_params import Params
from millpond.pipeline.patterns_tails import open_end
from patternkit import assert_a_saved_state_keeps_its_ids, assert_the_rule_decides, raw_ids

P = Params()

# A job scheduler's ``[Job "%s" (%s)] Started - %s`` prints the job's command line, one path (masked to one value) or
# a command of several words and values; a job's end is another statement.
_NAMES = ["backup-db", "cleanup-tmp", "restic-backup", "certbot-renew", "report", "rotate", "db-vacuum"]
_COMMANDS = ["/usr/local/bin/backup.sh", "/usr/local/bin/report", "find /tmp -mtime +7 -delete", "/opt/jobs/rotate.sh",
             "restic backup /data --tag nightly", "/usr/bin/certbot-renew"]


def _job(i: int) -> str:
    head = (f"2026-11-{1 + i % 28:02d}T{i % 24:02d}:{(7 * i) % 60:02d}:22.{100 + i}Z  common.go:127 \u25b6 NOTICE  "
            f"[Job \"{_NAMES[(3 * i) % 7]}\" ({(i * 2654435761) % 16**12:012x})]")
    if i % 2:
        return f"{head} Finished in {i % 50 + 1}.{i % 10}s, failed: false, skipped: false, error: none"
    return f"{head} Started - {_COMMANDS[(i // 2) % 6]}"


JOBS = [_job(i) for i in range(36)]


def test_a_text_ending_the_line_after_a_context_is_one_value() -> None:
    """``label_ends``: the template whose command became one ``<*>`` takes a command of several words and values
    after the same ``Started -``; the job's end stays apart."""
    assert_the_rule_decides(JOBS, [i % 2 for i in range(36)], label_ends=False)


# The same scheduler's log where the first jobs started run commands of words (``find …``, ``vacuumdb …``): their
# template held many lines before a command masked to one value came, so that line started a template of its own; once
# its job's name generalised, each template takes the other's lines as the shorter stands.
_FIRST = ["find /tmp -mtime +7 -delete", "vacuumdb --all --analyze"] * 3
_LATER = ["/usr/local/bin/backup.sh", "/usr/local/bin/report", "find /var/tmp -mtime +30 -delete", "/opt/jobs/rotate.sh",
          "restic backup /data --tag nightly", "/usr/bin/certbot-renew"] * 3


def _start(i: int) -> str:
    return _job(i) if i % 2 else _job(i).split(" Started - ")[0] + " Started - " + (_FIRST + _LATER)[i // 2]


STARTS = [_start(i) for i in range(40)]


def test_two_templates_that_take_each_others_lines_as_the_shorter_stands_are_one() -> None:
    """``mutual_joins``: ``Started - vacuumdb --all --analyze`` and ``Started - <*>``, each generalised apart, join each
    other's lines as ``Started - <*>``: one statement; the job's end stays apart."""
    assert_the_rule_decides(STARTS, [i % 2 for i in range(40)], mutual_joins=False)


def test_a_mutual_join_is_the_shorter_template_both_ways() -> None:
    failed = _t("ERROR: [pid <*>] Worker <*> failed <*>")
    assert mutual_join(failed, _t("ERROR: [pid <*>] Worker <*> failed <*> env=<*>"), P) == failed  # a field more
    assert mutual_join(_t("ERROR: [pid <*>] Worker <*> failed <*> env=<*>"), failed, P) == failed
    pam = "pam_unix(sshd:auth): authentication failure; logname= uid=<*> euid=<*> tty=ssh ruser= rhost=<*>"
    assert mutual_join(_t(pam), _t(pam + " <*>"), P) is None  # the join would be the longer: a value the other lacks
    assert mutual_join(failed, _t("ERROR: [pid <*>] Worker <*> done <*> in <*>"), P) is None


def _t(text: str) -> tuple[str, ...]:
    return tuple(text.split())


@pytest.mark.parametrize(("short", "long_", "at"), [
    ("<*> [Job <*>] Started - <*>", "<*> [Job <*>] Started - find <*> -mtime <*> -delete", 5),
    ("[<*>] WRN at <*> Announce error: <*>", "[<*>] WRN at <*> Announce error: Tracker gave HTTP response code <*> (<*>)", 6),
    ("<*> Reports found: <*>, Reports grabbed: <*>", "<*> Reports found: <*>, Reports grabbed: <*>, Reports pending: <*>", 0),
    ("<*> [Node <*>] Value notification: <*>", "<*> [Node <*>] Interview COMPLETED, all values are updated", 0),
    ("<*> [Job <*>] Started - <*>", "<*> [Job <*>] Started - backup target=<*> mode=<*>", 0),  # a record's fields
    ("<*> Started - <*>", "<*> Started - find <*> -mtime <*> -delete", 0),  # a context of one word
])
def test_a_text_ending_the_line_follows_the_same_context(short: str, long_: str, at: int) -> None:
    assert open_end(_t(short), _t(long_), P) == at == open_end(_t(long_), _t(short), P)


@pytest.mark.parametrize("lines", [JOBS, STARTS])
@pytest.mark.parametrize("batch", [1, 3, 7])
def test_batches_never_change_an_id(lines: list[str], batch: int) -> None:
    assert raw_ids(lines, batch) == raw_ids(lines, len(lines))


@pytest.mark.parametrize(("lines", "off"), [(JOBS, {"label_ends": False}), (STARTS, {"mutual_joins": False})])
def test_a_saved_state_keeps_its_ids(tmp_path: Path, lines: list[str], off: dict[str, object]) -> None:
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, off)
