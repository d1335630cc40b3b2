"""Every exception dokploy-async raises, all under one base class.

Hierarchy::

    DokployError                      base of everything below; catch it to catch all
    ├── ConfigurationError            (also a ValueError) no URL or key, or a malformed URL
    ├── APIConnectionError            no HTTP response came back at all
    │   └── APITimeoutError           connect, read, write or pool timeout
    ├── APIStatusError                the server answered with a non-2xx status
    │   ├── BadRequestError           400: input validation failed, bad input, "Invalid JSON"
    │   ├── AuthenticationError       401: wrong or missing key, no API permission, rate limit
    │   ├── PermissionDeniedError     403
    │   ├── NotFoundError             404: unknown id, unknown route or wrong HTTP method
    │   │   └── UnsupportedOperationError  404 "Not found": this server has no such operation
    │   ├── UnprocessableEntityError  422
    │   ├── RateLimitError            429 (a proxy's; Dokploy itself answers 401)
    │   └── InternalServerError       5xx, including a proxy's HTML 502/503/504 page
    ├── InvalidResponseError          a 2xx whose body is not what it claims
    │   └── MissingFieldError         ... because a field Dokploy always sends is absent
    ├── ResolutionError               a name could not be resolved to one object
    │   └── AmbiguousNameError        ... because several objects match it
    ├── DeploymentFailedError         a deployment ended in "error" or "cancelled"
    └── DeploymentTimeoutError        a deployment did not finish in the time allowed

Statuses without a class of their own (408, 409, 415, ...) raise plain ``APIStatusError``.

Texts of these exceptions never contain the API key or request bodies: they are built from
the method, the route, the status and the server's own error message only. A 2xx body that
fails to parse is not quoted either, because read responses carry env blocks and passwords.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AmbiguousNameError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "DeploymentFailedError",
    "DeploymentTimeoutError",
    "DokployError",
    "InternalServerError",
    "InvalidResponseError",
    "MissingFieldError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResolutionError",
    "UnprocessableEntityError",
    "UnsupportedOperationError",
]

# A plain-text error body is quoted in the message up to this length; longer bodies are
# cut, because a stray proxy page is not worth a screenful.
_MAX_QUOTED_TEXT = 200

_AUTH_HINT = (
    "Dokploy answers 401 alike for a missing or wrong API key, for a user without the "
    '"Access API/CLI" permission, and for a key that has hit its rate limit: check '
    "DOKPLOY_API_KEY and the user's permissions, or wait and try again"
)


class DokployError(Exception):
    """Base class of every exception raised by dokploy-async."""


class ConfigurationError(DokployError, ValueError):
    """The client cannot be built: no base URL or API key was given or found, or the URL is malformed."""


class APIConnectionError(DokployError):
    """No HTTP response arrived: DNS, refused connection, TLS, reset or a closed socket.

    Attributes:
        method: the HTTP method of the request.
        route: the procedure, e.g. ``"project.all"``.

    The underlying ``httpx`` exception is chained as ``__cause__``.
    """

    def __init__(self, message: str, *, method: str, route: str) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.route = route


class APITimeoutError(APIConnectionError):
    """The request timed out (connecting, sending, waiting for the answer or for a pooled connection)."""


class APIStatusError(DokployError):
    """The server answered with a status outside 2xx.

    Attributes:
        status_code: the HTTP status, e.g. ``404``.
        code: Dokploy's error code (``"NOT_FOUND"``, ``"BAD_REQUEST"``...), or ``None`` when the
            body has none (401s, plain-text and HTML bodies).
        message: the server's message (``"Project not found"``), or a description of the body
            when it is not a Dokploy JSON error.
        issues: the zod validation issues (``[{"code", "path", "message", ...}]``) of an
            "Input validation failed" answer; empty otherwise.
        body: the decoded JSON body, the text body, or ``None`` when empty, with secrets
            that the server quoted masked (the raw bytes stay on ``response``).
        method: the HTTP method of the request.
        route: the procedure, e.g. ``"project.one"``.
        response: the ``httpx.Response``.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        method: str,
        route: str,
        code: str | None = None,
        issues: list[dict[str, Any]] | None = None,
        body: Any = None,
    ) -> None:
        from ._redact import mask_secrets, mask_secrets_deep

        self.status_code: int = response.status_code
        self.code = code
        # A server's message can quote credentials (a failed rclone or docker command
        # line): masked here; the unmasked text stays on .response only.
        self.message = mask_secrets(message)
        self.issues: list[dict[str, Any]] = mask_secrets_deep(issues) if issues is not None else []
        self.body = mask_secrets_deep(body)
        self.method = method
        self.route = route
        self.response = response
        super().__init__(self._describe())

    def _describe(self) -> str:
        reason = self.response.reason_phrase or ""
        text = f"{self.status_code} {reason}".rstrip()
        text = f"{text} from {self.method} {self.route}: {self.message}"
        if self.code:
            text += f" [{self.code}]"
        for issue in self.issues:
            text += f"\n  - {_format_issue(issue)}"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, code={self.code!r}, "
            f"message={self.message!r}, method={self.method!r}, route={self.route!r})"
        )


