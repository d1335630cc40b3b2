"""Fixtures of the client tests: the real captures, and a backoff sleep that never waits."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.shared_data import CAPTURES


@pytest.fixture
def captures() -> Path:
    """The folder of real Dokploy responses; skips the test when ../shared is not beside the repo."""
    if not CAPTURES.is_dir():
        pytest.skip(f"real captures not found at {CAPTURES} (clone with ../shared beside it)")
    return CAPTURES


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Replace the backoff sleep: record each requested wait instead of waiting."""
    recorded: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        recorded.append(seconds)

    monkeypatch.setattr("dokploy_async._retry._sleep", fake_sleep)
    return recorded
