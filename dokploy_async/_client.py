"""``Dokploy``: the client facade. Configuration, one connection pool, and ``request``.

Every generated router method (``dk.project.all()``, ``dk.application.save_environment(...)``)
ends in ``Dokploy.request``, which sends the call, retries it when that is safe
(see ``_retry``), maps failures to the exceptions of ``_errors`` and hands the decoded
JSON body to the procedure's parser.
"""

from __future__ import annotations

import json as jsonlib
import logging
import os
import re
import time
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx

from . import __version__
from ._errors import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    DokployError,
    InvalidResponseError,
    MissingFieldError,
    NotFoundError,
    UnsupportedOperationError,
    html_title,
    looks_like_html,
    make_status_error,
)
from ._operations import operation_name_of
from ._retry import DEFAULT_MAX_RETRIES, call_with_retries
from ._server_clock import note_server_date
from ._workflows import Workflows
from .generated.types import UNSET, Unset

__all__ = ["DEFAULT_TIMEOUT", "LONG_RUNNING_PROCEDURES", "Dokploy"]

logger = logging.getLogger("dokploy_async")

_T = TypeVar("_T")

#: Connecting to a healthy server takes well under a second; 10 s leaves room for a slow
#: DNS or TLS handshake. Most procedures answer in well under a second too, but some do
#: real work inside the request (docker calls, git queries), so reads get 60 s.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)

#: Database deploys run inside the request: it lasts as long as the image pull and the
#: container start, minutes on a real host. Unless the call gives its own timeout, these
#: get at least this read timeout.
LONG_RUNNING_READ_TIMEOUT = 900.0
LONG_RUNNING_PROCEDURES: frozenset[str] = frozenset(
    f"{db}.{proc}"
    for db in ("postgres", "mysql", "mariadb", "mongo", "redis", "libsql")
    for proc in ("deploy", "rebuild")
)

_URL_VARIABLES = ("DOKPLOY_URL", "DOKPLOY_API_URL")
_KEY_VARIABLE = "DOKPLOY_API_KEY"
_USER_AGENT = f"dokploy-async/{__version__}"
_PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)


def _missing_field(
    exc: KeyError, method: str, route: str, response: httpx.Response
) -> MissingFieldError:
    """The typed error for a required field a model's ``from_dict`` did not find."""
    field = str(exc.args[0]) if exc.args else "?"
    model = None
    traceback = exc.__traceback__
    while traceback is not None:  # the innermost from_dict names the model it builds
        owner = traceback.tb_frame.f_locals.get("cls")
        if isinstance(owner, type) and traceback.tb_frame.f_code.co_name == "from_dict":
            model = owner.__name__
        traceback = traceback.tb_next
    operation = operation_name_of(route)
    where = f" of {model}" if model else ""
    return MissingFieldError(
        f"{operation}: the response lacks the field {field!r}{where}, which Dokploy always "
        f"sends ({method} {route} answered {response.status_code}). Is the server's Dokploy "
        "version the one this client was generated for?",
        response=response,
        method=method,
        route=route,
        operation=operation,
        field=field,
        model=model,
    )


def _from_env(*names: str) -> str | None:
    for name in names:
        value = os.environ.get(name, "").strip()
        if value:
            return value
    return None


def _without_userinfo(url: str) -> str:
    """``url`` with any ``user:password@`` replaced by ``***@``, for messages and reprs."""
    parts = urlsplit(url.strip())
    if "@" not in parts.netloc:
        return url
    return parts._replace(netloc="***@" + parts.netloc.rpartition("@")[2]).geturl()


def _normalize_base_url(url: str) -> str:
    """``https://host``, ``https://host/``, ``https://host/api`` and ``https://host/api/`` → ``https://host``."""
    normalized = url.strip().rstrip("/")
    if normalized.endswith("/api"):
        normalized = normalized[: -len("/api")].rstrip("/")
    parts = urlsplit(normalized)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigurationError(
            f"base_url must be an http:// or https:// URL of the Dokploy server, "
            f"e.g. https://dokploy.example.com; got {_without_userinfo(url)!r}"
        )
    if parts.query or parts.fragment:
        raise ConfigurationError(
            f"base_url must not have a query or fragment; got {_without_userinfo(url)!r}"
        )
    return normalized


def _as_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


def _at_least(timeout: httpx.Timeout, read: float) -> httpx.Timeout:
    if timeout.read is None or timeout.read >= read:
        return timeout
    return httpx.Timeout(connect=timeout.connect, read=read, write=timeout.write, pool=timeout.pool)