class BadRequestError(APIStatusError):
    """400: the input was rejected. ``issues`` lists zod validation failures, if any.

    A body that is the plain text ``Invalid JSON`` (the server could not decode the request
    body) is also a ``BadRequestError``, with ``message == "Invalid JSON"`` and no ``code``.
    """


class AuthenticationError(APIStatusError):
    """401: Dokploy rejected the request's credentials.

    Dokploy gives the same 401 ``{"message": "Unauthorized"}`` for a missing or wrong key,
    for a user lacking the "Access API/CLI" permission, and for a rate-limited key.
    """

    def _describe(self) -> str:
        return f"{super()._describe()}. {_AUTH_HINT}"


class PermissionDeniedError(APIStatusError):
    """403: the key is valid but not allowed to do this."""


class NotFoundError(APIStatusError):
    """404: an unknown id (``"Project not found"``), or an unknown route or wrong HTTP method (``"Not found"``)."""


class UnsupportedOperationError(NotFoundError):
    """The server does not offer this operation: its Dokploy version has no such procedure.

    Raised for a 404 with the server's generic ``"Not found"`` body (an unknown route;
    a missing object answers with its own message, e.g. ``"Project not found"``, and
    stays a plain :class:`NotFoundError`), and when the generated client itself has no
    method for the operation (it was generated from an older document).

    Attributes:
        operation: ``router.procedure``, e.g. ``"deployment.readLogs"``.
        server_version: the server's Dokploy version (``settings.getDokployVersion``), or
            ``None`` when it could not be read.
        available_in: the known Dokploy documents that have the operation (oldest first).
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str,
        server_version: str | None,
        available_in: tuple[str, ...],
        response: httpx.Response | None = None,
        method: str = "",
        route: str = "",
    ) -> None:
        self.operation = operation
        self.server_version = server_version
        self.available_in = available_in
        if response is None:
            import httpx

            # The client has no such method, so no request was sent: a stand-in 404.
            response = httpx.Response(404)
        super().__init__(
            message, response=response, method=method, route=route or operation, code="NOT_FOUND"
        )

    @classmethod
    def for_operation(
        cls,
        operation: str,
        *,
        server_version: str | None,
        in_client: bool,
        cause: NotFoundError | None = None,
    ) -> UnsupportedOperationError:
        """The error for ``operation``, naming the known documents that have it.

        ``in_client``: the generated client lacks it (no request was sent); otherwise
        ``cause`` is the server's generic 404.
        """
        from ._availability import documents_with

        available = documents_with(operation)
        return cls(
            unsupported_message(operation, server_version, available, in_client=in_client),
            operation=operation,
            server_version=server_version,
            available_in=available,
            response=cause.response if cause is not None else None,
            method=cause.method if cause is not None else "",
            route=cause.route if cause is not None else "",
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(operation={self.operation!r}, "
            f"server_version={self.server_version!r}, available_in={self.available_in!r})"
        )


def unsupported_message(
    operation: str, server_version: str | None, available_in: tuple[str, ...], *, in_client: bool
) -> str:
    """The text of an :class:`UnsupportedOperationError`."""
    where = (
        "this client was generated from a Dokploy document without it"
        if in_client
        else f"the Dokploy server ({server_version or 'version unknown'}) does not offer it"
    )
    known = (
        f"known Dokploy documents that have it: {', '.join(available_in)}"
        if available_in
        else "none of the known Dokploy documents has it"
    )
    return f"{operation} is not available: {where}; {known}"


class UnprocessableEntityError(APIStatusError):
    """422: the request was well-formed but could not be processed."""


class RateLimitError(APIStatusError):
    """429: too many requests (from a proxy in front of Dokploy; Dokploy itself answers 401)."""


class InternalServerError(APIStatusError):
    """5xx: the server (or a proxy in front of it) failed.

    Dokploy reports failed in-request work here, e.g. ``postgres.deploy`` without a Docker
    daemon. A proxy's HTML error page (502/503/504) is one too, with a message saying so.
    """


class InvalidResponseError(DokployError):
    """A 2xx answer whose body is not what the API promises.

    Typical causes: an HTML page from a proxy or login wall, a truncated JSON body, or JSON
    of another shape than the procedure returns (the parse error is chained as
    ``__cause__``). The body itself is never quoted: it may contain secrets.

    Attributes:
        method, route: the request.
        status_code: the HTTP status.
        response: the ``httpx.Response``.
    """

    def __init__(self, message: str, *, response: httpx.Response, method: str, route: str) -> None:
        super().__init__(message)
        self.message = message
        self.response = response
        self.status_code: int = response.status_code
        self.method = method
        self.route = route


class MissingFieldError(InvalidResponseError):
    """A 2xx body lacks a field that Dokploy's types say is always there.

    The generated models make such fields plain attributes (``app.application_id`` is a
    ``str``), so a record without one cannot be built. Usually the server runs another
    Dokploy version than the client was generated for: regenerate against it (its missing
    fields are then optional), or compare ``await client.server_version()``.

    Attributes:
        operation: the procedure, e.g. ``"application.one"``.
        field: the JSON name of the missing field, e.g. ``"applicationId"``.
        model: the class that needed it, e.g. ``"Application"`` (``None`` if unknown).
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        method: str,
        route: str,
        operation: str,
        field: str,
        model: str | None,
    ) -> None:
        super().__init__(message, response=response, method=method, route=route)
        self.operation = operation
        self.field = field
        self.model = model


