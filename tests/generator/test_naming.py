"""Naming operations whatever the path form, and building documents of every shape."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dokploy_async._openapi import OperationName, operation_name, route
from generator.build import build, dokploy_version
from generator.errors import GenerationError
from tests.shared_data import ROOT, requires_shared, spec_files


@pytest.mark.parametrize(
    ("path", "operation_id", "expected"),
    [
        ("/project.all", "project-all", ("project", "all")),
        ("/admin/setupMonitoring", "admin-setupMonitoring", ("admin", "setupMonitoring")),
        ("/deploy/postgres-with-logs", "postgres-deployWithLogs", ("postgres", "deployWithLogs")),
        ("/read-stats", "settings-readStats", ("settings", "readStats")),
        ("/project.all", None, ("project", "all")),
    ],
)
def test_every_path_form_names_router_and_procedure(
    path: str, operation_id: str | None, expected: tuple[str, str]
) -> None:
    name = operation_name(path, operation_id)
    assert name == OperationName(*expected)
    assert str(name) == ".".join(expected)


def test_an_unnameable_operation_says_why() -> None:
    with pytest.raises(ValueError, match=r"neither /router\.procedure nor /router/procedure"):
        operation_name("/read-stats", "readStats")


def test_the_route_is_the_documents_own_path() -> None:
    assert route("/admin/setupMonitoring") == "admin/setupMonitoring"
    assert route("/project.all") == "project.all"


def _document(paths: dict[str, Any], version: str = "1.0.0") -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": "Dokploy", "version": version}, "paths": paths}


def _get(operation_id: str, parameter: str | None = None) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "operationId": operation_id,
        "responses": {"200": {"description": "ok"}},
    }
    if parameter:
        operation["parameters"] = [
            {"name": parameter, "in": "query", "required": True, "schema": {"type": "string"}}
        ]
    return {"get": operation}


def _build(tmp_path: Path, document: dict[str, Any], **options: Any) -> Path:
    spec = tmp_path / "openapi.json"
    spec.write_text(json.dumps(document))
    out = tmp_path / "generated"
    build(spec, out, **options)
    return out


def test_custom_and_slash_paths_generate_and_call_their_own_path(tmp_path: Path) -> None:
    out = _build(
        tmp_path,
        _document(
            {
                "/project/all": _get("project-all"),
                "/read-stats": _get("settings-readStats", "serverId"),
            }
        ),
    )
    settings = (out / "resources" / "settings.py").read_text()
    assert "async def read_stats(" in settings
    assert '"read-stats",' in settings
    resources = (out / "resources" / "__init__.py").read_text()
    assert '("project", "all", "GET", "project/all", "project.all")' in resources
    assert '("settings", "read_stats", "GET", "read-stats", "settings.readStats")' in resources


def test_a_document_without_component_schemas_generates_valid_python(tmp_path: Path) -> None:
    # No models at all: neither upstream components nor an overlay entry for this operation.
    out = _build(tmp_path, _document({"/thing.ping": _get("thing-ping")}))
    assert sorted(p.name for p in (out / "models").iterdir()) == ["__init__.py"]
    for module in out.rglob("*.py"):
        compile(module.read_text(), str(module), "exec")
    assert not (out / "api").exists()
    assert not (out / "client.py").exists()


@pytest.mark.parametrize(
    ("info", "given", "expected"),
    [
        ({"version": "v0.30.2"}, None, "v0.30.2"),
        ({"version": "1.0.0"}, None, "unknown"),
        ({"version": "1.0.0", "x-dokploy-version": "v0.28.0"}, None, "v0.28.0"),
        ({"version": "1.0.0"}, "v0.29.1", "v0.29.1"),
    ],
)
def test_the_version_stamp_never_takes_a_docs_site_version(
    info: dict[str, str], given: str | None, expected: str
) -> None:
    assert dokploy_version({"info": info}, given) == expected


def test_a_malformed_given_version_is_refused() -> None:
    with pytest.raises(GenerationError, match="not a version like"):
        dokploy_version({"info": {}}, "latest")


def test_build_stamps_the_given_version(tmp_path: Path) -> None:
    out = _build(tmp_path, _document({"/project.all": _get("project-all")}), version="v0.28.0")
    assert 'DOKPLOY_VERSION = "v0.28.0"' in (out / "_spec.py").read_text()


def test_a_ruff_failure_shows_ruffs_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import generator.build as build_module

    broken = tmp_path / "ruff.toml"
    broken.write_text("line-length = 'wide'\n")
    monkeypatch.setattr(build_module, "RUFF_CONFIG", broken)
    with pytest.raises(GenerationError, match=r"ruff check failed(.|\n)*line-length"):
        _build(tmp_path, _document({"/project.all": _get("project-all")}))


@requires_shared
def test_the_shipped_availability_table_is_current() -> None:
    from generator.availability import availability_module

    committed = (ROOT / "dokploy_async" / "_availability.py").read_text()
    assert availability_module(spec_files()) == committed, (
        "regenerate it: python -m generator availability"
    )
