"""Session 16, throughput: the shortcuts give what the work they skip gave."""

from __future__ import annotations

import re
from dataclasses import asdict

import msgpack
import pytest

from millpond.pipeline import patterns_mask as pm
from millpond.pipeline.patterns_cluster import Cluster
from millpond.pipeline.patterns_state import _row


def _patterns() -> list[str]:
    """Every alternation a ruleset runs, and the module's rule lists."""
    out = []
    for r in pm.RULESETS.values():
        out += ["|".join(r.values), "|".join(r.structured), "|".join(r.tokens), r.rare, *r.values, *r.structured]
    return [p for p in out if p]


@pytest.mark.parametrize("pattern", [*_patterns(), r"(a)(?:b)(?P<n>c)(?P=n)[(]\((?=d)(?!e)(?<=f)(?i:g)[]()][^]()](h)"])
def test_the_scan_counts_the_groups_re_counts(pattern: str) -> None:
    assert pm.capture_groups(pattern) == re.compile(pattern, re.ASCII).groups


def test_a_saved_row_is_the_bytes_asdict_gave() -> None:
    c = Cluster(7, "svc", ("a", "<*>", "b"), 3, 1, 2, "a 1 b", 5)
    assert msgpack.packb(_row(c), use_bin_type=True) == msgpack.packb(asdict(c), use_bin_type=True)
