"""Each spec repair, on a small document that shows the problem it fixes."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from dokploy_async._openapi import operations
from generator import repairs


def _document(
    operation: dict[str, Any], path: str = "/thing.do", method: str = "post"
) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "v1"},
        "servers": [{"url": "undefined://host/api"}],
        "paths": {path: {method: operation}},
    }


def _op(doc: dict[str, Any]) -> dict[str, Any]:
    return next(op for _, _, op in operations(doc))


def _body(doc: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = _op(doc)["requestBody"]["content"]["application/json"]["schema"]
    return schema


def _with_body(properties: dict[str, Any]) -> dict[str, Any]:
    schema = {"type": "object", "properties": properties}
    return _document({"requestBody": {"content": {"application/json": {"schema": schema}}}})


def test_security_becomes_one_api_key_header() -> None:
    doc = _document({"security": [{"Authorization": []}]})
    doc["components"] = {"securitySchemes": {"Authorization": {"type": "http", "scheme": "bearer"}}}
    repairs.single_api_key_security(doc)
    assert doc["components"]["securitySchemes"] == {"apiKey": repairs.API_KEY_SCHEME}
    assert _op(doc)["security"] == [{"apiKey": []}]
    assert doc["security"] == [{"apiKey": []}]


def test_request_defaults_are_dropped() -> None:
    doc = _document(
        {
            "parameters": [
                {"in": "query", "name": "limit", "schema": {"type": "number", "default": 20}}
            ]
        },
        method="get",
    )
    doc["paths"]["/thing.do"]["post"] = {
        "requestBody": {
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "deep": {"type": "object", "properties": {"n": {"default": 3}}}
                        },
                    }
                }
            }
        }
    }
    repairs.drop_request_defaults(doc)
    get = doc["paths"]["/thing.do"]["get"]
    assert get["parameters"][0]["schema"] == {"type": "number"}
    post = doc["paths"]["/thing.do"]["post"]
    deep = post["requestBody"]["content"]["application/json"]["schema"]["properties"]["deep"]
    assert deep["properties"]["n"] == {}


def test_nested_unions_are_flattened_with_one_null() -> None:
    obj = {"type": "object", "properties": {"x": {"type": "number"}}}
    doc = _with_body({"swarm": {"anyOf": [{"anyOf": [obj, {"type": "null"}]}, {"type": "null"}]}})
    repairs.flatten_nested_unions(doc)
    assert _body(doc)["properties"]["swarm"] == {"anyOf": [obj, {"type": "null"}]}


def test_union_members_are_titled_after_their_property() -> None:
    obj = {"type": "object", "properties": {"x": {"type": "number"}}}
    enum = {"type": "string", "enum": ["push", "tag"]}
    doc = _with_body(
        {
            "healthCheckSwarm": {"anyOf": [copy.deepcopy(obj), {"type": "null"}]},
            "triggerType": {"anyOf": [enum, {"type": "null"}]},
            "two": {"anyOf": [copy.deepcopy(obj), copy.deepcopy(obj)]},
        }
    )
    repairs.name_union_members(doc)
    props = _body(doc)["properties"]
    assert props["healthCheckSwarm"]["anyOf"][0]["title"] == "healthCheckSwarm"
    assert props["triggerType"]["anyOf"][0]["title"] == "triggerType"
    assert [m["title"] for m in props["two"]["anyOf"]] == ["two_variant_1", "two_variant_2"]
    assert "title" not in props["healthCheckSwarm"]["anyOf"][1]


@pytest.mark.parametrize(
    "media",
    [
        {"schema": {"type": "object", "properties": {}, "additionalProperties": False}},
        {},
    ],
    ids=["closed-empty-object", "no-schema"],
)
def test_unknown_responses_become_any_json(media: dict[str, Any]) -> None:
    doc = _document(
        {"responses": {"200": {"description": "ok", "content": {"application/json": media}}}}
    )
    repairs.open_unknown_responses(doc)
    assert _op(doc)["responses"]["200"]["content"]["application/json"]["schema"] == {}


def test_servers_are_relative() -> None:
    doc = _document({})
    repairs.drop_servers(doc)
    assert doc["servers"] == [{"url": "/api"}]


def test_normalize_leaves_its_input_alone() -> None:
    doc = _with_body({"n": {"type": "number", "default": 1}})
    before = copy.deepcopy(doc)
    repaired = repairs.normalize(doc)
    assert doc == before
    assert "default" not in _body(repaired)["properties"]["n"]
