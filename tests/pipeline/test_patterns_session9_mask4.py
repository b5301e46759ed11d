"""Masking rules version 4 (issue #6, session 9, S9-mask4): two changes read from definitions, which no
layout rule can make because the mask runs before every layout rule.

* ECMA-48 control sequences (CSI ``ESC [ … final byte``: SGR colours ``\\x1b[32m`` … ``\\x1b[0m``,
  ``\\x1b[1;31m``, ``\\x1b[2K``) are not text.  zerolog's ``ConsoleWriter`` and NestJS's ``ConsoleLogger``
  colour by default; a word glued to a colour code was masked with it, so coloured ``Starting server`` and
  ``Stopping server`` were one shape.  Rules 4 removes them before every pass.
* A JSON record's message under a key the mask did not guard — GELF's ``short_message``/``full_message``,
  journald's JSON export ``MESSAGE``, Logstash/Beats ``@message``, Docker json-file's ``log`` — was a JSON
  string value, masked whole: every line of such a stream was one shape.  Rules 4 guards these keys as
  ``msg``/``message`` always were, so their value is the message.

Rules 1-3 stay byte-identical (tests/pipeline/test_patterns_mask_identity.py, test_patterns_mask_rules3.py
unchanged but for the newest version's number); a saved state keeps masking with its own version."""

from __future__ import annotations

import sys
from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from millpond.pipeline import patterns_mask as pm
from millpond.pipeline import patterns_mask_values as pv
from millpond.pipeline.patterns import PatternMiner

from patternkit import assert_a_state_keeps_its_masking_rules

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "bench") not in sys.path:
    sys.path.append(str(ROOT / "bench"))


def _ids(lines: list[str], rules: int = 4) -> list[int]:
    m = PatternMiner(None)
    m.rules = rules
    return m.assign(pa.array(["svc"] * len(lines)), pa.array(lines)).to_pylist()


def _grouping(lines: list[str], statements: list[int], rules: int = 4) -> bool:
    """Lines of one statement share an id and lines of two statements do not."""
    ids = _ids(lines, rules)
    pairs = set(zip(statements, ids))
    return len(pairs) == len(set(statements)) == len(set(ids))


def _mask(line: str, rules: int = 4) -> str:
    """One line through the vectorised path (a batch above ``SMALL``) and ``mask_one`` alike."""
    got = pm.mask(pa.array([line] * (pm.SMALL + 1)), rules).to_pylist()[0]
    assert got == pm.mask_one(line, rules)
    return got


def test_rules_4_is_the_newest_and_rules_1_to_3_stay() -> None:
    assert pm.RULES == 4 and set(pm.RULESETS) == {1, 2, 3, 4}
    r3 = pm.RULESETS[3]
    assert (r3.tokens, r3.values, r3.protect, r3.ansi) == (pm.TOKENS, pv.VALUES_3, pm.PROTECT, False)
    assert r3.rare == "|".join((pm._RARE, *pv.VALUES_3))  # noqa: SLF001
    assert pm.RULESETS[4].ansi and pm.RULESETS[4].protect == pm.PROTECT_4


# --- colours -----------------------------------------------------------------------------------------

_GREY, _RESET, _BOLD, _CYAN, _GREEN, _RED, _YELLOW = "\x1b[90m", "\x1b[0m", "\x1b[1m", "\x1b[36m", "\x1b[32m", "\x1b[31m", "\x1b[33m"


def _zerolog(i: int, verb: str, colour: bool) -> str:
    """zerolog ``ConsoleWriter`` (console.go): grey time, coloured level, bold message, cyan field names."""
    c = (lambda code, s: f"{code}{s}{_RESET}") if colour else (lambda code, s: s)
    return (f"{c(_GREY, f'2026-11-26T07:{i % 60:02d}:0{i % 10}Z')} {c(_GREEN, 'INF')} {c(_BOLD, f'{verb} server')} "
            f"{c(_CYAN, 'addr=')}:{8000 + i} {c(_CYAN, 'pid=')}{100 + i}")


def _nest(i: int, context: str, text: str, colour: bool) -> str:
    """NestJS ``ConsoleLogger.formatMessage`` (green prefix and level, yellow context and +ms)."""
    g = (lambda s: f"{_GREEN}{s}\x1b[39m") if colour else (lambda s: s)
    y = (lambda s: f"{_YELLOW}{s}\x1b[39m") if colour else (lambda s: s)
    return (f"{g(f'[Nest] {1200 + i}  - ')}11/26/2026, 7:{i % 60:02d}:00 AM {g('    LOG')} {y(f'[{context}]')} "
            f"{g(text)}{y(f' +{i % 9}ms')}")


