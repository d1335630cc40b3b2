"""The simulator's REST surface over real loopback HTTP: shapes, errors, CRUD."""

from __future__ import annotations

import httpx
import pytest

from dokploy_async.generated._requests import ROUTES

from .sim_support import docker_provider, new_app, running

pytestmark = pytest.mark.anyio


async def test_project_create_returns_project_and_default_environment() -> None:
    async with running() as (_, client):
        resp = await client.post("/project.create", json={"name": "p", "description": "d"})
        assert resp.status_code == 200
        body = resp.json()
        assert set(body) == {"project", "environment"}
        assert body["environment"]["name"] == "production"
        assert body["environment"]["isDefault"] is True
        assert body["environment"]["projectId"] == body["project"]["projectId"]
        listing = (await client.get("/project.all")).json()
        assert isinstance(listing, list)
        assert len(listing) == 1
        env = listing[0]["environments"][0]
        assert env["applications"] == []
        assert env["libsql"] == []
        assert listing[0]["projectTags"] == []


async def test_second_production_environment_is_rejected() -> None:
    async with running() as (_, client):
        project = (await client.post("/project.create", json={"name": "p"})).json()
        pid = project["project"]["projectId"]
        bad = await client.post(
            "/environment.create", json={"name": "production", "projectId": pid}
        )
        assert bad.status_code == 400
        assert bad.json()["code"] == "BAD_REQUEST"
        assert "production" in bad.json()["message"]
        ok = await client.post("/environment.create", json={"name": "staging", "projectId": pid})
        assert ok.status_code == 200
        assert ok.json()["isDefault"] is False
        envs = (await client.get("/environment.byProjectId", params={"projectId": pid})).json()
        assert sorted(e["name"] for e in envs) == ["production", "staging"]


async def test_application_lifecycle_and_bodies() -> None:
    async with running() as (_, client):
        _, env_id, app_id = await new_app(client)
        one = (await client.get("/application.one", params={"applicationId": app_id})).json()
        assert one["environment"]["environmentId"] == env_id
        assert one["environment"]["project"]["name"] == "p-web"
        assert one["applicationStatus"] == "idle"
        assert one["hasGitProviderAccess"] is True
        update = await client.post(
            "/application.update", json={"applicationId": app_id, "description": "new"}
        )
        assert update.status_code == 200
        assert update.content == b"true"
        save = await client.post(
            "/application.saveEnvironment",
            json={
                "applicationId": app_id,
                "env": "A=1",
                "buildArgs": None,
                "buildSecrets": None,
                "createEnvFile": True,
            },
        )
        assert save.json() is True
        one = (await client.get("/application.one", params={"applicationId": app_id})).json()
        assert (one["description"], one["env"]) == ("new", "A=1")
        deleted = await client.post("/application.delete", json={"applicationId": app_id})
        assert deleted.json()["applicationId"] == app_id
        gone = await client.get("/application.one", params={"applicationId": app_id})
        assert gone.status_code == 404
        assert gone.json()["message"] == "Application not found"


async def test_save_environment_requires_the_whole_block() -> None:
    async with running() as (_, client):
        _, _, app_id = await new_app(client)
        resp = await client.post(
            "/application.saveEnvironment", json={"applicationId": app_id, "env": "A=1"}
        )
        assert resp.status_code == 400
        assert "createEnvFile" in resp.json()["data"]["zodError"]["fieldErrors"]


async def test_databases_compose_and_domains() -> None:
    async with running() as (_, client):
        project = (await client.post("/project.create", json={"name": "p"})).json()
        env_id = project["environment"]["environmentId"]
        for kind in ("postgres", "mysql", "mariadb", "mongo", "redis"):
            payload = {
                "name": kind,
                "environmentId": env_id,
                "databaseName": "app",
                "databaseUser": "app",
                "databasePassword": "pw",
                "databaseRootPassword": "root",
            }
            fields = ROUTES[f"{kind}.create"][1]
            resp = await client.post(
                f"/{kind}.create", json={k: v for k, v in payload.items() if k in fields}
            )
            assert resp.status_code == 200, (kind, resp.text)
            service_id = resp.json()[f"{kind}Id"]
            one = (await client.get(f"/{kind}.one", params={f"{kind}Id": service_id})).json()
            assert one["mounts"][0]["serviceType"] == kind
        compose = await client.post(
            "/compose.create", json={"name": "stack", "environmentId": env_id}
        )
        compose_id = compose.json()["composeId"]
        domain = await client.post(
            "/domain.create", json={"host": "a.local", "composeId": compose_id, "port": 80}
        )
        assert domain.status_code == 200
        by = (await client.get("/domain.byComposeId", params={"composeId": compose_id})).json()
        assert by[0]["compose"]["composeId"] == compose_id
        env = (await client.get("/environment.one", params={"environmentId": env_id})).json()
        assert len(env["postgres"]) == 1
        assert len(env["compose"]) == 1


