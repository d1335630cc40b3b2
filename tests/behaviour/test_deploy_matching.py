"""Deploy-and-wait finds its own record on a server that behaves like the real one.

The simulator rewrites a git-sourced record's title and description with the commit when
the deploy ends, runs one job per service at a time, and can act out a restart. Every
result is checked against the simulator's ground truth: the title and description each
record was created with (``sim.state.created_as``), which the rewrite cannot touch.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import anyio
import pytest

from dokploy_async import DeployEvent, DeployResult, Dokploy, ServiceRef
from dokploy_async.testing import Outcome, Simulator, simulate

pytestmark = pytest.mark.anyio

APP_SOURCES = ("github", "gitlab", "bitbucket", "gitea", "git", "docker")
COMPOSE_SOURCES = ("github", "git", "raw")


def own_record(sim: Simulator, result: DeployResult) -> dict[str, Any] | None:
    """The record the simulator created for ``result``'s job (None: it never got one).

    A result without a token is a trigger that failed ambiguously and could not be
    settled; it is reported ``unknown`` and has no record of its own to compare.
    """
    if result.token is None:
        assert result.status == "unknown", result
        return None
    for deployment_id, (title, description) in sim.state.created_as.items():
        if result.token in f"{title} {description}":
            return sim.state.deployments.get(deployment_id, {"deploymentId": deployment_id})
    return None


def assert_matches_the_server(sim: Simulator, result: DeployResult) -> None:
    record = own_record(sim, result)
    if result.deployment_id is None:
        assert result.status in ("unknown", "timeout", "queued"), result
        assert result.error_message, result
        return
    assert record is not None, result
    assert result.deployment_id == record["deploymentId"], result
    if result.status in ("done", "error", "cancelled"):
        assert result.status == record["status"], (result, record)


def seed_sources(sim: Simulator) -> list[ServiceRef]:
    env_id = sim.seed_project("sources")["environment"]["environmentId"]
    refs = []
    for source in APP_SOURCES:
        rec = sim.seed_application(env_id, f"app-{source}", sourceType=source)
        refs.append(ServiceRef("application", rec["applicationId"], name=rec["name"]))
    for source in COMPOSE_SOURCES:
        rec = sim.seed_compose(env_id, f"stack-{source}", sourceType=source)
        refs.append(ServiceRef("compose", rec["composeId"], name=rec["name"]))
    return refs


async def test_every_source_type_gets_its_own_status_and_id_even_for_jobs_between_polls() -> None:
    # 10 ms jobs polled every 300 ms: most start and end between two rounds, so a git
    # record has lost its tag by the time it is first read.
    async with simulate(api_key="k", deploy_seconds=0.01, workers=2) as sim:
        refs = seed_sources(sim)
        sim.fail_service(refs[1].id, "clone failed")
        async with Dokploy(sim.url, sim.api_key) as dk:
            with anyio.fail_after(20):
                results = await dk.deploy_many(refs, poll_interval=0.3)
        rewritten = 0
        for result in results:
            assert result.status in ("done", "error"), result
            assert_matches_the_server(sim, result)
            record = own_record(sim, result)
            assert record is not None
            rewritten += str(record["description"]).startswith("Commit: ")
        assert results[1].status == "error"
        assert results[1].error_message == "clone failed"
        # Every source but docker (apps) and raw (compose) was rewritten.
        assert rewritten == len(APP_SOURCES) - 1 + len(COMPOSE_SOURCES) - 1


async def test_several_deploys_of_one_service_each_get_their_own_record() -> None:
    async with simulate(api_key="k", deploy_seconds=0.02, workers=3) as sim:
        env_id = sim.seed_project("p")["environment"]["environmentId"]
        app = sim.seed_application(env_id, "web")  # github, the server's default
        ref = ServiceRef("application", app["applicationId"], name="web")
        async with Dokploy(sim.url, sim.api_key) as dk:
            with anyio.fail_after(20):
                results = await dk.deploy_many([ref] * 4, poll_interval=0.1)
        assert len({r.deployment_id for r in results}) == 4
        for result in results:
            assert result.status == "done"
            assert_matches_the_server(sim, result)
        assert sim.stats.deploys_started[ref.id] == 4


async def test_another_deployers_record_is_never_claimed() -> None:
    async with simulate(api_key="k", deploy_seconds=0.02) as sim:
        env_id = sim.seed_project("p")["environment"]["environmentId"]
        ref = ServiceRef("application", sim.seed_application(env_id, "web")["applicationId"])
        async with Dokploy(sim.url, sim.api_key) as dk, Dokploy(sim.url, sim.api_key) as other:
            for _ in range(5):
                async with anyio.create_task_group() as tg:
                    # The dashboard (no tag) and this client deploy the same service.
                    tg.start_soon(lambda: other.application.deploy(application_id=ref.id))
                    with anyio.fail_after(20):
                        result = await dk.deploy(ref, poll_interval=0.2)
                assert_matches_the_server(sim, result)
                if result.status == "unknown":
                    assert "cannot be proven" in (result.error_message or "")
                await sim.wait_idle()


async def test_a_restart_cancels_the_running_record_and_loses_the_waiting_jobs() -> None:
    async with simulate(api_key="k", deploy_seconds=1.0) as sim:
        env_id = sim.seed_project("p")["environment"]["environmentId"]
        refs = [
            ServiceRef("application", sim.seed_application(env_id, name)["applicationId"])
            for name in ("first", "second", "third")
        ]
        async with Dokploy(sim.url, sim.api_key) as dk, anyio.create_task_group() as tg:
            results: dict[int, DeployResult] = {}

            async def deploy(index: int) -> None:
                results[index] = await dk.deploy(refs[index], timeout=30, poll_interval=0.05)

            for index in range(3):
                tg.start_soon(deploy, index)
                await anyio.sleep(0.05)  # queue them in this order: one worker runs "first"
            await anyio.sleep(0.3)
            started = anyio.current_time()
            assert sim.restart() == 3
        # Settled within moments of the restart, not at the 30 s deploy timeout.
        assert anyio.current_time() - started < 5
        assert results[0].status == "cancelled"
        assert results[0].deployment_id
        for index in (1, 2):
            assert results[index].status == "unknown"
            assert "restart" in (results[index].error_message or "")
        for result in results.values():
            assert_matches_the_server(sim, result)
        assert sim.stats.restarts == 1


async def test_clean_queues_drops_a_waiting_job_which_is_reported_unknown() -> None:
    async with simulate(api_key="k", deploy_seconds=0.6) as sim:
        env_id = sim.seed_project("p")["environment"]["environmentId"]
        ref = ServiceRef("application", sim.seed_application(env_id, "web")["applicationId"])
        async with Dokploy(sim.url, sim.api_key) as dk:
            results: list[DeployResult] = []

            async def deploy() -> None:
                results.append(await dk.deploy(ref, timeout=30, poll_interval=0.05))

            async with anyio.create_task_group() as tg:
                tg.start_soon(deploy)
                await anyio.sleep(0.1)
                tg.start_soon(deploy)  # waits behind the first: one job per service
                await anyio.sleep(0.2)
                # application.ts cleanQueues returns nothing: an empty 200 body.
                await dk.application.clean_queues(application_id=ref.id)
        by_status = {r.status: r for r in results}
        assert set(by_status) == {"done", "unknown"}
        assert "cleanQueues" in (by_status["unknown"].error_message or "")
        for result in results:
            assert_matches_the_server(sim, result)


async def test_a_deployment_stuck_running_times_out_with_its_id() -> None:
    async with simulate(api_key="k", deploy_seconds=0.01) as sim:
        env_id = sim.seed_project("p")["environment"]["environmentId"]
        ref = ServiceRef("application", sim.seed_application(env_id, "web")["applicationId"])
        sim.set_outcome(ref.id, Outcome(status="done", seconds=60))
        async with Dokploy(sim.url, sim.api_key) as dk:
            result = await dk.deploy(ref, timeout=0.5, poll_interval=0.05)
        assert result.status == "timeout"
        assert result.deployment_id
        assert_matches_the_server(sim, result)
        assert sim.state.deployments[result.deployment_id]["status"] == "running"


async def test_soak_200_deploys_over_40_services_with_faults_and_two_restarts() -> None:
    faults = "502:0.04,503:0.03,reset:0.03"  # 10% of requests, before or after processing
    async with simulate(api_key="k", deploy_seconds=0.02, workers=2, faults=faults, seed=3) as sim:
        env_id = sim.seed_project("soak")["environment"]["environmentId"]
        refs: list[ServiceRef] = []
        for i in range(40):
            if i % 4 == 3:
                rec = sim.seed_compose(env_id, f"stack{i}", sourceType="github")
                refs.append(ServiceRef("compose", rec["composeId"]))
            else:
                source = "docker" if i % 4 == 2 else "github"
                rec = sim.seed_application(env_id, f"app{i}", sourceType=source)
                refs.append(ServiceRef("application", rec["applicationId"]))
        for ref in refs[::7]:
            sim.fail_service(ref.id, "build failed")
        calls = [ref for _ in range(5) for ref in refs]
        finals: Counter[int] = Counter()

        def progress(event: DeployEvent) -> None:
            if event.status in ("done", "error", "cancelled", "timeout", "unknown"):
                finals[event.index] += 1

        lost_to_restarts: list[int] = []

        async def restarts() -> None:
            # Two restarts in the middle, each while jobs wait in the queue.
            for _ in range(2):
                await anyio.sleep(0.3)
                while len(sim.queue.jobs) < 3:  # noqa: ASYNC110 - the queue has no event
                    await anyio.sleep(0.005)
                lost_to_restarts.append(sim.restart())

        async with Dokploy(sim.url, sim.api_key) as dk, anyio.create_task_group() as tg:
            tg.start_soon(restarts)
            with anyio.fail_after(120):
                results = await dk.deploy_many(
                    calls, concurrency=16, on_progress=progress, poll_interval=0.05
                )
        await sim.wait_idle()

        assert sim.stats.restarts == 2
        assert all(lost_to_restarts), lost_to_restarts  # each restart dropped queued jobs
        assert finals == Counter(range(len(calls)))  # every deploy reported exactly once
        per_service = Counter(ref.id for ref in calls)
        for ref in refs:
            # No deploy ran twice: at most one run per call, whatever the faults.
            assert sim.stats.deploys_started[ref.id] <= per_service[ref.id]
        statuses = Counter(r.status for r in results)
        refused = 0
        for result in results:
            assert_matches_the_server(sim, result)
            if result.status == "unknown" and own_record(sim, result) is not None:
                # Conservative refusals are allowed, never a wrong id; they are counted.
                refused += 1
        ids = [r.deployment_id for r in results if r.deployment_id]
        assert len(ids) == len(set(ids))
        assert statuses["unknown"] >= sum(lost_to_restarts) - 2 * sim.queue.workers
        print(
            f"soak: {dict(statuses)}, lost to restarts {lost_to_restarts}, "
            f"refused {refused}, faults {dict(sim.stats.faults)}"
        )


async def test_an_ambiguous_trigger_of_a_git_service_is_never_sent_twice() -> None:
    # The trigger's answer is lost (503 after the server queued the job), and the check
    # that follows is slow enough for the job to run and have its record rewritten.
    faults = "503@application.deploy|when=after|times=1,latency:0.3@deployment.queueList|times=1"
    async with simulate(api_key="k", deploy_seconds=0.01, faults=faults) as sim:
        env_id = sim.seed_project("p")["environment"]["environmentId"]
        ref = ServiceRef("application", sim.seed_application(env_id, "web")["applicationId"])
        async with Dokploy(sim.url, sim.api_key) as dk:
            with anyio.fail_after(20):
                result = await dk.deploy(ref, poll_interval=0.05)
        assert sim.stats.faults["503"] == 1
        assert sim.stats.deploys_enqueued[ref.id] == 1
        assert result.status == "done"
        assert_matches_the_server(sim, result)
