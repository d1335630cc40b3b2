"""The rest of a deployment's life that the SDK covers: history, and deploying an image tag."""

from __future__ import annotations

import anyio
import pytest

from dokploy_async import DeployResult, Dokploy, DokployError, ServiceRef
from dokploy_async.generated.models.deployment import Deployment
from dokploy_async.testing import Simulator, simulate

pytestmark = pytest.mark.anyio


def _docker_app(sim: Simulator, name: str = "web", image: str = "nginx:1.25") -> ServiceRef:
    env_id = sim.seed_project("shop")["environment"]["environmentId"]
    app_id = sim.seed_application(env_id, name, sourceType="docker")["applicationId"]
    # A private registry's credentials, as application.saveDockerProvider stores them.
    sim.state.update_service(
        "application", app_id, {"dockerImage": image, "username": "bot", "password": "s3cret"}
    )
    return ServiceRef("application", app_id, name=name)


async def test_deployments_is_the_typed_history_newest_first() -> None:
    async with simulate(api_key="k", deploy_seconds=0.01) as sim:
        ref = _docker_app(sim)
        async with Dokploy(sim.url, sim.api_key) as dk:
            assert await dk.deployments(ref) == []
            first = await dk.deploy(ref, title="one", poll_interval=0.02)
            second = await dk.deploy(ref, title="two", poll_interval=0.02)
            history = await dk.deployments(ref)
        assert all(isinstance(d, Deployment) for d in history)
        assert [d.deployment_id for d in history] == [second.deployment_id, first.deployment_id]
        assert [d.title for d in history] == ["two", "one"]


async def test_deploy_an_image_tag_in_one_call_keeping_the_credentials() -> None:
    async with simulate(api_key="k", deploy_seconds=0.01) as sim:
        ref = _docker_app(sim)
        async with Dokploy(sim.url, sim.api_key) as dk:
            result = await dk.deploy(ref, image="nginx:1.27", poll_interval=0.02)
        assert result.status == "done"
        assert result.deployment_id
        assert sim.state.image_at_start[result.deployment_id] == "nginx:1.27"
        found = sim.state.find_service(ref.id)
        assert found is not None
        app = found[1]
        assert (app["dockerImage"], app["username"], app["password"]) == (
            "nginx:1.27",
            "bot",
            "s3cret",
        )
        assert sim.stats.deploys(ref.id) == 1


async def test_image_deploys_from_one_client_each_build_their_own_image() -> None:
    # One worker and slow runs: the second job would start after the third image was set,
    # were the image deploys not held until each job has started.
    async with simulate(api_key="k", deploy_seconds=0.2) as sim:
        ref = _docker_app(sim)
        results: dict[str, DeployResult] = {}
        async with Dokploy(sim.url, sim.api_key) as dk, anyio.create_task_group() as tg:

            async def deploy(tag: str) -> None:
                results[tag] = await dk.deploy(ref, image=f"nginx:{tag}", poll_interval=0.02)

            for tag in ("a", "b", "c"):
                tg.start_soon(deploy, tag)
        for tag, result in results.items():
            assert result.status == "done"
            assert result.deployment_id
            assert sim.state.image_at_start[result.deployment_id] == f"nginx:{tag}"


async def test_image_needs_a_docker_sourced_application() -> None:
    async with simulate(api_key="k") as sim, Dokploy(sim.url, sim.api_key) as dk:
        env_id = sim.seed_project("p")["environment"]["environmentId"]
        git_app = ServiceRef("application", sim.seed_application(env_id, "git")["applicationId"])
        stack = ServiceRef("compose", sim.seed_compose(env_id, "stack")["composeId"])
        with pytest.raises(DokployError, match="needs a docker-sourced application"):
            await dk.deploy(git_app, image="nginx:1")
        with pytest.raises(ValueError, match="is a compose"):
            await dk.deploy(stack, image="nginx:1")
        assert sim.stats.deploys_enqueued[git_app.id] == 0
