"""What a user sees when they print, inspect or type-check things (issue: new-user trips)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import dokploy_async
import dokploy_async.testing
from dokploy_async import NotFoundError, UnsupportedOperationError
from dokploy_async.generated.models.application import Application
from dokploy_async.generated.models.postgres import Postgres
from dokploy_async.generated.models.project import Project
from dokploy_async.generated.types import UNSET
from dokploy_async.testing import records
from tests.shared_data import ROOT

_CREATED = "2026-11-22T19:30:00.000Z"
_NAMES = {"name": "w", "appName": "w-x1", "createdAt": _CREATED, "environmentId": "e"}
_APP = {**records.APPLICATION, **_NAMES, "applicationId": "a"}
_PROJECT = {
    "projectId": "x",
    "name": "p",
    "description": None,
    "createdAt": _CREATED,
    "organizationId": "o",
    "env": "P=1",
}


def test_secret_fields_are_masked_in_reprs_and_readable_otherwise() -> None:
    app = Application.from_dict({**_APP, "env": "TOKEN=abc123", "buildSecrets": "NPM=tok456"})
    pg = Postgres.from_dict(
        {**records.POSTGRES, **_NAMES, "postgresId": "p", "databasePassword": "hunter2"}
    )
    environment = {
        "environmentId": "e",
        "name": "production",
        "description": None,
        "createdAt": _CREATED,
        "env": "E=shh",
        "projectId": "x",
        "isDefault": True,
    }
    project = Project.from_dict({**_PROJECT, "environments": [environment]})
    for model, secrets in ((app, ("abc123", "tok456")), (pg, ("hunter2",)), (project, ("shh",))):
        text = repr(model)
        assert "'***'" in text
        for secret in secrets:
            assert secret not in text
    assert app.env == "TOKEN=abc123"
    assert app.to_dict()["buildSecrets"] == "NPM=tok456"
    assert pg.database_password == "hunter2"
    assert "name='w'" in repr(app)  # other fields show as they are


def test_unset_reads_unset() -> None:
    assert repr(UNSET) == "UNSET"
    # Relations that application.one adds are optional: a bare record leaves them unset.
    assert "domains=UNSET" in repr(Application.from_dict(_APP))


def test_version_and_public_exception_names() -> None:
    assert dokploy_async.__version__.count(".") == 2
    assert repr(NotFoundError).startswith("<class 'dokploy_async.NotFoundError'")
    assert issubclass(UnsupportedOperationError, NotFoundError)
    assert "Simulator" in dir(dokploy_async.testing)
    assert "simulate" in dir(dokploy_async.testing)


def test_simulator_has_a_repr() -> None:
    sim = dokploy_async.testing.Simulator(api_key="secret-key-123", deploy_seconds=0.5)
    text = repr(sim)
    assert text.startswith("Simulator(not running")
    assert "secret-key-123" not in text


@pytest.mark.slow
def test_the_wheel_ships_py_typed(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    (wheel,) = tmp_path.glob("dokploy_async-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "dokploy_async/py.typed" in names
    assert "dokploy_async/generated/py.typed" in names
