"""The spec diff: matched by name across path forms, 3.0 and 3.1 alike, breaking flagged."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.__main__ import main
from generator.diff import diff_documents
from tests.shared_data import requires_shared, spec_files


def _doc(openapi: str, paths: dict[str, Any]) -> dict[str, Any]:
    return {"openapi": openapi, "info": {"version": "1.0.0"}, "paths": paths}


def _post(operation_id: str, properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    schema = {"type": "object", "properties": properties, "required": required}
    return {
        "post": {
            "operationId": operation_id,
            "requestBody": {"content": {"application/json": {"schema": schema}}},
            "responses": {"200": {"description": "ok"}},
        }
    }


OLD = _doc(
    "3.0.3",
    {
        "/app.update": _post(
            "app-update",
            {"id": {"type": "string"}, "note": {"type": "string", "nullable": True}},
            ["id"],
        ),
        "/app.gone": _post("app-gone", {}, []),
    },
)


def test_nullable_of_3_0_equals_any_of_null_of_3_1_and_path_forms_match() -> None:
    new = _doc(
        "3.1.0",
        {
            "/app/update": _post(
                "app-update",
                {
                    "id": {"type": "string"},
                    "note": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                },
                ["id"],
            ),
            "/app/gone": _post("app-gone", {}, []),
        },
    )
    result = diff_documents(OLD, new)
    assert (result.added, result.removed, result.changed) == ((), (), ())
    assert not result.breaking


def test_fields_added_removed_required_and_retyped() -> None:
    new = _doc(
        "3.1.0",
        {
            "/app.update": _post(
                "app-update",
                {
                    "id": {"type": "integer"},
                    "note": {"type": "string"},
                    "force": {"type": "boolean"},
                },
                ["id", "note", "force"],
            ),
            "/app.new": _post("app-new", {}, []),
        },
    )
    result = diff_documents(OLD, new)
    assert result.added == ("app.new",)
    assert result.removed == ("app.gone",)
    (changed,) = result.changed
    assert changed.operation == "app.update"
    assert {c.text: c.breaking for c in changed.changes} == {
        "request field 'force' added (required)": True,
        "request field 'note' is now required": True,
        "request field 'id' type string -> integer": True,
        "request field 'note' type null|string -> string": True,
    }
    assert result.to_json()["changed"][0]["breaking"] is True
    assert set(result.to_json()) >= {"added", "removed", "changed"}


def test_an_optional_field_added_is_not_breaking(tmp_path: Path) -> None:
    new = json.loads(json.dumps(OLD))
    new["paths"]["/app.update"]["post"]["requestBody"]["content"]["application/json"]["schema"][
        "properties"
    ]["extra"] = {"type": "string"}
    old_file, new_file = tmp_path / "old.json", tmp_path / "new.json"
    old_file.write_text(json.dumps(OLD))
    new_file.write_text(json.dumps(new))
    assert main(["diff", str(old_file), str(new_file), "--fail-on-breaking"]) == 0
    assert main(["diff", str(new_file), str(old_file), "--fail-on-breaking"]) == 1


def test_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old_file = tmp_path / "old.json"
    old_file.write_text(json.dumps(OLD))
    assert main(["diff", str(old_file), str(old_file), "--json"]) == 0
    body = json.loads(capsys.readouterr().out)
    assert body == {"added": [], "removed": [], "changed": [], "breaking": False}


@requires_shared
def test_every_pair_of_reference_documents_diffs() -> None:
    documents = {p.stem: json.loads(p.read_bytes()) for p in spec_files()}
    for old_name, old in documents.items():
        for new_name, new in documents.items():
            result = diff_documents(old, new)
            if old_name == new_name:
                assert (result.added, result.removed, result.changed) == ((), (), ()), old_name
            json.dumps(result.to_json())
            assert result.to_text()


@requires_shared
def test_2026_07_27_to_v0_30_2() -> None:
    by_stem = {p.stem: json.loads(p.read_bytes()) for p in spec_files()}
    result = diff_documents(by_stem["dokploy-2026-07-27"], by_stem["dokploy-v0.30.2-live"])
    assert len(result.added) == 45
    assert result.removed == ("settings.cleanRedis", "settings.reloadRedis")
    assert [c.operation for c in result.changed if c.breaking] == ["mongo.update"]
