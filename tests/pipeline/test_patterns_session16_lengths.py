"""Session 16 (lengths): one statement's templates of differing token counts that each take the other's lines.

A ``%s`` that prints a text of one word on some lines and of several on others (rclone's ``Copied (%s)`` with ``new``
or ``replaced existing``), or a value a program prints on some lines only (a DHCP client's host name), starts two
templates when the first of them held many lines before the other form came; each then generalises on its own.  Once
each takes the other's form and both joins give one template that loses no word of either, or loses words only where
the other holds a run of several values (a slot that has taken texts of several words), the two are one statement."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from millpond.pipeline.patterns_cluster import common_join
from millpond.pipeline.patterns_params import Params
from patternkit import assert_a_saved_state_keeps_its_ids, assert_the_rule_decides, raw_ids

P = Params()

# rclone's ``%s: Copied (%s)`` prints how the file was copied: ``new`` for most files of a first sync, then
# ``replaced existing`` and ``server-side copy`` (two words each) as later runs find files on the remote; the vfs
# cache's cleaning report is another statement.
_HOW = ["new"] * 6 + ["replaced existing", "server-side copy", "new", "replaced existing", "new", "server-side copy"] * 3


def _copied(i: int) -> str:
    return (f"2026/11/{1 + i % 28:02d} {i % 24:02d}:{(7 * i) % 60:02d}:{(13 * i) % 60:02d} INFO  : "
            f"photos/2024/IMG_{4000 + 7 * i}.jpg: Copied ({_HOW[i]})")


def _cleaned(i: int) -> str:
    return (f"2026/11/{1 + i % 28:02d} {i % 24:02d}:{(7 * i) % 60:02d}:{(13 * i) % 60:02d} INFO  : vfs cache: cleaned: "
            f"objects {i + 3} (was {i + 5}) in use 0, to upload 0, uploading 0, total size {i}.2Mi (was {i}.4Mi)")


COPIES = [_copied(i // 2) if i % 2 else _cleaned(i // 2) for i in range(2 * len(_HOW))]


def test_a_word_facing_a_run_of_values_is_one_more_value() -> None:
    """``common_joins``: ``Copied (new)`` held many lines before ``Copied (replaced existing)`` came, which started a
    template of its own; once that one's two words became ``<*> <*>`` (``server-side copy``), each template takes the
    other's lines as ``Copied <*>``: one statement.  The cache report stays apart."""
    assert_the_rule_decides(COPIES, [i % 2 for i in range(len(COPIES))], common_joins=False)


def _t(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def test_a_common_join_loses_only_values() -> None:
    tracks = "<*> INF <*> [session <*>] is reading from path <*>, with <*> <*> track<*>"
    assert common_join(_t(tracks + " (<*> <*>"), _t(tracks + " (<*>)"), P) == _t(tracks + " <*>")  # values only
    copied = "<*> INFO : <*>: Copied"
    assert common_join(_t(copied + " (new)"), _t(copied + " <*> <*>"), P) == _t(copied + " <*>")
    assert common_join(_t(copied + " <*> <*>"), _t(copied + " (new)"), P) == _t(copied + " <*>")  # either way round


@pytest.mark.parametrize(("t", "s"), [
    # words facing a single ``<*>``: the ``<*>`` may be a name, the words another statement's own
    ("<*> sshd[<*>]: Failed password for invalid user <*> from <*> port <*> ssh2",
     "<*> sshd[<*>]: Failed password for <*> from <*> port <*> ssh2"),
    # a value after a named field is another field the mask took whole (``rhost=<ip> user=root``)
    ("pam_unix(sshd:auth): authentication failure; logname= uid=<*> euid=<*> tty=ssh ruser= rhost=<*>",
     "pam_unix(sshd:auth): authentication failure; logname= uid=<*> euid=<*> tty=ssh ruser= rhost=<*> <*>"),
    # a named field's key is the format's own, as a word is
    ("<*> INFO session <*>: <*> realm=<*>, username=<*>, lifetime=<*>",
     "<*> INFO session <*>: <*> realm=<*>, username=<*>, lifetime=<*>, cipher=<*>, method=<*>"),
])
def test_a_common_join_keeps_the_formats_words(t: str, s: str) -> None:
    assert common_join(_t(t), _t(s), P) is None
    assert common_join(_t(s), _t(t), P) is None


# Chef's ``Run List is %s`` prints the node's run list in brackets, one token for one item and five for five; the run's
# end is another statement.  The five-item lists came first and generalised item by item; the one-item lists made
# ``Run List is <*>``, which takes the long form (its ``<*>`` spans values), but not the other way round.
_LISTS = ["[role[users], recipe[app_deploy], role[nginx], recipe[line], recipe[ntp]]",
          "[role[admins], recipe[api_deploy], role[haproxy], recipe[logrotate], recipe[chrony]]",
          "[recipe[ntp]]", "[role[base]]",
          "[role[ops], recipe[web_deploy], role[nginx], recipe[sshd], recipe[ntp]]", "[recipe[chrony]]"] * 3


def _run(i: int) -> str:
    at = f"[2026-11-{1 + i % 28:02d}T{i % 24:02d}:{(7 * i) % 60:02d}:{(13 * i) % 60:02d}+00:00] INFO:"
    return f"{at} Chef Run complete in {i + 3}.{i % 10}2 seconds" if i % 2 else f"{at} Run List is {_LISTS[i // 2]}"


RUNS = [_run(i) for i in range(2 * len(_LISTS))]


def test_a_template_taking_the_others_form_in_values_only_is_one() -> None:
    """``taken_joins``: ``Run List is <*>`` takes ``Run List is [role[<*>], <*>_deploy], role[<*>], recipe[<*>],
    recipe[<*>]]`` whole, values for values, though the long one cannot take the short one's form: one statement.
    The run's end stays apart."""
    assert_the_rule_decides(RUNS, [i % 2 for i in range(len(RUNS))], taken_joins=False)


def test_a_join_one_way_loses_no_word() -> None:
    short, long_ = _t("[<*>] INFO: Run List is <*>"), _t("[<*>] INFO: Run List is [role[<*>], <*>_deploy], role[<*>]]")
    assert common_join(short, long_, P) == short
    assert common_join(short, long_, replace(P, taken_joins=False)) is None
    # a plain word lost one way only keeps the two apart (``<GET`` is the request's own word)
    assert common_join(_t("<*> DEBUG: Crawled (<*>) <*> <*>> (referer: <*>"),
                       _t("<*> DEBUG: Crawled (<*>) <GET <*>> [<*>] (referer: <*>"), P) is None


@pytest.mark.parametrize("lines", [COPIES, RUNS])
@pytest.mark.parametrize("batch", [1, 3, 7])
def test_batches_never_change_an_id(lines: list[str], batch: int) -> None:
    assert raw_ids(lines, batch) == raw_ids(lines, len(lines))


@pytest.mark.parametrize(("lines", "off"), [(COPIES, {"common_joins": False}), (RUNS, {"taken_joins": False})])
def test_a_saved_state_keeps_its_ids(tmp_path: Path, lines: list[str], off: dict[str, object]) -> None:
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, off)
