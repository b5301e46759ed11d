"""Fixtures for the agent tests: a real appliance process and agent processes."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from agentkit import AgentProc, Appliance, Scoped


@pytest.fixture(scope="module")
def shared_appliance(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Appliance]:
    """One ``millpond run`` for the tests of a module that neither stop nor reconfigure it."""
    a = Appliance(tmp_path_factory.mktemp("appliance") / "data")
    a.start()
    yield a
    a.stop()


@pytest.fixture
def appliance(shared_appliance: Appliance, tmp_path: Path) -> Scoped:
    """The shared appliance, seen through this test's files only (rows whose file is under tmp_path)."""
    if shared_appliance.proc is None or shared_appliance.proc.poll() is not None:
        shared_appliance.start()
    return Scoped(shared_appliance, tmp_path, shared_appliance.end_offsets())


@pytest.fixture
def own_appliance(tmp_path: Path) -> Iterator[Appliance]:
    """An appliance of this test alone (it gets stopped and started)."""
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
