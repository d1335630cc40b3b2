"""The deploy queue over HTTP: waiting → active/running → done/error, lag, limits."""

from __future__ import annotations

from typing import Any

import anyio
import httpx
import pytest

from dokploy_async.testing import Outcome, SimState, SimStats
from dokploy_async.testing.queue import DeployQueue

from .sim_support import new_app, running, wait_for

pytestmark = pytest.mark.anyio


async def _deployments(client: httpx.AsyncClient, app_id: str) -> list[dict[str, Any]]:
    resp = await client.get("/deployment.all", params={"applicationId": app_id})
    assert resp.status_code == 200
    body: list[dict[str, Any]] = resp.json()
    return body


async def _status(client: httpx.AsyncClient, app_id: str) -> str:
    one = (await client.get("/application.one", params={"applicationId": app_id})).json()
    return str(one["applicationStatus"])


async def test_deploy_is_queued_then_runs_then_finishes() -> None:
    async with running(deploy_seconds=0.2) as (sim, client):
        _, _, app_id = await new_app(client)
        # Hold the only worker with a first job so the second one stays waiting.
        await client.post("/application.deploy", json={"applicationId": app_id, "title": "first"})
        resp = await client.post(
            "/application.deploy",
            json={"applicationId": app_id, "title": "second", "description": "why"},
        )
        assert resp.status_code == 200
        assert resp.content == b""
        jobs = (await client.get("/deployment.queueList")).json()
        assert [j["data"]["titleLog"] for j in jobs] == ["second", "first"]
        assert jobs[0]["state"] == "waiting"
        assert jobs[0]["data"]["descriptionLog"] == "why"
        assert jobs[0]["data"]["applicationType"] == "application"
        assert set(jobs[0]) == {"id", "name", "data", "timestamp", "state", "servicePath"}
        assert jobs[1]["state"] == "active"
        assert "processedOn" in jobs[1]
        rows = await _deployments(client, app_id)
        assert [(r["title"], r["status"]) for r in rows] == [("first", "running")]
        assert await _status(client, app_id) == "running"
        await sim.wait_idle()
        rows = await _deployments(client, app_id)
        assert [(r["title"], r["status"]) for r in rows] == [("second", "done"), ("first", "done")]
        assert rows[0]["description"] == "why"
        assert rows[0]["finishedAt"] is not None
        assert (await client.get("/deployment.queueList")).json() == []
        assert await _status(client, app_id) == "done"
        assert sim.stats.deploys_enqueued[app_id] == 2
        assert sim.stats.deploys(app_id) == 2


async def test_service_status_lags_until_the_worker_starts() -> None:
    async with running(deploy_seconds=0.15) as (sim, client):
        _, _, busy = await new_app(client, "busy")
        _, _, app_id = await new_app(client, "lagging")
        sim.fail_service(app_id, message="boom", times=1)
        await client.post("/application.deploy", json={"applicationId": app_id, "title": "a"})
        await sim.wait_idle()
        assert await _status(client, app_id) == "error"
        # Busy worker: the new deploy of `lagging` waits, its status still says error.
        await client.post("/application.deploy", json={"applicationId": busy, "title": "b"})
        await client.post("/application.deploy", json={"applicationId": app_id, "title": "c"})
        assert await _status(client, app_id) == "error"
        await wait_for(lambda: sim.stats.deploys_started[app_id] == 2)
        assert await _status(client, app_id) == "running"
        await sim.wait_idle()
        assert await _status(client, app_id) == "done"


async def test_failure_outcome_message_and_log() -> None:
    async with running() as (sim, client):
        _, _, app_id = await new_app(client)
        sim.fail_service(app_id, message="build failed", log="step 1\nit broke\n")
        await client.post("/application.deploy", json={"applicationId": app_id})
        await sim.wait_idle()
        (row,) = await _deployments(client, app_id)
        assert (row["status"], row["errorMessage"], row["title"]) == (
            "error",
            "build failed",
            "Manual deployment",
        )
        logs = await client.get(
            "/deployment.readLogs", params={"deploymentId": row["deploymentId"]}
        )
        assert logs.json() == "step 1\nit broke\n"


async def test_workers_run_in_parallel_when_configured() -> None:
    async with running(deploy_seconds=0.2, workers=3) as (sim, client):
        apps = [(await new_app(client, f"a{i}"))[2] for i in range(3)]
        for app_id in apps:
            await client.post("/application.deploy", json={"applicationId": app_id})
        await wait_for(lambda: sum(sim.stats.deploys_started.values()) == 3, limit=0.15)
        jobs = (await client.get("/deployment.queueList")).json()
        assert {j["state"] for j in jobs} == {"active"}
        await sim.wait_idle()


async def test_keeps_ten_records_per_service() -> None:
    async with running(deploy_seconds=0.01) as (sim, client):
        _, _, app_id = await new_app(client)
        first_id = None
        for i in range(12):
            await client.post(
                "/application.deploy", json={"applicationId": app_id, "title": f"d{i}"}
            )
            await sim.wait_idle()
            if first_id is None:
                first_id = (await _deployments(client, app_id))[0]["deploymentId"]
        rows = await _deployments(client, app_id)
        assert len(rows) == 10
        assert rows[0]["title"] == "d11"
        assert rows[-1]["title"] == "d2"
        gone = await client.get("/deployment.readLogs", params={"deploymentId": first_id})
        assert gone.status_code == 404
        assert gone.json()["message"] == "Deployment not found"


