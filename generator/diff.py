"""What changed between two Dokploy OpenAPI documents, and whether it breaks callers.

Operations are matched by ``router.procedure`` whatever each document's path form. For
operations in both, the request fields (query parameters of a GET, body properties of a
POST) are compared: added, removed, made required or optional, changed in type; and the
success response where both sides declare one (a closed empty object, or nothing, is no
declaration). Types are compared as sets of JSON types, so OpenAPI 3.0's
``nullable: true`` equals 3.1's ``anyOf`` with ``null``. ``info``, ``servers`` and
security-scheme names are not compared.

Breaking, for a caller of a client regenerated from NEW: an operation removed; a request
field removed, newly required, or whose type no longer admits every old value; a response
field removed or whose type changed.
"""

from __future__ import annotations

from typing import Any

import attrs
from dokploy_async._openapi import json_types, operation_name, operations, request_table
from dokploy_async._openapi import route as route_of

Document = dict[str, Any]


@attrs.frozen
class Change:
    """One difference in one operation."""

    text: str
    breaking: bool


@attrs.frozen
class OperationDiff:
    """Every difference in an operation present in both documents."""

    operation: str
    changes: tuple[Change, ...]

    @property
    def breaking(self) -> bool:
        """Whether any of its changes breaks callers."""
        return any(c.breaking for c in self.changes)


@attrs.frozen
class SpecDiff:
    """The whole comparison of OLD and NEW."""

    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[OperationDiff, ...]

    @property
    def breaking(self) -> bool:
        """Whether anything breaks callers."""
        return bool(self.removed) or any(c.breaking for c in self.changed)

    def to_json(self) -> dict[str, Any]:
        """``{"added", "removed", "changed": [{"operation", "changes", "breaking"}]}``."""
        return {
            "added": list(self.added),
            "removed": list(self.removed),
            "changed": [
                {
                    "operation": c.operation,
                    "changes": [change.text for change in c.changes],
                    "breaking": c.breaking,
                }
                for c in self.changed
            ],
            "breaking": self.breaking,
        }

    def to_text(self, old: str = "OLD", new: str = "NEW") -> str:
        """A report for people: counts, then each operation."""
        breaking = sum(1 for c in self.changed if c.breaking) + len(self.removed)
        lines = [
            f"{old} -> {new}: {len(self.added)} added, {len(self.removed)} removed, "
            f"{len(self.changed)} changed ({breaking} breaking)",
        ]
        if self.added:
            lines += ["", "Added:"] + [f"  + {name}" for name in self.added]
        if self.removed:
            lines += ["", "Removed (breaking):"] + [f"  - {name}" for name in self.removed]
        if self.changed:
            lines += ["", "Changed:"]
            for c in self.changed:
                lines.append(f"  ~ {c.operation}" + ("  [breaking]" if c.breaking else ""))
                lines += [
                    f"      {change.text}" + (" (breaking)" if change.breaking else "")
                    for change in c.changes
                ]
        return "\n".join(lines) + "\n"


def diff_documents(old: Document, new: Document) -> SpecDiff:
    """Compare two documents (see the module docstring)."""
    old_ops, new_ops = _by_name(old), _by_name(new)
    old_table, new_table = request_table(old), request_table(new)
    changed = []
    for name in sorted(set(old_ops) & set(new_ops)):
        (old_path, old_op), (new_path, new_op) = old_ops[name], new_ops[name]
        changes = _request_changes(
            old_table[route_of(old_path)][1], new_table[route_of(new_path)][1]
        ) + _response_changes(_success_schema(old, old_op), _success_schema(new, new_op))
        if changes:
            changed.append(OperationDiff(name, tuple(changes)))
    return SpecDiff(
        added=tuple(sorted(set(new_ops) - set(old_ops))),
        removed=tuple(sorted(set(old_ops) - set(new_ops))),
        changed=tuple(changed),
    )


def _by_name(document: Document) -> dict[str, tuple[str, dict[str, Any]]]:
    return {
        str(operation_name(path, op.get("operationId"))): (path, op)
        for path, _, op in operations(document)
    }


Fields = dict[str, tuple[tuple[str, ...], bool]]


def _request_changes(old: Fields, new: Fields) -> list[Change]:
    changes = []
    for name in sorted(set(new) - set(old)):
        required = new[name][1]
        changes.append(
            Change(f"request field {name!r} added" + (" (required)" if required else ""), required)
        )
    for name in sorted(set(old) - set(new)):
        changes.append(Change(f"request field {name!r} removed", True))
    for name in sorted(set(old) & set(new)):
        (old_types, old_required), (new_types, new_required) = old[name], new[name]
        if old_required != new_required:
            now = "required" if new_required else "optional"
            changes.append(Change(f"request field {name!r} is now {now}", new_required))
        if old_types != new_types:
            narrowed = bool(new_types) and not set(old_types or ("any",)) <= set(new_types)
            changes.append(
                Change(
                    f"request field {name!r} type {_show(old_types)} -> {_show(new_types)}",
                    narrowed,
                )
            )
    return changes


def _response_changes(old: dict[str, Any] | None, new: dict[str, Any] | None) -> list[Change]:
    if old is None or new is None:
        return []
    old_types, new_types = json_types(old), json_types(new)
    if old_types != new_types:
        return [Change(f"response type {_show(old_types)} -> {_show(new_types)}", True)]
    old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
    changes = [
        Change(f"response field {n!r} added", False)
        for n in sorted(set(new_props) - set(old_props))
    ]
    changes += [
        Change(f"response field {n!r} removed", True)
        for n in sorted(set(old_props) - set(new_props))
    ]
    for n in sorted(set(old_props) & set(new_props)):
        before, after = json_types(old_props[n]), json_types(new_props[n])
        if before != after:
            changes.append(
                Change(f"response field {n!r} type {_show(before)} -> {_show(after)}", True)
            )
    return changes


def _success_schema(document: Document, operation: dict[str, Any]) -> dict[str, Any] | None:
    for status, response in (operation.get("responses") or {}).items():
        if not str(status).startswith("2"):
            continue
        for media in (response.get("content") or {}).values():
            schema = _resolve(document, media.get("schema"))
            if isinstance(schema, dict) and not _is_undeclared(schema):
                return schema
    return None


def _resolve(document: Document, schema: Any) -> Any:
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        name = ref.rsplit("/", 1)[1]
        return document.get("components", {}).get("schemas", {}).get(name)
    return schema


def _is_undeclared(schema: dict[str, Any]) -> bool:
    """A closed empty object (what every Dokploy 200 declares) or an empty schema."""
    if not schema:
        return True
    return (
        schema.get("type") == "object"
        and not schema.get("properties")
        and schema.get("additionalProperties") in (False, None)
    )


def _show(types: tuple[str, ...]) -> str:
    return "|".join(types) if types else "any"
