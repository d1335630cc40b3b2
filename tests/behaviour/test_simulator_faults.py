"""Fault injection over real loopback HTTP: before/after, kinds, seeds, counters."""

from __future__ import annotations

import httpx
import pytest

from dokploy_async.testing import FaultSpec, parse_faults

from .sim_support import new_app, running

pytestmark = pytest.mark.anyio


def test_parse_fault_syntax() -> None:
    specs = parse_faults(
        "503:0.1@deployment.*, latency:0.05, reset@application.deploy|when=after|times=1,"
        "html|status=504|method=get, timeout:2@compose.*|p=0.5"
    )
    assert specs[0] == FaultSpec(kind="503", probability=0.1, route="deployment.*")
    assert specs[1] == FaultSpec(kind="latency", seconds=0.05)
    assert specs[2] == FaultSpec(kind="reset", route="application.deploy", when="after", times=1)
    assert specs[3] == FaultSpec(kind="html", status=504, method="GET")
    assert specs[4] == FaultSpec(kind="timeout", seconds=2, route="compose.*", probability=0.5)
    for bad in ("nope:1", "503|when", "503|colour=red"):
        with pytest.raises(ValueError, match="fault"):
            parse_faults(bad)


async def test_503_before_means_the_deploy_never_happened() -> None:
    async with running(faults="503@application.deploy|times=1") as (sim, client):
        _, _, app_id = await new_app(client)
        first = await client.post("/application.deploy", json={"applicationId": app_id})
        assert first.status_code == 503
        assert first.text == "Service Unavailable"
        assert sim.stats.deploys_enqueued[app_id] == 0
        second = await client.post("/application.deploy", json={"applicationId": app_id})
        assert second.status_code == 200
        assert sim.stats.deploys_enqueued[app_id] == 1
        assert sim.stats.requests["application.deploy"] == 2
        assert sim.stats.processed["application.deploy"] == 1
        assert sim.stats.faults["503"] == 1
        assert sim.stats.fault_log[0].when == "before"


async def test_faults_after_processing_still_enqueue() -> None:
    async with running(faults="504@application.deploy|when=after|times=1") as (sim, client):
        _, _, app_id = await new_app(client)
        resp = await client.post("/application.deploy", json={"applicationId": app_id})
        assert resp.status_code == 504
        assert sim.stats.deploys_enqueued[app_id] == 1
        await sim.wait_idle()


async def test_reset_after_processing() -> None:
    async with running(faults="reset@application.deploy|when=after") as (sim, client):
        _, _, app_id = await new_app(client)
        with pytest.raises(httpx.TransportError):
            await client.post("/application.deploy", json={"applicationId": app_id})
        assert sim.stats.deploys_enqueued[app_id] == 1
        await sim.wait_idle()


async def test_read_timeout_holds_the_response() -> None:
    async with running(faults="timeout:3@project.all") as (sim, client):
        with pytest.raises(httpx.ReadTimeout):
            await client.get("/project.all", timeout=0.2)
        assert sim.stats.faults["timeout"] == 1
        assert (await client.get("/settings.health")).status_code == 200


async def test_html_truncate_and_latency() -> None:
    faults = "html@settings.health,truncate@project.all,latency:0.1@settings.isCloud"
    async with running(faults=faults) as (_, client):
        await client.post("/project.create", json={"name": "p"})
        page = await client.get("/settings.health")
        assert page.status_code == 502
        assert page.headers["content-type"] == "text/html"
        assert "<center>nginx</center>" in page.text
        cut = await client.get("/project.all")
        assert cut.status_code == 200
        with pytest.raises(ValueError, match=r"."):
            cut.json()
        slow = await client.get("/settings.isCloud")
        assert slow.json() is False
        assert slow.elapsed.total_seconds() >= 0.09


async def test_faults_are_reproducible_with_a_seed() -> None:
    async def pattern(seed: int) -> list[int]:
        async with running(faults="503:0.5@settings.*", seed=seed) as (_, client):
            return [(await client.get("/settings.health")).status_code for _ in range(30)]

    first = await pattern(7)
    assert first == await pattern(7)
    assert 503 in first
    assert 200 in first
    assert first != await pattern(8)


async def test_faults_can_be_changed_at_run_time_and_by_method() -> None:
    async with running() as (sim, client):
        sim.set_faults("502|method=POST")
        assert (await client.get("/settings.health")).status_code == 200
        assert (await client.post("/settings.cleanAllDeploymentQueue", json={})).status_code == 502
        sim.set_faults(None)
        assert (await client.post("/settings.cleanAllDeploymentQueue", json={})).status_code == 200