async def test_compose_deploy_and_by_type() -> None:
    async with running() as (sim, client):
        created = (await client.post("/project.create", json={"name": "p"})).json()
        env_id = created["environment"]["environmentId"]
        compose_id = (
            await client.post("/compose.create", json={"name": "s", "environmentId": env_id})
        ).json()["composeId"]
        resp = await client.post("/compose.deploy", json={"composeId": compose_id, "title": "c1"})
        assert resp.json() == {
            "success": True,
            "message": "Deployment queued",
            "composeId": compose_id,
        }
        await sim.wait_idle()
        rows = (
            await client.get("/deployment.allByCompose", params={"composeId": compose_id})
        ).json()
        assert rows[0]["status"] == "done"
        assert rows[0]["composeId"] == compose_id
        typed = (
            await client.get("/deployment.allByType", params={"id": compose_id, "type": "compose"})
        ).json()
        assert typed[0]["rollback"] is None
        one = (await client.get("/compose.one", params={"composeId": compose_id})).json()
        assert one["composeStatus"] == "done"


async def test_cancel_kill_and_clean() -> None:
    async with running(deploy_seconds=5) as (sim, client):
        _, _, app_id = await new_app(client)
        for title in ("run", "wait1", "wait2"):
            await client.post("/application.deploy", json={"applicationId": app_id, "title": title})
        await wait_for(lambda: sim.stats.deploys_started[app_id] == 1)
        assert (await client.post("/settings.cleanAllDeploymentQueue", json={})).json() is True
        jobs = (await client.get("/deployment.queueList")).json()
        assert [j["data"]["titleLog"] for j in jobs] == ["run"]
        (row,) = await _deployments(client, app_id)
        killed = await client.post(
            "/deployment.killProcess", json={"deploymentId": row["deploymentId"]}
        )
        assert killed.status_code == 200
        assert killed.content == b""
        await sim.wait_idle()
        assert (await _deployments(client, app_id))[0]["status"] == "error"
        again = await client.post(
            "/deployment.killProcess", json={"deploymentId": row["deploymentId"]}
        )
        assert again.status_code == 400
        await client.post("/application.deploy", json={"applicationId": app_id, "title": "x"})
        await wait_for(lambda: sim.stats.deploys_started[app_id] == 2)
        cancel = await client.post("/application.cancelDeployment", json={"applicationId": app_id})
        assert cancel.json()["success"] is True
        await sim.wait_idle()
        assert (await _deployments(client, app_id))[0]["status"] == "cancelled"
        assert await _status(client, app_id) == "idle"


async def test_database_deploy_runs_inside_the_request() -> None:
    async with running(deploy_seconds=0.1) as (sim, client):
        created = (await client.post("/project.create", json={"name": "p"})).json()
        env_id = created["environment"]["environmentId"]
        pg = sim.seed_database("postgres", env_id, "db", databasePassword="pw")
        pg_id = pg["postgresId"]
        start = anyio.current_time()
        ok = await client.post("/postgres.deploy", json={"postgresId": pg_id})
        assert ok.json()["postgresId"] == pg_id  # the record, as deployPostgres returns it
        assert anyio.current_time() - start >= 0.09
        sim.fail_service(pg_id, message="Cannot connect to the Docker daemon")
        bad = await client.post("/postgres.deploy", json={"postgresId": pg_id})
        assert bad.status_code == 500
        assert bad.json()["code"] == "INTERNAL_SERVER_ERROR"
        assert "Cannot connect" in bad.json()["message"]
        assert sim.stats.deploys(pg_id) == 2
        assert (await client.get("/deployment.queueList")).json() == []


async def test_queue_state_machine_without_http() -> None:
    state = SimState(seed=1)
    stats = SimStats()
    queue = DeployQueue(state, stats, workers=1, deploy_seconds=0.02)
    env_id = state.create_project("p")["environment"]["environmentId"]
    app_id = state.create_application(
        {"name": "a", "environmentId": env_id, "sourceType": "docker"}
    )["applicationId"]
    state.outcomes[app_id] = Outcome(status="error", times=1)
    async with anyio.create_task_group() as tg:
        await tg.start(queue.run)
        queue.enqueue("application", app_id, title="one", description=None)
        queue.enqueue("application", app_id, title="two", description=None)
        assert [j["state"] for j in queue.list_jobs()] == ["waiting", "waiting"]
        with anyio.fail_after(2):
            while not queue.is_idle():  # noqa: ASYNC110 - the queue has no drain event
                await anyio.sleep(0.005)
        tg.cancel_scope.cancel()
    statuses = [(r["title"], r["status"]) for r in state.deployments_of(app_id)]
    assert statuses == [("two", "done"), ("one", "error")]
    assert stats.deploys_finished[app_id] == 2
