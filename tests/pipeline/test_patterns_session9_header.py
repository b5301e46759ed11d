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
    return m.assign(pa.array([service] * len(lines)), pa.array(lines)).to_pylist()


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
        for p in range(patterns_headers.MAX_POSITIONS):
            assert sum(1 for q, _ in st.prefixes if q == p) <= patterns_headers.MAX_PREFIXES
        for _, pos in st.prefixes.values():
            if pos is not None:
                assert len(pos.conts) <= patterns_headers.MAX_CONTS
                assert all(len(v) <= patterns_headers.MAX_VALUES_PER_CONT for v in pos.conts.values())
                total += len(pos.conts)
    assert total <= 300 + patterns_headers.MAX_POSITIONS * 2
