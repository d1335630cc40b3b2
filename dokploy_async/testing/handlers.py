"""Procedure implementations: validated input in, a :class:`Reply` out.

Modelled in depth: ``project.*``, ``environment.*``, ``application.*``, ``compose.*``, the
five database routers, ``domain.*``, ``deployment.*`` and the ``settings`` reads. Every
other route of the request table answers generically after validation (see
:func:`generic_reply`).
"""

from __future__ import annotations

import copy
from collections.abc import Awaitable, Callable
from typing import Any, Final

import anyio
import attrs

from . import records
from .errors import ApiError
from .queue import DeployQueue
from .state import DATABASE_KINDS, ID_FIELDS, Record, SimState
from .stats import SimStats, Upload


class _Empty:
    """Marker for a 200 with no body at all (``application.deploy``)."""

    def __repr__(self) -> str:
        return "EMPTY"


EMPTY: Final = _Empty()


@attrs.frozen
class Reply:
    """A procedure's answer: status and JSON body (or :data:`EMPTY`)."""

    body: Any
    status: int = 200


@attrs.define
class SimContext:
    """What handlers work on; one per simulator."""

    state: SimState
    queue: DeployQueue
    stats: SimStats
    version: str
    openapi: dict[str, Any]
    db_deploy_seconds: float
    cancel_supported: bool = True


Handler = Callable[[SimContext, dict[str, Any]], Awaitable[Reply]]
HANDLERS: dict[str, Handler] = {}


def route(*names: str) -> Callable[[Handler], Handler]:
    """Register a handler for one or more route names."""

    def register(fn: Handler) -> Handler:
        for name in names:
            HANDLERS[name] = fn
        return fn

    return register


def _ok(body: Any) -> Reply:
    return Reply(body)


# -- projects -------------------------------------------------------------------------


@route("project.create")
async def _project_create(ctx: SimContext, data: dict[str, Any]) -> Reply:
    return _ok(ctx.state.create_project(data["name"], data.get("description"), data.get("env", "")))


@route("project.all")
async def _project_all(ctx: SimContext, data: dict[str, Any]) -> Reply:
    return _ok(ctx.state.project_all())


@route("project.one")
async def _project_one(ctx: SimContext, data: dict[str, Any]) -> Reply:
    return _ok(ctx.state.project_one(data["projectId"]))


@route("project.update")
async def _project_update(ctx: SimContext, data: dict[str, Any]) -> Reply:
    return _ok(ctx.state.update_project(data["projectId"], data))


@route("project.remove")
async def _project_remove(ctx: SimContext, data: dict[str, Any]) -> Reply:
    return _ok(ctx.state.remove_project(data["projectId"]))


# -- environments ---------------------------------------------------------------------


@route("environment.create")
async def _environment_create(ctx: SimContext, data: dict[str, Any]) -> Reply:
    return _ok(
        ctx.state.create_environment(data["projectId"], data["name"], data.get("description"))
    )


@route("environment.one")
async def _environment_one(ctx: SimContext, data: dict[str, Any]) -> Reply:
    return _ok(ctx.state.environment_one(data["environmentId"]))


@route("environment.byProjectId")
async def _environment_by_project(ctx: SimContext, data: dict[str, Any]) -> Reply:
    return _ok(ctx.state.environments_by_project(data["projectId"]))


@route("environment.update")
async def _environment_update(ctx: SimContext, data: dict[str, Any]) -> Reply:
    return _ok(ctx.state.update_environment(data["environmentId"], data))


@route("environment.remove")
async def _environment_remove(ctx: SimContext, data: dict[str, Any]) -> Reply:
    return _ok(ctx.state.remove_environment(data["environmentId"]))


# -- applications and compose ---------------------------------------------------------


@route("application.create")
async def _application_create(ctx: SimContext, data: dict[str, Any]) -> Reply:
    return _ok(ctx.state.create_application(data))


@route("compose.create")
async def _compose_create(ctx: SimContext, data: dict[str, Any]) -> Reply:
    return _ok(ctx.state.create_compose(data))


@route(*(f"{kind}.create" for kind in DATABASE_KINDS))
async def _database_create(ctx: SimContext, data: dict[str, Any]) -> Reply:
    return _ok(ctx.state.create_database(_kind_of(data), data))


@route("application.one", "compose.one", *(f"{kind}.one" for kind in DATABASE_KINDS))
async def _service_one(ctx: SimContext, data: dict[str, Any]) -> Reply:
    kind = _kind_of(data)
    return _ok(ctx.state.service_one(kind, data[ID_FIELDS[kind]]))


