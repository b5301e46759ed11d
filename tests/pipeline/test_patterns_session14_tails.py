"""Session 14 (tails): one statement's lines of differing token counts where one side holds more.

A log call prints the same format with an object's name before the message, an error's text after it, or a list
of several items where another line has one; the general alignment across lengths decides which extra tokens are
such a part of one statement.  Each rule reads one kind, narrowly enough that two statements written alike stay
apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from millpond.pipeline.patterns_params import Params
from millpond.pipeline.patterns_similarity import context_name, label_tail, list_items, paren_note
from patternkit import assert_a_saved_state_keeps_its_ids, assert_the_rule_decides, ids, partition, raw_ids

P = Params()

# Transmission's log line ``[%s] %s %s %s (%s:%d)``: time, level, the torrent's name when the message is about one
# (``tr_logAddInfoTor``), the message, the source location.  A name holding a digit is one value, which
# ``connect_contexts`` drops; a name of words (``Big Buck Bunny``) is not.
_TORRENTS = ["ubuntu-24.04.3-desktop-amd64.iso", "Sintel", "Big Buck Bunny", "debian-13.1.0-amd64-netinst.iso",
             "Tears of Steel 4K", "Sintel", "openSUSE-Tumbleweed-DVD-x86_64", "Big Buck Bunny", "Cosmos Laundromat",
             "archlinux-2026.11.01-x86_64.iso"]


def _tor(i: int, name: str, msg: str, where: str) -> str:
    return f"[2026-11-{1 + i:02d}T{10 + i}:0{i}:17.{850 + i}+0100] inf {name} {msg} ({where}:{1012 + 97 * i})"


PAUSES = [_tor(i, n, "Pausing torrent", "torrent.cc") for i, n in enumerate(_TORRENTS)]
SCRIPTS = [_tor(i, n, f"Calling script '/etc/transmission-daemon/done-{i}.sh'", "torrent.cc")
           for i, n in enumerate(reversed(_TORRENTS))]


def test_an_objects_name_before_the_message_is_no_part_of_the_statement() -> None:
    """``context_names``: a torrent's name of words between the level and the message, or one value the layout
    dropped, is one statement's; two messages stay two."""
    assert_the_rule_decides(PAUSES + SCRIPTS, [0] * len(PAUSES) + [1] * len(SCRIPTS), context_names=False)


# ``Announce error: %s`` after the tracker, the error a free text the template's tail takes: templates with and without
# a name each generalise their tail on their own, then differ in the name only.
_ERRS = ["Connection timed out", "Couldn't resolve host name", "Connection timed out", "Couldn't resolve host name",
         "Connection failed", "Connection timed out", "Couldn't resolve host name", "Connection timed out",
         "Couldn't resolve host name", "Connection timed out", "Connection failed", "Connection failed"]
_TRACKERS = ["tracker.opentrackr.org:1337", "bttracker.debian.org:6969", "open.stealth.si:80"]
ANNOUNCES = [f"[2026-11-{1 + i:02d}T14:19:{10 + i}.164+0100] WRN {n} at {_TRACKERS[i % 3]} Announce error: {e} "
             f"(udp://{_TRACKERS[i % 3]}/announce) (announcer.cc:{1003 + i})"
             for i, (n, e) in enumerate(zip(_TORRENTS + _TORRENTS[:2], _ERRS))]


def test_templates_that_differ_in_an_objects_name_only_are_one() -> None:
    """``context_names``: a template with a torrent's name and one without, each of whose error texts became one
    ``<*>``, are one statement's."""
    assert_the_rule_decides(ANNOUNCES, [0] * len(ANNOUNCES), context_names=False)


def test_an_objects_name_is_words_opening_with_a_capital() -> None:
    assert context_name(("Big", "Buck", "Bunny"), 6)
    assert context_name(("Tears", "of", "Steel", "<*>"), 6)
    assert context_name((), 6) and context_name(("<*>",), 6)
    assert not context_name(("Seed", "ratio", "reached;"), 6)  # a sentence of the message
    assert not context_name(("pausing",), 6)  # a lowercase word is the message's
    assert not context_name(("Announce", "error:"), 6)  # a label


def test_a_name_before_the_message_needs_the_layout() -> None:
    """Outside ``[<time>] <LEVEL> … (<file>:<line>)`` a capitalised word after the level may open the message: two
    statements (``INFO Sintel …`` is not read as a name)."""
    lines = [f"2026-11-0{1 + i} 10:00:0{i} INFO {w} Pausing torrent {i}" for i, w in enumerate(["Now", "Now", "Now", "Now"])]
    lines += [f"2026-11-0{1 + i} 10:00:0{i} INFO Pausing torrent {i}" for i in range(4)]
    assert partition(ids(lines)) == partition([0] * 4 + [1] * 4)


# The libc error of ``"could not open network device %s (%s)", name, ovs_strerror(error)`` (Open vSwitch's bridge)
# and the same call's line without a known error; knot's ``serial %u -> %u (%s)`` prints its library's lowercase text.
_DEVICES = ["tap0a1b2c", "vnet12", "tap9f00", "eth7", "veth3a", "tap77", "vnet4", "eth2"]
_ERRORS = [None, "Address family not supported by protocol", None, "No such device", None, None,
           "Address family not supported by protocol", "Operation not permitted"]
