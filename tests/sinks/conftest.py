"""Fixtures for the archive, rollup and query tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from sinkdata import make_cfg

from millpond.config import Config


@pytest.fixture
def cfg(tmp_path: Path) -> Config:
    return make_cfg(tmp_path / "data")
