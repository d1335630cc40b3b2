"""Shared fixtures: every async test runs once under asyncio and once under trio."""

from __future__ import annotations

import pytest


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    """The event loop anyio's pytest plugin runs ``@pytest.mark.anyio`` tests on."""
    return str(request.param)
