"""Session 12, S12-headers: header fields the learner missed (pipeline/patterns_headers.py).

A layout nobody wrote a reader for stands in for the never-seen ones: here InspIRCd's
``%a %d %b %Y %H:%M:%S`` date (``Tue 03 Nov 2026 19:24:57 CONNECT: …``) with ``date_names`` off.  The
weekday is a header field, but it is the line's first word, capitalised as a statement's first word is,
and every continuation after it opens with the month: the learner took none of it, and every statement
split seven ways."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pyarrow as pa
import pytest

from millpond.pipeline import patterns_headers
from millpond.pipeline.patterns import PatternMiner
from millpond.pipeline.patterns_params import Params
from millpond.pipeline.patterns_headers import unpad
from patternkit import assert_a_saved_state_keeps_its_ids, assert_the_rule_decides, partition

NO_READER = replace(Params(), date_names=False)
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
STATEMENTS = [
    "CONNECT: Client connecting on port {port} (class main): {nick}!{nick}@10.0.{n}.7 (10.1.{n}.9)",
    "QUIT: Client exiting: {nick}!~{nick}@user/{nick} (10.2.{n}.4) [Ping timeout: 240 seconds]",
    "OPER: {nick} (~{nick}@10.3.{n}.1) [10.4.{n}.2] is now a server operator of type NetAdmin",
    "STATS: Stats 'c' requested by {nick} (~{nick}@10.5.{n}.8)",
    "REHASH: {nick} is rehashing /etc/inspircd/inspircd.conf on hub.example.net",
    "XLINE: {nick} added a timed G-line on *@10.6.{n}.3, expires in 1 hour",
    "KILL: Local kill by {nick}: {nick}!~{nick}@10.7.{n}.5 (Flooding)",
    "ANNOUNCEMENT: User {nick} SendQ exceeds connect class maximum of 1048576",
    "REMOTECONNECT: Client connecting at leaf1.example.net: {nick}!{nick}@10.8.{n}.6 (10.9.{n}.2)",
]


def _stream(rounds: int = 12) -> tuple[list[str], list[int]]:
    """Each round every statement once, on the next days of a month (InspIRCd's ``%a %d %b %Y %T``)."""
    lines, truth = [], []
    for r in range(rounds):
        for t, statement in enumerate(STATEMENTS):
            day = (3 * r + t) % 28 + 1
            msg = statement.format(port=6660 + r, nick=f"guest{r * 7 + t}", n=r * 6 + t)
            lines.append(f"{DAYS[day % 7]} {day:02d} Nov 2026 {r % 24:02d}:{t * 7:02d}:{r * 3 % 60:02d} {msg}")
            truth.append(t)
    return lines, truth


def _ids(lines: list[str], params: Params = NO_READER, miner: PatternMiner | None = None) -> list[int]:
    m = miner if miner is not None else PatternMiner(None, params)
    return m.canonical(m.assign(pa.array(["svc"] * len(lines)), pa.array(lines))).to_pylist()


def test_a_weekday_opening_the_line_is_learned_as_a_field() -> None:
    lines, truth = _stream()
    assert partition(_ids(lines)) == partition(truth)


@pytest.mark.parametrize(("switch", "off"), [("CAPITALS", 1_000_000), ("LAYOUT_HEADS", 0)])
def test_the_learner_needs_both(switch: str, off: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """``CAPITALS``: seven capitalised words before every statement are a field's values; ``LAYOUT_HEADS``:
    the month opens every continuation after the weekday, so the statements show in the word after it."""
    lines, truth = _stream()
    monkeypatch.setattr(patterns_headers, switch, off)
    assert partition(_ids(lines)) != partition(truth)


def test_two_capitalised_words_before_one_message_are_the_statement() -> None:
    """``Accepted``/``Failed password for``: a statement's alternatives, as few as they are (fewer than
    ``CAPITALS``), stay apart however freely they combine with what follows."""
    lines, truth = [], []
    for i in range(40):
        word, method = ("Accepted", "Failed")[i % 2], ("password", "publickey", "keyboard-interactive/pam")[i % 3]
        lines.append(f"gw sshd[{400 + i}]: {word} {method} for root from 10.0.{i}.1 port {5000 + i} ssh2")
        truth.append(i % 2)
    assert partition(_ids(lines, Params())) == partition(truth)


def test_a_capitalised_word_after_a_label_is_the_message() -> None:
    """After ``TaskManager:`` the message begins: task names (``Download missing subtitles``, ``Scan Media
    Library``…) are its words, however many, never a header field's values."""
    tasks = ["Download missing subtitles", "Scan Media Library", "Refresh People", "Clean Cache Directory",
             "Update Plugins", "Optimize database", "Extract Chapter Images"]
    lines = [f"[2026-11-{10 + i % 18} 10:{i % 60:02d}:00.123 +00:00] [INF] [{20 + i}] "
             f"Emby.Server.Implementations.ScheduledTasks.TaskManager: {tasks[i % 7]} "
             f"{('Completed', 'Failed')[i // 7 % 2]} after {i % 9} minute(s) and {i % 50} seconds" for i in range(56)]
    learner = PatternMiner(None)
    _ids(lines, miner=learner)
    assert not learner._c.headers.learned.get("svc")  # noqa: SLF001


def test_a_saved_state_keeps_its_ids(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A state mined before the learner took such fields gives its lines the same patterns after a
    restart with it: rules group new shapes only."""
    lines, truth = _stream()
    monkeypatch.setattr(patterns_headers, "CAPITALS", 1_000_000)
    old = PatternMiner.load(tmp_path, NO_READER)
    first = old.assign(pa.array(["svc"] * len(lines)), pa.array(lines)).to_pylist()
    old.save()
    assert partition(old.canonical(first).to_pylist()) != partition(truth)
    monkeypatch.undo()
    back = PatternMiner.load(tmp_path, NO_READER)
    assert back.assign(pa.array(["svc"] * len(lines)), pa.array(lines)).to_pylist() == old.canonical(first).to_pylist()


# evcc's ``[%-6s] LEVEL date time message``: a component shorter than six characters is padded inside its
# brackets (``[site  ]``, ``[lp-1  ]``), a longer one is not (``[charger]``), so the mask leaves one token or two.
COMPONENTS = ["site", "lp-1", "charger", "db", "vehicle", "lp-2", "tariff", "mqtt"]
EVCC = ["power: {n}W", "soc: {n}%", "charge current: {n}A", "publish failed after {n} retries",
        "phase switching to {n}p", "cache refreshed in {n}ms"]


def _evcc(rounds: int = 8) -> tuple[list[str], list[int]]:
    lines, truth = [], []
    for r in range(rounds):
        for t, msg in enumerate(EVCC):
            c = COMPONENTS[(r + 3 * t) % len(COMPONENTS)]
            lines.append(f"[{c:<6}] DEBUG 2026/11/{10 + r:02d} 0{t}:{r:02d}:00 {msg.format(n=17 * r + t)}")
            truth.append(t)
    return lines, truth


def test_a_field_padded_inside_its_brackets_is_one_token() -> None:
    assert_the_rule_decides(*_evcc(), padded_fields=False)


@pytest.mark.parametrize(("shape", "read"), [
    ("[site ] DEBUG <*> power: <*>", "[site] DEBUG <*> power: <*>"),
    ("<*> [ info] [engine] flush chunk <*>", "<*> [info] [engine] flush chunk <*>"),
    ("<*>[INFO ][logstash.javapipeline ][beats] Pipeline started", "<*>[INFO][logstash.javapipeline][beats] Pipeline started"),
    ("<*> INFO <*> --- [ <*>] l.s.SocketServer : Connection closed", "<*> INFO <*> --- [<*>] l.s.SocketServer : Connection closed"),
    ("[ OK ] Started <*>", "[ OK ] Started <*>"),
    ("<*> sshd[<*>]: Accepted password for [ root ] from <*>", "<*> sshd[<*>]: Accepted password for [ root ] from <*>"),
])
def test_what_is_padding(shape: str, read: str) -> None:
    """Only a lone ``[`` before the token closing it, or a ``]`` after a bracket left open, among the header's
    first tokens; ``[ OK ]``, bracketed and spaced both sides, is no field's value."""
    assert " ".join(unpad(tuple(shape.split()))) == read


def test_a_saved_state_keeps_its_ids_padded(tmp_path: Path) -> None:
    assert_a_saved_state_keeps_its_ids(tmp_path, _evcc()[0], {"padded_fields": False})
