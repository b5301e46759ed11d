"""Session 13, S13-learner: header fields the learner missed on layouts nobody wrote a reader for.

With every layout reader off (``LAYOUT_RULES``), standing in for a program never seen, only the header
learner (pipeline/patterns_headers.py) reads a line's header.  These are the classes it missed: a thread
named with a space inside a padded bracket (Undertow's ``[   XNIO-1 I/O-4]``), a thread of several words
before the layout's separator (``SIGHUP handler - riemann.bin - …``), and a host printed twice taken as a
free-text tail's context (ProFTPD's ``%h … %h``)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pyarrow as pa

from millpond.pipeline.patterns import PatternMiner
from millpond.pipeline.patterns_formats import LAYOUT_RULES
from millpond.pipeline.patterns_params import Params
from patternkit import partition

NO_READERS = replace(Params(), **{switch: False for switch, _ in LAYOUT_RULES})
"""Today's rules with every layout reader off: a layout nobody wrote a reader for."""


def _ids(lines: list[str], params: Params = NO_READERS) -> list[int]:
    m = PatternMiner(None, params)
    return m.canonical(m.assign(pa.array(["svc"] * len(lines)), pa.array(lines))).to_pylist()


def assert_the_learner_decides(lines: list[str], truth: list[int], **off: object) -> None:
    """With the readers off, the lines group as their statements do; with the switches ``off`` too, otherwise."""
    assert partition(_ids(lines)) == partition(truth)
    assert partition(_ids(lines, replace(NO_READERS, **off))) != partition(truth)


def assert_a_saved_state_keeps_its_ids(state_dir: Path, lines: list[str], off: dict[str, object]) -> None:
    """A state mined with the switches ``off`` gives its lines the same patterns under today's rules."""
    svc = pa.array(["svc"] * len(lines))
    old = PatternMiner.load(state_dir, replace(NO_READERS, **off))
    first = old.assign(svc, pa.array(lines)).to_pylist()
    old.save()
    back = PatternMiner.load(state_dir, NO_READERS)
    assert back.assign(svc, pa.array(lines)).to_pylist() == old.canonical(first).to_pylist()
    assert partition(_ids(lines)) != partition(first)  # from scratch, today's rules group them otherwise


# -- a padded thread named with a space (``spaced_fields``) -----------------------------------------------

UNDERTOW = [
    ("l.server.io.HandshakeInterceptorImpl", "Incoming connection from /172.18.0.{n}:{port}"),
    ("lavalink.server.io.SocketServer", "Connection successfully established from Lavalink.py/{n}.1"),
    ("l.s.config.RequestAuthorizationFilter", "Authorization failed for 10.0.0.{n} on GET /v4/sessions"),
    ("l.server.player.AudioLoaderRestHandler", "Got request to load for identifier ytsearch:{n}"),
]
THREADS = ["main", "XNIO-1 task-2", "XNIO-1 I/O-4", "XNIO-1 I/O-1", "XNIO-1 task-7"]


def _spring(rounds: int = 10) -> tuple[list[str], list[int]]:
    """Spring Boot's ``%5p %pid --- [%15.15t] %-40.40logger{39} : %m``: a thread shorter than 15 is padded."""
    lines, truth = [], []
    for r in range(rounds):
        for t, (logger, msg) in enumerate(UNDERTOW):
            thread = THREADS[(r + t) % len(THREADS)]
            text = msg.format(n=r * 4 + t, port=40000 + r * 13 + t)
            lines.append(f"2026-11-20T09:{r:02d}:{t * 7:02d}.129Z  INFO 1 --- [{thread:>15}] {logger:<40} : {text}")
            truth.append(t)
    return lines, truth


def test_a_padded_thread_named_with_a_space_is_one_value() -> None:
    """``[   XNIO-1 I/O-4]``: the padding says the bracket is a field of fixed width; what it holds, a space
    and all, is that field's one value, as ``[           main]`` holds one."""
    lines, truth = _spring()
    assert_the_learner_decides(lines, truth, spaced_fields=False)


def test_a_bracket_of_words_without_padding_is_left_alone() -> None:
    """``[UFW BLOCK]`` opens no padding: its words are the statement's own."""
    from millpond.pipeline.patterns_headers import unpad

    assert unpad(("<*>", "kernel:", "[UFW", "BLOCK]", "IN=eth0"), True) == ("<*>", "kernel:", "[UFW", "BLOCK]", "IN=eth0")
    assert unpad(("<*>", "INFO", "---", "[", "<*>", "I/<*>]", "x"), True) == ("<*>", "INFO", "---", "[<*> I/<*>]", "x")
    assert unpad(("<*>", "INFO", "---", "[", "<*>", "I/<*>]", "x"), False) == ("<*>", "INFO", "---", "[", "<*>", "I/<*>]", "x")


def test_a_saved_state_keeps_its_ids_spaced(tmp_path: Path) -> None:
    lines, _ = _spring()
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, {"spaced_fields": False})
