"""Helpers for the miner's rule tests (tests/pipeline/test_patterns_session6*.py): mine the
lines of one service under given ``Params``, count the groups, and check that a state mined
with some rules switched off keeps its ids under today's rules."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import msgpack
import pyarrow as pa

from millpond.pipeline.patterns import PatternMiner
from millpond.pipeline.patterns_formats import LAYOUT_RULES
from millpond.pipeline.patterns_mask import RULES
from millpond.pipeline.patterns_params import Params
from millpond.pipeline.patterns_state import SNAPSHOT


def ids(lines: list[str], params: Params | None = None) -> list[int]:
    """Patterns of ``lines`` (one service, one batch) mined from scratch, as ``log_patterns`` resolves
    their ids at the end (``coalesce(merged_into, pattern_id)``)."""
    m = PatternMiner(None, params)
    return m.canonical(m.assign(pa.array(["svc"] * len(lines)), pa.array(lines))).to_pylist()


def raw_ids(lines: list[str], batch: int, miner: PatternMiner | None = None) -> list[int]:
    """The ids ``assign`` gives ``lines`` (one service) fed in batches of ``batch``, unresolved: what
    the ``logs`` rows hold."""
    m = miner if miner is not None else PatternMiner(None)  # (an empty miner is falsy: it has a length)
    out: list[int] = []
    for i in range(0, len(lines), batch):
        chunk = lines[i : i + batch]
        out += m.assign(pa.array(["svc"] * len(chunk)), pa.array(chunk)).to_pylist()
    return out


def groups(lines: list[str], params: Params | None = None) -> int:
    return len(set(ids(lines, params)))


def partition(found: list[int]) -> set[frozenset[int]]:
    """Which lines share a group, whatever the ids."""
    return {frozenset(i for i, x in enumerate(found) if x == c) for c in set(found)}


NO_READERS = replace(Params(), **{switch: False for switch, _ in LAYOUT_RULES})
"""Today's rules with every layout reader off: a layout nobody wrote a reader for (the header learner's tests)."""


def assert_the_rule_decides(lines: list[str], truth: list[int], **off: object) -> None:
    """With today's rules the lines group as their statements do (``truth``); with the switches
    ``off`` they group otherwise: the rule decides, so its test can fail."""
    _decides(Params(), lines, truth, off)


def assert_the_learner_decides(lines: list[str], truth: list[int], **off: object) -> None:
    """As :func:`assert_the_rule_decides`, with every layout reader off (:data:`NO_READERS`)."""
    _decides(NO_READERS, lines, truth, off)


def _decides(base: Params, lines: list[str], truth: list[int], off: dict[str, object]) -> None:
    assert partition(ids(lines, base)) == partition(truth)
    assert partition(ids(lines, replace(base, **off))) != partition(truth)


def assert_a_saved_state_keeps_its_ids(state_dir: Path, lines: list[str], off: dict[str, object],
                                       base: Params | None = None) -> list[int]:
    """Rules group NEW shapes only: a state mined with the switches ``off`` gives its lines the
    same patterns when loaded under today's rules (``base``, default ``Params()``: the ids its
    templates have at the save, merged ones resolved), though today's rules group the same lines
    otherwise from scratch.  Returns the saved state's ids."""
    base = base if base is not None else Params()
    svc = pa.array(["svc"] * len(lines))
    old = PatternMiner.load(state_dir, replace(base, **off))
    first = old.assign(svc, pa.array(lines)).to_pylist()
    old.save()
    back = PatternMiner.load(state_dir, base)
    assert back.assign(svc, pa.array(lines)).to_pylist() == old.canonical(first).to_pylist()
    assert back.patterns_table().column("pattern_id").to_pylist() == sorted(set(first))
    assert partition(ids(lines, base)) != partition(first)  # from scratch, today's rules group them otherwise
    return first


def assert_a_state_keeps_its_masking_rules(root: Path, lines: list[str], rules: int) -> None:
    """A state written with masking rules ``rules`` says so and keeps masking with them after a restart,
    so ``lines``, whose shapes the newest rules change, keep their ids; a new state gets the newest rules."""
    services, messages = pa.array(["s"] * len(lines)), pa.array(lines)
    old = PatternMiner.load(root / "old")
    old.rules = old._store.rules = rules  # as that version's code wrote it  # noqa: SLF001
    ids = old.assign(services, messages).to_pylist()
    old.save()
    assert msgpack.unpackb((root / "old" / SNAPSHOT).read_bytes(), raw=False)["rules"] == rules
    back = PatternMiner.load(root / "old")
    assert back.rules == rules
    assert back.assign(services, messages).to_pylist() == ids
    assert PatternMiner(None).assign(services, messages).to_pylist() != ids  # newest rules: other shapes, other ids
    new = PatternMiner.load(root / "new")
    assert new.rules == RULES
    new.assign(services, messages)
    new.save()
    assert PatternMiner.load(root / "new").rules == RULES
