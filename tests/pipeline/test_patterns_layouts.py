"""Well-known log layouts the miner reads: each stream (tests/layoutkit.py) is two or three statements of a
program written through that layout's default format, with the layout's own fields (time, host,
thread, level, logger, pid, span) varying the way a real deployment varies them, digit-less names
included.  The miner must group the lines exactly as the statements go, whatever the layout adds.

The streams are in tests/layoutkit.py; the rules that make the newer ones pass are tested with
their switches off in tests/pipeline/test_patterns_session7.py.  This file is the standing
specification, one case per layout."""

from __future__ import annotations

import pytest

from layoutkit import LAYOUTS
from patternkit import ids, partition


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_the_layouts_fields_never_split_or_join_statements(layout: str) -> None:
    lines, truth = LAYOUTS[layout]()
    assert partition(ids(lines)) == partition(truth)
