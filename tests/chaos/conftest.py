"""Chaos tests start real appliances in their own process groups: none may outlive its test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from chaoskit import kill_leftovers


@pytest.fixture(autouse=True)
def _no_leftover_appliances() -> Iterator[None]:
    yield
    kill_leftovers()
