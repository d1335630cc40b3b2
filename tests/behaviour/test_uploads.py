"""Upload operations send multipart/form-data, and the bytes arrive whole."""

from __future__ import annotations

import io

import pytest

from dokploy_async import Dokploy
from dokploy_async.generated.types import File
from dokploy_async.testing import Upload, simulate

pytestmark = pytest.mark.anyio

ZIP = b"PK\x03\x04" + bytes(range(256)) * 8  # binary, with every byte value


async def test_drop_deployment_uploads_the_zip_and_queues_a_deploy() -> None:
    async with simulate(api_key="k", deploy_seconds=0.01) as sim:
        env_id = sim.seed_project("shop")["environment"]["environmentId"]
        app_id = sim.seed_application(env_id, "web")["applicationId"]
        async with Dokploy(sim.url, sim.api_key) as dk:
            answer = await dk.application.drop_deployment(
                application_id=app_id,
                zip=File(payload=io.BytesIO(ZIP), file_name="site.zip"),
                drop_build_path="dist",
            )
            assert answer is True
            assert sim.stats.uploads == [Upload("application.dropDeployment", "zip", ZIP)]
            assert sim.stats.deploys_enqueued[app_id] == 1
            app = await dk.application.one(application_id=app_id)
            assert (app.source_type, app.drop_build_path) == (
                "drop",
                "dist",
            )


async def test_upload_file_to_container_sends_the_file_bytes() -> None:
    async with simulate(api_key="k") as sim, Dokploy(sim.url, sim.api_key) as dk:
        answer = await dk.docker.upload_file_to_container(
            container_id="abc123",
            file=File(payload=io.BytesIO(b"hello\x00world"), file_name="a.bin"),
            destination_path="/tmp/a.bin",
        )
        assert (answer.success, answer.message) == (True, "File uploaded successfully")
        assert sim.stats.uploads == [
            Upload("docker.uploadFileToContainer", "file", b"hello\x00world")
        ]


async def test_a_json_body_on_an_upload_route_is_refused_like_the_server_does() -> None:
    async with simulate(api_key="k") as sim, Dokploy(sim.url, sim.api_key) as dk:
        from dokploy_async import BadRequestError

        with pytest.raises(BadRequestError):
            await dk.request(
                "POST",
                "docker.uploadFileToContainer",
                json={"containerId": "abc"},
                parse=lambda data: data,
                timeout=None,
            )
