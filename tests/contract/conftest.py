"""Which server the contract suite talks to.

A real Dokploy when ``DOKPLOY_URL`` and ``DOKPLOY_API_KEY`` are set (so anyone with an
instance can check their version); otherwise the simulator; skipped when neither can
run (the simulator needs the ``testing`` extra).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import attrs
import pytest


@attrs.frozen
class Target:
    """A server to run the contract scenario against."""

    url: str
    api_key: str
    simulated: bool


@pytest.fixture(scope="module")
def dokploy_target() -> Iterator[Target]:
    """The real server from the environment, or a running simulator."""
    url, key = os.environ.get("DOKPLOY_URL"), os.environ.get("DOKPLOY_API_KEY")
    if url and key:
        yield Target(url=url, api_key=key, simulated=False)
        return
    pytest.importorskip("uvicorn", reason="the simulator needs dokploy-async[testing]")
    from dokploy_async.testing import simulate

    with simulate(api_key="contract-key", deploy_seconds=0.05) as sim:
        yield Target(url=sim.url, api_key=sim.api_key, simulated=True)
