"""Error bodies shaped like the real server's tRPC errors."""

from __future__ import annotations

from typing import Any, Final

#: HTTP status of each tRPC error code the simulator emits.
STATUS_OF: Final[dict[str, int]] = {
    "BAD_REQUEST": 400,
    "UNAUTHORIZED": 401,
    "NOT_FOUND": 404,
    "UNSUPPORTED_MEDIA_TYPE": 415,
    "INTERNAL_SERVER_ERROR": 500,
}


class ApiError(Exception):
    """A procedure failure; the app turns it into the server's error body.

    ``issues`` is set only for input validation failures, which the real server
    reports with a top-level ``issues`` list and ``data.zodError``.
    """

    def __init__(
        self,
        code: str,
        message: str,
        *,
        issues: list[dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = STATUS_OF[code]
        self.issues = issues


def not_found(what: str) -> ApiError:
    """``NOT_FOUND`` with the server's wording, e.g. ``Project not found``."""
    return ApiError("NOT_FOUND", f"{what} not found")


def error_body(err: ApiError, route: str | None, *, include_stack: bool) -> dict[str, Any]:
    """The JSON body the server sends for ``err`` raised while serving ``route``.

    ``route`` is None when no procedure matched (unknown route, wrong method): the
    server then omits ``data.path``. A dev-mode server adds ``data.stack``; the
    captures come from one, so the simulator includes it unless told otherwise.
    """
    data: dict[str, Any] = {"code": err.code, "httpStatus": err.status}
    if include_stack:
        data["stack"] = f"TRPCError: {err.message}\n    at dokploy-simulator"
    if route is not None:
        data["path"] = route
    zod: dict[str, Any] | None = None
    if err.issues is not None:
        form_errors: list[str] = []
        field_errors: dict[str, list[str]] = {}
        for issue in err.issues:
            path = issue["path"]
            if path:
                field_errors.setdefault(str(path[0]), []).append(issue["message"])
            else:
                form_errors.append(issue["message"])
        zod = {"formErrors": form_errors, "fieldErrors": field_errors}
    data["zodError"] = zod
    body: dict[str, Any] = {"message": err.message, "code": err.code, "data": data}
    if err.issues is not None:
        body["issues"] = err.issues
    return body
