"""Input validation from the generated request table, worded like zod's messages."""

from __future__ import annotations

from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

from .errors import ApiError

#: ``ROUTES[route] = (method, {wire_name: (json_types, required)})``
RouteTable = dict[str, tuple[str, dict[str, tuple[tuple[str, ...], bool]]]]


def json_type(value: Any) -> str:
    """The zod name of a decoded JSON value's type (``undefined`` for a missing one)."""
    if value is None:
        return "null"
    if isinstance(value, bytes):
        return "file"  # the file part of a multipart upload
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "unknown"


def _matches(value: Any, types: tuple[str, ...]) -> bool:
    kind = json_type(value)
    if kind in types:
        return True
    if kind == "number" and "integer" in types:
        return isinstance(value, int) or float(value).is_integer()
    return False


def _coerce_query(value: str, types: tuple[str, ...]) -> Any:
    """Query strings arrive as text; the server coerces numbers and booleans."""
    if "string" in types or not types:
        return value
    if "integer" in types or "number" in types:
        try:
            number = float(value)
        except ValueError:
            return value
        return int(number) if number.is_integer() else number
    if "boolean" in types and value in ("true", "false"):
        return value == "true"
    return value


def _issue(name: str | None, expected: str, received: str) -> dict[str, Any]:
    return {
        "expected": expected,
        "code": "invalid_type",
        "path": [] if name is None else [name],
        "message": f"Invalid input: expected {expected}, received {received}",
    }


def _expected(types: tuple[str, ...]) -> str:
    # zod reports the non-null member of a nullable; integers are numbers to it.
    for kind in types:
        if kind != "null":
            return "number" if kind == "integer" else kind
    return "null"


def validate(
    fields: dict[str, tuple[tuple[str, ...], bool]],
    raw: Any,
    *,
    from_query: bool,
) -> dict[str, Any]:
    """Check ``raw`` against a route's fields; return the input or raise 400.

    Unknown keys are dropped silently, as zod's default object schema does.
    """
    if not isinstance(raw, dict):
        raise ApiError(
            "BAD_REQUEST",
            "Input validation failed",
            issues=[_issue(None, "object", json_type(raw))],
        )
    issues: list[dict[str, Any]] = []
    out: dict[str, Any] = {}
    for name, (types, required) in fields.items():
        if name not in raw:
            if required:
                issues.append(_issue(name, _expected(types), "undefined"))
            continue
        value = raw[name]
        if from_query and isinstance(value, str):
            value = _coerce_query(value, types)
        if types and not _matches(value, types):
            issues.append(_issue(name, _expected(types), json_type(value)))
            continue
        out[name] = value
    if issues:
        raise ApiError("BAD_REQUEST", "Input validation failed", issues=issues)
    return out


def parse_multipart(content_type: str, body: bytes) -> dict[str, Any]:
    """A multipart/form-data body as ``{name: text, or bytes for a file part}``.

    The standard library's MIME parser reads it once given the header that carries
    the boundary; a body it cannot split yields ``{}`` (then validation names the
    missing fields, as zod-form-data does).
    """
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    form: dict[str, Any] = {}
    if not message.is_multipart():
        return form
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            payload = b""
        is_file = part.get_filename() is not None
        form[name] = payload if is_file else payload.decode("utf-8", "replace")
    return form


def accepts_multipart(fields: dict[str, tuple[tuple[str, ...], bool]]) -> bool:
    """Whether a route's input is a form with a file (``zfd.formData`` on the server)."""
    return any("file" in types for types, _ in fields.values())
