"""An in-memory Dokploy for the workflow unit tests: routes, a queue and deployment records.

Time is counted in queueList calls (each one is a worker tick), not in seconds, so the
tests are deterministic. Faults are queued per route: ``("before", exc)`` fails the call
without acting, ``("after", exc)`` acts and then fails.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from dokploy_async._errors import (
    APIConnectionError,
    APIStatusError,
    InternalServerError,
    NotFoundError,
)
from dokploy_async._workflows import Workflows
from dokploy_async.testing import records

_T = TypeVar("_T")
_ids = itertools.count(1)
_CREATED = "2026-11-22T19:30:00.000Z"
# Full records, as the typed client requires every field the server always sends: the
# simulator's templates are the real server's shapes (see dokploy_async.testing.records).
_TEMPLATES: dict[str, dict[str, Any]] = {
    "application": records.APPLICATION,
    "compose": records.COMPOSE,
    **records.DATABASES,
}


def status_error(
    cls: type[APIStatusError], status: int, route: str, message: str
) -> APIStatusError:
    """An APIStatusError as the client would raise it."""
    response = httpx.Response(status, request=httpx.Request("POST", f"http://fake/api/{route}"))
    return cls(message, response=response, method="POST", route=route)


def unavailable(route: str) -> APIStatusError:
    """A proxy's 503."""
    return status_error(InternalServerError, 503, route, "Service Unavailable")


def reset(route: str) -> APIConnectionError:
    """A connection dropped after sending."""
    exc = APIConnectionError("connection reset", method="POST", route=route)
    exc.__cause__ = httpx.ReadError("reset")
    return exc


def refused(route: str) -> APIConnectionError:
    """A refused connection (never sent)."""
    exc = APIConnectionError("refused", method="POST", route=route)
    exc.__cause__ = httpx.ConnectError("refused")
    return exc


