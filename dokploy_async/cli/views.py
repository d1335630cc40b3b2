"""Plain data for output: response objects turned into small JSON-ready dicts.

Only the fields listed here ever reach the terminal. Read responses carry env blocks and
database passwords, so nothing is dumped wholesale (``projects --json`` included).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._refs import DeployResult, EnvironmentRef, ServiceRef

__all__ = [
    "SERVICE_LISTS",
    "deploy_result_view",
    "environment_ref_view",
    "project_view",
    "service_ref_view",
    "services_in_environment",
]

#: Keys of an environment record that hold services, and the kind each holds.
SERVICE_LISTS: tuple[tuple[str, str], ...] = (
    ("applications", "application"),
    ("compose", "compose"),
    ("postgres", "postgres"),
    ("mysql", "mysql"),
    ("mariadb", "mariadb"),
    ("mongo", "mongo"),
    ("redis", "redis"),
    ("libsql", "libsql"),
)


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _status_of(kind: str, record: Mapping[str, Any]) -> str | None:
    field = "composeStatus" if kind == "compose" else "applicationStatus"
    return _str(record.get(field))


def service_record_view(kind: str, record: Mapping[str, Any]) -> dict[str, Any]:
    """One service of an environment record: kind, id, name, appName, status."""
    return {
        "kind": kind,
        "id": _str(record.get(f"{kind}Id")),
        "name": _str(record.get("name")),
        "appName": _str(record.get("appName")),
        "status": _status_of(kind, record),
    }


def services_in_environment(environment: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Every service of an environment record, applications first, in server order."""
    services: list[dict[str, Any]] = []
    for key, kind in SERVICE_LISTS:
        records = environment.get(key)
        if isinstance(records, list):
            services.extend(service_record_view(kind, r) for r in records if isinstance(r, dict))
    return services


def environment_view(environment: Mapping[str, Any]) -> dict[str, Any]:
    """An environment record without its env block: id, name, isDefault and services."""
    return {
        "id": _str(environment.get("environmentId")),
        "name": _str(environment.get("name")),
        "isDefault": bool(environment.get("isDefault", False)),
        "services": services_in_environment(environment),
    }


def project_view(project: Mapping[str, Any]) -> dict[str, Any]:
    """A project record without its env block: id, name, description and environments."""
    environments = project.get("environments")
    return {
        "id": _str(project.get("projectId")),
        "name": _str(project.get("name")),
        "description": _str(project.get("description")),
        "environments": [
            environment_view(e)
            for e in (environments if isinstance(environments, list) else [])
            if isinstance(e, dict)
        ],
    }


def environment_ref_view(ref: EnvironmentRef) -> dict[str, Any]:
    """What ``resolve`` prints."""
    return {
        "project": {"id": ref.project_id, "name": ref.project_name},
        "environment": {"id": ref.id, "name": ref.name, "isDefault": ref.is_default},
    }


def service_ref_view(ref: ServiceRef) -> dict[str, Any]:
    """A service reference: kind, id, name, appName."""
    return {"kind": ref.kind, "id": ref.id, "name": ref.name, "appName": ref.app_name}


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _round(value: float | None) -> float | None:
    return round(value, 3) if value is not None else None


def deploy_result_view(result: DeployResult) -> dict[str, Any]:
    """One deploy outcome for ``deploy --json``."""
    return {
        "service": service_ref_view(result.service),
        "status": result.status,
        "ok": result.ok,
        "deploymentId": result.deployment_id,
        "title": result.title,
        "queuedAt": _iso(result.queued_at),
        "startedAt": _iso(result.started_at),
        "finishedAt": _iso(result.finished_at),
        "queueSeconds": _round(result.queue_seconds),
        "runSeconds": _round(result.run_seconds),
        "waitedSeconds": _round(result.waited_seconds),
        "errorMessage": result.error_message,
        "logTail": result.log_tail,
    }


def tail(text: str | None, lines: int) -> str:
    """The last ``lines`` lines of ``text`` ("" for None)."""
    if not text:
        return ""
    kept: Iterable[str] = text.rstrip("\n").splitlines()[-lines:]
    return "\n".join(kept)
