"""Running the simulator: the pytest fixture, the sync context manager and the CLI."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest

from dokploy_async.testing import Simulator


@pytest.mark.dokploy_simulator(api_key="fixture-key", version="v1.2.3")
def test_fixture_yields_a_running_simulator(dokploy_simulator: Simulator) -> None:
    resp = httpx.get(
        f"{dokploy_simulator.url}/api/settings.getDokployVersion",
        headers={"x-api-key": "fixture-key"},
    )
    assert resp.json() == "v1.2.3"


def test_sync_context_manager_stops_its_thread() -> None:
    sim = Simulator(api_key="k")
    with sim:
        assert sim.running
    assert not sim.running


def test_cli_serves_until_stopped() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "dokploy_async.testing", "serve", "--port", "0", "--api-key", "k"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        url = line.split(" serving on ")[1].split()[0]
        resp = httpx.get(f"{url}/api/settings.health", headers={"x-api-key": "k"})
        assert resp.json() == {"status": "ok"}
    finally:
        proc.terminate()
        assert proc.wait(timeout=10) == 0
