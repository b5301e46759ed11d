"""Fixtures of the dashboard tests: a real HTTP server over the sample data (see fixture_appliance)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fixture_appliance import FixtureAppliance


@pytest.fixture(scope="module")
def appliance() -> Iterator[FixtureAppliance]:
    a = FixtureAppliance().start()
    yield a
    a.stop()
