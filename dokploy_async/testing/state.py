"""In-memory data of the simulated server: projects, environments, services, domains,
deployments and their logs, plus the per-service deploy outcomes tests configure.

Records are kept in their column form (the keys of the ``*.create`` responses) and the
relations the read endpoints nest (``environment.project``, ``mounts``...) are built on
each read, so every response reflects the current state. All methods take ``lock``:
the server's event loop and the test's thread may both touch the state.
"""

from __future__ import annotations

import copy
import random
import re
import string
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Final

import attrs

from . import records
from .errors import ApiError, not_found

Record = dict[str, Any]

#: Service kinds and the id field each uses.
ID_FIELDS: Final[dict[str, str]] = {
    "application": "applicationId",
    "compose": "composeId",
    "postgres": "postgresId",
    "mysql": "mysqlId",
    "mariadb": "mariadbId",
    "mongo": "mongoId",
    "redis": "redisId",
}
DATABASE_KINDS: Final[tuple[str, ...]] = ("postgres", "mysql", "mariadb", "mongo", "redis")
#: How the server names each kind in "X not found" messages.
KIND_TITLES: Final[dict[str, str]] = {
    "application": "Application",
    "compose": "Compose",
    "postgres": "Postgres",
    "mysql": "MySql",
    "mariadb": "Mariadb",
    "mongo": "Mongo",
    "redis": "Redis",
}
#: Status field of each kind.
STATUS_FIELDS: Final[dict[str, str]] = {
    kind: ("composeStatus" if kind == "compose" else "applicationStatus") for kind in ID_FIELDS
}
_ID_ALPHABET: Final[str] = string.ascii_letters + string.digits + "_-"
_SUFFIX_ALPHABET: Final[str] = string.ascii_lowercase + string.digits
#: Fields the generic update never overwrites.
_FROZEN_FIELDS: Final[frozenset[str]] = frozenset({"createdAt", "environmentId", "refreshToken"})

DEFAULT_SUCCESS_LOG: Final[str] = (
    "Initializing deployment\nBuilding {appName}\nDocker Deployed: ✅\n"
)
DEFAULT_FAILURE_LOG: Final[str] = (
    "Initializing deployment\nBuilding {appName}\n"
    "❌ Build failed\n\nError occurred ❌, check the logs for details.\n"
)


@attrs.define
class Outcome:
    """How the next deploy runs of one service end.

    Attributes:
        status: ``done`` or ``error``.
        error_message: the deployment record's ``errorMessage`` (the real server
            often leaves it null and puts the reason in the log).
        log: the full log text ``deployment.readLogs`` returns once finished;
            ``{appName}`` is replaced. None: a default success/failure log.
        seconds: run time of each deploy; None uses the simulator's default.
        times: how many runs this outcome applies to before the default comes
            back (None: every run).
    """

    status: str = attrs.field(default="done", validator=attrs.validators.in_(("done", "error")))
    error_message: str | None = None
    log: str | None = None
    seconds: float | None = None
    times: int | None = None


