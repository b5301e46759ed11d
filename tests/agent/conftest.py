"""Fixtures for the agent tests: a real appliance process and agent processes."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from agentkit import AgentProc, Appliance


@pytest.fixture
def appliance(tmp_path: Path) -> Iterator[Appliance]:
    a = Appliance(tmp_path / "data")
    a.start()
    yield a
    a.stop()


@pytest.fixture
def agents() -> Iterator[list[AgentProc]]:
    """Agent processes started by a test; stopped at the end (their output shown on failure)."""
    started: list[AgentProc] = []
    yield started
    shown: set[Path] = set()
    for a in started:
        a.stop()
        if a.log_path and a.log_path.exists() and a.log_path not in shown:
            shown.add(a.log_path)
            sys.stdout.write(a.output()[-4000:])
