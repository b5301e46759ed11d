"""Session 9, S9-header: the per-service header learner (``header_fields``, pipeline/patterns_headers.py).

A header field (host, container, tool) is values, however word-like: its values combine freely
with the rest of the line.  The learner finds such a position from the stream itself, so a layout
nobody wrote a rule for is read right the first time; a statement's own first word is never taken."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import msgpack
import pyarrow as pa
import pytest

from millpond.pipeline import patterns_headers, patterns_state
from millpond.pipeline.patterns import PatternMiner
from millpond.pipeline.patterns_headers import HeaderLearner
from millpond.pipeline.patterns_params import Params
from patternkit import partition

ON = replace(Params(), header_fields=True)
OFF = replace(Params(), header_fields=False)

# Invented layouts no rule reads: ``<container> <time> LEVEL module: message`` and ``<date> <time>
# <container> LEVEL [module] message``.  A container is named with plain words (``web``, ``cache``)
# or with a digit (``build-7``, which the mask folds into the time beside it).
LAYOUTS = {
    "container_first": "{c} 2026-11-{d}T0{h}:15:30Z {level} {module}: {msg}",
    "container_after_time": "2026-11-{d} 0{h}:15:30 {c} {level} [{module}] {msg}",
}
CONTAINERS = ["web", "cache", "queue", "auth", "build-7", "mail", "ci-12"]
STATEMENTS = [
    ("INFO", "net", "listening on port {n}"),
    ("INFO", "store", "opened database {n} in {n} ms"),
    ("WARN", "net", "client {n} sent a malformed frame"),
    ("INFO", "sched", "job {n} finished after {n} retries"),
    ("ERROR", "store", "cannot flush segment {n}: disk full"),
    ("INFO", "auth", "session {n} opened for user admin"),
]


def _stream(layout: str = "container_first", rounds: int = 10) -> tuple[list[str], list[int]]:
    """Each round every statement once, each from the next container (the replicas named in words
    start first, as a deployment's do)."""
    lines, truth = [], []
    for r in range(rounds):
        for t, (level, module, msg) in enumerate(STATEMENTS):
            c = CONTAINERS[(r + t) % len(CONTAINERS)]
            n = 1000 + 37 * r + t
            lines.append(LAYOUTS[layout].format(c=c, d=10 + t, h=r % 10, level=level, module=module,
                                                msg=msg.format(n=n)))
            truth.append(t)
    return lines, truth


def _ids(lines: list[str], params: Params, service: str = "svc", miner: PatternMiner | None = None) -> list[int]:
    m = miner if miner is not None else PatternMiner(None, params)
    return m.canonical(m.assign(pa.array([service] * len(lines)), pa.array(lines))).to_pylist()


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_an_unknown_layouts_container_field_is_learned_and_read_as_a_value(layout: str) -> None:
    lines, truth = _stream(layout)
    assert partition(_ids(lines, ON)) == partition(truth)
    assert partition(_ids(lines, OFF)) != partition(truth)  # without it each statement splits by container


@pytest.mark.parametrize("verbs", [
    ["Started", "Stopped", "Reloading", "starting", "stopping", "reloaded"],
    ["Reloading", "Verifying", "Scanning", "checking", "pruned", "Inspected"],  # no opposites among them
])
def test_a_statements_first_word_is_not_a_header_field(verbs: list[str]) -> None:
    """``Started``/``Stopped``/``Reloading`` combine with the same units, as a host's values combine
    with messages, but they are the statements: opposites, a capitalised first word and a participle
    are never learned (without those guards the second list is), and the lines group as without
    the learner."""
    units = ["web", "db", "cache", "queue", "auth", "mail", "dns", "ntp"]
    lines = [f"{verb} {u} service, job {100 * r + k}"
             for r in range(8) for k, verb in enumerate(verbs) for u in units[r : r + 3]]
    m = PatternMiner(None, ON)
    assert partition(_ids(lines, ON, miner=m)) == partition(_ids(lines, OFF))
    assert m._c.headers.learned == {}


def test_learned_fields_survive_save_and_load(tmp_path: Path) -> None:
    """The learned positions and their counts are durable: a miner saved halfway and loaded gives the
    ids one uninterrupted miner gives, and a saved state holds them under ``headers``."""
    lines, _ = _stream(rounds=12)
    whole = _ids(lines, ON)
    half = len(lines) // 2
    first = PatternMiner.load(tmp_path / "s", ON)
    got = _ids(lines[:half], ON, miner=first)
    first.save()
    assert first._c.headers.learned  # learned in the first half
    snap = msgpack.unpackb((tmp_path / "s" / patterns_state.SNAPSHOT).read_bytes(), raw=False, strict_map_key=False)
    assert "svc" in snap["headers"]
    back = PatternMiner.load(tmp_path / "s", ON)
    assert back._c.headers.state() == first._c.headers.state()
    got += _ids(lines[half:], ON, miner=back)
    assert got == whole


def test_a_state_saved_without_the_learner_loads_and_keeps_its_ids(tmp_path: Path) -> None:
    """A state saved before the learner existed (no ``headers``) loads as an empty learner, and its
    lines keep their ids: the learner reads new shapes only."""
    lines, truth = _stream()
    old = PatternMiner.load(tmp_path / "s", OFF)
    first = _ids(lines, OFF, miner=old)
    old.save()
    snap = msgpack.unpackb((tmp_path / "s" / patterns_state.SNAPSHOT).read_bytes(), raw=False, strict_map_key=False)
    assert "headers" not in snap
    back = PatternMiner.load(tmp_path / "s", ON)
    assert back._c.headers.state() == {}
    assert _ids(lines, ON, miner=back) == first
    assert partition(_ids(lines, ON)) != partition(first)  # from scratch the learner groups them otherwise


def test_batching_never_changes_what_is_learned() -> None:
    lines, _ = _stream()
    whole = _ids(lines, ON)
    for size in (1, 7, 37):
        m = PatternMiner(None, ON)
        got: list[int] = []
        for i in range(0, len(lines), size):
            got += _ids(lines[i : i + size], ON, miner=m)
        assert got == whole


def test_shared_state_pieces_carry_the_learner(tmp_path: Path) -> None:
    """A partition's state in shared storage: each piece holds the services counted since the
    last; the chain rebuilds the learner exactly."""
    import pyarrow.fs as pafs

    lines, _ = _stream(rounds=12)
    whole = _ids(lines, ON)
    fs = pafs.LocalFileSystem()
    third = len(lines) // 3
    got: list[int] = []
    for k in range(3):
        store = patterns_state.SharedStateStore(fs, str(tmp_path / "p"), upto=k * third)
        m = PatternMiner.load(tmp_path / "local", ON, store=store)
        chunk = lines[k * third : (k + 1) * third] if k < 2 else lines[2 * third :]
        got += _ids(chunk, ON, miner=m)
        store.end = k * third + len(chunk)
        m.save()
    assert got == whole


def test_memory_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Per position and prefix at most ``MAX_CONTS`` continuations, per position ``MAX_PREFIXES``
    prefixes, ``MAX_SERVICES`` services and ``MAX_TRACKED`` continuations in all."""
    monkeypatch.setattr(patterns_headers, "MAX_SERVICES", 5)
    monkeypatch.setattr(patterns_headers, "MAX_TRACKED", 300)
    h = HeaderLearner()
    for i in range(4000):
        svc = f"s{i % 9}"
        toks = tuple(f"w{(i * 7 + j * i) % 97}x" for j in range(8))  # words everywhere, never independent
        h.read(svc, toks)
    assert len(h._stats) == 5
    total = 0
    for st in h._stats.values():
        for p in range(2 * patterns_headers.MAX_POSITIONS):  # (then the pairs' rows)
            assert sum(1 for q, _ in st.prefixes if q == p) <= patterns_headers.MAX_PREFIXES
        for _, pos in st.prefixes.values():
            if pos is not None:
                assert len(pos.conts) <= patterns_headers.MAX_CONTS
                assert all(len(v) <= patterns_headers.MAX_VALUES_PER_CONT for v in pos.conts.values())
                total += len(pos.conts)
    assert total <= 300 + patterns_headers.MAX_POSITIONS * 2


# --- session 9, S9-header2: what the learner missed (each case fails with its constant at 0) ---

def _header_stream(layout: str, fields: list[dict[str, str]], rounds: int = 12,
                   statements: list[tuple[str, str, str]] = STATEMENTS) -> tuple[list[str], list[int]]:
    """Each round every statement once, each with the next header's field values."""
    lines, truth = [], []
    for r in range(rounds):
        for t, (level, module, msg) in enumerate(statements):
            f = fields[(r + t) % len(fields)]
            n = 1000 + 37 * r + t
            lines.append(layout.format(d=10 + t, h=r % 10, level=level, module=module, pid=300 + 7 * t,
                                       msg=msg.format(n=n), **f))
            truth.append(t)
    return lines, truth


def _bare() -> Params:
    """The learner with every layout rule off: a layout nobody wrote a rule for."""
    from millpond.pipeline.patterns_formats import LAYOUT_RULES

    return replace(Params(), header_fields=True, lead_fields=False, **{s: False for s, _ in LAYOUT_RULES})


def _learns(lines: list[str]) -> tuple[bool, int]:
    """Whether the learner (every layout rule off) learned a field, and how many templates the lines took."""
    m = PatternMiner(None, _bare())
    ids = m.assign(pa.array(["svc"] * len(lines)), pa.array(lines)).to_pylist()
    return bool(m._c.headers.learned), len(set(ids))


def _off(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setattr(patterns_headers, name, 0)
    for f in vars(patterns_headers).values():
        if hasattr(f, "cache_clear"):
            f.cache_clear()


CASES = {
    # LXC's ``<tool> <container> <time> LEVEL``: two word fields in a row, each varying (PAIRS)
    "PAIRS": ("{tool} {c} 2026110{h}052108.548 {level} {module} - {msg}",
              [{"tool": t, "c": c} for t, c in [("run-start", "web"), ("run-attach", "cache"), ("run-start", "queue"),
                                                ("run-exec", "auth"), ("run-attach", "mail"), ("run-start", "build-7"),
                                                ("run-exec", "web"), ("run-start", "auth")]]),
    # a program named with a digit after a syslog host: ``<ts> node017 ptp4l[…]:`` is one ``<*>[<*>]:`` (SPANS)
    "SPANS": ("Nov {d} 0{h}:15:30 {host} svc4d[{pid}]: {msg}",
              [{"host": h} for h in ["node017", "gw-3", "tsn-ctl", "db-2", "edge", "node018", "mail"]]),
    # ProFTPD's ``%h`` twice: ``<ts> nas proftpd[…] nas (…)`` (REPEATS)
    "REPEATS": ("2026-11-{d} 0{h}:15:30,688 {host} ftpd[{pid}] {host} (10.0.0.{d}[10.0.0.{d}]): {msg}",
                [{"host": h} for h in ["nas", "ftp01", "files.corp.example", "ftp02", "mirror", "ftp.example.com"]]),
    # Twisted's ``[system]``: ``[-]`` and ``[Uninitialized]`` outside a connection (DASHES, BRACKETS)
    "DASHES": ("2026-11-{d} 0{h}:15:30+0000 {sys} {msg}",
               [{"sys": s} for s in ["[-]", "[Uninitialized]", "[Broker,3,10.0.0.7]"]]),
}
CASES["BRACKETS"] = CASES["DASHES"]


@pytest.mark.parametrize("constant", sorted(CASES))
def test_header_fields_the_first_learner_missed(constant: str, monkeypatch: pytest.MonkeyPatch) -> None:
    layout, fields = CASES[constant]
    lines, _ = _header_stream(layout, fields)
    learned, templates = _learns(lines)
    _off(monkeypatch, constant)
    _, templates_off = _learns(lines)
    assert learned
    assert templates < templates_off  # (without it, a position may be learned later, or elsewhere)


def test_a_label_every_message_opens_with_is_no_statements_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """spamd's children write ``spamd: <message>``: the continuations' first words are all ``spamd:``,
    which would read as one statement's variants (HEAD_LABELS)."""
    statements = [(lvl, mod, "child: " + msg) for lvl, mod, msg in STATEMENTS]
    lines, _ = _header_stream("Nov {d} 0{h}:15:30 {host} spamd[{pid}]: {msg}",
                                  [{"host": h} for h in ["mail02", "edge-mx", "mx-3", "relay", "mail01", "gate"]],
                                  statements=statements)
    learned, templates = _learns(lines)
    _off(monkeypatch, "HEAD_LABELS")
    learned_off, templates_off = _learns(lines)
    assert learned and not learned_off
    assert templates < templates_off


def test_a_learned_field_folds_only_the_values_beside_it() -> None:
    """A template's own runs of values (``line <*> <*> <*>)``, where it aligned ``(POST <*>)`` with ``(GET
    <*>)``) stay as they are: joined, the template would have a length no new line of it has."""
    w = patterns_headers.WILD
    toks = ["[x]:", w, "PHP", "line", w, w, w + ")"]
    assert patterns_headers.collapse(toks, {1}) == ("[x]:", w, "PHP", "line", w, w, w + ")")
    assert patterns_headers.collapse([w, w, w + "[" + w + "]:", "x"], {1}) == (w + "[" + w + "]:", "x")
    assert patterns_headers.collapse(toks) == ("[x]:", w, "PHP", "line", w + ")")  # every run (LOCAL_COLLAPSE=0)


def test_two_fields_whose_words_are_statements_are_no_pair() -> None:
    """``expire command begin`` / ``backup command begin`` and ``diff backup size`` / ``incr backup size``:
    under each rest only one word varies; the pair is two statements' words, not two fields."""
    msgs = [("{kind} command begin {n}", ["expire", "backup", "archive-push", "restore"]),
            ("{kind} backup size = {n}MB", ["diff", "incr", "full"]),
            ("{kind} command end: completed successfully ({n}ms)", ["expire", "backup", "archive-push", "restore"])]
    lines, truth = [], []
    for r in range(12):
        for t, (msg, kinds) in enumerate(msgs):
            lines.append(f"2026-11-{10 + t} 0{r % 10}:37:16.301 P00   INFO: " + msg.format(kind=kinds[r % len(kinds)], n=100 + r))
            truth.append(t)
    m = PatternMiner(None, _bare())
    _ids(lines, _bare(), miner=m)
    assert not {2, 3} <= {p for d in m._c.headers.learned.values() for p, _ in d}  # (``P00`` is a value: 2, 3 follow it)


NEW_CONSTANTS = ("LOCAL_COLLAPSE", "PAIRS", "SPANS", "REPEATS", "DASHES", "BRACKETS", "HEAD_LABELS")


def test_a_state_the_first_learner_saved_loads_and_keeps_its_ids(tmp_path: Path) -> None:
    """A state the first learner (session 9, S9-header) saved loads under this one: its lines keep
    their ids, and its counts carry on (pairs start counting from the load)."""
    layout, fields = CASES["PAIRS"]
    lines, _ = _header_stream(layout, fields)
    with pytest.MonkeyPatch.context() as mp:
        for name in NEW_CONSTANTS:
            _off(mp, name)
        old = PatternMiner.load(tmp_path / "s", _bare())
        first = _ids(lines, _bare(), miner=old)
        old.save()
    for f in vars(patterns_headers).values():
        if hasattr(f, "cache_clear"):
            f.cache_clear()
    back = PatternMiner.load(tmp_path / "s", _bare())
    assert _ids(lines, _bare(), miner=back) == first
    assert partition(_ids(lines, _bare())) != partition(first)  # from scratch this learner groups them otherwise