DEVICES = [f"2026-11-0{1 + i}T10:00:0{i}.123Z|{12 + i:05d}|bridge|WARN|could not open network device {d}"
           + (f" ({e})" if e else "") for i, (d, e) in enumerate(zip(_DEVICES, _ERRORS))]


def test_an_errors_text_in_parentheses_after_a_value_is_optional() -> None:
    """``error_notes``: ``(Address family not supported by protocol)`` ending the line after the device's name is
    the error the same call prints when it has one."""
    assert_the_rule_decides(DEVICES, [0] * len(DEVICES), error_notes=False)


@pytest.mark.parametrize(("gap", "before", "at_end", "note"), [
    (("(Address", "family", "not", "supported", "by", "protocol)"), "<*>", True, True),
    (("(no", "such", "file", "or", "directory)"), "<*>", True, True),
    (("(Address", "family", "not", "supported", "by", "protocol)"), "device", True, False),  # after a word
    (("(Address", "family", "not", "supported", "by", "protocol)"), "<*>", False, False),  # before more text
    (("(No", "such", "file", "or", "directory", "at", "all)"), "<*>", True, False),  # seven words: a sentence
    (("(No", "<*>)"), "<*>", True, False),  # a value inside
    (("(TLS",  "session)"), "<*>", True, False),  # an upper-case word: a name
])
def test_an_errors_text_is_a_few_words_after_a_value(gap: tuple[str, ...], before: str, at_end: bool, note: bool) -> None:
    assert paren_note(gap, before, at_end, errors=True) is note


# supervisord's ``waiting for %s to die``, the names joined with ``", "``.
_NAMES = [["worker-1"], ["app1"], ["celery-worker", "php-fpm", "redis-2"], ["cron-9"], ["web-2"],
          ["celery-worker", "php-fpm", "redis-4"]]
WAITS = [f"2026-11-0{1 + i} 10:00:0{i},{100 + i} INFO waiting for {', '.join(n)} to die" for i, n in enumerate(_NAMES)]


def test_a_list_of_names_is_one_slot_where_another_line_has_one() -> None:
    """``list_items``: ``waiting for celery-worker, php-fpm, <*> to die`` is ``waiting for <*> to die`` with more
    names."""
    assert_the_rule_decides(WAITS, [0] * len(WAITS), list_items=False)


def test_list_items_follow_a_word_of_the_statement() -> None:
    assert list_items(("celery-worker,", "php-fpm,"), "for", "<*>", 6)
    assert not list_items(("block,", "<*>,"), "match,", "<*>", 6)  # a CSV record's fields: each its own slot
    assert not list_items(("celery-worker,",), "for", "to", 6)  # the list's last item is the template's value
    assert not list_items(("user=bob,",), "for", "<*>", 6)  # a field
    assert not list_items(("reason:,",), "for", "<*>", 6)


# Z-Wave JS UI's ``[Node %s] Value added: %s``, the value's id ``<class>-<endpoint>-<property>``, a property's name of
# words (``Home Security-Motion sensor status``) or one word (``currentValue``).
_VALUES = ["128-0-level", "38-0-currentValue", "113-0-Access Control-Door state", "49-0-Humidity", "98-0-currentMode",
           "113-0-Home Security-Motion sensor status", "91-0-scene-001", "49-0-Illuminance",
           "113-0-Home Security-Motion sensor status", "38-0-currentValue"]
VALUES = [f"2026-11-{1 + i:02d} 06:24:{10 + i}.{4212 + i} INFO Z-WAVE: [Node {40 + i:03d}] Value added: {v}"
          for i, v in enumerate(_VALUES)]


def test_words_ending_the_line_after_a_labels_value_are_more_of_it() -> None:
    """``label_tails``: ``Value added: <*> Security-Motion sensor status`` is ``Value added: <*>`` with a value that holds
    spaces."""
    assert_the_rule_decides(VALUES, [0] * len(VALUES), label_tails=False)


def test_a_labels_value_ends_the_line() -> None:
    assert label_tail(("Security-Motion", "sensor", "status"), ("added:", "<*>"), 6)
    assert not label_tail(("Security-Motion", "sensor", "status"), ("added", "<*>"), 6)  # no label: the format's words
    assert not label_tail(("state:", "<*>"), ("added:", "<*>"), 6)  # another label
    assert not label_tail(("node=<*>",), ("added:", "<*>"), 6)  # a field
    assert not label_tail(("a", "b", "c", "d", "e", "f", "g"), ("added:", "<*>"), 6)  # a sentence


@pytest.mark.parametrize("lines", [PAUSES + SCRIPTS, ANNOUNCES, DEVICES, WAITS, VALUES])
@pytest.mark.parametrize("batch", [1, 3, 7])
def test_batches_never_change_an_id(lines: list[str], batch: int) -> None:
    assert raw_ids(lines, batch) == raw_ids(lines, len(lines))


@pytest.mark.parametrize(("lines", "off"), [(PAUSES + SCRIPTS, {"context_names": False}),
                                            (ANNOUNCES, {"context_names": False}),
                                            (DEVICES, {"error_notes": False}),
                                            (WAITS, {"list_items": False}),
                                            (VALUES, {"label_tails": False})])
def test_a_saved_state_keeps_its_ids(tmp_path: Path, lines: list[str], off: dict[str, object]) -> None:
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, off)
