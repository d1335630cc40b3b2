"""What typed responses promise users (issue 18): annotations, mypy, errors, round trips."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from dokploy_async import Dokploy, InvalidResponseError, MissingFieldError
from dokploy_async.generated.models.destination import Destination
from dokploy_async.generated.resources import OPERATIONS
from dokploy_async.testing import records
from tests.shared_data import ROOT
from tests.unit.client_support import mock_client

#: The share of operations whose return annotation must be free of ``Any``.
TYPED_SHARE = 0.95
_ANY = re.compile(r"\bAny\b")


def test_almost_every_operation_returns_a_type_without_any() -> None:
    # Through the public surface: the methods a user reaches as dk.<router>.<procedure>.
    dk = Dokploy("https://dokploy.example.com", "key")
    untyped = []
    for attribute, method, _, route, _ in OPERATIONS:
        annotation = getattr(getattr(dk, attribute), method).__annotations__["return"]
        if _ANY.search(annotation):
            untyped.append(f"{route} -> {annotation}")
    typed = len(OPERATIONS) - len(untyped)
    print(f"\n{typed}/{len(OPERATIONS)} operations return a type without Any:")
    print("\n".join(f"  {line}" for line in untyped))
    assert typed / len(OPERATIONS) >= TYPED_SHARE


USER_SCRIPT = """
from dokploy_async import Dokploy


async def main(dk: Dokploy) -> None:
    projects = await dk.project.all()
    project = await dk.project.one(project_id="p")
    app = await dk.application.one(application_id="a")
    compose = await dk.compose.one(compose_id="c")
    reveal_type(projects)
    reveal_type(project)
    reveal_type(app)
    reveal_type(compose)
    reveal_type(await dk.deployment.all(application_id="a"))
    reveal_type(await dk.deployment.queue_list())
    reveal_type(await dk.server.all())
    reveal_type(await dk.user.get())
    reveal_type(await dk.domain.by_application_id(application_id="a"))
    reveal_type(await dk.notification.all())
    reveal_type(app.application_id)
    reveal_type(project.project_id)
    reveal_type(compose.compose_id)
    reveal_type(app.name)
    reveal_type(projects[0].name)
"""


@pytest.mark.slow
def test_mypy_strict_sees_types_not_any_or_unset_in_a_user_script(tmp_path: Path) -> None:
    script = tmp_path / "user_script.py"
    script.write_text(USER_SCRIPT)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(tmp_path / "cache"),
            "--no-error-summary",
            str(script),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    revealed = re.findall(r'Revealed type is "(.*)"', result.stdout)
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert not errors, errors
    assert len(revealed) == USER_SCRIPT.count("reveal_type(")
    assert not [t for t in revealed if "Any" in t], revealed
    results, attributes = revealed[:10], revealed[10:]
    assert results[0] == "list[dokploy_async.generated.models.project.Project]"
    assert results[2] == "dokploy_async.generated.models.application.Application"
    assert attributes == ["str"] * 5, attributes


APPLICATION = {
    **records.APPLICATION,
    "applicationId": "a1",
    "name": "web",
    "appName": "web-x1",
    "createdAt": "2026-11-22T19:30:57.008Z",
    "environmentId": "e1",
}


@pytest.mark.anyio
async def test_a_missing_required_field_raises_a_typed_error_naming_it() -> None:
    body = {k: v for k, v in APPLICATION.items() if k != "applicationId"}
    dk, _ = mock_client(lambda request: httpx.Response(200, json=body))
    async with dk:
        with pytest.raises(MissingFieldError) as caught:
            await dk.application.one(application_id="a1")
    error = caught.value
    assert isinstance(error, InvalidResponseError)
    assert (error.operation, error.field, error.model) == (
        "application.one",
        "applicationId",
        "Application",
    )
    assert "application.one" in str(error)
    assert "'applicationId'" in str(error)
    assert isinstance(error.__cause__, KeyError)


@pytest.mark.anyio
async def test_unknown_keys_and_enum_values_round_trip_through_the_client() -> None:
    body = {**APPLICATION, "applicationStatus": "hibernating", "futureColumn": {"x": [1, None]}}
    dk, _ = mock_client(lambda request: httpx.Response(200, json=body))
    async with dk:
        app = await dk.application.one(application_id="a1")
    assert str(app.application_status) == "hibernating"
    assert app["futureColumn"] == {"x": [1, None]}
    assert json.dumps(app.to_dict(), sort_keys=True) == json.dumps(body, sort_keys=True)


def test_dates_are_aware_datetimes_written_back_as_the_same_text() -> None:
    # destination.ts: createdAt is `timestamp(...).notNull()`, a Date to TypeScript.
    sent = "2026-11-22T19:30:57.008Z"
    raw = {
        "destinationId": "d1",
        "name": "backups",
        "provider": None,
        "accessKey": "AK",
        "secretAccessKey": "SK",
        "bucket": "b",
        "region": "eu",
        "endpoint": "https://s3.example.com",
        "organizationId": "o1",
        "additionalFlags": None,
        "createdAt": sent,
    }
    destination = Destination.from_dict(raw)
    assert destination.created_at == datetime(2026, 11, 22, 19, 30, 57, 8000, tzinfo=UTC)
    assert destination.created_at.utcoffset() is not None
    assert destination.to_dict() == raw