class SimState:
    """Everything the simulated server stores, behind one re-entrant lock."""

    def __init__(self, *, seed: int = 0, clock: Callable[[], float] = time.time) -> None:
        self.lock = threading.RLock()
        self.clock = clock
        self._rng = random.Random(f"state-{seed}")
        self.organization_id = self.new_id()
        self.projects: dict[str, Record] = {}
        self.environments: dict[str, Record] = {}
        self.services: dict[str, dict[str, Record]] = {kind: {} for kind in ID_FIELDS}
        self.mounts: dict[str, list[Record]] = {}
        self.domains: dict[str, Record] = {}
        self.deployments: dict[str, Record] = {}
        self.logs: dict[str, str] = {}
        #: Ground truth for tests: the title and description each deployment record was
        #: created with, kept after the server rewrites them with the commit.
        self.created_as: dict[str, tuple[str, str]] = {}
        #: Ground truth for tests: the docker image an application had when its job
        #: started (the server reads it then: application.ts deployApplication).
        self.image_at_start: dict[str, str | None] = {}
        self.outcomes: dict[str, Outcome] = {}
        self.default_outcome = Outcome()
        self._domain_keys = 0

    # -- identity -------------------------------------------------------------------

    def new_id(self) -> str:
        """A 21-character nanoid-style id, like the server's."""
        return "".join(self._rng.choice(_ID_ALPHABET) for _ in range(21))

    def now_iso(self) -> str:
        """The current time as the server formats it (``2026-11-22T19:31:05.357Z``)."""
        moment = datetime.fromtimestamp(self.clock(), tz=UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"

    def now_ms(self) -> int:
        """The current time in epoch milliseconds (queue job timestamps)."""
        return int(self.clock() * 1000)

    def _app_name(self, given: str | None, prefix: str, name: str) -> str:
        # The server appends a random 6-character suffix to every appName.
        base = given or f"{prefix}-{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}"
        suffix = "".join(self._rng.choice(_SUFFIX_ALPHABET) for _ in range(6))
        return f"{base}-{suffix}"

    # -- projects -------------------------------------------------------------------

    def create_project(
        self, name: str, description: str | None = None, env: str = ""
    ) -> dict[str, Record]:
        """Create a project and its default ``production`` environment."""
        with self.lock:
            project_id = self.new_id()
            project = {
                "projectId": project_id,
                "name": name,
                "description": description,
                "createdAt": self.now_iso(),
                "organizationId": self.organization_id,
                "env": env,
            }
            self.projects[project_id] = project
            environment = self._new_environment(
                project_id, "production", "Production environment", is_default=True
            )
            return {"project": dict(project), "environment": dict(environment)}

    def project(self, project_id: str) -> Record:
        """The project's columns, or 404 ``Project not found``."""
        with self.lock:
            found = self.projects.get(project_id)
            if found is None:
                raise not_found("Project")
            return found

    def project_all(self) -> list[Record]:
        """``project.all``: projects with their environments and service lists."""
        with self.lock:
            out = []
            for project in self.projects.values():
                envs = []
                for env in self._environments_of(project["projectId"]):
                    envs.append(
                        {
                            "name": env["name"],
                            "environmentId": env["environmentId"],
                            "isDefault": env["isDefault"],
                            **self._services_lists(env["environmentId"], order="all"),
                        }
                    )
                out.append({**project, "environments": envs, "projectTags": []})
            return copy.deepcopy(out)

    def project_one(self, project_id: str) -> Record:
        """``project.one``: the project with full environments and their services."""
        with self.lock:
            project = self.project(project_id)
            envs = [
                {**env, **self._services_lists(env["environmentId"], order="one")}
                for env in self._environments_of(project_id)
            ]
            return copy.deepcopy({**project, "environments": envs, "projectTags": []})

    def update_project(self, project_id: str, fields: Record) -> Record:
        """Apply known fields; return the columns (``project.update``)."""
        with self.lock:
            project = self.project(project_id)
            self._apply(project, fields, id_field="projectId")
            return dict(project)

    def remove_project(self, project_id: str) -> Record:
        """Delete a project and everything in it; return its columns."""
        with self.lock:
            project = self.project(project_id)
            for env in self._environments_of(project_id):
                self._drop_environment(env["environmentId"])
            del self.projects[project_id]
            return dict(project)

    # -- environments ---------------------------------------------------------------

    def _new_environment(
        self, project_id: str, name: str, description: str | None, *, is_default: bool
    ) -> Record:
        env: Record = {
            "environmentId": self.new_id(),
            "name": name,
            "description": description,
            "createdAt": self.now_iso(),
            "env": "",
            "projectId": project_id,
            "isDefault": is_default,
        }
        self.environments[env["environmentId"]] = env
        return env

    def _environments_of(self, project_id: str) -> list[Record]:
        return [e for e in self.environments.values() if e["projectId"] == project_id]

    def create_environment(
        self, project_id: str, name: str, description: str | None = None
    ) -> Record:
        """``environment.create``; the name ``production`` is reserved (400)."""
        with self.lock:
            self.project(project_id)
            if name == "production":
                raise ApiError(
                    "BAD_REQUEST", "You cannot create a environment with the name 'production'"
                )
            return dict(self._new_environment(project_id, name, description, is_default=False))

    def environment(self, environment_id: str) -> Record:
        """The environment's columns, or 404 ``Environment not found``."""
        with self.lock:
            found = self.environments.get(environment_id)
            if found is None:
                raise not_found("Environment")
            return found

    def environment_one(self, environment_id: str) -> Record:
        """``environment.one``: services lists and the parent project."""
        with self.lock:
            env = self.environment(environment_id)
            out = {
                "name": env["name"],
                "description": env["description"],
                "environmentId": env["environmentId"],
                "isDefault": env["isDefault"],
                "projectId": env["projectId"],
                "env": env["env"],
                **self._services_lists(environment_id, order="all"),
                "project": dict(self.projects[env["projectId"]]),
            }
            return copy.deepcopy(out)

    def environments_by_project(self, project_id: str) -> list[Record]:
        """``environment.byProjectId``."""
        with self.lock:
            self.project(project_id)
            out = []
            for env in self._environments_of(project_id):
                out.append(
                    {
                        "name": env["name"],
                        "description": env["description"],
                        "environmentId": env["environmentId"],
                        "isDefault": env["isDefault"],
                        **self._services_lists(env["environmentId"], order="all"),
                        "project": dict(self.projects[project_id]),
                    }
                )
            return copy.deepcopy(out)

    def update_environment(self, environment_id: str, fields: Record) -> Record:
        """``environment.update``: apply known fields, return the columns."""
        with self.lock:
            env = self.environment(environment_id)
            if env["isDefault"] and fields.get("name") not in (None, env["name"]):
                raise ApiError("BAD_REQUEST", "You cannot rename the default environment")
            self._apply(env, fields, id_field="environmentId", frozen={"projectId", "isDefault"})
            return dict(env)

    def remove_environment(self, environment_id: str) -> Record:
        """``environment.remove``; the default environment cannot be removed."""
        with self.lock:
            env = self.environment(environment_id)
            if env["isDefault"]:
                raise ApiError("BAD_REQUEST", "You cannot delete the default environment")
            self._drop_environment(environment_id)
            return dict(env)

    def _drop_environment(self, environment_id: str) -> None:
        for kind, table in self.services.items():
            for service_id in [
                sid for sid, rec in table.items() if rec["environmentId"] == environment_id
            ]:
                self._drop_service(kind, service_id)
        self.environments.pop(environment_id, None)

    def _env_with_project(self, environment_id: str) -> Record:
        env = self.environments[environment_id]
        return {**env, "project": dict(self.projects[env["projectId"]])}

    def _services_lists(self, environment_id: str, *, order: str) -> Record:
        def of(kind: str) -> list[Record]:
            return [
                dict(rec)
                for rec in self.services[kind].values()
                if rec["environmentId"] == environment_id
            ]

        # The two endpoints list the relations in different orders; keep each.
        if order == "one":
            names = ["applications", "compose", "libsql", *DATABASE_KINDS]
        else:
            names = ["applications", "mariadb", "mongo", "mysql", "postgres", "redis"]
            names += ["compose", "libsql"]
        out: Record = {}
        for name in names:
            kind = "application" if name == "applications" else name
            out[name] = of(kind) if kind in self.services else []
        return out

    # -- services -------------------------------------------------------------------

    def find_service(self, service_id: str) -> tuple[str, Record] | None:
        """The kind and columns of any service with this id, or None."""
        with self.lock:
            for kind, table in self.services.items():
                if service_id in table:
                    return kind, table[service_id]
            return None

    def service(self, kind: str, service_id: str) -> Record:
        """The columns of a service of ``kind``, or 404 ``<Kind> not found``."""
        with self.lock:
            found = self.services[kind].get(service_id)
            if found is None:
                raise not_found(KIND_TITLES[kind])
            return found

    def create_application(self, fields: Record) -> Record:
        """``application.create``: columns with the server's defaults."""
        with self.lock:
            self.environment(fields["environmentId"])
            rec = copy.deepcopy(records.APPLICATION)
            rec.update(
                applicationId=self.new_id(),
                name=fields["name"],
                appName=self._app_name(fields.get("appName"), "app", fields["name"]),
                description=fields.get("description"),
                refreshToken=self.new_id(),
                createdAt=self.now_iso(),
                environmentId=fields["environmentId"],
            )
            if fields.get("sourceType"):
                rec["sourceType"] = fields["sourceType"]
            if "serverId" in fields:
                rec["serverId"] = fields["serverId"]
            self.services["application"][rec["applicationId"]] = rec
            return copy.deepcopy(rec)

    def create_compose(self, fields: Record) -> Record:
        """``compose.create``."""
        with self.lock:
            self.environment(fields["environmentId"])
            rec = copy.deepcopy(records.COMPOSE)
            rec.update(
                composeId=self.new_id(),
                name=fields["name"],
                appName=self._app_name(fields.get("appName"), "compose", fields["name"]),
                description=fields.get("description"),
                composeFile=fields.get("composeFile", ""),
                refreshToken=self.new_id(),
                createdAt=self.now_iso(),
                environmentId=fields["environmentId"],
            )
            for key in ("composeType", "sourceType", "serverId"):
                if key in fields:
                    rec[key] = fields[key]
            self.services["compose"][rec["composeId"]] = rec
            return copy.deepcopy(rec)

    def create_database(self, kind: str, fields: Record) -> Record:
        """``<db>.create`` for the five database types, with their data mount."""
        with self.lock:
            self.environment(fields["environmentId"])
            rec = copy.deepcopy(records.DATABASES[kind])
            service_id = self.new_id()
            for key in rec:
                if key in fields and key not in (ID_FIELDS[kind], "createdAt"):
                    rec[key] = fields[key]
            rec.update(
                {
                    ID_FIELDS[kind]: service_id,
                    "appName": self._app_name(fields.get("appName"), kind, fields["name"]),
                    "createdAt": self.now_iso(),
                    "dockerImage": fields.get("dockerImage") or records.DATABASE_IMAGES[kind],
                }
            )
            self.services[kind][service_id] = rec
            mount = copy.deepcopy(records.MOUNT)
            mount.update(
                {
                    "mountId": self.new_id(),
                    "volumeName": f"{rec['appName']}-data",
                    "serviceType": kind,
                    "mountPath": records.DATABASE_MOUNT_PATHS[kind],
                    ID_FIELDS[kind]: service_id,
                }
            )
            self.mounts[service_id] = [mount]
            return copy.deepcopy(rec)

    def service_one(self, kind: str, service_id: str, *, for_delete: bool = False) -> Record:
        """``<kind>.one`` (or the body of ``delete``/``remove``): columns + relations."""
        with self.lock:
            rec = self.service(kind, service_id)
            env = self._env_with_project(rec["environmentId"])
            out: Record = {**rec, "environment": env}
            if kind == "application":
                extra = copy.deepcopy(records.APPLICATION_ONE_EXTRA)
                extra["domains"] = self._domains_of("applicationId", service_id)
                extra["deployments"] = self.deployments_of(service_id)
                out.update(extra)
            elif kind == "compose":
                extra = copy.deepcopy(records.COMPOSE_ONE_EXTRA)
                extra["domains"] = self._domains_of("composeId", service_id)
                extra["deployments"] = self.deployments_of(service_id)
                out.update(extra)
            else:
                out["mounts"] = self.mounts.get(service_id, [])
                out.update(copy.deepcopy(records.DATABASE_ONE_EXTRA))
            if for_delete:
                # The delete bodies stop before the access-check fields.
                out.pop("hasGitProviderAccess", None)
                out.pop("unauthorizedProvider", None)
            return copy.deepcopy(out)

    def update_service(self, kind: str, service_id: str, fields: Record) -> Record:
        """Apply every field the record has (generic ``update``/``save*``)."""
        with self.lock:
            rec = self.service(kind, service_id)
            self._apply(rec, fields, id_field=ID_FIELDS[kind])
            return rec

    def delete_service(self, kind: str, service_id: str) -> Record:
        """``application.delete`` / ``compose.delete`` / ``<db>.remove``."""
        with self.lock:
            body = self.service_one(kind, service_id, for_delete=True)
            self._drop_service(kind, service_id)
            return body

    def _drop_service(self, kind: str, service_id: str) -> None:
        self.services[kind].pop(service_id, None)
        self.mounts.pop(service_id, None)
        for domain_id in [
            d
            for d, rec in self.domains.items()
            if service_id in (rec["applicationId"], rec["composeId"])
        ]:
            del self.domains[domain_id]
        for deployment_id in [
            d
            for d, rec in self.deployments.items()
            if service_id in (rec["applicationId"], rec["composeId"])
        ]:
            self.deployments.pop(deployment_id, None)
            self.logs.pop(deployment_id, None)

    def set_status(self, service_id: str, status: str) -> None:
        """Set a service's ``applicationStatus`` / ``composeStatus`` (if it still exists)."""
        with self.lock:
            found = self.find_service(service_id)
            if found is not None:
                kind, rec = found
                rec[STATUS_FIELDS[kind]] = status

    def _apply(
        self,
        rec: Record,
        fields: Record,
        *,
        id_field: str,
        frozen: set[str] | frozenset[str] = frozenset(),
    ) -> None:
        for key, value in fields.items():
            if key in rec and key != id_field and key not in _FROZEN_FIELDS | frozen:
                rec[key] = value

    # -- domains --------------------------------------------------------------------

    def create_domain(self, fields: Record) -> Record:
        """``domain.create`` for an application or a compose service."""
        with self.lock:
            if fields.get("applicationId"):
                self.service("application", fields["applicationId"])
            elif fields.get("composeId"):
                self.service("compose", fields["composeId"])
            rec = copy.deepcopy(records.DOMAIN)
            self._domain_keys += 1
            rec.update(
                domainId=self.new_id(),
                uniqueConfigKey=self._domain_keys,
                createdAt=self.now_iso(),
            )
            for key in rec:
                if key in fields and key not in ("domainId", "createdAt", "uniqueConfigKey"):
                    rec[key] = fields[key]
            self.domains[rec["domainId"]] = rec
            return copy.deepcopy(rec)

    def domain(self, domain_id: str) -> Record:
        """The domain's columns, or 404 ``Domain not found``."""
        with self.lock:
            found = self.domains.get(domain_id)
            if found is None:
                raise not_found("Domain")
            return found

    def domain_one(self, domain_id: str) -> Record:
        """``domain.one``: columns plus a summary of the owning service."""
        with self.lock:
            rec = self.domain(domain_id)
            return copy.deepcopy(self._domain_with_owner(rec))

    def _domain_with_owner(self, rec: Record) -> Record:
        out = dict(rec)
        for kind in ("application", "compose"):
            owner_id = rec[ID_FIELDS[kind]]
            owner = self.services[kind].get(owner_id) if owner_id else None
            if owner is not None:
                out[kind] = {
                    ID_FIELDS[kind]: owner_id,
                    "appName": owner["appName"],
                    "name": owner["name"],
                }
        return out

    def _domains_of(self, field: str, service_id: str) -> list[Record]:
        return [dict(rec) for rec in self.domains.values() if rec[field] == service_id]

    def domains_by(self, field: str, service_id: str) -> list[Record]:
        """``domain.byApplicationId`` / ``domain.byComposeId``."""
        with self.lock:
            kind = "application" if field == "applicationId" else "compose"
            self.service(kind, service_id)
            return copy.deepcopy(
                [
                    self._domain_with_owner(rec)
                    for rec in self.domains.values()
                    if rec[field] == service_id
                ]
            )

    def update_domain(self, domain_id: str, fields: Record) -> Record:
        """``domain.update``: apply known fields, return the columns."""
        with self.lock:
            rec = self.domain(domain_id)
            self._apply(rec, fields, id_field="domainId", frozen={"uniqueConfigKey"})
            return dict(rec)

    def delete_domain(self, domain_id: str) -> Record:
        """``domain.delete``: return the removed columns."""
        with self.lock:
            rec = self.domain(domain_id)
            del self.domains[domain_id]
            return dict(rec)

    # -- deployments ----------------------------------------------------------------

    def deployments_of(self, service_id: str) -> list[Record]:
        """Deployment records of a service, newest first."""
        with self.lock:
            rows = [
                dict(rec)
                for rec in self.deployments.values()
                if service_id in (rec["applicationId"], rec["composeId"])
            ]
            # Records are inserted in creation order; the server lists newest first.
            rows.reverse()
            return rows

    def deployment(self, deployment_id: str) -> Record:
        """A deployment record, or 404 ``Deployment not found``."""
        with self.lock:
            found = self.deployments.get(deployment_id)
            if found is None:
                raise not_found("Deployment")
            return found

    def outcome_for(self, service_id: str) -> Outcome:
        """The outcome of the next run of ``service_id`` (consumes one of ``times``)."""
        with self.lock:
            outcome = self.outcomes.get(service_id)
            if outcome is None:
                return self.default_outcome
            if outcome.times is not None:
                outcome.times -= 1
                if outcome.times <= 0:
                    del self.outcomes[service_id]
            return outcome

    def peek_outcome(self, service_id: str) -> Outcome:
        """The outcome the next run would get, without consuming it."""
        with self.lock:
            return self.outcomes.get(service_id, self.default_outcome)
