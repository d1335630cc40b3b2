"""Deploy one service and follow it to its end, exactly once.

Every queued deploy (applications, compose stacks) carries a unique tag
``dokploy-async:<32 hex>`` in its description. The tag finds the job in the queue and its
record in the deployment listing, so the result belongs to *this* call and no other (the
service's own status still shows the previous run while a job waits: polling it is a race).

Exactly once: the client's retry layer never repeats a deploy that may have reached the
server. When the trigger fails that way (a 502/503/504, a reset or read timeout), this
module looks for the tag in the queue and the listing for a short grace period; it
re-sends only when the job provably did not arrive, and re-raises when it cannot tell.

Database deploys run inside the request and carry no tag: they are sent once, with a long
read timeout, and an ambiguous failure is reported as status ``unknown``, never re-sent.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import anyio
import attrs
import httpx

from ._errors import (
    APIConnectionError,
    APIStatusError,
    DeploymentFailedError,
    DeploymentTimeoutError,
    DokployError,
    NotFoundError,
)
from ._operations import operation
from ._poller import TAG_PREFIX, SharedPoller, Watch, fetch_listing, parse_time, tagged_record
from ._refs import DeployResult, DeployStatus, ServiceRef, as_dict
from ._server_clock import last_server_date

if TYPE_CHECKING:
    from .generated.resources import Resources

__all__ = ["DEFAULT_DEPLOY_TIMEOUT", "deploy_service", "is_ambiguous"]

logger = logging.getLogger("dokploy_async")

#: How long ``deploy`` waits by default for a queued deployment to finish (seconds).
DEFAULT_DEPLOY_TIMEOUT = 1800.0
#: Seconds after an ambiguous trigger failure at which the queue and listing are checked.
LANDED_CHECKS: tuple[float, ...] = (0.0, 0.5, 1.5)
#: Sends of one deploy at most (the first plus re-sends after proven non-arrival).
MAX_SENDS = 3
#: Lines of log kept in a failed result.
LOG_TAIL_LINES = 100

_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def is_ambiguous(exc: BaseException) -> bool:
    """Whether a failed trigger may still have reached the server.

    A 502/503/504 (a proxy's answer while the backend may have acted), a read timeout or a
    dropped connection after sending. A refused connection never reached it.
    """
    if isinstance(exc, APIStatusError):
        return exc.status_code in (502, 503, 504)
    if isinstance(exc, APIConnectionError):
        return not isinstance(exc.__cause__, _NEVER_SENT)
    return False


def new_token() -> str:
    """A fresh 32-hex-digit tag."""
    return uuid.uuid4().hex


async def _send(
    client: Resources, ref: ServiceRef, title: str, description: str, redeploy: bool
) -> None:
    kwargs: dict[str, Any] = {"title": title, "description": description, f"{ref.kind}_id": ref.id}
    await operation(client, f"{ref.kind}.{'redeploy' if redeploy else 'deploy'}")(**kwargs)


async def job_landed(
    client: Resources, ref: ServiceRef, token: str, poller: SharedPoller, sent_at: float
) -> bool | None:
    """True if the tagged job is in the queue or the listing, False if not, None if unknown.

    A git-sourced job may already have run and had its record rewritten without the tag
    (``_poller``'s docstring): a rewritten record of this service created since ``sent_at``
    may be it, so then it "may have landed" (True): it is followed, never sent again.
    """
    try:
        jobs = await operation(client, "deployment.queueList")()
    except NotFoundError:
        jobs = []
    except (APIStatusError, APIConnectionError):
        return None
    for job in jobs or []:
        data = as_dict(job).get("data") or {}
        if token in f"{data.get('descriptionLog') or ''} {data.get('titleLog') or ''}":
            return True
    try:
        records = await fetch_listing(client, ref)
    except (APIStatusError, APIConnectionError):
        return None
    rows = [as_dict(record) for record in records or []]
    if tagged_record(token, rows) is not None:
        return True
    answered = last_server_date()
    if answered is not None:
        poller.note_server_clock(*answered)
    return poller.may_be_ours(rows, sent_at)


async def trigger_once(
    client: Resources,
    ref: ServiceRef,
    *,
    title: str,
    description: str,
    token: str,
    poller: SharedPoller,
    redeploy: bool = False,
) -> None:
    """Put the tagged job on the queue once; see the module docstring."""
    sent_at = anyio.current_time()
    for send_number in range(1, MAX_SENDS + 1):
        try:
            await _send(client, ref, title, description, redeploy)
            return
        except Exception as exc:
            if not is_ambiguous(exc):
                raise
            logger.info(
                "deploy of %s failed ambiguously (%s); checking whether it reached the queue",
                ref.label,
                type(exc).__name__,
            )
            landed: bool | None = False
            waited = 0.0
            for at in LANDED_CHECKS:
                await anyio.sleep(max(0.0, at - waited))
                waited = at
                landed = await job_landed(client, ref, token, poller, sent_at)
                if landed is not False:
                    break
            if landed:
                logger.info("deploy of %s did reach the queue; not sending it again", ref.label)
                return
            if landed is None or send_number == MAX_SENDS:
                # Cannot prove it did not arrive (or out of sends): a second deploy is worse.
                raise
            logger.info("deploy of %s provably did not arrive; sending it again", ref.label)


async def read_log_tail(client: Resources, deployment_id: str) -> str | None:
    """The last lines of a deployment's log, or None when the server does not offer it."""
    try:
        read_logs = operation(client, "deployment.readLogs")
        text = await read_logs(deployment_id=deployment_id, tail=LOG_TAIL_LINES)
    except (APIStatusError, APIConnectionError) as exc:
        # A 404: servers and clients older than readLogs lack it (UnsupportedOperationError),
        # and old records are deleted. Best effort only.
        logger.debug("no log for deployment %s (%s)", deployment_id, type(exc).__name__)
        return None
    if not isinstance(text, str):
        return None
    lines = text.splitlines()
    return "\n".join(lines[-LOG_TAIL_LINES:])


def result_from_watch(
    watch: Watch, *, title: str, started: float, timed_out: bool, queued_at: datetime
) -> DeployResult:
    """The :class:`DeployResult` for what ``watch`` learnt."""
    record = watch.record or {}
    status: DeployStatus
    error_message = (
        record.get("errorMessage") if isinstance(record.get("errorMessage"), str) else None
    )
    if watch.state == "final":
        raw = record.get("status")
        status = raw if raw in ("done", "error", "cancelled") else "error"
    elif timed_out:
        status = "timeout"
    elif watch.state == "lost":
        status = "unknown"
        error_message = watch.reason or (
            "the job left the queue, or never appeared in it, and no deployment record "
            "can be proven to be its own"
        )
    else:
        status = "running" if watch.state in ("running", "left-queue") else "queued"
    return DeployResult(
        service=watch.ref,
        status=status,
        deployment_id=watch.deployment_id or record.get("deploymentId"),
        title=title,
        token=watch.token,
        queued_at=watch.queued_at or queued_at,
        started_at=parse_time(record.get("startedAt")) or parse_time(record.get("createdAt")),
        finished_at=parse_time(record.get("finishedAt")),
        waited_seconds=anyio.current_time() - started,
        error_message=error_message,
    )


def _check(result: DeployResult, raise_on_failure: bool) -> DeployResult:
    if not raise_on_failure:
        return result
    if result.status == "timeout":
        raise DeploymentTimeoutError(
            f"{result.service.label} did not finish within the time allowed "
            "(the deployment goes on on the server)",
            result=result,
        )
    if result.failed:
        reason = f": {result.error_message}" if result.error_message else ""
        raise DeploymentFailedError(
            f"deployment of {result.service.label} ended with status {result.status}{reason}",
            result=result,
        )
    return result


async def deploy_service(
    client: Resources,
    poller: SharedPoller,
    ref: ServiceRef,
    *,
    title: str | None = None,
    description: str | None = None,
    redeploy: bool = False,
    wait: bool = True,
    timeout: float | None = DEFAULT_DEPLOY_TIMEOUT,  # noqa: ASYNC109 - the public name
    raise_on_failure: bool = False,
    poll_interval: float | None = None,
    on_change: Callable[[DeployResult], None] | None = None,
    image: str | None = None,
) -> DeployResult:
    """Deploy ``ref`` and (with ``wait``) follow it to its end; see ``Workflows.deploy``."""
    if image is None:
        return await _deploy_service(
            client, poller, ref, title=title, description=description, redeploy=redeploy,
            wait=wait, timeout=timeout, raise_on_failure=raise_on_failure,
            poll_interval=poll_interval, on_change=on_change,
        )  # fmt: skip
    if ref.kind != "application":
        raise ValueError(
            f"image= deploys an application's docker image; {ref.label} is a {ref.kind}"
        )
    # The worker reads the image when it starts the job (services/application.ts
    # deployApplication: findApplicationById first). Until this job has started, another
    # image= deploy of this service from this client would change what it builds: wait.
    guard = poller.image_guard(ref)
    await guard.acquire()
    released = False

    def release(result: DeployResult | None = None) -> None:
        nonlocal released
        if not released and (result is None or result.status != "queued"):
            released = True
            guard.release()
        if result is not None and on_change is not None:
            on_change(result)

    try:
        await set_docker_image(client, ref, image)
        return await _deploy_service(
            client, poller, ref, title=title, description=description, redeploy=redeploy,
            wait=wait, timeout=timeout, raise_on_failure=raise_on_failure,
            poll_interval=poll_interval, on_change=release,
        )  # fmt: skip
    finally:
        release()


async def set_docker_image(client: Resources, ref: ServiceRef, image: str) -> None:
    """Point a docker-sourced application at ``image``, keeping its registry credentials."""
    record = as_dict(await operation(client, "application.one")(application_id=ref.id))
    if record.get("sourceType") != "docker":
        raise DokployError(
            f"image= needs a docker-sourced application; {ref.label} deploys from "
            f"{record.get('sourceType')!r} (set its source with application.save_docker_provider)"
        )

    def kept(field: str) -> str | None:
        value = record.get(field)
        return value if isinstance(value, str) else None

    # saveDockerProvider replaces all four fields: the credentials are sent back as read.
    await operation(client, "application.saveDockerProvider")(
        application_id=ref.id,
        docker_image=image,
        username=kept("username"),
        password=kept("password"),
        registry_url=kept("registryUrl"),
    )


async def _deploy_service(
    client: Resources,
    poller: SharedPoller,
    ref: ServiceRef,
    *,
    title: str | None,
    description: str | None,
    redeploy: bool,
    wait: bool,
    timeout: float | None,  # noqa: ASYNC109 - the public name
    raise_on_failure: bool,
    poll_interval: float | None,
    on_change: Callable[[DeployResult], None] | None,
) -> DeployResult:
    started = anyio.current_time()
    queued_at = datetime.now(UTC)
    if ref.is_database:
        result = await _deploy_database(client, ref, redeploy=redeploy, timeout=timeout)
        result = attrs_evolve(result, waited_seconds=anyio.current_time() - started)
        if on_change is not None:
            on_change(result)
        return _check(result, raise_on_failure)

    token = new_token()
    title = title or ("dokploy-async redeploy" if redeploy else "dokploy-async deploy")
    tag = f"{TAG_PREFIX}{token}"
    full_description = f"{description} [{tag}]" if description else tag
    poller.expect(token)
    async with poller.triggering(ref) as sequence:
        sent_at = anyio.current_time()
        await trigger_once(
            client,
            ref,
            title=title,
            description=full_description,
            token=token,
            poller=poller,
            redeploy=redeploy,
        )
        answered = last_server_date()
        if answered is not None and answered[1] >= sent_at:
            poller.note_server_clock(*answered)
    watch = poller.watch(
        ref,
        token,
        min_interval=poll_interval,
        sent_at=sent_at,
        answered_at=anyio.current_time(),
        sequence=sequence,
    )
    if not wait:
        result = result_from_watch(
            watch, title=title, started=started, timed_out=False, queued_at=queued_at
        )
        if on_change is not None:
            on_change(result)
        return result

    def changed(w: Watch) -> None:
        if on_change is not None:
            on_change(
                result_from_watch(
                    w, title=title, started=started, timed_out=False, queued_at=queued_at
                )
            )

    timed_out = False
    with anyio.move_on_after(timeout) as scope:
        await poller.follow(watch, changed if on_change is not None else None)
    timed_out = scope.cancelled_caught
    if timed_out:
        # Still running (a known Dokploy failure leaves records "running" for good): the
        # result should at least name the deployment that goes on.
        await poller.pin_running(watch)
    result = result_from_watch(
        watch, title=title, started=started, timed_out=timed_out, queued_at=queued_at
    )
    if result.failed and result.deployment_id:
        result = attrs_evolve(result, log_tail=await read_log_tail(client, result.deployment_id))
    if timed_out and on_change is not None:
        on_change(result)
    return _check(result, raise_on_failure)


async def _deploy_database(
    client: Resources,
    ref: ServiceRef,
    *,
    redeploy: bool,
    timeout: float | None,  # noqa: ASYNC109
) -> DeployResult:
    """Databases deploy inside the request: one call, never repeated after it may have arrived."""
    # There is no database redeploy: ``<db>.deploy`` (re)creates the service either way.
    method = operation(client, f"{ref.kind}.deploy")
    kwargs: dict[str, Any] = {f"{ref.kind}_id": ref.id}
    if timeout is not None:
        # The request itself is the deployment: let its read last as long as the wait may.
        kwargs["timeout"] = httpx.Timeout(timeout, connect=10.0)
    started_at = datetime.now(UTC)
    try:
        await method(**kwargs)
    except Exception as exc:
        finished_at = datetime.now(UTC)
        if is_ambiguous(exc):
            status: DeployStatus = "timeout" if _is_read_timeout(exc) else "unknown"
            message = (
                f"the {ref.kind}.deploy request failed after it may have reached the server "
                f"({type(exc).__name__}); its outcome is unknown and it was not sent again"
            )
        elif isinstance(exc, APIStatusError) and exc.status_code >= 500:
            status, message = "error", exc.message
        else:
            raise
        return DeployResult(
            service=ref,
            status=status,
            started_at=started_at,
            finished_at=finished_at,
            error_message=message,
            exception=exc,
        )
    return DeployResult(
        service=ref, status="done", started_at=started_at, finished_at=datetime.now(UTC)
    )


def _is_read_timeout(exc: BaseException) -> bool:
    return isinstance(exc.__cause__, httpx.ReadTimeout)


def attrs_evolve(result: DeployResult, **changes: Any) -> DeployResult:
    """A copy of ``result`` with ``changes``."""
    return attrs.evolve(result, **changes)