def _streams(colour: bool) -> tuple[list[str], list[int]]:
    lines, statements = [], []
    for i in range(12):
        lines += [_zerolog(i, "Starting", colour), _zerolog(i, "Stopping", colour),
                  _nest(i, "RoutesResolver", f"AppController {{/api/v{i % 3}}}:", colour),
                  _nest(i, "NestApplication", "Nest application successfully started", colour),
                  ("\x1b[2K" if colour else "") + (f"{_BOLD}{_RED}ERROR{_RESET}" if colour else "ERROR")
                  + f" job {i} failed after {i} retries"]
        statements += [0, 1, 2, 3, 4]
    return lines, statements


def test_coloured_and_plain_lines_give_the_same_shapes_under_rules_4() -> None:
    coloured, statements = _streams(True)
    plain, _ = _streams(False)
    assert [_mask(x) for x in coloured] == [_mask(x) for x in plain]
    assert _ids(coloured) == _ids(plain)
    assert _grouping(coloured, statements)


def test_a_word_glued_to_a_colour_code_was_masked_with_it_under_rules_3() -> None:
    """Why the rule: zerolog's coloured ``Starting server`` and ``Stopping server`` were one shape."""
    assert _mask(_zerolog(1, "Starting", True), 3) == _mask(_zerolog(1, "Stopping", True), 3)
    assert _mask(_zerolog(1, "Starting", True)) == "<*> INF Starting server addr=<*> pid=<*>"
    coloured, statements = _streams(True)
    assert not _grouping(coloured, statements, rules=3)


@pytest.mark.parametrize("seq", ["\x1b[m", "\x1b[0m", "\x1b[1;31m", "\x1b[38;5;208m", "\x1b[38;2;255;0;0m", "\x1b[2K",
                                 "\x1b[?25l", "\x1b[1A"])
def test_any_control_sequence_is_removed_and_a_lone_escape_stays(seq: str) -> None:
    assert _mask(f"{seq}starting{seq} worker{seq}") == "starting worker"
    assert _mask("a lone \x1b escape") == "a lone \x1b escape"


# --- JSON message keys ---------------------------------------------------------------------------------

def _docker(i: int, text: str) -> str:
    """Docker's json-file driver: ``{"log":"<line>\\n","stream":"stdout","time":"<RFC 3339 nano>"}``."""
    return f'{{"log":"{text}\\n","stream":"{"stdout" if i % 3 else "stderr"}","time":"2026-11-26T07:00:{i % 60:02d}.{i:09d}Z"}}'


def _gelf(i: int, text: str) -> str:
    """GELF 1.1 (``version``, ``host``, ``short_message``, ``timestamp``, ``level``, ``_``-fields)."""
    return (f'{{"version":"1.1","host":"web-{i % 4}","short_message":"{text}","timestamp":{1764140000 + i}.{i % 1000:03d},'
            f'"level":{6 if i % 2 else 4},"_request_id":"r{i:08x}"}}')


def _gelf_full(i: int, text: str) -> str:
    return (f'{{"version":"1.1","host":"web-{i % 4}","short_message":"worker crashed","full_message":"{text}",'
            f'"timestamp":{1764140000 + i},"level":3}}')


def _journald(i: int, text: str) -> str:
    """``journalctl -o json``: journal field names, every value a string."""
    return (f'{{"__CURSOR":"s=6a1b;i={i:x};b=9c;m={i:x};t=5f;x=1","__REALTIME_TIMESTAMP":"{1764140000000000 + i}",'
            f'"_PID":"{300 + i}","SYSLOG_IDENTIFIER":"sshd","MESSAGE":"{text}","_HOSTNAME":"node{i % 3}"}}')


def _logstash(i: int, text: str) -> str:
    """Logstash's json_event v0 / Beats: ``@timestamp``, ``@message``, ``@fields``."""
    return f'{{"@timestamp":"2026-11-26T07:00:{i % 60:02d}Z","@message":"{text}","@fields":{{"level":"info","pid":{i}}}}}'


_TEXTS = [lambda i: f"Starting server on port {8000 + i}", lambda i: f"Stopping server after {i} requests",
          lambda i: f"Accepted publickey for user{i % 3} from 10.0.0.{i} port {40000 + i}",
          lambda i: "Reloading configuration"]


@pytest.mark.parametrize("record", [_docker, _gelf, _gelf_full, _journald, _logstash],
                         ids=["docker_log", "gelf_short_message", "gelf_full_message", "journald_MESSAGE", "at_message"])
def test_each_json_message_key_keeps_its_message(record) -> None:  # noqa: ANN001
    lines = [record(i, t(i)) for i in range(10) for t in _TEXTS]
    statements = [k for _ in range(10) for k in range(len(_TEXTS))]
    assert _grouping(lines, statements)
    assert "Starting server on port <*>" in _mask(lines[0])
    assert "Reloading configuration" in _mask(lines[3])
    assert len({_mask(x, 3) for x in lines}) < len(_TEXTS)  # rules 3: the message was a masked value


