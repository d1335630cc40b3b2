"""Repairs for what the upstream Dokploy OpenAPI documents get wrong.

Each repair is one small function ``(document) -> None`` that edits the document in place
and is safe to run on every Dokploy version (it does nothing where its problem is absent).
``REPAIRS`` lists them in the order :func:`normalize` applies them; the order matters only
where a comment says so.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from dokploy_async._openapi import operation_name, operations
from ruamel.yaml import YAML

from .response_types import TypesChoice, translate

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
    """Read the response overlay: ``names``, ``schemas``, ``properties``, ``operations``."""
    data = YAML(typ="safe").load(path.read_text(encoding="utf-8")) or {}
    return {key: data.get(key) or {} for key in ("names", "schemas", "properties", "operations")}


def apply_response_types(
    document: Document,
    choice: TypesChoice | None = None,
    overlay: dict[str, Any] | None = None,
) -> None:
    """Give every operation Dokploy's source types its real success response.

    Upstream declares every 200 as a closed empty object (or nothing at all), which parses
    arrays, ``true`` and full records into an empty model. The schemas come from the
    committed types file ``choice`` (see :mod:`generator.response_types`) corrected by
    ``overlay/responses.yaml``; a procedure that returns nothing gets a response without
    content. Components are only added when some operation of this document uses them.
    """
    overlay = load_overlay() if overlay is None else overlay
    named: dict[tuple[str, str], str] = {}
    for path, method, operation in operations(document):
        # Matched by name, so every path form finds its entry.
        try:
            router, procedure = operation_name(path, operation.get("operationId"))
        except ValueError:
            continue  # no entry can name it; build reports the operation itself
        named[(path, method)] = f"{router}.{procedure}"
    types = choice.load() if choice is not None else {}
    translation = translate(
        types, sorted(set(named.values())), overlay, exact=choice is None or choice.exact
    )
    for path, method, operation in operations(document):
        name = named.get((path, method))
        if name is None or name not in translation.responses:
            continue
        schema = translation.responses[name]
        response: dict[str, Any] = {"description": "Successful response"}
        if schema is not None:
            response["content"] = {"application/json": {"schema": schema}}
        responses = operation.setdefault("responses", {})
        for status in [s for s in responses if str(s).startswith("2")]:
            del responses[status]
        responses["200"] = response
    if translation.components:
        schemas = document.setdefault("components", {}).setdefault("schemas", {})
        clashes = sorted(set(translation.components) & set(schemas))
        if clashes:
            # A silent overwrite would retype upstream references to that schema.
            raise ValueError(f"response schemas clash with upstream components: {clashes}")
        schemas.update(translation.components)


def open_unknown_responses(document: Document) -> None:
    """Turn every success response the types do not know into "any JSON".

    A closed empty object would silently drop the body; old documents give no schema at
    all. Runs after :func:`apply_response_types`.
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
    apply_response_types,
    open_unknown_responses,
    drop_servers,
)


def normalize(document: Document, types: TypesChoice | None = None) -> Document:
    """Return a repaired deep copy of ``document``: every repair in ``REPAIRS``, in order.

    ``types`` is the committed types file :func:`apply_response_types` uses (see
    :func:`generator.response_types.choose`); without one, only the overlay applies.
    """
    repaired = copy.deepcopy(document)
    for repair in REPAIRS:
        if repair is apply_response_types:
            apply_response_types(repaired, types)
        else:
            repair(repaired)
    return repaired
