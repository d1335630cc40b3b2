"""What an OpenAPI document of Dokploy offers: its operations, named and routed.

Pure functions over the parsed document, used by the generator (at build time) and by the
simulator (serving any document at run time), so both name operations the same way.

What an operation is called: ``router.procedure``, whatever form its path takes.

Dokploy documents come in three forms (see ``../shared/dokploy/README.md``):

- ``/router.procedure``: every document from @dokploy/trpc-openapi 0.0.17 on;
- ``/router/procedure``: the 0.0.14-0.0.16 writer that Dokploy v0.28.0 shipped;
- a custom path (``/deploy/postgres-with-logs``, ``/read-stats``) set in a procedure's
  ``openapi`` meta; its operationId still says ``router-procedure``.

The name is what users and the diff see; the route (the path without its leading ``/``)
is what the client calls, because that is what the server serves.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, NamedTuple

_IDENTIFIER = r"[A-Za-z_][A-Za-z0-9_]*"
_DOTTED = re.compile(rf"^/?({_IDENTIFIER})\.({_IDENTIFIER})$")
_SLASHED = re.compile(rf"^/?({_IDENTIFIER})/({_IDENTIFIER})$")
_OPERATION_ID = re.compile(rf"^({_IDENTIFIER})-({_IDENTIFIER})$")


class OperationName(NamedTuple):
    """``router`` and ``procedure`` of one operation, as the server's tRPC router names them."""

    router: str
    procedure: str

    def __str__(self) -> str:
        return f"{self.router}.{self.procedure}"


def operation_name(path: str, operation_id: str | None) -> OperationName:
    """Name an operation from its path, else from its operationId.

    Raises:
        ValueError: neither the path nor the operationId has a recognisable form.
    """
    for pattern in (_DOTTED, _SLASHED):
        match = pattern.match(path)
        if match:
            return OperationName(*match.groups())
    match = _OPERATION_ID.match(operation_id or "")
    if match:
        return OperationName(*match.groups())
    raise ValueError(
        f"cannot name the operation at {path!r}: its path is neither /router.procedure nor "
        f"/router/procedure, and its operationId {operation_id!r} is not router-procedure"
    )


def route(path: str) -> str:
    """What the client appends to ``{base}/api/``: the document's own path."""
    return path.lstrip("/")


HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

#: ``{route: (HTTP method, {wire_name: (json_types, required)})}``
RouteTable = dict[str, tuple[str, dict[str, tuple[tuple[str, ...], bool]]]]


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield ``(path, method, operation)`` for every operation, in document order."""
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def route_names(document: dict[str, Any]) -> dict[str, str]:
    """``{route: "router.procedure"}`` for every operation of ``document``."""
    return {
        route(path): str(operation_name(path, operation.get("operationId")))
        for path, _, operation in operations(document)
    }


def request_table(document: dict[str, Any]) -> RouteTable:
    """What each route accepts: its HTTP method and top-level input fields.

    The fields are the query parameters of a GET and the JSON (or multipart) body
    properties of a POST; a multipart upload's file part has the type ``file``.
    """
    table: RouteTable = {}
    for path, method, operation in sorted(operations(document), key=lambda t: t[0]):
        fields: dict[str, tuple[tuple[str, ...], bool]] = {}
        for parameter in operation.get("parameters", []):
            if parameter.get("in") == "query":
                fields[parameter["name"]] = (
                    json_types(parameter.get("schema", {})),
                    bool(parameter.get("required")),
                )
        content = operation.get("requestBody", {}).get("content", {})
        media = content.get("application/json") or content.get("multipart/form-data") or {}
        body = media.get("schema", {})
        required = set(body.get("required", []))
        for name, prop in body.get("properties", {}).items():
            fields[name] = (json_types(prop), name in required)
        table[route(path)] = (method.upper(), fields)
    return table


def json_types(schema: dict[str, Any]) -> tuple[str, ...]:
    """The JSON types a schema admits (empty: anything); OpenAPI 3.0 ``nullable`` adds null."""
    kind = schema.get("type")
    if kind == "string" and schema.get("format") == "binary":
        return ("file",)  # a multipart upload's file part
    if isinstance(kind, str):
        found = [kind]
    elif isinstance(kind, list):
        found = [str(k) for k in kind]
    else:
        found = []
        for member in schema.get("anyOf", []) + schema.get("oneOf", []):
            member_types = json_types(member)
            if not member_types:
                return ()
            found.extend(member_types)
        if "enum" in schema and not found:
            found = sorted({type(v).__name__.replace("str", "string") for v in schema["enum"]})
    if found and schema.get("nullable") is True:
        found.append("null")
    return tuple(sorted(set(found)))