@route("application.delete", "compose.delete", *(f"{kind}.remove" for kind in DATABASE_KINDS))
async def _service_delete(ctx: SimContext, data: dict[str, Any]) -> Reply:
    kind = _kind_of(data)
    service_id = data[ID_FIELDS[kind]]
    if kind in ("application", "compose"):
        ctx.queue.cancel_service(service_id)
    return _ok(ctx.state.delete_service(kind, service_id))


@route("compose.update")
async def _compose_update(ctx: SimContext, data: dict[str, Any]) -> Reply:
    # compose.update answers the updated columns; application.update answers true.
    return _ok(dict(ctx.state.update_service("compose", data["composeId"], data)))


#: What each provider procedure sets the application's source to (application.ts:
#: saveGithubProvider, saveGitlabProvider, saveBitbucketProvider, saveGiteaProvider,
#: saveDockerProvider, saveGitProvider each write ``sourceType``). Compose stacks take
#: theirs through compose.update, applied as any other field.
_PROVIDER_SOURCES: Final[dict[str, str]] = {
    "application.saveGithubProvider": "github",
    "application.saveGitlabProvider": "gitlab",
    "application.saveBitbucketProvider": "bitbucket",
    "application.saveGiteaProvider": "gitea",
    "application.saveDockerProvider": "docker",
    "application.saveGitProvider": "git",
}


@route(*_PROVIDER_SOURCES)
async def _save_provider(ctx: SimContext, data: dict[str, Any]) -> Reply:
    service_id = data["applicationId"]
    ctx.state.service("application", service_id)
    fields = {k: v for k, v in data.items() if k != _ROUTE_KEY}
    ctx.state.update_service(
        "application", service_id, {**fields, "sourceType": _PROVIDER_SOURCES[_current_route(data)]}
    )
    return _ok(True)


@route("application.deploy", "application.redeploy")
async def _application_deploy(ctx: SimContext, data: dict[str, Any]) -> Reply:
    ctx.state.service("application", data["applicationId"])
    ctx.queue.enqueue(
        "application",
        data["applicationId"],
        title=data.get("title") or None,
        description=data.get("description") or None,
        type="redeploy" if "redeploy" in _current_route(data) else "deploy",
    )
    # A self-hosted server answers 200 with no bytes at all.
    return Reply(EMPTY)


@route("compose.deploy", "compose.redeploy")
async def _compose_deploy(ctx: SimContext, data: dict[str, Any]) -> Reply:
    ctx.state.service("compose", data["composeId"])
    redeploy = "redeploy" in _current_route(data)
    ctx.queue.enqueue(
        "compose",
        data["composeId"],
        title=data.get("title") or None,
        description=data.get("description") or None,
        type="redeploy" if redeploy else "deploy",
    )
    message = "Redeployment queued" if redeploy else "Deployment queued"
    return _ok({"success": True, "message": message, "composeId": data["composeId"]})


@route("application.cancelDeployment", "compose.cancelDeployment")
async def _cancel_deployment(ctx: SimContext, data: dict[str, Any]) -> Reply:
    kind = _kind_of(data)
    ctx.state.service(kind, data[ID_FIELDS[kind]])
    if not ctx.cancel_supported:
        raise ApiError("BAD_REQUEST", "Deployment cancellation only available in cloud version")
    ctx.queue.cancel_service(data[ID_FIELDS[kind]])
    ctx.state.set_status(data[ID_FIELDS[kind]], "idle")
    return _ok({"success": True, "message": "Deployment cancellation requested"})


@route("application.cleanQueues", "compose.cleanQueues")
async def _clean_queues(ctx: SimContext, data: dict[str, Any]) -> Reply:
    kind = _kind_of(data)
    service_id = data[ID_FIELDS[kind]]
    ctx.state.service(kind, service_id)
    for job in [j for j in ctx.queue.jobs if j.service_id == service_id and j.state == "waiting"]:
        ctx.queue.jobs.remove(job)
    # compose.ts cleanQueues answers a message; application.ts cleanQueues returns nothing,
    # which the REST layer sends as an empty 200 body.
    if kind == "compose":
        return _ok({"success": True, "message": "Queues cleaned successfully"})
    return Reply(EMPTY)


def _record_uploads(ctx: SimContext, data: dict[str, Any]) -> None:
    for name, value in data.items():
        if isinstance(value, bytes):
            ctx.stats.uploads.append(Upload(_current_route(data), name, value))


@route("application.dropDeployment")
async def _drop_deployment(ctx: SimContext, data: dict[str, Any]) -> Reply:
    # application.ts dropDeployment: switch the source to "drop", unzip, then queue a
    # "Manual deployment" job and answer true.
    ctx.state.service("application", data["applicationId"])
    _record_uploads(ctx, data)
    ctx.state.update_service(
        "application",
        data["applicationId"],
        {"sourceType": "drop", "dropBuildPath": data.get("dropBuildPath") or ""},
    )
    ctx.queue.enqueue("application", data["applicationId"], title=None, description=None)
    return _ok(True)


