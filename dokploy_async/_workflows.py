"""High-level operations on top of the generated routers.

``Dokploy`` inherits these; each method is a thin layer over one module:
``_resolve`` (names to ids), ``_envblock`` (env blocks), ``_deploy`` and ``_poller``
(deploy and wait, exactly once), ``_fanout`` (many at once). See docs/workflows.md.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

from ._deploy import DEFAULT_DEPLOY_TIMEOUT, deploy_service
from ._envblock import EnvBlock
from ._errors import UnsupportedOperationError
from ._fanout import deploy_many as _deploy_many
from ._fanout import gather as _gather
from ._operations import operation
from ._poller import PollerStats, SharedPoller, fetch_listing
from ._refs import (
    DATABASE_KINDS,
    DeployEvent,
    DeployResult,
    EnvironmentRef,
    ServiceKind,
    ServiceRef,
    as_dict,
)
from ._resolve import Resolver
from .generated.resources import Resources

if TYPE_CHECKING:
    from .generated.models.deployment import Deployment

__all__ = ["Workflows"]

_T = TypeVar("_T")


#: Routers whose records resolution caches, and the procedures that change which exist
#: or what they are called: after one of them through this client, the cache is dropped.
_RESOLVED_ROUTERS = frozenset({"project", "environment", "application", "compose", *DATABASE_KINDS})
_RESHAPING_PROCEDURES = frozenset({"create", "delete", "remove", "update", "duplicate", "move"})


def _require_ref(service: object, method: str) -> ServiceRef:
    """``service`` if it is a :class:`ServiceRef`; a clear TypeError otherwise."""
    if isinstance(service, ServiceRef):
        return service
    if isinstance(service, str):
        raise TypeError(
            f"{method}() takes a ServiceRef, not the name {service!r}: look it up first, "
            f"e.g. {method}(await dk.find_service({service!r}, project=...))"
        )
    raise TypeError(f"{method}() takes a ServiceRef, not {type(service).__name__}")


class Workflows(Resources):
    """Environment resolution, service lookup, env vars, deploy-and-wait and fan-out."""

    def _note_mutation(self, operation: str) -> None:
        """Drop resolution caches after this client created, removed or renamed something."""
        router, _, procedure = operation.partition(".")
        resolver = self.__dict__.get("_resolver")  # only if it was ever used
        if (
            resolver is not None
            and router in _RESOLVED_ROUTERS
            and procedure in _RESHAPING_PROCEDURES
        ):
            resolver.clear()

    @cached_property
    def _resolver(self) -> Resolver:
        return Resolver(self)

    @cached_property
    def _deploy_poller(self) -> SharedPoller:
        return SharedPoller(self)

    # Resolution --------------------------------------------------------------------------

    async def resolve_environment(
        self, project: str, environment: str | None = None, *, refresh: bool = False
    ) -> EnvironmentRef:
        """The environment ``environment`` (a name or id) of ``project`` (a name or id).

        Without ``environment``, the project's default environment (``isDefault``).
        Results are cached per client; ``refresh=True`` reads the server again (a name
        missing from the cache triggers one re-read by itself).

        Raises:
            ResolutionError: nothing matches (``.candidates`` lists what exists).
            AmbiguousNameError: several match (``.matches`` lists them).
        """
        return await self._resolver.resolve_environment(project, environment, refresh=refresh)

    async def find_service(
        self,
        name: str,
        *,
        project: str,
        environment: str | None = None,
        kind: ServiceKind | None = None,
        refresh: bool = False,
    ) -> ServiceRef:
        """The application, compose stack or database whose id, ``name`` or ``appName`` is ``name``.

        ``kind`` narrows the search (``"compose"``, ``"postgres"``...). Cached like
        :meth:`resolve_environment`.

        Raises:
            ResolutionError: no such service (``.candidates`` lists the environment's services).
            AmbiguousNameError: several services match (``.matches`` holds their ServiceRefs).
        """
        return await self._resolver.find_service(
            name, project=project, environment=environment, kind=kind, refresh=refresh
        )

    async def list_services(
        self, project: str, environment: str | None = None, *, refresh: bool = False
    ) -> list[ServiceRef]:
        """Every service of an environment, as ServiceRefs (cached)."""
        env = await self._resolver.resolve_environment(project, environment, refresh=refresh)
        return list(await self._resolver.services(env, refresh=refresh))

    def clear_cache(self) -> None:
        """Forget cached projects, environments and services."""
        self._resolver.clear()

    # Env vars ----------------------------------------------------------------------------

    async def _service_record(self, service: ServiceRef) -> dict[str, Any]:
        one = operation(self, f"{service.kind}.one")
        return as_dict(await one(**{f"{service.kind}_id": service.id}))

    async def get_env(self, service: ServiceRef) -> EnvBlock:
        """The service's env block, parsed (a mapping of the effective variables)."""
        service = _require_ref(service, "get_env")
        record = await self._service_record(service)
        env = record.get("env")
        return EnvBlock.parse(env if isinstance(env, str) else None)

    async def set_env(
        self, service: ServiceRef, values: Mapping[str, str | None], *, merge: bool = True
    ) -> EnvBlock:
        """Set variables of a service and save its env block; returns the saved block.

        With ``merge`` (the default) the current block is read and only the given keys
        change (a value of ``None`` removes the key); comments, order and other lines stay.
        With ``merge=False`` the block becomes exactly ``values``. For applications the
        build args, build secrets and "create env file" setting are saved unchanged
        alongside (``saveEnvironment`` replaces all four). Nothing is sent when the block
        does not change. Values never appear in logs or errors.

        Between the read and the save another writer's change can be lost: Dokploy offers
        no conditional update.
        """
        service = _require_ref(service, "set_env")
        record = await self._service_record(service)
        current = record.get("env") if isinstance(record.get("env"), str) else None
        block = EnvBlock.parse(current) if merge else EnvBlock()
        for key, value in values.items():
            if value is None:
                block.delete(key)
            else:
                block.set(key, value)
        text = block.format()
        if text == (current or ""):
            return block
        if service.kind == "application":
            create_env_file = record.get("createEnvFile")
            await operation(self, "application.saveEnvironment")(
                application_id=service.id,
                env=text,
                build_args=record.get("buildArgs"),
                build_secrets=record.get("buildSecrets"),
                create_env_file=create_env_file if isinstance(create_env_file, bool) else True,
            )
        elif service.kind == "compose":
            kwargs: dict[str, Any] = {}
            if isinstance(record.get("createEnvFile"), bool):
                kwargs["create_env_file"] = record["createEnvFile"]
            try:
                await operation(self, "compose.saveEnvironment")(
                    compose_id=service.id, env=text, **kwargs
                )
            except UnsupportedOperationError:
                # Before compose.saveEnvironment existed, compose.update saved the block.
                await operation(self, "compose.update")(compose_id=service.id, env=text)
        else:
            save = operation(self, f"{service.kind}.saveEnvironment")
            await save(**{f"{service.kind}_id": service.id, "env": text})
        return block

    # History -----------------------------------------------------------------------------

    async def deployments(self, service: ServiceRef) -> list[Deployment]:
        """The service's deployment records, newest first (the server keeps about ten).

        Applications and compose stacks have them; a database's deploy runs inside its
        request and leaves none on v0.30.2, so the list is usually empty for one.
        """
        from .generated.models.deployment import Deployment

        service = _require_ref(service, "deployments")
        records = await fetch_listing(self, service)
        return [r if isinstance(r, Deployment) else Deployment.from_dict(r) for r in records]

    # Deploy ------------------------------------------------------------------------------

    async def deploy(
        self,
        service: ServiceRef,
        *,
        title: str | None = None,
        description: str | None = None,
        wait: bool = True,
        timeout: float | None = DEFAULT_DEPLOY_TIMEOUT,  # noqa: ASYNC109 - the public name
        raise_on_failure: bool = False,
        poll_interval: float | None = None,
        image: str | None = None,
    ) -> DeployResult:
        """Deploy a service and, with ``wait``, follow that very deployment to its end.

        Applications and compose stacks are queued on the server; the call is tagged with
        a unique token (in the description) that identifies its queue job and deployment
        record. It is sent exactly once: after an ambiguous failure (502/503/504, reset,
        read timeout) it is re-sent only if the job provably never arrived. Databases
        deploy inside the request (long read timeout, never re-sent).

        Returns a :class:`DeployResult`: status ``done``, ``error`` or ``cancelled`` (with
        the log tail on failure), ``timeout`` when ``timeout`` seconds passed first,
        ``unknown`` when the outcome cannot be known, or ``queued`` with ``wait=False``.
        With ``raise_on_failure`` a failure raises ``DeploymentFailedError`` and a timeout
        ``DeploymentTimeoutError`` (both carry ``.result``).

        Cancelling the calling task stops the waiting only; the server's deployment goes on.
        ``poll_interval`` is the shortest pause between polls (default 0.5 s).

        ``image="repo:tag"`` (docker-sourced applications) sets the image, keeping the
        registry credentials, and deploys it in one call, with the same guarantees. Two
        ``image=`` deploys of one service through this client are serialized until each
        job has started, because the server reads the image only then; another caller
        setting the image meanwhile still wins (see docs/workflows.md).
        """
        return await deploy_service(
            self,
            self._deploy_poller,
            _require_ref(service, "deploy"),
            title=title,
            description=description,
            wait=wait,
            timeout=timeout,
            raise_on_failure=raise_on_failure,
            poll_interval=poll_interval,
            image=image,
        )

    async def redeploy(
        self,
        service: ServiceRef,
        *,
        title: str | None = None,
        description: str | None = None,
        wait: bool = True,
        timeout: float | None = DEFAULT_DEPLOY_TIMEOUT,  # noqa: ASYNC109 - the public name
        raise_on_failure: bool = False,
        poll_interval: float | None = None,
    ) -> DeployResult:
        """Like :meth:`deploy`, through ``application.redeploy`` / ``compose.redeploy``.

        (Databases have no redeploy: their ``deploy`` is used.)
        """
        return await deploy_service(
            self,
            self._deploy_poller,
            _require_ref(service, "redeploy"),
            title=title,
            description=description,
            redeploy=True,
            wait=wait,
            timeout=timeout,
            raise_on_failure=raise_on_failure,
            poll_interval=poll_interval,
        )

    async def deploy_many(
        self,
        services: Iterable[ServiceRef],
        *,
        concurrency: int = 4,
        wait: bool = True,
        fail_fast: bool = False,
        on_progress: Callable[[DeployEvent], None] | None = None,
        title: str | None = None,
        timeout: float | None = DEFAULT_DEPLOY_TIMEOUT,  # noqa: ASYNC109 - the public name
        poll_interval: float | None = None,
    ) -> list[DeployResult]:
        """Deploy many services, at most ``concurrency`` in flight; one result each, in order.

        A failure (even an exception such as a 404) becomes that service's result and
        never stops the others; with ``fail_fast`` services not yet started are skipped
        (status ``cancelled``) once one fails, while those under way are still followed.
        ``on_progress`` gets a :class:`DeployEvent` on every state change (queued, running,
        final); exceptions it raises are logged and ignored. All waiters share one poller:
        a queue listing per poll round for everyone, a deployment listing per service only
        once its job has left the queue. Cancelling the call cancels every waiter and
        leaves no task behind (the server's deployments go on).
        """
        return await _deploy_many(
            self,
            self._deploy_poller,
            [_require_ref(service, "deploy_many") for service in services],
            concurrency=concurrency,
            wait=wait,
            fail_fast=fail_fast,
            on_progress=on_progress,
            title=title,
            timeout=timeout,
            poll_interval=poll_interval,
        )

    @property
    def poll_stats(self) -> PollerStats:
        """Requests made by the shared deployment poller so far (rounds, queue, listings)."""
        return self._deploy_poller.stats

    # Generic fan-out ---------------------------------------------------------------------

    @overload
    async def gather(
        self,
        calls: Iterable[Callable[[], Awaitable[_T]]],
        *,
        concurrency: int = ...,
        return_exceptions: Literal[False] = ...,
    ) -> list[_T]: ...

    @overload
    async def gather(
        self,
        calls: Iterable[Callable[[], Awaitable[_T]]],
        *,
        concurrency: int = ...,
        return_exceptions: Literal[True],
    ) -> list[_T | Exception]: ...

    async def gather(
        self,
        calls: Iterable[Callable[[], Awaitable[_T]]],
        *,
        concurrency: int = 8,
        return_exceptions: bool = False,
    ) -> Sequence[_T | Exception]:
        """Run zero-argument async callables, ``concurrency`` at a time; results in order.

        ``return_exceptions=False``: the first exception cancels the rest and is raised
        as is. ``return_exceptions=True``: every call runs; failures appear in the list.
        Example: ``await dk.gather([lambda: dk.project.one(project_id=i) for i in ids])``
        (beware the late-binding lambda: use ``functools.partial`` or ``lambda i=i: ...``).
        """
        if return_exceptions:
            return await _gather(calls, concurrency=concurrency, return_exceptions=True)
        return await _gather(calls, concurrency=concurrency)
