"""Session-7 rule of the pattern miner (issue #6, S7-errors): an error's text of varying length
inside a statement is one value (docs/patterns.md, "Session 6", round 3's kind B).

* ``error_spans``: where a runtime prints an error's own text — after a context naming an error and
  ending in ``:`` (perror's ``%s: %s``, Go's ``%w`` chain), as a Java logger's ``<context> - <message> -
  <ExceptionClass> (<where>)``, after ``<ExceptionClass>:`` (``Throwable.toString``), inside Python's
  ``(<class 'x.Err'>(<message>))`` — that text, whatever it holds, is one ``<*>`` in either order of
  arrival; the statement's own words (its context) must still agree, and a constant text after a
  plain ``…:`` that held many lines stays a statement of its own (``strerror``'s few texts);
* ``error_codes``: after an error code in a phrase naming an error (``…, 1205, Lock wait timeout
  exceeded; …``, MySQL's ``errno, message`` pair), the text up to a constant trailer (``. stmt = …``)
  is one ``<*>`` as well.

Each test fails with its switch off."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from millpond.pipeline.patterns_cluster import Params

from patternkit import assert_a_saved_state_keeps_its_ids, partition
from patternkit import groups as _groups
from patternkit import ids as _ids

OFF = Params(error_spans=False)

# Go: ``fmt.Errorf("flush segment %d: %w", …)`` — causes holding values, each ≥ 4 times
GO_DISK = [f"worker {w}: Failed to flush segment {n}: write /var/spool/seg-{n}.dat: no space left on device"
           for w, n in zip(range(1, 6), range(300, 305))]
GO_NET = [f"worker {w}: Failed to flush segment {n}: dial tcp 10.1.2.{n % 200}:9000: i/o timeout"
          for w, n in zip(range(6, 11), range(310, 315))]
GO_OTHER = [f"worker {w}: Failed to open segment {n}: dial tcp 10.1.2.{n % 200}:9000: i/o timeout"
            for w, n in zip(range(6, 11), range(310, 315))]

# Java: a logger's ``message - SimpleClassName (where < where < ...)``
JAVA_RESET = [f"2026-03-0{d} 10:00:0{d}  WARN: [c{d}a7f] session failed - Connection reset by peer - "
              f"IOException (SocketChannelImpl:{400 + d} < ...)" for d in range(1, 6)]
JAVA_EOF = [f"2026-03-0{d} 11:00:0{d}  WARN: [c{d}b8e] session failed - Stream ended early at offset {d * 17}, "
            f"wanted {d * 40} more bytes - EOFException (FrameDecoder:{90 + d} < ByteDecoder:{30 + d} < ...)"
            for d in range(1, 6)]

# Python: ``"(%s(%s))" % (type(e), e)`` — the class repr, then the message
PY_TIMEOUT = [f"Connection to h{i}.example.org was unsuccessful (<class 'app.errors.SendFailed'>(Failed to send "
              f"request: TimeoutError: Timed out after {i}0s)); backoff now {i}000" for i in range(1, 6)]
PY_GATEWAY = [f"Connection to h{i}.example.org was unsuccessful (<class 'app.errors.HttpError'>(502: Bad Gateway)); "
              f"backoff now {i}000" for i in range(1, 6)]

# a status text between ``Failing:`` and a constant trailer of fields
TRAIL_QUIET = [f"Monitor #{i} 'web{i}': Failing: No heartbeat in the time window | Type: http" for i in range(1, 6)]
TRAIL_REFUSED = [f"Monitor #{i} 'web{i}': Failing: connection refused | Type: http" for i in range(1, 6)]

# ``, <errno>, <message> . <trailer>``: a client library's error code and text inside the statement
CODE_LOCK = [f"Statement failed on backend (1,db{i}.lan,3306) , user \"app@10.0.0.{i}\" , 1205, Lock wait timeout "
             f"exceeded; try restarting transaction . stmt = \"UPDATE stock SET n = {i}\"" for i in range(1, 6)]
CODE_DUP = [f"Statement failed on backend (1,db{i}.lan,3306) , user \"app@10.0.0.{i}\" , 1062, Duplicate row "
            f"'{i}-{i}' for index 'PRIMARY' . stmt = \"INSERT INTO stock VALUES ({i})\"" for i in range(1, 6)]

# ``strerror``'s few constant texts after a plain ``…:`` context: statements of their own (LogHub's BGL)
STRERR_A = [f"loader: Error reading /srv/img/app{i}.bin: No such file or directory" for i in range(1, 6)]
STRERR_B = [f"loader: Error reading /srv/img/app{i}.bin: Permission denied" for i in range(6, 9)]


def test_a_go_error_chain_holding_values_is_one_value_in_either_order() -> None:
    """Two causes, each holding values and each seen 4 times, after one ``Failed to …:`` context:
    one statement; without the rule the first cause's words are the template's and the second
    cause starts its own.  Other context words, and a constant ``strerror`` text that held 4
    lines, stay apart."""
    assert _groups([*GO_DISK, *GO_NET]) == 1
    assert _groups([*GO_NET, *GO_DISK]) == 1
    assert _groups([*GO_DISK, *GO_NET], replace(OFF, error_texts=False)) == 2  # (session 15's error_texts joins them too)
    # …but the statement's own words must agree: ``Failed to flush segment`` / ``Failed to open segment``
    # (the one that held 4 lines keeps them, the evidence rule holds for the context)
    assert _groups([*GO_DISK, *GO_OTHER]) == 2
    # …and after a plain ``…:`` context a constant text that held 4 lines is a statement of its own
    # (``strerror``'s few texts: LogHub labels ``No such file or directory`` and ``Permission denied`` apart);
    # session 15's ``error_texts`` reads them as one value, the one call that prints ``strerror(errno)``
    assert partition(_ids([*STRERR_A, *STRERR_B], Params(error_texts=False))) == {
        frozenset(range(5)), frozenset(range(5, 8))}
    assert len(set(_ids([*STRERR_A, *STRERR_B]))) == 1


def test_a_java_exception_message_and_class_are_one_value() -> None:
    """Traccar-style ``… failed - <message> - <ExceptionClass> (<where>)``: the message, the class and
    its stack frames vary in length together."""
    assert _groups([*JAVA_RESET, *JAVA_EOF]) == 1
    assert _groups([*JAVA_EOF, *JAVA_RESET]) == 1
    assert _groups([*JAVA_RESET, *JAVA_EOF], Params(error_classes=False)) == 2
    # …and Python's ``(<class 'x.Err'>(<message>))`` repr, whatever the message holds
    assert _groups([*PY_TIMEOUT, *PY_GATEWAY]) == 1
    assert _groups([*PY_GATEWAY, *PY_TIMEOUT]) == 1
    assert _groups([*PY_TIMEOUT, *PY_GATEWAY], Params(error_classes=False)) == 2


def test_a_text_before_a_constant_trailer_is_one_value_even_when_constant() -> None:
    """``Failing: <text> | Type: http``: the text sits between the statement's context and its trailer
    of fields, so it is a ``%s`` even when a constant text held 4 lines (not ``strerror`` ending a
    line, which the ``tail_evidence`` rule keeps); the trailer stays in the template."""
    found = _ids([*TRAIL_QUIET, *TRAIL_REFUSED])
    assert len(set(found)) == 1
    assert _groups([*TRAIL_REFUSED, *TRAIL_QUIET]) == 1
    assert _groups([*TRAIL_QUIET, *TRAIL_REFUSED], Params(error_trailers=False)) == 2


def test_an_error_code_and_its_text_before_a_constant_trailer() -> None:
    """``, 1205, Lock wait timeout …`` / ``, 1062, Duplicate row …`` then the same ``. stmt = <*>``
    trailer: one statement (``error_codes``); the trailer stays in the template."""
    found = _ids([*CODE_LOCK, *CODE_DUP])
    assert len(set(found)) == 1
    assert _groups([*CODE_DUP, *CODE_LOCK]) == 1
    assert _groups([*CODE_LOCK, *CODE_DUP], Params(error_codes=False)) == 2


def test_a_state_written_before_s7_errors_keeps_its_ids(tmp_path: Path) -> None:
    """A state mined with the switch off gives its lines the same ids under today's rules."""
    assert_a_saved_state_keeps_its_ids(tmp_path, [*GO_DISK, *GO_NET], {"error_spans": False})
