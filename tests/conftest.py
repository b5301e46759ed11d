"""Shared fixtures: free loopback ports."""

from __future__ import annotations

import pytest

from netutil import free_port

__all__ = ["free_port"]


@pytest.fixture
def port() -> int:
    return free_port()


@pytest.fixture(scope="session", autouse=True)
def _no_process_outlives_the_session():
    """Whatever a test started and failed to stop (an appliance, a broker) is killed at the end.

    Tests stop what they start; this is the safety net so that one failing
    test cannot leave servers burning CPU under the rest of the suite or CI.
    """
    yield
    import psutil

    leftovers = psutil.Process().children(recursive=True)
    for p in leftovers:
        try:
            p.kill()
        except psutil.NoSuchProcess:
            pass
    psutil.wait_procs(leftovers, timeout=5)
