"""Response schemas from Dokploy's own types: choose a committed types file, translate it.

``generator/types/<version>.json`` holds, per procedure, the JSON Schema of its 200 body as
the TypeScript compiler infers it from Dokploy's source (``python -m generator types``
writes it; see ``generator/types/extract.js``). The translation into OpenAPI components
follows the rules of docs/models.md:

- a property TypeScript always has is ``required`` (a plain attribute); ``?:`` and
  ``| undefined`` are optional; ``| null`` stays nullable;
- string-literal unions stay enums (generated open: see templates/literal_enum.py.jinja);
- ``Date`` is ``format: date-time``;
- records of Dokploy's tables are named components (``Application``, ``Deployment``, ...;
  partial selections are ``ApplicationSummary``, ...); other top-level objects are named
  ``<Router><Procedure>Result`` (array items ``...Item``) unless the overlay names them;
- every object stays open (``additionalProperties``); what the checker could not type
  (``any``/``unknown``) is plain JSON.

A document of another Dokploy version gets the nearest committed version's types with no
property required, so a field that version lacks is ``UNSET`` instead of an error.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_python_client import strings

TYPES_DIR = Path(__file__).parent / "types"
_VERSION_FILE = re.compile(r"^v(\d+)\.(\d+)\.(\d+)\.json$")
_DEFINITION_REF = "#/definitions/"
_COMPONENT_REF = "#/components/schemas/"


@dataclass(frozen=True)
class TypesChoice:
    """Which committed types file a build uses, and why."""

    version: str
    path: Path
    exact: bool
    reason: str

    def load(self) -> dict[str, Any]:
        """The file's content."""
        data: dict[str, Any] = json.loads(self.path.read_text(encoding="utf-8"))
        return data


def committed(directory: Path = TYPES_DIR) -> dict[str, Path]:
    """The committed types files by Dokploy version (``{"v0.30.2": path}``)."""
    found = {}
    for path in sorted(directory.glob("v*.json")):
        if _VERSION_FILE.match(path.name):
            found[path.stem] = path
    return found


def _version_key(version: str) -> tuple[int, int, int] | None:
    match = _VERSION_FILE.match(f"{version}.json")
    return (int(match[1]), int(match[2]), int(match[3])) if match else None


def choose(
    version: str, operation_names: set[str], directory: Path = TYPES_DIR
) -> TypesChoice | None:
    """The types file for a document of Dokploy ``version`` offering ``operation_names``.

    That version's own file when one is committed; else the nearest release's (by version
    number when the version is known, else the one sharing most operations), used loosely.
    ``None`` when nothing is committed.
    """
    files = committed(directory)
    if not files:
        return None
    if version in files:
        return TypesChoice(version, files[version], True, f"the types of {version}")
    wanted = _version_key(version)
    if wanted is not None:

        def distance(name: str) -> tuple[int, ...]:
            key = _version_key(name) or (0, 0, 0)
            return tuple(abs(a - b) for a, b in zip(key, wanted, strict=True))

        nearest = min(files, key=distance)
        why = f"no types committed for {version}; the nearest release's, {nearest}"
    else:

        def overlap(name: str) -> tuple[float, tuple[int, int, int]]:
            keys = set(json.loads(files[name].read_text(encoding="utf-8"))["operations"])
            union = keys | operation_names
            return (len(keys & operation_names) / len(union) if union else 0.0), (
                _version_key(name) or (0, 0, 0)
            )

        nearest = max(files, key=overlap)
        why = (
            f"the document names no Dokploy release; the types of {nearest}, "
            "the committed version sharing most of its operations"
        )
    return TypesChoice(nearest, files[nearest], False, why + ", every property optional")


@dataclass
class Translation:
    """What :func:`translate` produced for one document."""

    responses: dict[str, dict[str, Any] | None]  # operation -> schema (None: empty body)
    components: dict[str, Any]


def component_name(operation: str, suffix: str) -> str:
    """``project.create`` -> ``ProjectCreateResult``."""
    router, _, procedure = operation.partition(".")
    return strings.pascal_case(router) + procedure[:1].upper() + procedure[1:] + suffix


