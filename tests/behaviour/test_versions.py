"""The workflows against the simulator serving each reference Dokploy document.

The committed client (pinned to v0.30.2) talks to servers of every age: it degrades where
an operation is missing (no queueList: listings only; no readLogs: no log tail), follows a
server that serves ``/router/procedure`` paths, and raises ``UnsupportedOperationError``
(never ``AttributeError``) for what cannot work.
"""

from __future__ import annotations

import json
from pathlib import Path

import anyio
import pytest

from dokploy_async import (
    Dokploy,
    NotFoundError,
    UnsupportedOperationError,
)
from dokploy_async._openapi import route_names
from dokploy_async.testing import simulate
from tests.shared_data import requires_shared, spec_files

pytestmark = [pytest.mark.anyio, requires_shared]


def _names(spec: Path) -> set[str]:
    return set(route_names(json.loads(spec.read_bytes())).values())


WITH_ENVIRONMENTS = [s for s in spec_files() if "environment.byProjectId" in _names(s)]
WITHOUT_ENVIRONMENTS = [s for s in spec_files() if "environment.byProjectId" not in _names(s)]


@pytest.mark.parametrize("spec", WITH_ENVIRONMENTS, ids=lambda p: p.stem)
async def test_the_workflows_work_against_every_version_with_environments(spec: Path) -> None:
    names = _names(spec)
    async with simulate(api_key="k", deploy_seconds=0.01, spec=spec, version="v0.0.1") as sim:
        env_id = sim.seed_project("shop")["environment"]["environmentId"]
        web = sim.seed_application(env_id, "web")["applicationId"]
        sim.seed_compose(env_id, "stack")
        sim.fail_service(web, "build failed", log="step 1\nbuild failed\n")
        async with Dokploy(sim.url, sim.api_key) as dk:
            env = await dk.resolve_environment("shop")
            assert env.name == "production"
            app = await dk.find_service("web", project="shop")
            stack = await dk.find_service("stack", project="shop")
            await dk.set_env(app, {"A": "1"})
            await dk.set_env(stack, {"B": "2"})
            assert (await dk.get_env(app))["A"] == "1"
            assert (await dk.get_env(stack))["B"] == "2"
            with anyio.fail_after(30):
                results = await dk.deploy_many([app, stack], poll_interval=0.05)
        assert [r.status for r in results] == ["error", "done"]
        assert all(r.deployment_id for r in results)
        # Degraded where the server lacks the operation, full where it has it.
        assert (results[0].log_tail is not None) == ("deployment.readLogs" in names)
        if "deployment.queueList" not in names:
            assert sim.stats.requests["deployment.queueList"] <= 1


@pytest.mark.parametrize("spec", WITHOUT_ENVIRONMENTS, ids=lambda p: p.stem)
async def test_a_server_without_environments_says_which_operation_is_missing(
    spec: Path,
) -> None:
    # (The simulator answers with v0.30.2's body shapes whatever the document, so a
    # project listing still nests environments; the operation itself is what is missing.)
    async with simulate(api_key="k", spec=spec, version="v0.7.3") as sim:
        project_id = sim.seed_project("shop")["project"]["projectId"]
        async with Dokploy(sim.url, sim.api_key) as dk:
            with pytest.raises(UnsupportedOperationError) as info:
                await dk.environment.by_project_id(project_id=project_id)
    err = info.value
    assert err.operation == "environment.byProjectId"
    assert err.server_version == "v0.7.3"
    assert "v0.30.2" in err.available_in
    assert "environment.byProjectId is not available" in str(err)
    assert "v0.7.3" in str(err)


async def test_a_missing_operation_and_a_missing_object_are_told_apart() -> None:
    spec = next((s for s in spec_files() if s.stem == "dokploy-2025-12-17"), None)
    if spec is None:
        pytest.skip("the 2025-12-17 reference document is not there")
    async with (
        simulate(api_key="k", spec=spec, version="v0.25.0") as sim,
        Dokploy(sim.url, sim.api_key) as dk,
    ):
        with pytest.raises(UnsupportedOperationError) as info:
            await dk.deployment.read_logs(deployment_id="x")
        assert info.value.operation == "deployment.readLogs"
        assert info.value.server_version == "v0.25.0"
        assert info.value.available_in[-1] == "v0.30.2"
        assert await dk.server_version() == "v0.25.0"
        with pytest.raises(NotFoundError) as missing:
            await dk.project.one(project_id="nope")
        assert type(missing.value) is NotFoundError
        assert missing.value.message == "Project not found"


async def test_a_server_with_slash_paths_is_followed_after_one_extra_request() -> None:
    spec = next((s for s in spec_files() if "slash" in s.stem), None)
    if spec is None:
        pytest.skip("the slash-paths reference document is not there")
    async with simulate(api_key="k", spec=spec, version="v0.28.0") as sim:
        sim.seed_project("shop")
        async with Dokploy(sim.url, sim.api_key) as dk:
            assert [p.name for p in await dk.project.all()] == ["shop"]
            assert [p.name for p in await dk.project.all()] == ["shop"]
        # The dotted route was tried once, then every call used the document's own path.
        assert sim.stats.requests["project.all"] == 3


async def test_a_client_without_the_operation_raises_unsupported_not_attribute_error() -> None:
    from dokploy_async._operations import operation

    class OldClient:
        """A generated client of a document that has no environment router."""

    with pytest.raises(UnsupportedOperationError) as info:
        operation(OldClient(), "environment.byProjectId")
    assert "this client was generated from a Dokploy document without it" in str(info.value)
    assert info.value.server_version is None
