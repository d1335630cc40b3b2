"""One end-to-end scenario through the SDK, against the simulator or a real Dokploy.

create a project → its default environment → an application → deploy with a unique
title → the job is queued and a deployment record with that title appears → it ends
``done`` or ``error`` (a real server without Docker ends in ``error``) → its log reads as
text → clean up.
"""

from __future__ import annotations

import uuid

import anyio
import pytest

from dokploy_async import Dokploy
from dokploy_async.generated.models.environment import Environment
from dokploy_async.generated.models.project import Project

from .conftest import Target

pytestmark = pytest.mark.anyio


async def test_project_application_deploy_scenario(dokploy_target: Target) -> None:
    tag = uuid.uuid4().hex[:8]
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

            title = f"contract deploy {tag}"
            await dk.application.deploy(application_id=app_id, title=title)
            jobs = await dk.deployment.queue_list()
            records = await dk.deployment.all(application_id=app_id)
            queued = any(job.data.title_log == title for job in jobs if job.data)
            assert queued or any(r.title == title for r in records)

            final = None
            with anyio.fail_after(120 if not dokploy_target.simulated else 10):
                while final is None:
                    records = await dk.deployment.all(application_id=app_id)
                    mine = [r for r in records if r.title == title]
                    if mine and mine[0].status in ("done", "error", "cancelled"):
                        final = mine[0]
                    else:
                        await anyio.sleep(0.05 if dokploy_target.simulated else 1)
            if dokploy_target.simulated:
                assert final.status == "done"
            assert isinstance(final.deployment_id, str)
            log = await dk.deployment.read_logs(deployment_id=final.deployment_id)
            assert isinstance(log, str)
        finally:
            await dk.project.remove(project_id=project_id)
