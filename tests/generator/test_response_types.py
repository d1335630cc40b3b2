"""Response types from Dokploy's source: choosing a types file and translating it (docs/models.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dokploy_async._openapi import operations
from generator import repairs
from generator.response_types import TYPES_DIR, TypesChoice, choose, committed, translate

CLOSED = {"type": "object", "properties": {}, "additionalProperties": False}
NO_OVERLAY: dict[str, Any] = {"names": {}, "schemas": {}, "properties": {}, "operations": {}}

#: A small types file in the extractor's form: one table, one anonymous object, one void.
TYPES: dict[str, Any] = {
    "dokployVersion": "v9.9.9",
    "operations": {
        "thing.one": {"$ref": "#/definitions/Thing"},
        "thing.stats": {
            "type": "object",
            "properties": {"count": {"type": "number"}, "note": {"type": ["string", "null"]}},
            "required": ["count", "note"],
            "additionalProperties": True,
        },
        "thing.all": {"type": "array", "items": {"$ref": "#/definitions/Thing"}},
        "thing.deploy": {"x-empty": True},
        "thing.maybe": {"type": "boolean", "x-may-be-empty": True},
        "thing.raw": {"x-untyped": "any"},
    },
    "definitions": {
        "Thing": {
            "type": "object",
            "x-dokploy-table": "things",
            "properties": {
                "thingId": {"type": "string"},
                "createdAt": {"type": "string", "format": "date-time"},
                "status": {"type": ["string", "null"], "enum": ["done", "error", None]},
                "hint": {"type": "string"},
            },
            "required": ["createdAt", "status", "thingId"],
            "additionalProperties": True,
        }
    },
}
NAMES = sorted(TYPES["operations"])


def test_required_properties_stay_required_and_tables_keep_their_names() -> None:
    result = translate(TYPES, NAMES, NO_OVERLAY, exact=True)
    thing = result.components["Thing"]
    assert thing["required"] == ["createdAt", "status", "thingId"]
    assert thing["description"] == "A record of Dokploy's `things` table."
    assert thing["additionalProperties"] is True
    assert thing["properties"]["createdAt"] == {"type": "string", "format": "date-time"}
    # A nullable string enum becomes a titled enum or null (named after its property).
    status = thing["properties"]["status"]["anyOf"]
    assert status[0] == {"type": "string", "enum": ["done", "error"], "title": "status"}
    assert status[1] == {"type": "null"}
    assert result.responses["thing.all"] == {
        "type": "array",
        "items": {"$ref": "#/components/schemas/Thing"},
    }


def test_anonymous_objects_are_named_after_the_procedure() -> None:
    result = translate(TYPES, NAMES, NO_OVERLAY, exact=True)
    assert result.responses["thing.stats"] == {"$ref": "#/components/schemas/ThingStatsResult"}
    assert result.components["ThingStatsResult"]["required"] == ["count", "note"]
    renamed = translate(TYPES, NAMES, {**NO_OVERLAY, "names": {"thing.stats": "Stats"}}, exact=True)
    assert renamed.responses["thing.stats"] == {"$ref": "#/components/schemas/Stats"}


def test_empty_maybe_empty_and_untyped_bodies() -> None:
    result = translate(TYPES, NAMES, NO_OVERLAY, exact=True)
    assert result.responses["thing.deploy"] is None
    assert result.responses["thing.maybe"] == {"anyOf": [{"type": "boolean"}, {"type": "null"}]}
    raw = result.responses["thing.raw"]
    assert raw is not None
    assert "type" not in raw
    assert "any" in raw["description"]


def test_loose_translation_requires_nothing() -> None:
    result = translate(TYPES, NAMES, NO_OVERLAY, exact=False)
    assert "required" not in result.components["Thing"]
    assert "required" not in result.components["ThingStatsResult"]


def test_overlay_properties_and_operations_win() -> None:
    overlay = {
        **NO_OVERLAY,
        "properties": {"Thing.hint": {"why": "test", "schema": {"type": "integer"}}},
        "operations": {"thing.raw": {"why": "test", "schema": {"type": "string"}}},
    }
    result = translate(TYPES, NAMES, overlay, exact=True)
    assert result.components["Thing"]["properties"]["hint"] == {"type": "integer"}
    assert result.responses["thing.raw"] == {"type": "string"}


def test_an_undefined_reference_is_refused() -> None:
    broken = {**TYPES, "operations": {"thing.one": {"$ref": "#/definitions/Nope"}}}
    with pytest.raises(KeyError, match="Nope"):
        translate(broken, ["thing.one"], NO_OVERLAY, exact=True)


def _document(*names: str) -> dict[str, Any]:
    paths = {
        f"/{name}": {
            "post": {
                "operationId": name.replace(".", "-"),
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": CLOSED}},
                    },
                    "400": {"description": "bad"},
                },
            }
        }
        for name in names
    }
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "v9.9.9"}, "paths": paths}


def _choice(tmp_path: Path) -> TypesChoice:
    path = tmp_path / "v9.9.9.json"
    path.write_text(json.dumps(TYPES))
    return TypesChoice("v9.9.9", path, True, "test")


def test_apply_replaces_success_responses_and_keeps_errors(tmp_path: Path) -> None:
    doc = _document("thing.one", "thing.deploy")
    repairs.apply_response_types(doc, _choice(tmp_path), NO_OVERLAY)
    by_id = {op["operationId"]: op["responses"] for _, _, op in operations(doc)}
    one = by_id["thing-one"]
    assert one["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Thing"
    }
    assert "400" in one
    assert "content" not in by_id["thing-deploy"]["200"]
    # Only what the document's operations use is added.
    assert set(doc["components"]["schemas"]) == {"Thing"}


def test_apply_refuses_to_overwrite_an_upstream_schema(tmp_path: Path) -> None:
    doc = _document("thing.one")
    doc["components"] = {"schemas": {"Thing": {"type": "string"}}}
    with pytest.raises(ValueError, match="clash"):
        repairs.apply_response_types(doc, _choice(tmp_path), NO_OVERLAY)


def test_choose_prefers_the_exact_version_then_the_nearest(tmp_path: Path) -> None:
    for version in ("v0.29.0", "v0.30.2"):
        (tmp_path / f"{version}.json").write_text(json.dumps({"operations": {"a.b": {}}}))
    exact = choose("v0.29.0", {"a.b"}, tmp_path)
    assert exact is not None
    assert exact.exact
    assert exact.version == "v0.29.0"
    newer = choose("v0.31.0", {"a.b"}, tmp_path)
    assert newer is not None
    assert not newer.exact
    assert newer.version == "v0.30.2"
    assert "every property optional" in newer.reason
    older = choose("v0.28.0", {"a.b"}, tmp_path)
    assert older is not None
    assert older.version == "v0.29.0"
    unnamed = choose("unknown", {"a.b"}, tmp_path)
    assert unnamed is not None
    assert not unnamed.exact
    assert choose("v0.30.2", set(), tmp_path / "none") is None


def test_two_dokploy_releases_are_committed() -> None:
    files = committed()
    assert {"v0.29.0", "v0.30.2"} <= set(files)
    for version, path in files.items():
        data = json.loads(path.read_text())
        assert data["dokployVersion"] == version
        assert len(data["operations"]) > 500
        # Sorted, as the extractor writes it, so a re-run is byte-identical.
        assert list(data["operations"]) == sorted(data["operations"])
    assert TYPES_DIR.name == "types"


def test_the_committed_overlay_says_why_and_resolves() -> None:
    overlay = repairs.load_overlay()
    for target, entry in {**overlay["properties"], **overlay["operations"]}.items():
        assert entry.get("why"), f"{target} does not say why it is in the overlay"
    types = json.loads((TYPES_DIR / "v0.30.2.json").read_text())
    result = translate(types, sorted(types["operations"]), overlay, exact=True)
    assert result.responses["deployment.queueList"] == {
        "type": "array",
        "items": {"$ref": "#/components/schemas/QueueJob"},
    }
    data = result.components["QueueJob"]["properties"]["data"]
    assert data == {"$ref": "#/components/schemas/QueueJobData"}