async def test_settings_and_openapi_document() -> None:
    async with running(version="v9.9.9") as (_, client):
        assert (await client.get("/settings.getDokployVersion")).json() == "v9.9.9"
        assert (await client.get("/settings.isCloud")).json() is False
        assert (await client.get("/settings.health")).json() == {"status": "ok"}
        doc = (await client.get("/settings.getOpenApiDocument")).json()
        assert doc["info"]["version"] == "v9.9.9"
        assert "/project.create" in doc["paths"]
        wrapped = (await client.get("/trpc/settings.getOpenApiDocument")).json()
        assert wrapped == {"result": {"data": {"json": doc}}}


async def test_auth_errors() -> None:
    async with running() as (sim, _client):
        for headers in ({"x-api-key": "wrong"}, {"Authorization": f"Bearer {sim.api_key}"}):
            async with httpx.AsyncClient(base_url=f"{sim.url}/api", headers=headers) as other:
                resp = await other.get("/project.all")
            assert resp.status_code == 401
            assert resp.json() == {"message": "Unauthorized"}
            assert resp.headers["content-type"] == "application/json; charset=utf-8"


async def test_protocol_errors() -> None:
    async with running() as (_, client):
        wrong_method = await client.post("/project.all", json={})
        assert wrong_method.status_code == 404
        assert wrong_method.json()["message"] == "Not found"
        assert "path" not in wrong_method.json()["data"]
        unknown = await client.get("/nope.nothing")
        assert unknown.status_code == 404
        no_ct = await client.post("/settings.cleanAllDeploymentQueue")
        assert no_ct.status_code == 415
        assert no_ct.json()["code"] == "UNSUPPORTED_MEDIA_TYPE"
        empty = await client.post(
            "/settings.cleanAllDeploymentQueue", headers={"content-type": "application/json"}
        )
        assert empty.json() is True
        broken = await client.post(
            "/project.create",
            content=b'{"name": "x",',
            headers={"content-type": "application/json"},
        )
        assert (broken.status_code, broken.content) == (400, b"Invalid JSON")
        missing = await client.get("/application.one")
        assert missing.status_code == 400
        assert missing.json()["issues"][0]["path"] == ["applicationId"]
        assert missing.json()["issues"][0]["message"].endswith("received undefined")


async def test_every_route_in_the_table_exists() -> None:
    async with running() as (_, client):
        for name, (method, fields) in sorted(ROUTES.items()):
            if fields:
                continue  # needs input; existence is shown by the 400 below
            if method == "GET":
                resp = await client.get(f"/{name}")
            else:
                resp = await client.post(f"/{name}", json={})
            assert resp.status_code == 200, (name, resp.status_code, resp.text[:200])
        needs_input = next(n for n, (m, f) in ROUTES.items() if m == "POST" and f)
        resp = await client.post(f"/{needs_input}", json={})
        assert resp.status_code in (400, 200), needs_input


async def test_generic_routes_answer_in_the_shape_of_dokploys_types() -> None:
    async with running() as (_, client):
        _, _, app_id = await new_app(client)
        # application.ts stop returns the record it read before stopping.
        stop = await client.post("/application.stop", json={"applicationId": app_id})
        assert stop.json()["applicationId"] == app_id
        assert stop.json()["applicationStatus"] == "idle"
        # settings.ts cleanMonitoring: `true`; ai.getAll: a list; application.cleanQueues:
        # no body at all (it returns nothing).
        assert (await client.post("/settings.cleanMonitoring", json={})).json() is True
        assert (await client.get("/ai.getAll")).json() == []
        clean = await client.post("/application.cleanQueues", json={"applicationId": app_id})
        assert clean.content == b""
        assert clean.status_code == 200
        missing = await client.post("/application.stop", json={"applicationId": "nope"})
        assert missing.status_code == 404
        docker = await client.post(
            "/application.saveDockerProvider", json=docker_provider(app_id, "nginx:1.27")
        )
        assert docker.json() is True
        one = (await client.get("/application.one", params={"applicationId": app_id})).json()
        assert one["dockerImage"] == "nginx:1.27"
