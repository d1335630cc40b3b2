"""Names to ids: projects, environments and services, cached per client.

Lookups never guess. An id or exact name (a service's ``name`` or ``appName``) matches;
nothing else does. No match raises :class:`ResolutionError` listing what exists; several
matches raise :class:`AmbiguousNameError` listing them.

Cached listings are refreshed on demand (``refresh=True`` or ``clear()``), and once,
automatically, when a name is not found in them: an object created since the last read
is then found, while an object deleted since stays cached until a refresh.
"""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING, Any

from ._errors import AmbiguousNameError, ResolutionError
from ._operations import operation
from ._refs import SERVICE_KINDS, EnvironmentRef, ServiceKind, ServiceRef, as_dict

if TYPE_CHECKING:
    from .generated.resources import Resources

__all__ = ["Resolver", "services_of"]

#: Keys of an environment record that list services, and the kind each one holds.
_SERVICE_KEYS: dict[str, ServiceKind] = {
    "applications": "application",
    "compose": "compose",
    "postgres": "postgres",
    "mysql": "mysql",
    "mariadb": "mariadb",
    "mongo": "mongo",
    "redis": "redis",
}


def _dicts(items: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for item in items or []:
        try:
            out.append(as_dict(item))
        except TypeError:
            continue
    return out


def services_of(environment: dict[str, Any], env_ref: EnvironmentRef | None) -> list[ServiceRef]:
    """Every service listed in an environment record, as :class:`ServiceRef`."""
    refs: list[ServiceRef] = []
    for key, kind in _SERVICE_KEYS.items():
        for svc in _dicts(environment.get(key)):
            service_id = svc.get(f"{kind}Id")
            if isinstance(service_id, str) and service_id:
                refs.append(
                    ServiceRef(
                        kind,
                        service_id,
                        name=svc.get("name"),
                        app_name=svc.get("appName"),
                        environment=env_ref,
                    )
                )
    return refs


class Resolver:
    """The per-client cache behind ``resolve_environment`` and ``find_service``."""

    def __init__(self, client: Resources) -> None:
        self._client = client
        self._projects: list[dict[str, Any]] | None = None
        self._environments: dict[str, list[dict[str, Any]]] = {}  # project id -> records
        self._services: dict[str, list[ServiceRef]] = {}  # environment id -> services

    def clear(self) -> None:
        """Forget everything cached; the next lookup reads the server again."""
        self._projects = None
        self._environments.clear()
        self._services.clear()

    async def _project_list(self, refresh: bool) -> tuple[list[dict[str, Any]], bool]:
        """The projects, and whether they were just read."""
        if self._projects is None or refresh:
            self._projects = _dicts(await operation(self._client, "project.all")())
            return self._projects, True
        return self._projects, False

    async def resolve_project(self, project: str, *, refresh: bool = False) -> dict[str, Any]:
        """The project record whose id or name is ``project``."""
        projects, fresh = await self._project_list(refresh)
        matches = _match(projects, project, id_key="projectId")
        if not matches and not fresh:
            projects, _ = await self._project_list(True)
            matches = _match(projects, project, id_key="projectId")
        return _one(matches, project, "project", projects, id_key="projectId")

    async def _environment_list(
        self, project: dict[str, Any], refresh: bool
    ) -> list[dict[str, Any]]:
        """The project's environments: from ``project.all`` when it nests them, else read."""
        envs = project.get("environments")
        if isinstance(envs, list):
            return _dicts(envs)
        project_id = str(project.get("projectId"))
        cached = self._environments.get(project_id)
        if cached is None or refresh:
            cached = _dicts(
                await operation(self._client, "environment.byProjectId")(project_id=project_id)
            )
            self._environments[project_id] = cached
        return cached

    async def resolve_environment(
        self, project: str, environment: str | None = None, *, refresh: bool = False
    ) -> EnvironmentRef:
        """The environment named or identified by ``environment`` (default: the default one)."""
        proj = await self.resolve_project(project, refresh=refresh)
        envs = await self._environment_list(proj, refresh)
        matches = _pick(envs, environment)
        if not matches and not refresh:
            # Perhaps created since the cache was filled: read once more before failing.
            proj = await self.resolve_project(project, refresh=True)
            envs = await self._environment_list(proj, True)
            matches = _pick(envs, environment)
        if environment is None:
            if len(matches) != 1:
                raise ResolutionError(
                    f"project {proj.get('name')!r} has no single default environment; "
                    "name the environment",
                    candidates=_names(envs),
                )
            env = matches[0]
        else:
            env = _one(
                matches,
                environment,
                "environment",
                envs,
                id_key="environmentId",
                where=f" of project {proj.get('name')!r}",
            )
        return EnvironmentRef(
            id=str(env.get("environmentId")),
            name=str(env.get("name")),
            project_id=str(proj.get("projectId")),
            project_name=str(proj.get("name")),
            is_default=env.get("isDefault") is True,
        )

    async def services(self, env: EnvironmentRef, *, refresh: bool = False) -> list[ServiceRef]:
        """Every service of an environment (read with ``environment.one``, cached)."""
        cached = self._services.get(env.id)
        if cached is not None and not refresh:
            return cached
        record = as_dict(await operation(self._client, "environment.one")(environment_id=env.id))
        refs = services_of(record, env)
        self._services[env.id] = refs
        return refs

    async def find_service(
        self,
        name: str,
        *,
        project: str,
        environment: str | None = None,
        kind: ServiceKind | None = None,
        refresh: bool = False,
    ) -> ServiceRef:
        """The one service whose id, ``name`` or ``appName`` is ``name``."""
        if kind is not None and kind not in SERVICE_KINDS:
            raise ValueError(f"unknown service kind {kind!r}")
        env = await self.resolve_environment(project, environment, refresh=refresh)

        def matching(refs: list[ServiceRef]) -> list[ServiceRef]:
            found = [r for r in refs if name in (r.id, r.name, r.app_name)]
            return [r for r in found if kind is None or r.kind == kind]

        refs = await self.services(env, refresh=refresh)
        matches = matching(refs)
        if not matches and not refresh:
            refs = await self.services(env, refresh=True)
            matches = matching(refs)
        where = f"environment {env.name!r} of project {env.project_name!r}"
        if not matches:
            raise not_found(
                "service",
                name,
                f" in {where}",
                sorted({r.name or r.app_name or r.id for r in refs}),
            )
        if len(matches) > 1:
            raise AmbiguousNameError(
                f"{len(matches)} services in {where} are named {name!r} ("
                + ", ".join(f"{m.kind} {m.id}" for m in matches)
                + "): pass the service's id instead (in Python, kind=... also works)",
                matches=matches,
                candidates=sorted({r.name or r.app_name or r.id for r in refs}),
            )
        return matches[0]


def _match(records: list[dict[str, Any]], wanted: str, *, id_key: str) -> list[dict[str, Any]]:
    by_id = [r for r in records if r.get(id_key) == wanted]
    return by_id or [r for r in records if r.get("name") == wanted]


def _pick(envs: list[dict[str, Any]], environment: str | None) -> list[dict[str, Any]]:
    if environment is None:
        return [e for e in envs if e.get("isDefault") is True]
    return _match(envs, environment, id_key="environmentId")


def _names(records: list[dict[str, Any]]) -> list[str]:
    return sorted(str(r.get("name")) for r in records)


def _one(
    matches: list[dict[str, Any]],
    wanted: str,
    kind: str,
    records: list[dict[str, Any]],
    *,
    id_key: str,
    where: str = "",
) -> dict[str, Any]:
    if not matches:
        raise not_found(kind, wanted, where, _names(records))
    if len(matches) > 1:
        ids = ", ".join(str(m.get(id_key)) for m in matches)
        raise AmbiguousNameError(
            f"{len(matches)} {kind}s{where} are named {wanted!r} (ids {ids}): pass one of "
            "the ids instead of the name",
            # Ids and names only: the records themselves may hold env blocks.
            matches=[{"id": m.get(id_key), "name": m.get("name")} for m in matches],
            candidates=_names(records),
        )
    return matches[0]


def not_found(kind: str, wanted: str, where: str, candidates: list[str]) -> ResolutionError:
    """The error for a name that matches nothing: the candidates are in the message."""
    if not candidates:
        return ResolutionError(f"no {kind} named {wanted!r}{where}: there are no {kind}s{where}")
    close = difflib.get_close_matches(wanted, candidates, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    shown = ", ".join(repr(c) for c in candidates[:20])
    more = f" and {len(candidates) - 20} more" if len(candidates) > 20 else ""
    return ResolutionError(
        f"no {kind} named {wanted!r}{where}{hint} (known: {shown}{more})", candidates=candidates
    )