@route("docker.uploadFileToContainer")
async def _upload_file_to_container(ctx: SimContext, data: dict[str, Any]) -> Reply:
    # docker.ts uploadFileToContainer answers this object once the file is copied.
    _record_uploads(ctx, data)
    return _ok({"success": True, "message": "File uploaded successfully"})


@route(*(f"{kind}.deploy" for kind in DATABASE_KINDS))
async def _database_deploy(ctx: SimContext, data: dict[str, Any]) -> Reply:
    kind = _kind_of(data)
    service_id = data[ID_FIELDS[kind]]
    # deployPostgres (services/postgres.ts; the other databases alike) reads the record
    # first and answers with it once the deploy went through.
    record = ctx.state.service_one(kind, service_id)
    outcome = ctx.state.outcome_for(service_id)
    seconds = outcome.seconds if outcome.seconds is not None else ctx.db_deploy_seconds
    ctx.state.set_status(service_id, "running")
    ctx.stats.deploys_started[service_id] += 1
    try:
        # The real server runs a database deploy inside the request (image pull and
        # start), so the client waits for all of it.
        await anyio.sleep(seconds)
    finally:
        ctx.stats.deploys_finished[service_id] += 1
    ctx.state.set_status(service_id, outcome.status)
    if outcome.status == "error":
        reason = outcome.error_message or "Cannot connect to the Docker daemon"
        raise ApiError("INTERNAL_SERVER_ERROR", f"Error on deploy {kind}{reason}\n")
    return _ok(record)


# -- domains --------------------------------------------------------------------------


@route("domain.create")
async def _domain_create(ctx: SimContext, data: dict[str, Any]) -> Reply:
    return _ok(ctx.state.create_domain(data))


@route("domain.one")
async def _domain_one(ctx: SimContext, data: dict[str, Any]) -> Reply:
    return _ok(ctx.state.domain_one(data["domainId"]))


@route("domain.update")
async def _domain_update(ctx: SimContext, data: dict[str, Any]) -> Reply:
    return _ok(ctx.state.update_domain(data["domainId"], data))


@route("domain.delete")
async def _domain_delete(ctx: SimContext, data: dict[str, Any]) -> Reply:
    return _ok(ctx.state.delete_domain(data["domainId"]))


@route("domain.byApplicationId")
async def _domain_by_application(ctx: SimContext, data: dict[str, Any]) -> Reply:
    return _ok(ctx.state.domains_by("applicationId", data["applicationId"]))


@route("domain.byComposeId")
async def _domain_by_compose(ctx: SimContext, data: dict[str, Any]) -> Reply:
    return _ok(ctx.state.domains_by("composeId", data["composeId"]))


# -- deployments ----------------------------------------------------------------------


@route("deployment.all")
async def _deployment_all(ctx: SimContext, data: dict[str, Any]) -> Reply:
    ctx.state.service("application", data["applicationId"])
    return _ok(ctx.state.deployments_of(data["applicationId"]))


@route("deployment.allByCompose")
async def _deployment_all_by_compose(ctx: SimContext, data: dict[str, Any]) -> Reply:
    ctx.state.service("compose", data["composeId"])
    return _ok(ctx.state.deployments_of(data["composeId"]))


@route("deployment.allByType")
async def _deployment_all_by_type(ctx: SimContext, data: dict[str, Any]) -> Reply:
    # No existence check: the server just filters deployments by `${type}Id`.
    rows = ctx.state.deployments_of(data["id"])
    field = f"{data['type']}Id"
    return _ok([{**row, "rollback": None} for row in rows if row.get(field) == data["id"]])


@route("deployment.readLogs")
async def _deployment_read_logs(ctx: SimContext, data: dict[str, Any]) -> Reply:
    ctx.state.deployment(data["deploymentId"])
    text = ctx.state.logs.get(data["deploymentId"], "")
    tail = data.get("tail")
    if isinstance(tail, int) and tail > 0:
        text = "".join(text.splitlines(keepends=True)[-tail:])
    return _ok(text)


@route("deployment.queueList")
async def _deployment_queue_list(ctx: SimContext, data: dict[str, Any]) -> Reply:
    return _ok(ctx.queue.list_jobs())


@route("deployment.killProcess")
async def _deployment_kill(ctx: SimContext, data: dict[str, Any]) -> Reply:
    ctx.state.deployment(data["deploymentId"])
    if not ctx.queue.kill_deployment(data["deploymentId"]):
        raise ApiError("BAD_REQUEST", "Deployment is not running")
    return Reply(EMPTY)


