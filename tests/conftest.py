"""Shared fixtures: free loopback ports."""

from __future__ import annotations

import pytest

from netutil import free_port

__all__ = ["free_port"]


@pytest.fixture
def port() -> int:
    return free_port()
