"""The ASGI app: HTTP plumbing of the simulated server.

Order of checks, as the real server does them: auth (``x-api-key``) → route and method
(404 ``Not found``) → content type of a POST (415) → JSON body (400 ``Invalid JSON``,
plain text) → input validation (400 ``Input validation failed``) → the procedure.
Faults wrap the whole: ``before`` faults fire on arrival and the app never sees the
request; ``after`` faults fire once the procedure ran and replace its answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import struct
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, Final
from urllib.parse import parse_qs

import anyio

from .errors import ApiError, error_body
from .faults import FaultEvent, FaultInjector, FaultSpec
from .handlers import EMPTY, Reply, SimContext, dispatch
from .validation import RouteTable, accepts_multipart, parse_multipart, validate

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

_JSON: Final[list[tuple[bytes, bytes]]] = [(b"content-type", b"application/json")]
_SECURITY_HEADERS: Final[list[tuple[bytes, bytes]]] = [
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
]
_PROXY_TEXT: Final[dict[int, bytes]] = {
    502: b"Bad Gateway",
    503: b"Service Unavailable",
    504: b"Gateway Timeout",
}
_TRPC_OPENAPI: Final[str] = "/api/trpc/settings.getOpenApiDocument"


def html_error_page(status: int) -> bytes:
    """An nginx-style HTML error page, as a reverse proxy in front of Dokploy sends."""
    reason = {502: "Bad Gateway", 503: "Service Temporarily Unavailable", 504: "Gateway Time-out"}
    title = f"{status} {reason.get(status, 'Error')}"
    return (
        f"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n"
        f"<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n"
        "</body>\r\n</html>\r\n"
    ).encode()


class _Response:
    """A response about to be sent: status, headers, body bytes."""

    __slots__ = ("body", "headers", "status")

    def __init__(self, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
        self.status = status
        self.headers = headers
        self.body = body


class SimulatorApp:
    """ASGI application serving the Dokploy REST surface from a :class:`SimContext`.

    Args:
        ctx: state, queue, stats and settings shared with the handlers.
        api_key: the only key accepted in ``x-api-key``.
        routes: the request table (``dokploy_async.generated._requests.ROUTES``).
        names: ``router.procedure`` of each route whose path is not already that.
        faults: the fault injector.
        include_stack: add ``data.stack`` to error bodies, as a dev-mode server does.
    """

    def __init__(
        self,
        ctx: SimContext,
        *,
        api_key: str,
        routes: RouteTable,
        faults: FaultInjector,
        include_stack: bool = True,
        names: dict[str, str] | None = None,
    ) -> None:
        self.ctx = ctx
        self.api_key = api_key
        self.routes = routes
        # route -> router.procedure, for documents whose paths are not the names.
        self.names = names or {}
        self.faults = faults
        self.include_stack = include_stack
        #: The serving event loop, once started: other threads hand it work (a restart).
        self.loop: asyncio.AbstractEventLoop | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """ASGI entry point: ``lifespan`` runs the queue workers, ``http`` serves."""
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
        elif scope["type"] == "http":
            await self._http(scope, receive, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        await receive()  # lifespan.startup
        self.loop = asyncio.get_running_loop()
        async with anyio.create_task_group() as tg:
            await tg.start(self.ctx.queue.run)
            await send({"type": "lifespan.startup.complete"})
            await receive()  # lifespan.shutdown
            tg.cancel_scope.cancel()
        await send({"type": "lifespan.shutdown.complete"})

    # -- request handling ---------------------------------------------------------

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = str(scope["method"]).upper()
        path = str(scope["path"])
        route_name = self._route_name(path)
        stats = self.ctx.stats
        stats.requests[route_name] += 1
        # Read the body first: a held request's disconnect watcher must not eat it.
        body = await self._read_body(receive)

        before = self.faults.pick(route_name, method, "before")
        outcome = await self._apply_faults(before, route_name, method, None, receive, send, scope)
        if outcome == "done":
            return

        response = await self._process(scope, body, method, path, route_name)
        stats.processed[route_name] += 1

        after = self.faults.pick(route_name, method, "after")
        outcome = await self._apply_faults(
            after, route_name, method, response, receive, send, scope
        )
        if outcome == "done":
            return
        await self._send(send, response)

    def _route_name(self, path: str) -> str:
        if path == _TRPC_OPENAPI:
            return "settings.getOpenApiDocument"
        if path.startswith("/api/"):
            route = path[len("/api/") :]
            return self.names.get(route, route)
        return path

    async def _process(
        self, scope: Scope, body: bytes, method: str, path: str, route_name: str
    ) -> _Response:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if headers.get("x-api-key") != self.api_key:
            # Auth comes from a middleware in front of tRPC: a different body and
            # content type than procedure errors.
            return _Response(
                401,
                [(b"content-type", b"application/json; charset=utf-8")],
                b'{"message":"Unauthorized"}',
            )
        route = path[len("/api/") :] if path.startswith("/api/") else path
        is_trpc_openapi = path == _TRPC_OPENAPI
        entry = self.routes.get(route_name if is_trpc_openapi else route)
        if (
            not path.startswith("/api/")
            or entry is None
            or (entry[0] != method and not is_trpc_openapi)
            or (is_trpc_openapi and method != "GET")
        ):
            return self._error(ApiError("NOT_FOUND", "Not found"), None)
        expected_method, fields = entry
        try:
            if method == "POST":
                content_type = headers.get("content-type")
                if not content_type:
                    raise ApiError("UNSUPPORTED_MEDIA_TYPE", "Missing content-type header")
                media_type = content_type.split(";")[0].strip().lower()
                if media_type == "multipart/form-data" and accepts_multipart(fields):
                    # Uploads take a form (zfd.formData in application.ts dropDeployment,
                    # utils/schema.ts uploadFileToContainerSchema).
                    raw: Any = parse_multipart(content_type, body)
                elif media_type != "application/json":
                    raise ApiError(
                        "UNSUPPORTED_MEDIA_TYPE", f'Unsupported content-type "{content_type}"'
                    )
                elif body.strip():
                    try:
                        raw = json.loads(body)
                    except ValueError:
                        # The real server answers this one in plain text, no content type.
                        return _Response(400, [], b"Invalid JSON")
                else:
                    raw = {}
                data = validate(fields, raw, from_query=False)
            else:
                query = parse_qs(scope.get("query_string", b"").decode(), keep_blank_values=True)
                flat = {key: values[-1] for key, values in query.items()}
                data = validate(fields, flat, from_query=True)
            reply = await dispatch(self.ctx, route_name, expected_method, data)
        except ApiError as err:
            return self._error(err, route_name)
        if is_trpc_openapi:
            reply = Reply({"result": {"data": {"json": reply.body}}})
        return self._reply(reply)

    async def _read_body(self, receive: Receive) -> bytes:
        chunks: list[bytes] = []
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    def _error(self, err: ApiError, route_name: str | None) -> _Response:
        body = error_body(err, route_name, include_stack=self.include_stack)
        return _Response(err.status, list(_JSON), json.dumps(body).encode())

    def _reply(self, reply: Reply) -> _Response:
        if reply.body is EMPTY:
            return _Response(reply.status, list(_JSON), b"")
        payload = json.dumps(reply.body, ensure_ascii=False, separators=(",", ":"))
        return _Response(reply.status, list(_JSON), payload.encode())

    async def _send(self, send: Send, response: _Response) -> None:
        headers = [
            *response.headers,
            *_SECURITY_HEADERS,
            (b"content-length", str(len(response.body)).encode()),
        ]
        await send({"type": "http.response.start", "status": response.status, "headers": headers})
        await send({"type": "http.response.body", "body": response.body})

    # -- faults ---------------------------------------------------------------------

    async def _apply_faults(
        self,
        faults: list[FaultSpec],
        route_name: str,
        method: str,
        response: _Response | None,
        receive: Receive,
        send: Send,
        scope: Scope,
    ) -> str:
        """Apply faults in order; "done" when one of them ended the exchange."""
        for fault in faults:
            when = "after" if response is not None else "before"
            self.ctx.stats.faults[fault.kind] += 1
            self.ctx.stats.fault_log.append(FaultEvent(route_name, method, fault.kind, when))
            if fault.kind == "latency":
                await anyio.sleep(fault.seconds)
            elif fault.kind == "timeout":
                # Hold the answer until the client gives up (or the hold ends, in which
                # case the request carries on as a merely slow one).
                if await self._hold(fault.seconds, receive):
                    return "done"
            elif fault.kind in ("502", "503", "504"):
                status = int(fault.kind)
                await self._send(
                    send,
                    _Response(status, [(b"content-type", b"text/plain")], _PROXY_TEXT[status]),
                )
                return "done"
            elif fault.kind == "html":
                await self._send(
                    send,
                    _Response(
                        fault.status,
                        [(b"content-type", b"text/html")],
                        html_error_page(fault.status),
                    ),
                )
                return "done"
            elif fault.kind == "reset":
                await self._reset(send)
                return "done"
            elif fault.kind == "truncate" and response is not None:
                body = response.body or b'{"result":null}'
                cut = _Response(response.status, response.headers, body[: max(1, len(body) // 2)])
                await self._send(send, cut)
                return "done"
        return "continue"

    async def _hold(self, seconds: float, receive: Receive) -> bool:
        """Wait ``seconds``; True if the client disconnected first."""
        disconnected = False

        async def watch(scope: anyio.CancelScope) -> None:
            nonlocal disconnected
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    disconnected = True
                    scope.cancel()
                    return

        async with anyio.create_task_group() as tg:
            with anyio.move_on_after(seconds):
                tg.start_soon(watch, tg.cancel_scope)
                await anyio.sleep(seconds)
            tg.cancel_scope.cancel()
        return disconnected

    async def _reset(self, send: Send) -> None:
        """Reset the TCP connection: the client gets no response at all.

        uvicorn's send callable is a method of its per-request cycle, which holds the
        transport; aborting it with SO_LINGER 0 makes the kernel send an RST. If that
        is unavailable, fall back to starting a response and dying mid-body.
        """
        transport = getattr(getattr(send, "__self__", None), "transport", None)
        sock = transport.get_extra_info("socket") if transport is not None else None
        if transport is not None and sock is not None:
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            transport.abort()
            return
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"100")],
            }
        )
        raise ConnectionResetError("simulated connection reset")