class FakeDokploy(Workflows):
    """Workflows over an in-memory server with ``workers`` workers and ``run_ticks`` per job."""

    def __init__(self, *, workers: int = 1, run_ticks: int = 2, logs: bool = True) -> None:
        self.workers = workers
        self.run_ticks = run_ticks
        self.logs = logs
        self.calls: Counter[str] = Counter()
        self.faults: dict[str, list[tuple[str, Exception]]] = {}
        self.failing: set[str] = set()  # service ids whose deployments end in "error"
        self.queue: list[dict[str, Any]] = []
        self.records: dict[str, list[dict[str, Any]]] = {}
        self.jobs_created: Counter[str] = Counter()
        self.projects: list[dict[str, Any]] = []
        self.services: dict[str, dict[str, Any]] = {}  # id -> record (with "kind")
        self.saved: list[tuple[str, dict[str, Any]]] = []
        self.db_deploys: Counter[str] = Counter()
        self._clock = 1_800_000_000_000

    # Setup -----------------------------------------------------------------------------

    def add_project(
        self, name: str, envs: list[str], default: str = "production"
    ) -> dict[str, Any]:
        environments: list[dict[str, Any]] = []
        project_id = f"p{next(_ids)}"
        project = {
            "projectId": project_id,
            "name": name,
            "description": None,
            "createdAt": _CREATED,
            "organizationId": "org1",
            "env": "",
            "environments": environments,
        }
        for env_name in envs:
            environments.append(
                {
                    "environmentId": f"e{next(_ids)}",
                    "name": env_name,
                    "description": None,
                    "createdAt": _CREATED,
                    "env": "",
                    "projectId": project_id,
                    "isDefault": env_name == default,
                    "applications": [],
                    "compose": [],
                    "libsql": [],
                    "postgres": [],
                    "mysql": [],
                    "mariadb": [],
                    "mongo": [],
                    "redis": [],
                }
            )
        self.projects.append(project)
        return project

    def add_service(
        self, env: dict[str, Any], kind: str, name: str, app_name: str | None = None, **extra: Any
    ) -> str:
        key = "applications" if kind == "application" else kind
        sid = f"{kind[:3]}{next(_ids)}"
        record = {
            **_TEMPLATES[kind],
            f"{kind}Id": sid,
            "name": name,
            "appName": app_name or f"{name}-x1",
            "createdAt": _CREATED,
            "environmentId": env["environmentId"],
            **extra,
        }
        env[key].append(record)
        self.services[sid] = {**record, "kind": kind}
        return sid

    # The server ------------------------------------------------------------------------

    async def request(
        self,
        method: str,
        route: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        files: list[tuple[str, Any]] | None = None,
        parse: Callable[[Any], _T],
        timeout: Any,  # noqa: ASYNC109 - the signature of Resources.request
    ) -> _T:
        self.calls[route] += 1
        args = {**(params or {}), **(json or {})}
        fault = self.faults.get(route)
        when, exc = fault.pop(0) if fault else ("", None)
        if when == "before" and exc is not None:
            raise exc
        data = self._handle(route, args)
        if when == "after" and exc is not None:
            raise exc
        return parse(data)

    def _handle(self, route: str, args: dict[str, Any]) -> Any:
        router, proc = route.split(".")
        if proc in ("deploy", "redeploy") and router in ("application", "compose"):
            sid = args[f"{router}Id"]
            self._need(sid)
            self._clock += 1
            self.queue.append(
                {
                    "id": f"job-{next(_ids)}",
                    "name": "deployments",
                    "data": {
                        f"{router}Id": sid,
                        "titleLog": args.get("title", ""),
                        "descriptionLog": args.get("description", ""),
                        "type": proc,
                    },
                    "timestamp": self._clock,
                    "state": "waiting",
                    "servicePath": {"href": f"/dashboard/{router}/{sid}", "label": router},
                    "ticks": 0,
                }
            )
            self.jobs_created[sid] += 1
            return None if router == "application" else {"success": True, "composeId": sid}
        if proc == "deploy":
            sid = args[f"{router}Id"]
            self._need(sid)
            self.db_deploys[sid] += 1
            if sid in self.failing:
                raise status_error(InternalServerError, 500, route, "docker daemon not running")
            # deployPostgres and the others answer with the record they read first.
            return self._need(sid)
        if route == "deployment.queueList":
            self._tick()
            return [
                {k: v for k, v in j.items() if k not in ("ticks", "record")} for j in self.queue
            ]
        if route in ("deployment.all", "deployment.allByCompose"):
            sid = args.get("applicationId") or args.get("composeId")
            return list(reversed(self.records.get(str(sid), [])))
        if route == "deployment.readLogs":
            if not self.logs:
                raise status_error(NotFoundError, 404, route, "Deployment not found")
            return "Initializing deployment\nPulling image\nError: no such image"
        if route == "project.all":
            return self.projects
        if route == "environment.one":
            for p in self.projects:
                for e in p["environments"]:
                    if e["environmentId"] == args["environmentId"]:
                        return {**e, "projectId": p["projectId"]}
            raise status_error(NotFoundError, 404, route, "Environment not found")
        if proc == "one":
            return self._need(args[f"{router}Id"])
        if proc == "saveEnvironment":
            sid = args[f"{router}Id"]
            self.saved.append((route, dict(args)))
            record = self._need(sid)
            record["env"] = args["env"]
            return True
        raise AssertionError(f"fake has no route {route}")

    def _need(self, sid: str) -> dict[str, Any]:
        if sid not in self.services:
            raise status_error(NotFoundError, 404, "x", "Service not found")
        return self.services[sid]

    def _tick(self) -> None:
        for job in [j for j in self.queue if j["state"] == "active"]:
            job["ticks"] += 1
            if job["ticks"] >= self.run_ticks:
                rec = job["record"]
                rec["status"] = "error" if rec["sid"] in self.failing else "done"
                rec["finishedAt"] = "2026-11-22T19:32:20.500Z"
                self.queue.remove(job)
        active = sum(1 for j in self.queue if j["state"] == "active")
        for job in self.queue:
            if active >= self.workers:
                break
            if job["state"] == "waiting":
                job["state"] = "active"
                active += 1
                data = job["data"]
                sid = data.get("applicationId") or data.get("composeId")
                rec = {
                    **records.DEPLOYMENT,
                    "deploymentId": f"d{next(_ids)}",
                    "title": data["titleLog"],
                    "description": data["descriptionLog"],
                    "status": "running",
                    "createdAt": "2026-11-22T19:32:20.490Z",
                    "startedAt": "2026-11-22T19:32:20.490Z",
                    "finishedAt": None,
                    "errorMessage": None,
                    "logPath": f"/etc/dokploy/logs/{sid}/{sid}.log",
                    ("applicationId" if "applicationId" in data else "composeId"): sid,
                    "sid": sid,
                }
                job["record"] = rec
                self.records.setdefault(sid, []).append(rec)
