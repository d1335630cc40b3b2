"""Running the simulator: uvicorn on loopback, in a background thread with its own loop.

A thread with its own asyncio loop is what makes one simulator usable from asyncio,
trio and plain synchronous code alike: the caller's event loop never runs the server.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import socket
import threading
import time
from collections.abc import Iterable
from types import TracebackType
from typing import Any

import anyio

from .._openapi import request_table, route_names
from . import records
from .app import SimulatorApp
from .faults import FaultInjector, FaultSpec, coerce_faults
from .handlers import SimContext
from .queue import DeployQueue
from .state import DATABASE_KINDS, Outcome, Record, SimState
from .stats import SimStats
from .validation import RouteTable

FaultsArg = str | FaultSpec | Iterable[FaultSpec] | None


def _routes() -> RouteTable:
    from ..generated._requests import ROUTES

    return ROUTES


def _default_version() -> str:
    from ..generated._spec import DOKPLOY_VERSION

    return DOKPLOY_VERSION


def _schema(types: tuple[str, ...]) -> dict[str, Any]:
    # Shapes openapi-python-client takes without a warning: arrays have items, and a
    # choice of types is an anyOf (the served document must generate with our generator).
    if not types:
        return {}
    if len(types) > 1:
        return {"anyOf": [_schema((kind,)) for kind in types]}
    if types == ("file",):
        return {"type": "string", "format": "binary"}  # a multipart upload's file part
    if types == ("array",):
        return {"type": "array", "items": {}}
    return {"type": types[0]}


def _quiet_deliberate_resets(record: logging.LogRecord) -> bool:
    return "returned without starting response" not in record.getMessage()


def minimal_openapi(routes: RouteTable, version: str) -> dict[str, Any]:
    """An OpenAPI 3.1 document describing ``routes``, used when no spec file is given.

    It has the live server's layout (``info.version`` is the Dokploy version, every
    200 response is a closed empty object) but only request schemas from the table.
    """
    paths: dict[str, Any] = {}
    for name, (method, fields) in sorted(routes.items()):
        operation: dict[str, Any] = {
            "operationId": name.replace(".", "-"),
            "tags": [name.split(".", 1)[0]],
            "security": [{"apiKey": []}],
            "responses": {
                "200": {
                    "description": "Successful response",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {},
                                "additionalProperties": False,
                            }
                        }
                    },
                }
            },
        }
        if method == "GET":
            operation["parameters"] = [
                {"name": field, "in": "query", "required": required, "schema": _schema(types)}
                for field, (types, required) in fields.items()
            ]
        else:
            uploads = any("file" in types for types, _ in fields.values())
            operation["requestBody"] = {
                "required": True,
                "content": {
                    ("multipart/form-data" if uploads else "application/json"): {
                        "schema": {
                            "type": "object",
                            "properties": {f: _schema(t) for f, (t, _) in fields.items()},
                            "required": [f for f, (_, req) in fields.items() if req],
                        }
                    }
                },
            }
        paths[f"/{name}"] = {method.lower(): operation}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Dokploy API",
            "description": "Endpoints for dokploy",
            "version": version,
        },
        "servers": [{"url": "/api"}],
        "paths": paths,
        "components": {
            "securitySchemes": {"apiKey": {"type": "apiKey", "in": "header", "name": "x-api-key"}}
        },
        "security": [{"apiKey": []}],
    }


def load_spec(
    spec: str | os.PathLike[str] | dict[str, Any] | None,
    version: str | None,
    routes: RouteTable,
) -> tuple[dict[str, Any], str]:
    """The document to serve and the version to report.

    A given spec's ``info.version`` is the version unless ``version`` overrides it.
    """
    if spec is None:
        chosen = version or _default_version()
        return minimal_openapi(routes, chosen), chosen
    if isinstance(spec, dict):
        doc = spec
    else:
        with open(spec, encoding="utf-8") as fh:
            doc = json.load(fh)
    chosen = version or str(doc.get("info", {}).get("version") or _default_version())
    return doc, chosen


class Simulator:
    """A simulated Dokploy server: state, deploy queue, faults and counters.

    Use it as a context manager — ``with`` from synchronous code, ``async with`` from
    asyncio or trio — or call :meth:`start` / :meth:`stop`. While running, ``url`` is
    ``http://127.0.0.1:<port>`` (the API lives under ``/api``).

    Args:
        api_key: the key clients must send in ``x-api-key``.
        deploy_seconds: how long a queued application/compose deploy runs.
        workers: how many queued deploys run at once (the real server: 1).
        faults: fault specs, or their text form (see :mod:`.faults`).
        seed: seeds ids and fault decisions, for reproducible runs.
        spec: OpenAPI document to serve (path or parsed); None builds a minimal one for
            the SDK's own Dokploy version. With a document, only its operations are
            served, at its own paths (``/router.procedure`` or ``/router/procedure``).
        version: Dokploy version to report; default: the spec's, else the SDK's.
        db_deploy_seconds: how long a database ``*.deploy`` request takes
            (default ``deploy_seconds``).
        keep_deployments: deployment records kept per service.
        include_stack: add ``data.stack`` to error bodies (as the captured dev server).
        cancel_supported: ``*.cancelDeployment`` works; False answers 400 as a
            self-hosted server does.
        host: interface to bind (loopback only, by design).
        port: TCP port; 0 picks a free one.
    """

    def __init__(
        self,
        *,
        api_key: str = "sim-api-key",
        deploy_seconds: float = 0.1,
        workers: int = 1,
        faults: FaultsArg = None,
        seed: int = 0,
        spec: str | os.PathLike[str] | dict[str, Any] | None = None,
        version: str | None = None,
        db_deploy_seconds: float | None = None,
        keep_deployments: int = 10,
        include_stack: bool = True,
        cancel_supported: bool = True,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        openapi, chosen_version = load_spec(spec, version, _routes())
        if spec is None:
            routes, names = _routes(), None
        else:
            # Serve exactly what that document offers, in its own path form: any other
            # route gets the server's generic 404 (captures/err.unknown-route.404.json).
            routes, names = request_table(openapi), route_names(openapi)
        self.api_key = api_key
        self.host = host
        self.port = port
        self.stats = SimStats()
        self.state = SimState(seed=seed)
        self.queue = DeployQueue(
            self.state,
            self.stats,
            workers=workers,
            deploy_seconds=deploy_seconds,
            keep_deployments=keep_deployments,
        )
        self.version = chosen_version
        self.faults = FaultInjector(coerce_faults(faults), seed)
        self.ctx = SimContext(
            state=self.state,
            queue=self.queue,
            stats=self.stats,
            version=chosen_version,
            openapi=openapi,
            db_deploy_seconds=deploy_seconds if db_deploy_seconds is None else db_deploy_seconds,
            cancel_supported=cancel_supported,
        )
        self.app = SimulatorApp(
            self.ctx,
            api_key=api_key,
            routes=routes,
            names=names,
            faults=self.faults,
            include_stack=include_stack,
        )
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self._sock: socket.socket | None = None
        self._error: BaseException | None = None

    def __repr__(self) -> str:
        where = self.url if self._sock is not None else "not running"
        return (
            f"Simulator({where}, version={self.version!r}, workers={self.queue.workers}, "
            f"deploy_seconds={self.queue.deploy_seconds:g})"
        )

    # -- lifecycle ------------------------------------------------------------------

    @property
    def url(self) -> str:
        """Base URL of the running server (``http://127.0.0.1:PORT``)."""
        if self._sock is None:
            raise RuntimeError("the simulator is not running")
        return f"http://{self.host}:{self.port}"

    @property
    def running(self) -> bool:
        """True between :meth:`start` and :meth:`stop`."""
        return self._thread is not None and self._thread.is_alive()

    def start(self, timeout: float = 10.0) -> None:
        """Bind, start uvicorn in a background thread, and wait until it serves.

        Raises:
            RuntimeError: uvicorn is not installed (install ``dokploy-async[testing]``).
            OSError: the port is taken (its message says so).
        """
        try:
            import uvicorn
        except ImportError:
            raise RuntimeError(
                "the simulator needs uvicorn: pip install 'dokploy-async[testing]'"
            ) from None

        if self._thread is not None:
            raise RuntimeError("the simulator is already running")
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Accepted sockets inherit this: without it, headers and body sent as two
        # writes meet delayed ACKs and every response takes ~40 ms.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            sock.bind((self.host, self.port))
        except OSError as exc:
            sock.close()
            raise OSError(
                exc.errno,
                f"port {self.port} on {self.host} is in use; pick another (0 takes any free one)",
            ) from None
        self.port = sock.getsockname()[1]
        self._sock = sock
        config = uvicorn.Config(
            self.app,
            lifespan="on",
            log_level="warning",
            access_log=False,
            http="h11",
            loop="asyncio",
            timeout_graceful_shutdown=2,
            server_header=False,
        )
        # A `reset` fault aborts the connection without a response on purpose; uvicorn
        # would report that as an application error in the user's output.
        logging.getLogger("uvicorn.error").addFilter(_quiet_deliberate_resets)
        server = uvicorn.Server(config)
        self._server = server

        def run() -> None:
            try:
                asyncio.run(server.serve(sockets=[sock]))
            except BaseException as exc:  # reported to start() or stop()
                self._error = exc

        thread = threading.Thread(target=run, name=f"dokploy-simulator-{self.port}", daemon=True)
        self._thread = thread
        thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the simulator did not start: {self._error!r}")
            time.sleep(0.005)

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving, end the workers and join the thread (idempotent)."""
        server, thread = self._server, self._thread
        if server is not None:
            server.should_exit = True
        if thread is not None:
            thread.join(timeout)
            if thread.is_alive() and server is not None:
                server.force_exit = True
                thread.join(timeout)
        if self._sock is not None:
            self._sock.close()
        self._server = None
        self._thread = None
        self._sock = None

    def __enter__(self) -> Simulator:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    async def __aenter__(self) -> Simulator:
        await anyio.to_thread.run_sync(self.start)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        with anyio.CancelScope(shield=True):
            await anyio.to_thread.run_sync(self.stop)

    def restart(self, timeout: float = 10.0) -> int:
        """Act out a Dokploy restart: the in-memory deploy queue is lost (waiting jobs never
        get a record) and records still ``running`` become ``cancelled``. Data, the port
        and the API key stay. Returns how many queued or running jobs were lost.

        Safe to call from any thread and from async code (it only hands the work to the
        server's own loop and waits the moment it takes). ``serve`` does it on SIGHUP.
        """
        loop = self.app.loop
        if not self.running or loop is None:
            raise RuntimeError("the simulator is not running")

        async def restart() -> int:
            return self.queue.restart()

        lost = asyncio.run_coroutine_threadsafe(restart(), loop).result(timeout)
        self.stats.restarts += 1
        return lost

    # -- outcomes and faults --------------------------------------------------------

    def fail_service(
        self,
        service_id: str,
        message: str | None = None,
        log: str | None = None,
        *,
        times: int | None = None,
        seconds: float | None = None,
    ) -> None:
        """Make deploys of ``service_id`` end in ``error``.

        Args:
            message: the record's ``errorMessage`` (for a database deploy, the
                reason in the 500 body).
            log: the log text ``readLogs`` returns (``{appName}`` is substituted).
            times: only the next N runs fail (None: all of them).
            seconds: run time of those deploys.
        """
        self.state.outcomes[service_id] = Outcome(
            status="error", error_message=message, log=log, seconds=seconds, times=times
        )

    def succeed_service(
        self, service_id: str, log: str | None = None, *, seconds: float | None = None
    ) -> None:
        """Make deploys of ``service_id`` end ``done`` (optionally with a log / duration)."""
        self.state.outcomes[service_id] = Outcome(status="done", log=log, seconds=seconds)

    def set_outcome(self, service_id: str, outcome: Outcome | None) -> None:
        """Set (or with None, clear) the outcome of a service's deploys."""
        if outcome is None:
            self.state.outcomes.pop(service_id, None)
        else:
            self.state.outcomes[service_id] = outcome

    def set_default_outcome(self, outcome: Outcome) -> None:
        """The outcome of services with none of their own (default: ``done``)."""
        self.state.default_outcome = outcome

    def set_faults(self, faults: FaultsArg) -> None:
        """Replace the active faults (text form or specs); None removes them all."""
        self.faults.set(coerce_faults(faults))

    # -- seeding --------------------------------------------------------------------

    def seed_demo(self) -> dict[str, str]:
        """The README quickstart's data: project ``shop`` with applications ``web``,
        ``api`` and ``worker`` in its default environment. Returns ``{name: id}``."""
        env_id = self.seed_project("shop", "Demo shop")["environment"]["environmentId"]
        return {
            name: self.seed_application(env_id, name)["applicationId"]
            for name in ("web", "api", "worker")
        }

    def seed_project(self, name: str, description: str | None = None) -> dict[str, Record]:
        """Create a project directly; returns ``{"project":..., "environment":...}``."""
        return self.state.create_project(name, description)

    def seed_application(self, environment_id: str, name: str, **fields: Any) -> Record:
        """Create an application directly; returns its record."""
        return self.state.create_application(
            {"environmentId": environment_id, "name": name, **fields}
        )

    def seed_compose(self, environment_id: str, name: str, **fields: Any) -> Record:
        """Create a compose service directly; returns its record."""
        return self.state.create_compose({"environmentId": environment_id, "name": name, **fields})

    def seed_database(self, kind: str, environment_id: str, name: str, **fields: Any) -> Record:
        """Create a database (``postgres``, ``mysql``, ``mariadb``, ``mongo``, ``redis``).

        Credentials not given are made up, as ``<type>.create`` requires them (the
        request table) and the record always carries them.
        """
        if kind not in DATABASE_KINDS:
            raise ValueError(f"unknown database kind {kind!r}")
        made_up = {
            "databaseName": re.sub(r"[^a-z0-9]+", "_", name.lower()) or "db",
            "databaseUser": "dokploy",
            "databasePassword": self.state.new_id(),
            "databaseRootPassword": self.state.new_id(),
        }
        credentials = {k: v for k, v in made_up.items() if k in records.DATABASES[kind]}
        return self.state.create_database(
            kind, {**credentials, "environmentId": environment_id, "name": name, **fields}
        )

    # -- waiting --------------------------------------------------------------------

    async def wait_idle(self) -> None:
        """Wait (under asyncio or trio) until the deploy queue is empty.

        Bound it with ``anyio.fail_after`` if the queue might never drain.
        """
        # The queue lives on the server thread's loop; an event of the caller's loop
        # cannot be set from there, so poll.
        while not self.queue.is_idle():  # noqa: ASYNC110
            await anyio.sleep(0.005)

    def wait_idle_sync(self, timeout: float = 10.0) -> None:
        """Blocking :meth:`wait_idle` for synchronous code."""
        deadline = time.monotonic() + timeout
        while not self.queue.is_idle():
            if time.monotonic() > deadline:
                raise TimeoutError("the deploy queue did not drain")
            time.sleep(0.005)


def simulate(
    *,
    api_key: str = "sim-api-key",
    deploy_seconds: float = 0.1,
    workers: int = 1,
    faults: FaultsArg = None,
    seed: int = 0,
    spec: str | os.PathLike[str] | dict[str, Any] | None = None,
    **options: Any,
) -> Simulator:
    """A simulator to run with ``async with`` (asyncio or trio) or ``with``.

    ``async with simulate(api_key="k", deploy_seconds=0.05) as sim:`` serves on a free
    loopback port; ``sim.url``, ``sim.api_key``, ``sim.stats`` and ``sim.state`` are
    then available. Other keyword options are those of :class:`Simulator`.
    """
    return Simulator(
        api_key=api_key,
        deploy_seconds=deploy_seconds,
        workers=workers,
        faults=faults,
        seed=seed,
        spec=spec,
        **options,
    )