@route("deployment.removeDeployment")
async def _deployment_remove(ctx: SimContext, data: dict[str, Any]) -> Reply:
    with ctx.state.lock:
        record = dict(ctx.state.deployment(data["deploymentId"]))
        del ctx.state.deployments[data["deploymentId"]]
        ctx.state.logs.pop(data["deploymentId"], None)
    return _ok(record)


# -- settings -------------------------------------------------------------------------


@route("settings.getDokployVersion")
async def _version(ctx: SimContext, data: dict[str, Any]) -> Reply:
    return _ok(ctx.version)


@route("settings.isCloud")
async def _is_cloud(ctx: SimContext, data: dict[str, Any]) -> Reply:
    return _ok(False)


@route("settings.health")
async def _health(ctx: SimContext, data: dict[str, Any]) -> Reply:
    return _ok({"status": "ok"})


@route("settings.getIp")
async def _get_ip(ctx: SimContext, data: dict[str, Any]) -> Reply:
    return _ok("")


@route("settings.getReleaseTag")
async def _release_tag(ctx: SimContext, data: dict[str, Any]) -> Reply:
    return _ok("latest")


@route("settings.getWebServerSettings")
async def _web_server_settings(ctx: SimContext, data: dict[str, Any]) -> Reply:
    body = dict(records.WEB_SERVER_SETTINGS)
    body.update(
        id="00000000-0000-4000-8000-000000000000",
        createdAt=ctx.state.now_iso(),
        updatedAt=ctx.state.now_iso(),
    )
    return _ok(body)


@route("settings.cleanAllDeploymentQueue")
async def _clean_all_queue(ctx: SimContext, data: dict[str, Any]) -> Reply:
    ctx.queue.clean_waiting()
    return _ok(True)


@route("settings.cleanAll")
async def _clean_all(ctx: SimContext, data: dict[str, Any]) -> Reply:
    # settings.ts cleanAll -> cleanupAllBackground (packages/server/src/utils/docker/utils.ts):
    # the docker prunes run in the background and the answer comes at once.
    return _ok(
        {"status": "scheduled", "message": "Docker cleanup has been initiated in the background"}
    )


@route("settings.getOpenApiDocument")
async def _openapi(ctx: SimContext, data: dict[str, Any]) -> Reply:
    return _ok(ctx.openapi)


# -- helpers and the generic fallback -------------------------------------------------

#: Routers whose records the generic fallback updates in place.
_SERVICE_ROUTERS: Final[frozenset[str]] = frozenset(ID_FIELDS)
_ROUTE_KEY: Final[str] = "\x00route"


def _current_route(data: dict[str, Any]) -> str:
    return str(data.get(_ROUTE_KEY, ""))


def _kind_of(data: dict[str, Any]) -> str:
    return _current_route(data).split(".", 1)[0]


_STATUS_AFTER: Final[dict[str, str]] = {"stop": "idle", "start": "done", "reload": "done"}


async def generic_reply(ctx: SimContext, route_name: str, method: str, data: Record) -> Reply:
    """Answer a route the simulator does not model in depth.

    The body is the least one Dokploy's own types allow for the route
    (``dokploy_async.generated._answers``, derived from the types extracted from Dokploy's
    source), so a client generated from those types parses it. On the service routers
    (application, compose, databases) a POST that names an existing service also applies
    every field the record has (``saveDockerProvider``, ``saveEnvironment``...), and
    ``stop``/``start``/``reload`` set the status; where the type is the service's record
    (``application.stop`` returns the record it read first), that record is the answer. An
    unknown id is a 404. Untyped procedures answer ``true`` to a POST and ``{}`` to a GET.
    """
    from ..generated._answers import ANSWERS, EMPTY_BODY

    router, _, procedure = route_name.partition(".")
    answer = ANSWERS.get(route_name, True if method == "POST" else {})
    if router in _SERVICE_ROUTERS and ID_FIELDS[router] in data:
        service_id = data[ID_FIELDS[router]]
        before = ctx.state.service_one(router, service_id)
        if method == "POST":
            ctx.state.update_service(router, service_id, data)
            if procedure in _STATUS_AFTER:
                ctx.state.set_status(service_id, _STATUS_AFTER[procedure])
        if isinstance(answer, dict) and ID_FIELDS[router] in answer:
            return _ok(before)
    if route_name in EMPTY_BODY:
        return Reply(EMPTY)
    return _ok(copy.deepcopy(answer))


async def dispatch(ctx: SimContext, route_name: str, method: str, data: Record) -> Reply:
    """Run the handler of ``route_name`` (or the generic answer) on validated input."""
    handler = HANDLERS.get(route_name)
    if handler is None:
        return await generic_reply(ctx, route_name, method, data)
    return await handler(ctx, {**data, _ROUTE_KEY: route_name})
