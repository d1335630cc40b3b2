"""pytest plugin (entry point ``pytest11``): the ``dokploy_simulator`` fixture.

Kept light on purpose: pytest imports it at start-up in every project that has
dokploy-async installed, so the simulator itself is imported only when the fixture
is used.

Options come from the ``dokploy_simulator`` marker::

    @pytest.mark.dokploy_simulator(deploy_seconds=0.05, faults="503:0.2@deployment.*")
    def test_deploy(dokploy_simulator): ...
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .server import Simulator


def pytest_configure(config: pytest.Config) -> None:
    """Register the marker that passes options to the fixture."""
    config.addinivalue_line(
        "markers",
        "dokploy_simulator(**options): options for the dokploy_simulator fixture "
        "(see dokploy_async.testing.simulate)",
    )


@pytest.fixture
def dokploy_simulator(request: pytest.FixtureRequest) -> Iterator[Simulator]:
    """A running Dokploy simulator on a free loopback port, stopped after the test.

    Works with synchronous, asyncio and trio tests alike (it runs in its own thread).
    Defaults: ``deploy_seconds=0.05``, api key ``test-api-key``.
    """
    from .server import simulate

    options: dict[str, Any] = {"api_key": "test-api-key", "deploy_seconds": 0.05}
    marker = request.node.get_closest_marker("dokploy_simulator")
    if marker is not None:
        options.update(marker.kwargs)
    with simulate(**options) as sim:
        yield sim
