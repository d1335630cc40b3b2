"""deploy / deploy_many against the simulator: exactly once under faults, cancellation."""

from __future__ import annotations

from collections import Counter

import anyio
import pytest

from dokploy_async import DeployEvent, Dokploy, ServiceRef
from dokploy_async.testing import Simulator, simulate

pytestmark = pytest.mark.anyio
FAST = 0.02


def seed(sim: Simulator, n: int) -> list[ServiceRef]:
    env_id = sim.seed_project("fleet")["environment"]["environmentId"]
    refs = []
    for i in range(n):
        if i % 5 == 4:
            rec = sim.seed_compose(env_id, f"stack{i}")
            refs.append(ServiceRef("compose", rec["composeId"], name=rec["name"]))
        else:
            rec = sim.seed_application(env_id, f"app{i}")
            refs.append(ServiceRef("application", rec["applicationId"], name=rec["name"]))
    return refs


async def test_fifty_services_with_failures_and_503s_each_deployed_once() -> None:
    faults = "503:0.05|when=before,503:0.05|when=after"
    async with simulate(api_key="k", deploy_seconds=0.05, workers=4, faults=faults, seed=7) as sim:
        refs = seed(sim, 50)
        failing = {refs[i].id: f"boom {i}" for i in (3, 11, 24, 37, 49)}
        for sid, message in failing.items():
            sim.fail_service(sid, message, log=f"step 1\n{message}: exit 1")
        finals: Counter[int] = Counter()

        def progress(event: DeployEvent) -> None:
            if event.status in ("done", "error", "cancelled", "timeout", "unknown"):
                finals[event.index] += 1

        async with Dokploy(sim.url, sim.api_key) as dk:
            with anyio.fail_after(60):
                results = await dk.deploy_many(
                    refs, concurrency=8, on_progress=progress, poll_interval=FAST
                )
        await sim.wait_idle()

        assert sim.stats.faults["503"] > 0
        assert [r.service for r in results] == refs
        assert finals == Counter(range(50))  # every service reported exactly once
        for ref, result in zip(refs, results, strict=True):
            assert sim.stats.deploys_enqueued[ref.id] == 1, ref
            assert sim.stats.deploys_started[ref.id] == 1, ref
            if ref.id in failing:
                assert result.status == "error"
                assert result.error_message == failing[ref.id]
                assert result.deployment_id
            else:
                assert result.status == "done", (ref, result)


@pytest.mark.parametrize(
    "fault",
    [
        "503@application.deploy|when=after|times=1",
        "503@application.deploy|when=before|times=1",
        "reset@application.deploy|when=after|times=1",
        "reset@application.deploy|when=before|times=1",
    ],
)
async def test_ambiguous_trigger_deploys_exactly_once(fault: str) -> None:
    async with simulate(api_key="k", deploy_seconds=0.02, faults=fault) as sim:
        ref = seed(sim, 1)[0]
        async with Dokploy(sim.url, sim.api_key) as dk:
            result = await dk.deploy(ref, poll_interval=FAST, timeout=20)
        assert result.status == "done"
        assert sim.stats.faults[fault.split("@")[0]] == 1
        assert sim.stats.deploys_enqueued[ref.id] == 1


async def test_database_deploy_and_failure() -> None:
    async with simulate(api_key="k", deploy_seconds=0.02) as sim:
        env_id = sim.seed_project("db")["environment"]["environmentId"]
        ok = sim.seed_database("postgres", env_id, "pg")
        bad = sim.seed_database("mysql", env_id, "my")
        sim.fail_service(bad["mysqlId"], "no docker daemon")
        async with Dokploy(sim.url, sim.api_key) as dk:
            good, failed = await dk.deploy_many(
                [ServiceRef("postgres", ok["postgresId"]), ServiceRef("mysql", bad["mysqlId"])]
            )
        assert good.status == "done"
        assert failed.status == "error"
        assert "no docker daemon" in (failed.error_message or "")


async def test_cancelling_a_fan_out_leaves_no_task_and_server_work_goes_on() -> None:
    async with simulate(api_key="k", deploy_seconds=0.4, workers=2) as sim:
        refs = seed(sim, 20)
        async with Dokploy(sim.url, sim.api_key) as dk:
            before = len(anyio.get_running_tasks())
            queued: set[int] = set()
            with anyio.CancelScope() as scope:

                def progress(event: DeployEvent) -> None:
                    queued.add(event.index)
                    if len(queued) == 8:  # all eight slots triggered: cancel mid-way
                        scope.cancel()

                with anyio.fail_after(20):
                    await dk.deploy_many(
                        refs, concurrency=8, poll_interval=FAST, on_progress=progress
                    )
            assert scope.cancelled_caught
            assert len(anyio.get_running_tasks()) == before
            assert dk._deploy_poller.active == 0
            # The client is still usable after the cancellation.
            again = await dk.deploy(refs[-1], poll_interval=FAST)
            assert again.status == "done"
        with anyio.fail_after(20):
            await sim.wait_idle()
        # The 8 in flight when cancelled ran to their end on the server, plus the last one;
        # the 11 not started were never sent.
        enqueued = sum(sim.stats.deploys_enqueued.values())
        assert enqueued == 9
        assert sum(sim.stats.deploys_finished.values()) == enqueued