def test_an_error_cause_under_a_new_message_key_is_one_value_as_under_msg() -> None:
    """Rules 3's ``CAUSE`` (the text after ``failed to …: ``) reads these keys' messages too."""
    causes = ["dial tcp 10.0.0.5:6379: connect: connection refused", "context deadline exceeded",
              "x509: certificate signed by unknown authority"]
    for record in (_docker, _gelf, _journald, _logstash):
        assert len({_mask(record(i, f"failed to connect to cache: {c}")) for i, c in enumerate(causes)}) == 1
    assert len({_mask(f'{{"msg":"failed to connect to cache: {c}"}}') for c in causes}) == 1


def test_logfmt_and_other_json_keys_mask_as_under_rules_3() -> None:
    """Only the quoted (JSON) keys are new: ``log=`` in logfmt and other keys mask as before."""
    for line in ('level=info log=/var/log/app.log msg="opened"', '{"logger":"a","log_file":"x7.log","text":"hi 5"}',
                 '{"message_id":"abc","MESSAGES":"2 new"}', 'MESSAGE=Started session 5'):
        assert _mask(line) == _mask(line, 3)


# --- states and paths -----------------------------------------------------------------------------------

def test_a_state_written_with_rules_3_keeps_its_ids_and_masks_with_rules_3(tmp_path: Path) -> None:
    """Lines whose shapes rules 4 changes keep the ids a rules-3 state gave them after a restart;
    a new state is written with rules 4."""
    coloured, _ = _streams(True)
    assert_a_state_keeps_its_masking_rules(tmp_path, coloured + [_docker(i, t(i)) for i in range(4) for t in _TEXTS], 3)


def _stored() -> list[str]:
    import loggen  # noqa: PLC0415

    return [x[2] for f in sorted((ROOT / "tests" / "data" / "patterns").glob("*.tsv.gz")) for x in loggen.read_set(f)]


def test_rules_4_on_every_stored_line_equal_the_rule_by_rule_mask() -> None:
    """Every stored evaluation line (and this file's streams, coloured): the Arrow path == ``mask_one``
    (the small-batch Python ``re`` path), cold cache and warm, and small batches too."""
    coloured, _ = _streams(True)
    lines = _stored() + coloured + [r(i, t(i)) for r in (_docker, _gelf, _journald, _logstash)
                                    for i in range(3) for t in _TEXTS]
    want = [pm.mask_one(x, 4) for x in lines]
    pm.RULESETS[4].shapes.clear()
    for _ in range(2):
        assert pm.mask(pa.array(lines), 4).to_pylist() == want
    for i in range(0, 2000, pm.SMALL):
        assert pm.mask(pa.array(lines[-i - pm.SMALL : len(lines) - i]), 4).to_pylist() == want[-i - pm.SMALL : len(want) - i]


def test_rules_4_change_only_lines_with_a_control_sequence_or_a_new_message_key() -> None:
    """On every stored line without ``\\x1b`` and without a new key, rules 4 gives rules 3's string."""
    lines = [x for x in _stored() if "\x1b" not in x and not any(f'"{k}"' in x for k in pv.MESSAGE_KEYS_4[3:-1].split("|"))]
    assert len(lines) > 100_000
    assert pm.mask(pa.array(lines), 4).to_pylist() == pm.mask(pa.array(lines), 3).to_pylist()


_PIECES = ["\x1b", "\x1b[", "[", "0", "1;31", ";", "m", "K", "?25", "l", " ", "a", "x1", '"log"', '"MESSAGE"',
           '"@message"', '"short_message"', ":", ": ", '"', ",", "{", "}", "failed to x: ", "msg=", "\\", "\\n", "\t",
           "|", "\x02", "\x7f", "é", "<*>", "=", "/p", "statement: ", "SELECT"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=18).map("".join), min_size=pm.SMALL + 1, max_size=40))
def test_vectorised_rules_4_equal_the_rule_by_rule_mask(lines: list[str]) -> None:
    """Lines built of the new rules' parts (escapes, partial sequences, new keys): Arrow == ``mask_one``."""
    assert pm.mask(pa.array(lines), 4).to_pylist() == [pm.mask_one(x, 4) for x in lines]
    assert pm.mask(pa.array(lines * 3), 4).to_pylist() == [pm.mask_one(x, 4) for x in lines * 3]  # the dictionary


def test_a_long_coloured_line_is_cut_after_its_colours_are_removed() -> None:
    line = ("\x1b[1m" + "word " * 600)[:2100]
    assert _mask(line) == pm.mask_one(("word " * 600)[: pm.MAX_CHARS])
