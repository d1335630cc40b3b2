"""Small typed values the workflow methods take and return.

:class:`ServiceRef` names one service whatever its kind, :class:`EnvironmentRef` one
environment, :class:`DeployResult` the outcome of one deployment and :class:`DeployEvent`
a state change reported to a fan-out's progress callback.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

import attrs

__all__ = [
    "DATABASE_KINDS",
    "QUEUED_KINDS",
    "SERVICE_KINDS",
    "DeployEvent",
    "DeployResult",
    "DeployStatus",
    "EnvironmentRef",
    "ServiceKind",
    "ServiceRef",
    "as_dict",
]

#: Every kind of service a :class:`ServiceRef` can name.
ServiceKind = Literal["application", "compose", "postgres", "mysql", "mariadb", "mongo", "redis"]
SERVICE_KINDS: tuple[ServiceKind, ...] = (
    "application",
    "compose",
    "postgres",
    "mysql",
    "mariadb",
    "mongo",
    "redis",
)
#: Kinds whose deploy goes through the server's queue (the others deploy inside the request).
QUEUED_KINDS: frozenset[str] = frozenset({"application", "compose"})
DATABASE_KINDS: frozenset[str] = frozenset(SERVICE_KINDS) - QUEUED_KINDS

#: Where a deployment stands. ``queued``/``running`` are in progress; ``done``, ``error``
#: and ``cancelled`` are the server's final states; ``timeout`` means we stopped waiting
#: (the server carries on); ``unknown`` means a database deploy request failed in a way
#: that leaves its outcome unknown (it is never re-sent blindly).
DeployStatus = Literal["queued", "running", "done", "error", "cancelled", "timeout", "unknown"]
FINAL_STATUSES: frozenset[str] = frozenset({"done", "error", "cancelled"})


def as_dict(obj: Any) -> dict[str, Any]:
    """A response object as a camelCase dict: attrs models via ``to_dict()``, dicts as is."""
    if isinstance(obj, dict):
        return obj
    to_dict = getattr(obj, "to_dict", None)
    if callable(to_dict):
        data = to_dict()
        if isinstance(data, dict):
            return data
    raise TypeError(f"expected a JSON object, got {type(obj).__name__}")


@attrs.frozen
class EnvironmentRef:
    """One environment of one project, as resolved by ``resolve_environment``."""

    id: str
    name: str
    project_id: str
    project_name: str
    is_default: bool = False


@attrs.frozen
class ServiceRef:
    """One service: an application, a compose stack or a database.

    Every workflow method accepts it, so callers never pick between ``applicationId``,
    ``composeId``, ``postgresId``... themselves. Build one with ``find_service`` or
    directly, e.g. ``ServiceRef("compose", compose_id)``.
    """

    kind: ServiceKind
    id: str
    name: str | None = None
    app_name: str | None = None
    environment: EnvironmentRef | None = attrs.field(default=None, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if self.kind not in SERVICE_KINDS:
            raise ValueError(f"unknown service kind {self.kind!r}; expected one of {SERVICE_KINDS}")
        if not self.id:
            raise ValueError("a ServiceRef needs an id")

    @property
    def id_field(self) -> str:
        """The API's name for this kind's id: ``applicationId``, ``composeId``, ``postgresId``..."""
        return f"{self.kind}Id"

    @property
    def is_database(self) -> bool:
        """True for postgres/mysql/mariadb/mongo/redis (deployed inside the request)."""
        return self.kind in DATABASE_KINDS

    @property
    def label(self) -> str:
        """A short human label: ``application web (abc123)``."""
        return f"{self.kind} {self.name or self.app_name or '?'} ({self.id})"


@attrs.frozen
class DeployResult:
    """The outcome of one deploy call.

    ``status`` is one of :data:`DeployStatus`. Timestamps come from the server when it
    reports them (``queued_at`` is when the job entered the queue, or when this client
    triggered it). ``log_tail`` holds the end of the deployment log for failures, when the
    server offers logs; it is left out of ``repr``.
    """

    service: ServiceRef
    status: DeployStatus
    deployment_id: str | None = None
    title: str | None = None
    token: str | None = None
    queued_at: datetime | None = None
    started_at: datetime | None = None
    finished_at: datetime | None = None
    waited_seconds: float | None = None
    error_message: str | None = None
    log_tail: str | None = attrs.field(default=None, repr=False)
    exception: BaseException | None = attrs.field(default=None, repr=False, eq=False)

    @property
    def ok(self) -> bool:
        """True when the deployment finished with ``done`` (or, with ``wait=False``, was queued)."""
        return self.status in ("done", "queued")

    @property
    def failed(self) -> bool:
        """True for ``error``, ``cancelled`` and ``unknown``."""
        return self.status in ("error", "cancelled", "unknown")

    @property
    def queue_seconds(self) -> float | None:
        """Seconds between entering the queue and a worker starting, when known."""
        if self.queued_at is None or self.started_at is None:
            return None
        return max(0.0, (self.started_at - self.queued_at).total_seconds())

    @property
    def run_seconds(self) -> float | None:
        """Seconds the server worked on the deployment, when known."""
        if self.started_at is None or self.finished_at is None:
            return None
        return max(0.0, (self.finished_at - self.started_at).total_seconds())


@attrs.frozen
class DeployEvent:
    """A state change of one service in a fan-out, passed to ``on_progress``.

    ``index`` is the service's position in the input; ``result`` is the result so far
    (final once ``status`` is final, ``timeout`` or ``unknown``).
    """

    index: int
    service: ServiceRef
    status: DeployStatus
    result: DeployResult | None = None