def translate(
    types: dict[str, Any],
    operations: list[str],
    overlay: dict[str, Any],
    *,
    exact: bool,
) -> Translation:
    """OpenAPI response schemas for ``operations`` from ``types`` and the ``overlay``.

    The overlay's ``operations`` replace a procedure's schema, ``properties`` replace one
    property of a named schema (``QueueJob.data``), ``names`` name a procedure's anonymous
    top-level object, and ``schemas`` are named schemas those entries refer to.
    """
    definitions: dict[str, Any] = copy.deepcopy(types.get("definitions", {}))
    definitions.update(copy.deepcopy(overlay.get("schemas", {})))
    responses: dict[str, dict[str, Any] | None] = {}
    names: dict[str, str] = overlay.get("names", {})
    for operation in operations:
        entry = overlay.get("operations", {}).get(operation)
        if entry is not None:
            schema = None if entry.get("empty") else copy.deepcopy(entry["schema"])
        elif operation in types.get("operations", {}):
            schema = copy.deepcopy(types["operations"][operation])
        else:
            continue
        if schema is None or schema.get("x-empty"):
            responses[operation] = None
            continue
        may_be_empty = bool(schema.pop("x-may-be-empty", False))
        schema = _name_top_level(schema, operation, names.get(operation), definitions)
        if may_be_empty:
            schema = {"anyOf": [schema, {"type": "null"}]}
        responses[operation] = schema
    for target, replacement in overlay.get("properties", {}).items():
        model, _, prop = target.partition(".")
        if model in definitions and prop in definitions[model].get("properties", {}):
            definitions[model]["properties"][prop] = copy.deepcopy(replacement["schema"])
    wanted: dict[str, Any] = {}
    for schema in responses.values():
        _collect(schema, definitions, wanted)
    components = {name: _openapi(wanted[name], exact=exact, name=name) for name in sorted(wanted)}
    converted = {
        op: None if schema is None else _openapi(schema, exact=exact)
        for op, schema in responses.items()
    }
    return Translation(converted, components)


def _name_top_level(
    schema: dict[str, Any], operation: str, name: str | None, definitions: dict[str, Any]
) -> dict[str, Any]:
    """Give a procedure's inline object (or its array's, or a union member's) a name."""

    def named(node: dict[str, Any], suffix: str) -> dict[str, Any]:
        if node.get("type") != "object" or "properties" not in node:
            return node
        component = name or component_name(operation, suffix)
        if component in definitions and definitions[component] != node:
            component = component_name(operation, suffix)
        definitions[component] = node
        return {"$ref": _DEFINITION_REF + component}

    if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
        return {**schema, "items": named(schema["items"], "Item")}
    if "anyOf" in schema:
        return {**schema, "anyOf": [named(m, "Result") for m in schema["anyOf"]]}
    return named(schema, "Result")


def _collect(schema: Any, definitions: dict[str, Any], wanted: dict[str, Any]) -> None:
    if isinstance(schema, list):
        for item in schema:
            _collect(item, definitions, wanted)
        return
    if not isinstance(schema, dict):
        return
    ref = schema.get("$ref")
    if isinstance(ref, str):
        name = ref.rpartition("/")[2]
        if name not in definitions:
            raise KeyError(f"types refer to an undefined schema {name!r}")
        if name not in wanted:
            wanted[name] = definitions[name]
            _collect(definitions[name], definitions, wanted)
        return
    for value in schema.values():
        _collect(value, definitions, wanted)


def _openapi(schema: Any, *, exact: bool, name: str | None = None) -> Any:
    """One JSON Schema node of the types file as openapi-python-client should read it."""
    if isinstance(schema, list):
        return [_openapi(s, exact=exact) for s in schema]
    if not isinstance(schema, dict):
        return schema
    if "x-untyped" in schema:
        why = schema["x-untyped"]
        return {"description": f"Plain JSON: Dokploy's source types this as {why}."}
    if "$ref" in schema:
        ref = str(schema["$ref"])
        return {"$ref": ref.replace(_DEFINITION_REF, _COMPONENT_REF)}
    out: dict[str, Any] = {}
    table = schema.get("x-dokploy-table")
    if table:
        kind = "A partial record" if name and name.endswith("Summary") else "A record"
        out["description"] = f"{kind} of Dokploy's `{table}` table."
    for key, value in schema.items():
        if key in ("x-dokploy-table",):
            continue
        if key == "properties":
            out["properties"] = {
                prop: _titled(_openapi(sub, exact=exact), prop)
                for prop, sub in value.items()
                if sub != {"not": {}}
            }
        elif key == "required":
            if exact:
                out["required"] = [p for p in value if schema["properties"].get(p) != {"not": {}}]
        elif key in ("items", "additionalProperties", "anyOf"):
            out[key] = _openapi(value, exact=exact)
        else:
            out[key] = copy.deepcopy(value)
    return _enum(out)


def _enum(schema: dict[str, Any]) -> dict[str, Any]:
    """Nullable string enums as a union with null; number "enums" as plain numbers."""
    values = schema.get("enum")
    if values is None:
        return schema
    types = schema["type"] if isinstance(schema.get("type"), list) else [schema.get("type")]
    if "string" not in types:
        return {k: v for k, v in schema.items() if k != "enum"}
    strings_only = {**schema, "type": "string", "enum": [v for v in values if v is not None]}
    if "null" in types or None in values:
        return {"anyOf": [strings_only, {"type": "null"}]}
    return strings_only


def _titled(schema: Any, name: str) -> Any:
    """Name a nullable enum or object after its property, not its place in the union.

    Without a title openapi-python-client calls ``triggerType: "push" | "tag" | null``
    ``...TriggerTypeType0``.
    """
    members = schema.get("anyOf") if isinstance(schema, dict) else None
    if not members:
        return schema
    named = [m for m in members if ("enum" in m or "properties" in m) and "title" not in m]
    if len(named) == 1:
        named[0]["title"] = name
    return schema
