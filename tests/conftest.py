"""Shared fixtures: every async test runs once under asyncio and once under trio.

Every answer a simulator gives during a test is checked against Dokploy's own types
(tests/reply_check.py); a body the real server could not send fails that test.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import dokploy_async.testing.app as sim_app
import dokploy_async.testing.handlers as sim_handlers
from dokploy_async.testing.handlers import Reply, SimContext
from tests.reply_check import ReplyLog


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    """The event loop anyio's pytest plugin runs ``@pytest.mark.anyio`` tests on."""
    return str(request.param)


@pytest.fixture(autouse=True)
def simulator_answers_match_dokploy_types(monkeypatch: pytest.MonkeyPatch) -> Iterator[ReplyLog]:
    """Check each simulator reply of the test against the committed v0.30.2 types."""
    log = ReplyLog()
    dispatch = sim_handlers.dispatch

    async def checked(ctx: SimContext, route_name: str, method: str, data: Any) -> Reply:
        reply = await dispatch(ctx, route_name, method, data)
        log.check(route_name, reply)
        return reply

    monkeypatch.setattr(sim_app, "dispatch", checked)
    yield log
    assert not log.found, "the simulator answered what Dokploy's types reject:\n" + "\n".join(
        log.found
    )