class ResolutionError(DokployError):
    """A name (project, environment, service...) could not be resolved to one object.

    Attributes:
        candidates: the names that exist where the lookup was made, to help spot a typo.
    """

    def __init__(self, message: str, *, candidates: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.candidates: list[str] = list(candidates) if candidates is not None else []


class AmbiguousNameError(ResolutionError):
    """A name matched more than one object.

    Attributes:
        matches: the objects (or their descriptions) that matched.
    """

    def __init__(
        self,
        message: str,
        *,
        matches: list[Any],
        candidates: list[str] | None = None,
    ) -> None:
        super().__init__(message, candidates=candidates)
        self.matches: list[Any] = list(matches)


class DeploymentFailedError(DokployError):
    """A deployment finished without success (status ``error`` or ``cancelled``).

    Attributes:
        result: the outcome of the deployment (a ``DeployResult``), with its log reference.
    """

    def __init__(self, message: str, *, result: Any) -> None:
        super().__init__(message)
        self.message = message
        self.result = result


class DeploymentTimeoutError(DokployError):
    """A deployment was still queued or running when the allowed time ran out.

    The deployment itself goes on on the server; only the waiting stopped.

    Attributes:
        result: what was known when waiting stopped (a ``DeployResult``).
    """

    def __init__(self, message: str, *, result: Any) -> None:
        super().__init__(message)
        self.message = message
        self.result = result


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _status_error_class(status_code: int) -> type[APIStatusError]:
    if status_code >= 500:
        return InternalServerError
    return _STATUS_CLASSES.get(status_code, APIStatusError)


def _format_issue(issue: dict[str, Any]) -> str:
    path = issue.get("path")
    where = ".".join(str(p) for p in path) if isinstance(path, list) and path else "(input)"
    return f"{where}: {issue.get('message', issue.get('code', 'invalid'))}"


def looks_like_html(content: bytes, content_type: str) -> bool:
    """Whether a body is an HTML page (a proxy's error page, a login wall) rather than JSON."""
    if "html" in content_type.lower():
        return True
    # No JSON document starts with "<", so this also catches pages served as text/plain.
    return content[:64].lstrip().startswith(b"<")


def html_title(content: bytes) -> str | None:
    """The ``<title>`` of an HTML page, to say which page came back without quoting it whole."""
    match = re.search(rb"<title[^>]*>(.*?)</title>", content[:4096], re.IGNORECASE | re.DOTALL)
    if match is None:
        return None
    title = " ".join(match.group(1).decode("utf-8", "replace").split())
    return title[:_MAX_QUOTED_TEXT] or None


def _issues_from(body: dict[str, Any], message: str) -> list[dict[str, Any]]:
    issues = body.get("issues")
    if isinstance(issues, list):
        return [i for i in issues if isinstance(i, dict)]
    # Older tRPC servers put the zod issue list into the message as a JSON string.
    stripped = message.strip()
    if stripped.startswith("["):
        try:
            decoded = json.loads(stripped)
        except ValueError:
            return []
        if isinstance(decoded, list) and all(isinstance(i, dict) for i in decoded):
            return decoded
    return []


def make_status_error(response: httpx.Response, *, method: str, route: str) -> APIStatusError:
    """Build the ``APIStatusError`` subclass that fits a non-2xx response."""
    cls = _status_error_class(response.status_code)
    content = response.content
    content_type = response.headers.get("content-type", "")
    location = response.headers.get("location")
    if response.is_redirect and location:
        # Typically http:// answered by a redirect to https://, or a moved host. Following
        # it silently would turn a POST into a GET on some servers, so the caller fixes the URL.
        return cls(
            f"redirected to {location}: set base_url to the address the server redirects to",
            response=response,
            method=method,
            route=route,
        )
    if not content.strip():
        return cls(
            response.reason_phrase or "(empty body)",
            response=response,
            method=method,
            route=route,
        )
    if looks_like_html(content, content_type):
        title = html_title(content)
        described = f" ({title!r})" if title else ""
        message = (
            f"the body was an HTML page{described}, not a Dokploy error: it probably comes "
            "from a reverse proxy or load balancer in front of Dokploy"
        )
        return cls(message, response=response, method=method, route=route)
    try:
        body = json.loads(content)
    except ValueError:
        text = content.decode("utf-8", "replace").strip()
        if len(text) > _MAX_QUOTED_TEXT:
            text = text[:_MAX_QUOTED_TEXT] + "..."
        # Dokploy answers a request body it cannot decode with the plain text "Invalid JSON".
        return cls(text, response=response, method=method, route=route, body=text)
    if not isinstance(body, dict):
        return cls(
            f"unexpected error body of type {type(body).__name__}",
            response=response,
            method=method,
            route=route,
            body=body,
        )
    raw_message = body.get("message")
    message = raw_message if isinstance(raw_message, str) else (response.reason_phrase or "")
    code = body.get("code")
    data = body.get("data")
    if not isinstance(code, str) and isinstance(data, dict):
        code = data.get("code")
    issues = _issues_from(body, message)
    if issues and message.strip().startswith("["):
        message = "Input validation failed"
    return cls(
        message,
        response=response,
        method=method,
        route=route,
        code=code if isinstance(code, str) else None,
        issues=issues,
        body=body,
    )


# Tracebacks and reprs name the public path (dokploy_async.NotFoundError), where users
# import them from, not this private module.
for _name in __all__:
    globals()[_name].__module__ = "dokploy_async"
del _name
