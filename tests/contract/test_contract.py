"""One end-to-end scenario through the SDK, against the simulator or a real Dokploy.

create a project → its default environment → an application sourced from a git
repository served on loopback → ``dk.deploy`` follows it to its end, although the server
rewrites the record's title with the commit → ``done`` on the simulator, ``error`` on a
real server without Docker → its log reads as text → the same application from a docker
image, matched by its tag → clean up.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import anyio
import pytest

from dokploy_async import Dokploy
from dokploy_async.generated.models.environment import Environment
from dokploy_async.generated.models.project import Project

from .conftest import Target
from .git_server import serve_repository

pytestmark = pytest.mark.anyio


async def test_project_application_deploy_scenario(dokploy_target: Target, tmp_path: Path) -> None:
    tag = uuid.uuid4().hex[:8]
    with serve_repository(tmp_path) as git_url:
        await _scenario(dokploy_target, tag, git_url)


async def _scenario(dokploy_target: Target, tag: str, git_url: str) -> None:
    async with Dokploy(base_url=dokploy_target.url, api_key=dokploy_target.api_key) as dk:
        version = await dk.settings.get_dokploy_version()
        assert isinstance(version, str)
        assert version.startswith("v")

        created = await dk.project.create(name=f"contract-{tag}")
        assert isinstance(created.project, Project)
        assert isinstance(created.environment, Environment)
        project_id, env_id = created.project.project_id, created.environment.environment_id
        assert isinstance(project_id, str)
        assert isinstance(env_id, str)
        assert created.environment.name == "production"
        try:
            listed = await dk.project.all()
            assert project_id in [p.project_id for p in listed]

            app = await dk.application.create(name=f"web-{tag}", environment_id=env_id)
            app_id = app.application_id
            assert isinstance(app_id, str)

            # The server's default source (github) with a loopback git repository: the
            # record is rewritten with the commit when the deploy ends, so only the SDK's
            # matching can tell which record is this deploy's.
            await dk.application.save_git_provider(
                application_id=app_id,
                custom_git_url=git_url,
                custom_git_branch="main",
                custom_git_build_path="/",
                watch_paths=None,
            )
            ref = await dk.find_service(f"web-{tag}", project=f"contract-{tag}")
            with anyio.fail_after(180 if not dokploy_target.simulated else 10):
                result = await dk.deploy(ref, title=f"contract deploy {tag}")
            # A real server without Docker ends in error (the clone works, docker build fails).
            assert result.status == ("done" if dokploy_target.simulated else "error"), result
            assert isinstance(result.deployment_id, str)
            (record,) = [
                r
                for r in await dk.deployment.all(application_id=app_id)
                if r.deployment_id == result.deployment_id
            ]
            assert record.status == result.status
            # The rewrite really happened: the tag is gone from the record.
            assert isinstance(record.description, str)
            assert record.description.startswith("Commit: "), record.description
            assert result.token
            assert result.token not in str(record.title)
            log = await dk.deployment.read_logs(deployment_id=result.deployment_id)
            assert isinstance(log, str)

            # A docker-sourced deploy keeps its title: matched by its tag.
            await dk.application.save_docker_provider(
                application_id=app_id,
                docker_image="nginx:alpine",
                username=None,
                password=None,
                registry_url=None,
            )
            with anyio.fail_after(180 if not dokploy_target.simulated else 10):
                second = await dk.deploy(ref)
            assert second.deployment_id not in (None, result.deployment_id)
            assert second.status == ("done" if dokploy_target.simulated else "error"), second
        finally:
            await dk.project.remove(project_id=project_id)
