"""Helpers for the simulator's behaviour tests: clients and small waits."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import anyio
import httpx

from dokploy_async.testing import Simulator, simulate


@asynccontextmanager
async def running(**options: Any) -> AsyncIterator[tuple[Simulator, httpx.AsyncClient]]:
    """A started simulator and an httpx client pointed at its ``/api``."""
    options.setdefault("api_key", "test-key")
    options.setdefault("deploy_seconds", 0.05)
    async with (
        simulate(**options) as sim,
        httpx.AsyncClient(
            base_url=f"{sim.url}/api", headers={"x-api-key": sim.api_key}, timeout=5
        ) as client,
    ):
        yield sim, client


def docker_provider(app_id: str, image: str = "nginx:alpine") -> dict[str, Any]:
    """An ``application.saveDockerProvider`` body, as captured
    (application.saveDockerProvider.200.req.txt): the null credentials are required."""
    return {
        "applicationId": app_id,
        "dockerImage": image,
        "username": None,
        "password": None,
        "registryUrl": None,
    }


async def new_app(
    client: httpx.AsyncClient, name: str = "web", *, source: str = "docker"
) -> tuple[str, str, str]:
    """Create a project and an application in its production environment.

    ``source="docker"`` (the default here) keeps deployment titles as sent;
    ``source="github"`` (the server's default) has them rewritten with the commit.
    Returns (project id, environment id, application id).
    """
    created = (await client.post("/project.create", json={"name": f"p-{name}"})).json()
    env_id = created["environment"]["environmentId"]
    app = await client.post("/application.create", json={"name": name, "environmentId": env_id})
    assert app.status_code == 200, app.text
    app_id = app.json()["applicationId"]
    if source == "docker":
        saved = await client.post("/application.saveDockerProvider", json=docker_provider(app_id))
        assert saved.status_code == 200, saved.text
    return created["project"]["projectId"], env_id, app_id


async def wait_for(check: Callable[[], Any], limit: float = 3.0) -> None:
    """Poll an async or sync predicate until it is truthy (fail after ``limit`` s)."""
    with anyio.fail_after(limit):
        while True:
            result = check()
            if hasattr(result, "__await__"):
                result = await result
            if result:
                return
            await anyio.sleep(0.005)
