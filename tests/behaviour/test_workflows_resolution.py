"""Resolution, service lookup and env blocks against the simulator over loopback."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest

from dokploy_async import AmbiguousNameError, Dokploy, ResolutionError
from dokploy_async.testing import Simulator, simulate

pytestmark = pytest.mark.anyio


@asynccontextmanager
async def world() -> AsyncIterator[tuple[Simulator, Dokploy]]:
    async with simulate(api_key="test-key", deploy_seconds=0.02) as sim:
        shop = sim.seed_project("shop")
        env_id = shop["environment"]["environmentId"]
        sim.seed_application(env_id, "web")
        sim.seed_compose(env_id, "stack")
        sim.seed_database("postgres", env_id, "db")
        sim.seed_application(env_id, "twin")
        sim.seed_database("redis", env_id, "twin")
        sim.seed_project("dup")
        sim.seed_project("dup")
        async with Dokploy(sim.url, sim.api_key) as dk:
            yield sim, dk


async def test_resolution_and_its_errors() -> None:
    async with world() as (_, dk):
        env = await dk.resolve_environment("shop")
        assert (env.name, env.is_default) == ("production", True)
        assert await dk.resolve_environment(env.project_id, env.id) == env

        with pytest.raises(ResolutionError) as missing:
            await dk.resolve_environment("shp")
        assert {"shop", "dup"} <= set(missing.value.candidates)

        with pytest.raises(ResolutionError) as no_env:
            await dk.resolve_environment("shop", "staging")
        assert no_env.value.candidates == ["production"]

        with pytest.raises(AmbiguousNameError) as dup:
            await dk.resolve_environment("dup")
        assert len(dup.value.matches) == 2


async def test_find_service_every_kind_and_errors() -> None:
    async with world() as (_, dk):
        web = await dk.find_service("web", project="shop")
        stack = await dk.find_service("stack", project="shop")
        db = await dk.find_service("db", project="shop")
        assert (web.kind, stack.kind, db.kind) == ("application", "compose", "postgres")
        assert await dk.find_service(web.app_name or "", project="shop") == web

        with pytest.raises(AmbiguousNameError) as twin:
            await dk.find_service("twin", project="shop")
        assert {m.kind for m in twin.value.matches} == {"application", "redis"}
        assert (await dk.find_service("twin", project="shop", kind="redis")).kind == "redis"

        with pytest.raises(ResolutionError) as missing:
            await dk.find_service("wbe", project="shop")
        assert "web" in missing.value.candidates


async def test_new_service_is_found_after_cache_was_filled() -> None:
    async with world() as (sim, dk):
        env = await dk.resolve_environment("shop")
        await dk.find_service("web", project="shop")
        sim.seed_application(env.id, "late")
        assert (await dk.find_service("late", project="shop")).name == "late"


async def test_set_env_round_trip_keeps_companions() -> None:
    async with world() as (_, dk):
        web = await dk.find_service("web", project="shop")
        await dk.application.save_environment(
            application_id=web.id,
            env="# keep me\nA=1\nURL=http://x/?a=b\n",
            build_args="ARG=1",
            build_secrets="S=2",
            create_env_file=False,
        )
        await dk.set_env(web, {"A": "2", "NEW": "has # hash"})
        record = await dk.application.one(application_id=web.id)
        data = record.to_dict() if hasattr(record, "to_dict") else record
        assert data["env"] == "# keep me\nA=2\nURL=http://x/?a=b\nNEW='has # hash'\n"
        assert data["buildArgs"] == "ARG=1"
        assert data["buildSecrets"] == "S=2"
        assert data["createEnvFile"] is False
        env = await dk.get_env(web)
        assert env.to_dict() == {"A": "2", "URL": "http://x/?a=b", "NEW": "has # hash"}

        stack = await dk.find_service("stack", project="shop")
        await dk.set_env(stack, {"K": "v"})
        assert (await dk.get_env(stack)).to_dict() == {"K": "v"}
