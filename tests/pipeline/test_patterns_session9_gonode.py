"""Session-9 layout rules of the pattern miner (issue #6), S9-gonode: Go, JSON-lines, Node, Rust and Ruby
default layouts, read from their libraries' definitions.

* ``json_fields``: a JSON log line is the record a structured logger's text encoder prints as logfmt
  (Go's ``log/slog`` ``TextHandler``/``JSONHandler``, logrus's, zap's, zerolog's two encoders): its
  top-level members are read as ``key=value`` fields, so a compact line (Go's ``encoding/json``,
  ``JSON.stringify``: no spaces) no longer glues a child logger's context fields to the message.

The streams are in tests/layoutkit.py (the standing spec, tests/pipeline/test_patterns_layouts.py);
each test asserts the statements' grouping with the rule and another grouping with its switch off.
Measured effects: docs/patterns.md and /work/notes/S9-gonode-report.md."""

from __future__ import annotations

from pathlib import Path

import pytest

from millpond.pipeline.patterns_formats import json_fields

import layoutkit
from patternkit import assert_a_saved_state_keeps_its_ids, assert_the_rule_decides

W = "<*>"


@pytest.mark.parametrize("layout", ["go_slog_json", "zerolog_json", "logrus_json", "zap_json", "bunyan_json"])
def test_a_json_record_is_read_as_its_fields(layout: str) -> None:
    """A child logger's context (``"service":"api","host":"web",``), a handler's header member, or a
    named logger's name glued to the message's first word split one statement by context."""
    lines, truth = getattr(layoutkit, layout)()
    assert_the_rule_decides(lines, truth, json_fields=False)


def test_json_fields_writes_logfmt() -> None:
    toks = ('{"time":<*>,"level":"INFO","source":{"function":<*>,"line":<*>},"msg":"Starting', 'server","addr":<*>}')
    assert json_fields(toks) == ("time=<*>", "level=INFO", "source=<*>", 'msg="Starting', 'server"', "addr=<*>")
    spaced = ('{"level":', '"warn",', '"message":"Slow', 'request",', '"n":', "<*>}")
    assert json_fields(spaced) == ("level=warn", 'message="Slow', 'request"', "n=<*>")
    assert json_fields(()) == ()
    assert json_fields(('{"a":<*>,"b":<*>}',)) == ('{"a":<*>,"b":<*>}',)  # no message: left alone
    assert json_fields(('{"msg":"x"', "trailing")) == ('{"msg":"x"', "trailing")  # not one object
    assert json_fields(('{"msg":"a', 'b"}', "{}")) == ('{"msg":"a', 'b"}', "{}")
    assert json_fields(('{"msg":"say', '\\"hi,\\"', 'now"}')) == ('msg="say', '\\"hi,\\"', 'now"')  # escapes kept whole


def test_a_state_saved_before_json_fields_keeps_its_ids(tmp_path: Path) -> None:
    lines, _ = layoutkit.zerolog_json()
    assert_a_saved_state_keeps_its_ids(tmp_path, lines, {"json_fields": False})
