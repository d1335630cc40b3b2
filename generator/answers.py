"""The least answer each procedure's response type allows, for servers that stand in (the simulator).

A stand-in server that models a procedure only roughly must still answer in the shape the
real one does, or a client generated from the real types breaks on it. From each success
response of the repaired document this derives the smallest body those types accept:
``null`` where null is allowed, ``[]`` for a list, ``true`` for a boolean (what Dokploy's
mutations answer), the first member of an enum, an object with only its required
properties. Procedures that answer nothing are listed apart; untyped ones are left out.
"""

from __future__ import annotations

from typing import Any

from dokploy_async._openapi import operation_name, operations

from .repairs import Document

#: What a required ``Date`` gets: a valid instant, obviously not a real one.
EPOCH = "1970-01-01T00:00:00.000Z"
_REF = "#/components/schemas/"


class _Untyped(Exception):
    """The schema (or a required part of it) says nothing: no answer can be derived."""


def answer_table(document: Document) -> tuple[dict[str, Any], list[str]]:
    """``(answers, empty)``: the least body per procedure, and those that send no body."""
    components = document.get("components", {}).get("schemas", {})
    answers: dict[str, Any] = {}
    empty: list[str] = []
    for path, _, operation in operations(document):
        try:
            router, procedure = operation_name(path, operation.get("operationId"))
        except ValueError:
            continue
        name = f"{router}.{procedure}"
        response = operation.get("responses", {}).get("200", {})
        content = response.get("content")
        if not content:
            empty.append(name)
            continue
        schema = content.get("application/json", {}).get("schema", {})
        # At the top, `T | undefined` became nullable (an empty body parses as None); the
        # server sends T whenever it sends a body, so answer T.
        options = [o for o in schema.get("anyOf", [schema]) if not _allows_null(o)] or [schema]
        try:
            answers[name] = least(options[0], components, ())
        except _Untyped:
            continue
    return dict(sorted(answers.items())), sorted(empty)


def least(schema: dict[str, Any], components: dict[str, Any], seen: tuple[str, ...]) -> Any:
    """The smallest JSON value ``schema`` accepts (see the module docstring)."""
    if "$ref" in schema:
        name = schema["$ref"].removeprefix(_REF)
        if name in seen:
            raise _Untyped(name)  # a required cycle: no finite value
        return least(components[name], components, (*seen, name))
    options = schema.get("anyOf") or schema.get("oneOf")
    if options:
        if any(_allows_null(o) for o in options):
            return None
        return least(options[0], components, seen)
    if _allows_null(schema):
        return None
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = kind[0]
    if kind == "string":
        return EPOCH if schema.get("format") == "date-time" else ""
    if kind in ("integer", "number"):
        return 0
    if kind == "boolean":
        return True
    if kind == "array":
        return []
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        return {
            key: least(properties[key], components, seen)
            for key in schema.get("required", [])
            if key in properties
        }
    raise _Untyped(str(schema))


def _allows_null(schema: dict[str, Any]) -> bool:
    kind = schema.get("type")
    return kind == "null" or (isinstance(kind, list) and "null" in kind)


def answer_module(document: Document) -> str:
    """The answer table as Python source (``dokploy_async/generated/_answers.py``)."""
    answers, empty = answer_table(document)
    lines = [
        '"""The least body each procedure\'s response type allows (generator/answers.py).',
        "",
        "``ANSWERS[route]`` is the smallest JSON value Dokploy's types accept for that route's",
        "200 body; ``EMPTY_BODY`` lists the routes that answer with no body at all. Used by the",
        "simulator for procedures it does not model in depth.",
        '"""',
        "",
        "from typing import Any",
        "",
        "ANSWERS: dict[str, Any] = {",
    ]
    lines += [f"    {route!r}: {value!r}," for route, value in answers.items()]
    lines += ["}", "", "EMPTY_BODY: frozenset[str] = frozenset({"]
    lines += [f"    {route!r}," for route in empty]
    lines += ["})"]
    return "\n".join(lines) + "\n"
