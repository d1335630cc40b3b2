"""What a new user trips over, through the public API against the simulator."""

from __future__ import annotations

import pytest

from dokploy_async import AmbiguousNameError, Dokploy, DokployError, ResolutionError
from dokploy_async.testing import simulate

pytestmark = pytest.mark.anyio


async def test_a_typo_lists_the_candidates_in_the_message() -> None:
    async with simulate(api_key="k") as sim, Dokploy(sim.url, sim.api_key) as dk:
        env_id = sim.seed_project("shop")["environment"]["environmentId"]
        sim.seed_application(env_id, "web")
        sim.seed_application(env_id, "api")
        with pytest.raises(ResolutionError) as project:
            await dk.resolve_environment("shpo")
        assert "did you mean 'shop'?" in str(project.value)
        with pytest.raises(ResolutionError) as service:
            await dk.find_service("wbe", project="shop")
        text = str(service.value)
        assert "did you mean 'web'?" in text
        assert "'api'" in text
        assert "'web'" in text
        with pytest.raises(ResolutionError) as environment:
            await dk.resolve_environment("shop", "stagin")
        assert "'production'" in str(environment.value)


async def test_an_ambiguous_name_reads_naturally_and_says_what_to_pass() -> None:
    async with simulate(api_key="k") as sim, Dokploy(sim.url, sim.api_key) as dk:
        created = sim.seed_project("shop")
        project_id = created["project"]["projectId"]
        sim.state.create_environment(project_id, "twin")
        sim.state.create_environment(project_id, "twin")
        with pytest.raises(AmbiguousNameError) as info:
            await dk.resolve_environment("shop", "twin")
        text = str(info.value)
        assert text.startswith("2 environments of project 'shop' are named 'twin'")
        assert "pass one of the ids" in text


async def test_an_empty_server_says_so() -> None:
    async with simulate(api_key="k") as sim, Dokploy(sim.url, sim.api_key) as dk:
        with pytest.raises(ResolutionError) as info:
            await dk.resolve_environment("shop")
        assert str(info.value) == "no project named 'shop': there are no projects"


async def test_a_name_where_a_service_ref_is_expected_says_how() -> None:
    async with simulate(api_key="k") as sim, Dokploy(sim.url, sim.api_key) as dk:
        for call in (dk.deploy, dk.redeploy, dk.get_env):
            with pytest.raises(TypeError, match=r"takes a ServiceRef, not the name 'web'"):
                await call("web")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="find_service"):
            await dk.set_env("web", {"A": "1"})  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="deploy_many"):
            await dk.deploy_many(["web"])  # type: ignore[list-item]


async def test_a_closed_client_raises_a_dokploy_error() -> None:
    async with simulate(api_key="k") as sim:
        dk = Dokploy(sim.url, sim.api_key)
        await dk.aclose()
        with pytest.raises(DokployError, match="client is closed"):
            await dk.project.all()


async def test_own_creates_and_deletes_are_seen_by_lookups_at_once() -> None:
    async with simulate(api_key="k") as sim, Dokploy(sim.url, sim.api_key) as dk:
        env_id = sim.seed_project("shop")["environment"]["environmentId"]
        sim.seed_application(env_id, "web")
        assert [s.name for s in await dk.list_services(project="shop")] == ["web"]
        created = await dk.application.create(name="api", environment_id=env_id)
        assert {s.name for s in await dk.list_services(project="shop")} == {"web", "api"}
        assert (await dk.find_service("api", project="shop")).id == created.application_id
        await dk.application.delete(application_id=created.application_id)
        assert [s.name for s in await dk.list_services(project="shop")] == ["web"]
        with pytest.raises(ResolutionError):
            await dk.find_service("api", project="shop")
