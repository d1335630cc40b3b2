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
from tests.shared_data import ROOT


def test_secret_fields_are_masked_in_reprs_and_readable_otherwise() -> None:
    app = Application.from_dict(
        {"applicationId": "a", "env": "TOKEN=abc123", "buildSecrets": "NPM=tok456", "name": "w"}
    )
    pg = Postgres.from_dict({"postgresId": "p", "databasePassword": "hunter2"})
    project = Project.from_dict(
        {"projectId": "x", "env": "P=1", "environments": [{"env": "E=shh", "applications": []}]}
    )
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
    assert "UNSET" in repr(Application.from_dict({"applicationId": "a"}))


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