class Dokploy(Workflows):
    """Asynchronous client of one Dokploy server.

    Every procedure of the API is a coroutine method of a router attribute, named in
    snake_case: ``await dk.project.all()``, ``await dk.application.one(application_id=...)``.

    Args:
        base_url: the server, e.g. ``https://dokploy.example.com`` (a trailing ``/`` or
            ``/api`` is fine). Defaults to ``$DOKPLOY_URL``, then ``$DOKPLOY_API_URL``.
        api_key: an API key, sent as the ``x-api-key`` header. Defaults to ``$DOKPLOY_API_KEY``.
        timeout: seconds, an ``httpx.Timeout``, or ``None`` for no timeout. Defaults to
            ``DEFAULT_TIMEOUT`` (connect 10 s, read/write/pool 60 s), also when an
            ``http_client`` is given. Every method also takes ``timeout=`` per call.
        max_retries: how many times a failed request may be repeated when that is safe
            (see the documentation on retries); ``0`` disables retries.
        http_client: an ``httpx.AsyncClient`` to send through (its transport, pool, proxies
            and TLS settings). Requests still go to ``base_url``. It is not closed by
            ``aclose()``: its owner closes it.

    Raises:
        ConfigurationError: no URL or key was given or found in the environment, or the URL
            is not an http(s) URL.

    Use it as an async context manager, or call ``aclose()`` when done, to release the
    connection pool.
    """

    def __init__(
        self,
        base_url: str | None = None,
        api_key: str | None = None,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        if base_url is None:
            base_url = _from_env(*_URL_VARIABLES)
        if base_url is None or not base_url.strip():
            raise ConfigurationError(
                "No Dokploy URL: pass base_url=... or set the DOKPLOY_URL environment "
                "variable (DOKPLOY_API_URL is read too), e.g. https://dokploy.example.com"
            )
        if api_key is None:
            api_key = _from_env(_KEY_VARIABLE)
        if api_key is None or not api_key.strip():
            raise ConfigurationError(
                "No Dokploy API key: pass api_key=... or set the DOKPLOY_API_KEY environment "
                "variable (generate a key in the Dokploy dashboard, in your profile's API/CLI section)"
            )
        if max_retries < 0:
            raise ConfigurationError(f"max_retries must be 0 or more; got {max_retries}")
        self._base_url = _normalize_base_url(base_url)
        self._api_url = f"{self._base_url}/api/"
        # What messages and the repr show: the URL without any user:password@.
        self._display_url = _without_userinfo(self._base_url)
        self._api_key = api_key.strip()
        self._max_retries = max_retries
        if isinstance(timeout, Unset):
            # Even with a caller's http_client: httpx's own default (5 s for everything) is
            # too short for procedures that do docker or git work inside the request.
            timeout = DEFAULT_TIMEOUT
        self._timeout = _as_timeout(timeout)
        self._long_timeout = _at_least(self._timeout, LONG_RUNNING_READ_TIMEOUT)
        self._owns_client = http_client is None
        self._client = (
            http_client
            if http_client is not None
            else httpx.AsyncClient(timeout=self._timeout, follow_redirects=False)
        )
        self._get_headers = {
            "x-api-key": self._api_key,
            "accept": "application/json",
            "user-agent": _USER_AGENT,
        }
        self._server_version: str | None = None
        # None until the server shows which path form it serves (see request()).
        self._slash_routes: bool | None = None
        # The server answers 415 to a POST without this header, even with an empty body.
        self._post_headers = {**self._get_headers, "content-type": "application/json"}

    @classmethod
    def from_env(
        cls,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
    ) -> Dokploy:
        """A client configured from ``DOKPLOY_URL`` (or ``DOKPLOY_API_URL``) and ``DOKPLOY_API_KEY``.

        Raises:
            ConfigurationError: a variable is missing or empty, or the URL is malformed.
        """
        return cls(
            _from_env(*_URL_VARIABLES) or "",
            _from_env(_KEY_VARIABLE) or "",
            timeout=timeout,
            max_retries=max_retries,
            http_client=http_client,
        )

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        max_retries: int | None = None,
    ) -> Dokploy:
        """A client for the same server that shares this one's connection pool, with other defaults.

        ``dk.with_options(max_retries=0, timeout=None)`` suits a long, non-repeatable call.
        Closing the returned client does not close the shared pool.
        """
        return type(self)(
            self._base_url,
            self._api_key,
            timeout=self._timeout if isinstance(timeout, Unset) else timeout,
            max_retries=self._max_retries if max_retries is None else max_retries,
            http_client=self._client,
        )

    @property
    def base_url(self) -> str:
        """The server's URL, without ``/api`` (e.g. ``https://dokploy.example.com``)."""
        return self._base_url

    @property
    def timeout(self) -> httpx.Timeout:
        """The default timeout of each request."""
        return self._timeout

    @property
    def max_retries(self) -> int:
        """How many times a failed request may be repeated when that is safe."""
        return self._max_retries

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._display_url!r})"

    async def __aenter__(self) -> Dokploy:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool (unless it belongs to a caller-supplied ``http_client``)."""
        if self._owns_client:
            await self._client.aclose()

    def _timeout_for(
        self, route: str, timeout: float | httpx.Timeout | Unset | None
    ) -> httpx.Timeout:
        if not isinstance(timeout, Unset):
            return _as_timeout(timeout)
        if route in LONG_RUNNING_PROCEDURES:
            return self._long_timeout
        return self._timeout

    async def request(
        self,
        method: str,
        route: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        files: list[tuple[str, Any]] | None = None,
        parse: Callable[[Any], _T],
        # The generated routers pass it; it is handed to httpx for this one request.
        timeout: float | httpx.Timeout | Unset | None,  # noqa: ASYNC109
    ) -> _T:
        """Send one procedure call to ``{base_url}/api/{route}`` and return ``parse(body)``.

        The routers call this; use it directly only for a procedure newer than the
        generated code. ``parse`` gets the decoded JSON body (``None`` for an empty one).

        Raises:
            APIStatusError: (a subclass of it) for a non-2xx answer.
            APIConnectionError: no answer arrived (``APITimeoutError`` for a timeout).
            InvalidResponseError: a 2xx body that is not JSON, or not of the promised shape.
        """
        request_timeout = self._timeout_for(route, timeout)
        parts = _buffered(files) if files is not None else None

        async def send_to(path: str) -> tuple[httpx.Response, Any]:
            async def send() -> tuple[httpx.Response, Any]:
                return await self._send_once(method, path, params, json, parts, request_timeout)

            return await call_with_retries(
                send, method=method, route=path, max_retries=self._max_retries
            )

        try:
            response, data = await send_to(self._served_route(route))
            if self._slash_routes is None and _SLASH_FORM.match(route):
                self._slash_routes = False
        except NotFoundError as exc:
            if not _is_unknown_route(exc):
                raise
            # Dokploy v0.28.0 serves /router/procedure: try that form once per client.
            # An unknown route did nothing on the server, so trying another is safe.
            slashed = _SLASH_FORM.sub(r"\1/\2", route)
            if self._slash_routes is not None or slashed == route:
                raise await self._unsupported(route, exc) from None
            try:
                response, data = await send_to(slashed)
            except NotFoundError as again:
                if _is_unknown_route(again):
                    self._slash_routes = False
                    raise await self._unsupported(route, exc) from None
                raise
            logger.debug("this server serves /router/procedure routes; using them from now on")
            self._slash_routes = True
        if method == "POST":
            self._note_mutation(operation_name_of(route))
        try:
            return parse(data)
        except KeyError as exc:
            raise _missing_field(exc, method, route, response) from exc
        except _PARSE_ERRORS as exc:
            # The parse error's own text may quote values from the body, which can be
            # secrets; it stays reachable as __cause__ but out of this message.
            raise InvalidResponseError(
                f"{method} {route} answered {response.status_code} with JSON of an "
                f"unexpected shape ({type(exc).__name__} while parsing it; see __cause__). "
                "Does the server's Dokploy version match this client?",
                response=response,
                method=method,
                route=route,
            ) from exc

    async def server_version(self) -> str:
        """The server's Dokploy version (``settings.getDokployVersion``), read once.

        Raises:
            DokployError: it could not be read (the error of that call).
        """
        if self._server_version is None:
            version = await self.request(
                "GET", "settings.getDokployVersion", parse=_as_text, timeout=UNSET
            )
            self._server_version = version
        return self._server_version

    def _served_route(self, route: str) -> str:
        return _SLASH_FORM.sub(r"\1/\2", route) if self._slash_routes else route

    async def _unsupported(self, route: str, cause: NotFoundError) -> UnsupportedOperationError:
        operation = operation_name_of(route)
        version: str | None = None
        if operation != "settings.getDokployVersion":
            try:
                version = await self.server_version()
            except DokployError:
                version = None  # best effort: the error is about the operation
        return UnsupportedOperationError.for_operation(
            operation, server_version=version, in_client=False, cause=cause
        )

    async def _send_once(
        self,
        method: str,
        route: str,
        params: dict[str, Any] | None,
        json: Any,
        files: list[tuple[str, Any]] | None,
        request_timeout: httpx.Timeout,
    ) -> tuple[httpx.Response, Any]:
        if self._client.is_closed:
            raise DokployError(
                f"{method} {route}: this Dokploy client is closed (its `async with` block "
                "ended, or aclose() was called); create a new one"
            )
        url = self._api_url + route
        content: bytes | None = None
        if method == "GET":
            headers = self._get_headers
        elif files is not None:
            # httpx writes the multipart content type with its boundary.
            headers = self._get_headers
        else:
            headers = self._post_headers
            content = jsonlib.dumps({} if json is None else json, separators=(",", ":")).encode()
        started = time.perf_counter()
        try:
            response = await self._client.request(
                method,
                url,
                params=params,
                content=content,
                files=files,
                headers=headers,
                timeout=request_timeout,
            )
        except httpx.TimeoutException as exc:
            logger.debug("%s %s -> %s", method, route, type(exc).__name__)
            raise APITimeoutError(
                f"{method} {route} to {self._display_url} timed out ({type(exc).__name__}; "
                f"timeouts: {_describe_timeout(request_timeout)}). Pass timeout=... to the call "
                "for a slow operation",
                method=method,
                route=route,
            ) from exc
        except httpx.TransportError as exc:
            logger.debug("%s %s -> %s", method, route, type(exc).__name__)
            raise APIConnectionError(
                f"{method} {route} to {self._display_url} failed before any answer came back "
                f"({type(exc).__name__}: {exc})",
                method=method,
                route=route,
            ) from exc
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "%s %s -> %d %s (%.1f ms)",
                method,
                route,
                response.status_code,
                response.reason_phrase,
                (time.perf_counter() - started) * 1000,
            )
        note_server_date(response)
        if not response.is_success:
            raise make_status_error(response, method=method, route=route)
        return response, _decode_success(response, method=method, route=route)


#: ``router.procedure``: the form every pinned route has, and the one to re-try with a slash.
_SLASH_FORM = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)$")


def _is_unknown_route(exc: NotFoundError) -> bool:
    """The server's generic 404 (captures/err.unknown-route.404.json): no such route.

    A missing object has its own message (err.bad-id.*.404.json: "Project not found").
    """
    return not isinstance(exc, UnsupportedOperationError) and exc.message == "Not found"


def _as_text(data: Any) -> str:
    if not isinstance(data, str):
        raise TypeError(f"expected a version string, got {type(data).__name__}")
    return data


def _buffered(files: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """Multipart parts with every file read into bytes once, so a retry sends them again whole
    (a file object would be at its end after the first attempt)."""
    parts: list[tuple[str, Any]] = []
    for name, value in files:
        if isinstance(value, tuple) and len(value) >= 2 and hasattr(value[1], "read"):
            value = (value[0], value[1].read(), *value[2:])
        parts.append((name, value))
    return parts


def _describe_timeout(timeout: httpx.Timeout) -> str:
    def seconds(value: float | None) -> str:
        return "none" if value is None else f"{value:g} s"

    return f"connect {seconds(timeout.connect)}, read {seconds(timeout.read)}"


def _decode_success(response: httpx.Response, *, method: str, route: str) -> Any:
    content = response.content
    if not content.strip():
        # application.deploy answers 200 with no bytes at all.
        return None
    if looks_like_html(content, response.headers.get("content-type", "")):
        title = html_title(content)
        described = f" ({title!r})" if title else ""
        raise InvalidResponseError(
            f"{method} {route} answered {response.status_code} with an HTML page{described} "
            "instead of JSON. Is base_url the Dokploy server itself, and not a login page "
            "or a proxy in front of it?",
            response=response,
            method=method,
            route=route,
        )
    try:
        return jsonlib.loads(content)
    except ValueError as exc:
        # from None: a JSONDecodeError carries the whole body (.doc), which may hold secrets.
        raise InvalidResponseError(
            f"{method} {route} answered {response.status_code} with a body that is not valid "
            f"JSON ({len(content)} bytes, probably truncated; decoding stopped at byte {exc.pos})"
            if isinstance(exc, jsonlib.JSONDecodeError)
            else f"{method} {route} answered {response.status_code} with a body that is not "
            "valid UTF-8 JSON",
            response=response,
            method=method,
            route=route,
        ) from None
