"""resolve_environment(), find_service(), get_env() and set_env() against the fake server."""

from __future__ import annotations

import logging

import pytest

from dokploy_async import AmbiguousNameError, EnvBlock, ResolutionError, ServiceRef
from tests.unit.workflows_fake import FakeDokploy

pytestmark = pytest.mark.anyio


def world() -> FakeDokploy:
    dk = FakeDokploy()
    shop = dk.add_project("shop", ["production", "staging"])
    prod, staging = shop["environments"]
    dk.add_service(prod, "application", "web", "web-abc")
    dk.add_service(prod, "compose", "stack", "stack-abc")
    dk.add_service(prod, "postgres", "db", "db-abc")
    dk.add_service(prod, "redis", "cache", "web-abc2")
    dk.add_service(prod, "mysql", "dup", "dup-1")
    dk.add_service(prod, "mongo", "dup", "dup-2")
    dk.add_service(staging, "application", "web", "web-stg")
    dk.add_project("twin", ["production"])
    dk.add_project("twin", ["production"])
    return dk


async def test_default_environment_by_project_name_or_id() -> None:
    dk = world()
    env = await dk.resolve_environment("shop")
    assert (env.name, env.is_default, env.project_name) == ("production", True, "shop")
    by_id = await dk.resolve_environment(env.project_id, "staging")
    assert by_id.name == "staging"
    assert not by_id.is_default
    assert (await dk.resolve_environment("shop", by_id.id)) == by_id


async def test_unknown_names_list_candidates() -> None:
    dk = world()
    with pytest.raises(ResolutionError) as info:
        await dk.resolve_environment("shopp")
    assert "shop" in info.value.candidates
    with pytest.raises(ResolutionError) as env_info:
        await dk.resolve_environment("shop", "prod")
    assert env_info.value.candidates == ["production", "staging"]
    assert not isinstance(env_info.value, AmbiguousNameError)


async def test_ambiguous_project_names_are_never_guessed() -> None:
    dk = world()
    with pytest.raises(AmbiguousNameError) as info:
        await dk.resolve_environment("twin")
    assert len(info.value.matches) == 2
    assert all(set(m) == {"id", "name"} for m in info.value.matches)


async def test_results_are_cached_with_refresh_and_clear() -> None:
    dk = world()
    await dk.resolve_environment("shop")
    await dk.resolve_environment("shop", "staging")
    assert dk.calls["project.all"] == 1
    await dk.resolve_environment("shop", refresh=True)
    assert dk.calls["project.all"] == 2
    dk.clear_cache()
    await dk.resolve_environment("shop")
    assert dk.calls["project.all"] == 3


async def test_new_project_found_by_one_automatic_refresh() -> None:
    dk = world()
    await dk.resolve_environment("shop")
    dk.add_project("fresh", ["production"])
    assert (await dk.resolve_environment("fresh")).project_name == "fresh"
    assert dk.calls["project.all"] == 2


async def test_find_service_by_name_app_name_or_id() -> None:
    dk = world()
    web = await dk.find_service("web", project="shop")
    assert (web.kind, web.name, web.app_name) == ("application", "web", "web-abc")
    assert web.environment is not None
    assert web.environment.name == "production"
    assert await dk.find_service("web-abc", project="shop") == web
    assert await dk.find_service(web.id, project="shop") == web
    db = await dk.find_service("db", project="shop")
    assert (db.kind, db.id_field, db.is_database) == ("postgres", "postgresId", True)
    stg = await dk.find_service("web", project="shop", environment="staging")
    assert stg.app_name == "web-stg"
    assert dk.calls["environment.one"] == 2


async def test_find_service_errors() -> None:
    dk = world()
    with pytest.raises(ResolutionError) as info:
        await dk.find_service("nope", project="shop")
    assert "web" in info.value.candidates
    with pytest.raises(AmbiguousNameError) as amb:
        await dk.find_service("dup", project="shop")
    assert {m.kind for m in amb.value.matches} == {"mysql", "mongo"}
    assert (await dk.find_service("dup", project="shop", kind="mongo")).kind == "mongo"


async def test_service_ref_validation() -> None:
    with pytest.raises(ValueError, match="kind"):
        ServiceRef("lambda", "x")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="id"):
        ServiceRef("application", "")


async def test_set_env_merges_and_keeps_companion_fields(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    dk = world()
    web = await dk.find_service("web", project="shop")
    record = dk.services[web.id]
    record.update(
        env="# app\nA=1\nSECRET=old\n",
        buildArgs="NODE_ENV=production",
        buildSecrets="TOKEN=t",
        createEnvFile=False,
    )
    block = await dk.set_env(web, {"SECRET": "hunter2", "NEW": "x y", "A": None})
    assert isinstance(block, EnvBlock)
    route, args = dk.saved[-1]
    assert route == "application.saveEnvironment"
    assert args["env"] == "# app\nSECRET=hunter2\nNEW=x y\n"
    assert args["buildArgs"] == "NODE_ENV=production"
    assert args["buildSecrets"] == "TOKEN=t"
    assert args["createEnvFile"] is False
    assert (await dk.get_env(web)).to_dict() == {"SECRET": "hunter2", "NEW": "x y"}
    assert "hunter2" not in caplog.text


async def test_set_env_without_change_sends_nothing() -> None:
    dk = world()
    web = await dk.find_service("web", project="shop")
    dk.services[web.id]["env"] = "A=1\n"
    await dk.set_env(web, {"A": "1"})
    assert dk.saved == []


async def test_set_env_replace_and_compose_and_database() -> None:
    dk = world()
    stack = await dk.find_service("stack", project="shop")
    dk.services[stack.id]["env"] = "OLD=1\n"
    await dk.set_env(stack, {"B": "2"}, merge=False)
    # compose.saveEnvironment also takes createEnvFile: the record's value is sent back.
    expected = {"composeId": stack.id, "env": "B=2", "createEnvFile": True}
    assert dk.saved[-1] == ("compose.saveEnvironment", expected)
    db = await dk.find_service("db", project="shop")
    await dk.set_env(db, {"POSTGRES_INITDB_ARGS": "--data-checksums"})
    route, args = dk.saved[-1]
    assert route.startswith("postgres.")
    assert args["env"] == "POSTGRES_INITDB_ARGS=--data-checksums"
