"""Repairs for what the upstream Dokploy OpenAPI documents get wrong.

Each repair is one small function ``(document) -> None`` that edits the document in place
and is safe to run on every Dokploy version (it does nothing where its problem is absent).
``REPAIRS`` lists them in the order :func:`normalize` applies them; the order matters only
where a comment says so.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from dokploy_async._openapi import operation_name, operations
from ruamel.yaml import YAML

Document = dict[str, Any]
Repair = Callable[[Document], None]

OVERLAY_PATH = Path(__file__).parent / "overlay" / "responses.yaml"
API_KEY_SCHEME = {
    "type": "apiKey",
    "in": "header",
    "name": "x-api-key",
    "description": "A Dokploy API key (Settings > Profile > API/CLI).",
}


def _request_schemas(operation: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for parameter in operation.get("parameters", []):
        if isinstance(parameter.get("schema"), dict):
            yield parameter["schema"]
    for media in operation.get("requestBody", {}).get("content", {}).values():
        if isinstance(media.get("schema"), dict):
            yield media["schema"]


def _walk(schema: Any) -> Iterator[dict[str, Any]]:
    """Every schema object nested in ``schema``, ``schema`` first."""
    if isinstance(schema, dict):
        yield schema
        for value in schema.values():
            yield from _walk(value)
    elif isinstance(schema, list):
        for item in schema:
            yield from _walk(item)


def single_api_key_security(document: Document) -> None:
    """One security scheme, the ``x-api-key`` header, on every operation.

    Old documents declare HTTP bearer auth named ``Authorization``, which the server rejects;
    newer ones define ``apiKey`` but still cite ``Authorization`` on each operation.
    """
    components = document.setdefault("components", {})
    components["securitySchemes"] = {"apiKey": dict(API_KEY_SCHEME)}
    document["security"] = [{"apiKey": []}]
    for _, _, operation in operations(document):
        operation["security"] = [{"apiKey": []}]


def drop_request_defaults(document: Document) -> None:
    """Remove ``default`` from request parameters and bodies.

    zod defaults are applied by the server; generated as Python defaults they make the
    client send values the user never gave (``limit=20.0`` on every search call).
    """
    for _, _, operation in operations(document):
        for schema in _request_schemas(operation):
            for node in _walk(schema):
                node.pop("default", None)


def flatten_nested_unions(document: Document) -> None:
    """Flatten ``anyOf`` inside ``anyOf`` and keep a single ``null`` member.

    zod's ``.nullable().optional()`` chains emit ``anyOf: [{anyOf: [X, null]}, null]``,
    which the generator turns into classes named ``...Type0Type0``.
    """
    for _, _, operation in operations(document):
        for schema in _request_schemas(operation):
            for node in _walk(schema):
                for keyword in ("anyOf", "oneOf"):
                    if keyword in node:
                        node[keyword] = _flatten_members(node[keyword], keyword)


def _flatten_members(members: list[Any], keyword: str) -> list[Any]:
    flat: list[Any] = []
    for member in members:
        nested = member.get(keyword) if isinstance(member, dict) else None
        only_keyword = isinstance(member, dict) and set(member) <= {keyword, "description"}
        for item in nested if nested is not None and only_keyword else [member]:
            if item == {"type": "null"} and item in flat:
                continue
            flat.append(item)
    return flat


def name_union_members(document: Document) -> None:
    """Give inline objects and enums inside unions a title taken from their property name.

    Without a title the generator names them by position (``...SwarmType0``), which is
    unreadable and changes whenever upstream reorders a union.
    Runs after :func:`flatten_nested_unions`.
    """
    for _, _, operation in operations(document):
        for schema in _request_schemas(operation):
            for node in _walk(schema):
                for name, prop in node.get("properties", {}).items():
                    if isinstance(prop, dict):
                        _title_members(prop, name)
                items = node.get("items")
                if isinstance(items, dict) and "anyOf" in items:
                    _title_members(items, "item")


def _title_members(prop: dict[str, Any], name: str) -> None:
    members = prop.get("anyOf") or prop.get("oneOf") or []
    named = [
        m
        for m in members
        if isinstance(m, dict) and ("properties" in m or "enum" in m) and "title" not in m
    ]
    for index, member in enumerate(named):
        member["title"] = name if len(named) == 1 else f"{name}_variant_{index + 1}"


def load_overlay(path: Path = OVERLAY_PATH) -> dict[str, Any]:
    """Read the response overlay: ``schemas`` (named models) and ``operations``."""
    data = YAML(typ="safe").load(path.read_text(encoding="utf-8")) or {}
    return {"schemas": data.get("schemas") or {}, "operations": data.get("operations") or {}}


def apply_response_overlay(document: Document, overlay: dict[str, Any] | None = None) -> None:
    """Give known operations their real success response, from ``overlay/responses.yaml``.

    Upstream declares every 200 as a closed empty object (or nothing at all), which parses
    arrays, ``true`` and full records into an empty model. An operation marked
    ``empty: true`` answers 200 with no bytes and gets a response without content.
    Named schemas are only added when some operation of this document uses them.
    """
    overlay = load_overlay() if overlay is None else overlay
    wanted: dict[str, Any] = {}
    for path, _, operation in operations(document):
        # Keyed by router-procedure, matched by name so every path form finds its entry.
        try:
            router, procedure = operation_name(path, operation.get("operationId"))
        except ValueError:
            continue  # no overlay entry can name it; build reports the operation itself
        entry = overlay["operations"].get(f"{router}-{procedure}")
        if entry is None:
            continue
        response = {"description": entry.get("description", "Successful response")}
        if not entry.get("empty"):
            schema = copy.deepcopy(entry["schema"])
            response["content"] = {"application/json": {"schema": schema}}
            _collect_refs(schema, overlay["schemas"], wanted)
        responses = operation.setdefault("responses", {})
        for status in [s for s in responses if str(s).startswith("2")]:
            del responses[status]
        responses["200"] = response
    if wanted:
        schemas = document.setdefault("components", {}).setdefault("schemas", {})
        clashes = sorted(set(wanted) & set(schemas))
        if clashes:
            # A silent overwrite would retype upstream references to that schema.
            raise ValueError(f"overlay schemas clash with upstream components: {clashes}")
        for name in sorted(wanted):
            schemas[name] = copy.deepcopy(wanted[name])


_REF = re.compile(r"^#/components/schemas/(.+)$")


def _collect_refs(schema: Any, available: dict[str, Any], wanted: dict[str, Any]) -> None:
    for node in _walk(schema):
        ref = node.get("$ref")
        match = _REF.match(ref) if isinstance(ref, str) else None
        if match and match.group(1) not in wanted:
            name = match.group(1)
            if name not in available:
                raise KeyError(f"overlay refers to an undefined schema {name!r}")
            wanted[name] = available[name]
            _collect_refs(available[name], available, wanted)


def open_unknown_responses(document: Document) -> None:
    """Turn every success response the overlay does not know into "any JSON".

    A closed empty object would silently drop the body; old documents give no schema at
    all. Runs after :func:`apply_response_overlay`.
    """
    for _, _, operation in operations(document):
        for status, response in operation.get("responses", {}).items():
            if not str(status).startswith("2") or "content" not in response:
                continue
            for media in response["content"].values():
                schema = media.get("schema")
                if schema is None or _is_closed_empty_object(schema):
                    media["schema"] = {}


def _is_closed_empty_object(schema: dict[str, Any]) -> bool:
    return (
        schema.get("type") == "object"
        and not schema.get("properties")
        and schema.get("additionalProperties") is False
    )


def drop_servers(document: Document) -> None:
    """Replace ``servers`` with the relative ``/api`` base.

    A live instance builds ``servers[0].url`` from request headers (``undefined://host``);
    the client always takes its base URL from the user.
    """
    document["servers"] = [{"url": "/api"}]


REPAIRS: tuple[Repair, ...] = (
    single_api_key_security,
    drop_request_defaults,
    flatten_nested_unions,
    name_union_members,
    apply_response_overlay,
    open_unknown_responses,
    drop_servers,
)


def normalize(document: Document) -> Document:
    """Return a repaired deep copy of ``document``: every repair in ``REPAIRS``, in order."""
    repaired = copy.deepcopy(document)
    for repair in REPAIRS:
        repair(repaired)
    return repaired
