"""The deployment queue: jobs wait, N workers take them one at a time, records follow.

Mirrors what was observed on a real server: a deploy call only enqueues a job
(``deployment.queueList`` shows it ``waiting``); when a worker takes it the job turns
``active``, a deployment record appears ``running`` and the service's own status flips
to ``running`` (until then it still shows the previous run); after the run the record
becomes ``done``/``error`` (or ``cancelled``), the service status follows, a git-sourced
record is rewritten with its commit, and only then does the job leave the list. Runs on
anyio, so it works on asyncio (uvicorn) and trio alike.

Evidence, Dokploy v0.30.2 (``../shared/dokploy/README.md``, deployment flow 1-8):

- jobs of one service never run at once, and run in order
  (apps/dokploy/server/queues/in-memory-queue.ts: per-group FIFO in a partition);
- the record is created by the worker when the job starts (services/application.ts
  ``deployApplication``: ``createDeployment`` first);
- the final status, then the commit rewrite in ``finally`` (application.ts
  ``deployApplication``: unless the source is ``docker``; compose.ts ``deployCompose``:
  unless ``raw``), then the job leaves the queue (``removeOnComplete``);
- a restart loses the in-memory queue and marks ``running`` records ``cancelled``, the
  service ``idle``, leaving ``finishedAt`` empty
  (packages/server/src/utils/startup/cancel-deployments.ts ``initCancelDeployments``).
"""

from __future__ import annotations

import copy
import hashlib
from datetime import UTC, datetime
from typing import Any, Final

import anyio
import attrs

from . import records
from .state import DEFAULT_FAILURE_LOG, DEFAULT_SUCCESS_LOG, ID_FIELDS, SimState
from .stats import SimStats

#: Label the dashboard link of a job carries, per service kind.
_LABELS: Final[dict[str, str]] = {"application": "Application", "compose": "Compose"}
#: Sources whose record is rewritten with the commit when the deploy ends: every one but
#: these (application.ts ``deployApplication`` skips ``docker``, compose.ts
#: ``deployCompose`` skips ``raw``; a ``drop`` upload has no commit to read, so the
#: server's commit lookup fails and it skips the rewrite too).
_NO_COMMIT_SOURCES: Final[dict[str, frozenset[str]]] = {
    "application": frozenset({"docker", "drop"}),
    "compose": frozenset({"raw"}),
}
#: Titles the server gives jobs when the caller passed none.
DEFAULT_TITLES: Final[dict[str, str]] = {
    "deploy": "Manual deployment",
    "redeploy": "Rebuild deployment",
}


@attrs.define(eq=False)
class Job:
    """One queued deploy (what ``deployment.queueList`` lists)."""

    id: str
    kind: str
    service_id: str
    title: str
    description: str
    type: str
    timestamp: int
    state: str = "waiting"
    processed_on: int | None = None
    deployment_id: str | None = None
    scope: anyio.CancelScope | None = None
    cancelled: bool = False
    killed: bool = False
    restarted: bool = False


class DeployQueue:
    """Jobs plus the workers that run them.

    Args:
        state: the simulator's data.
        stats: counters updated on enqueue, start and finish.
        workers: how many jobs run at once (the real server: 1).
        deploy_seconds: how long a run takes unless the service's outcome says otherwise.
        keep_deployments: deployment records kept per service; older ones are deleted.

    :meth:`run` must be running (in a task group) for jobs to progress; every other
    method must be called from the same event loop.
    """

    def __init__(
        self,
        state: SimState,
        stats: SimStats,
        *,
        workers: int = 1,
        deploy_seconds: float = 0.1,
        keep_deployments: int = 10,
    ) -> None:
        if workers < 1:
            raise ValueError("workers must be >= 1")
        self.state = state
        self.stats = stats
        self.workers = workers
        self.deploy_seconds = deploy_seconds
        self.keep_deployments = keep_deployments
        self.jobs: list[Job] = []
        self._counter = 0
        self._wakeup: anyio.Event | None = None

    # -- producer side --------------------------------------------------------------

    def enqueue(
        self,
        kind: str,
        service_id: str,
        *,
        title: str | None,
        description: str | None,
        type: str = "deploy",
    ) -> Job:
        """Put a deploy of an application or compose service on the queue."""
        self._counter += 1
        job = Job(
            id=f"job-{self._counter}",
            kind=kind,
            service_id=service_id,
            title=title if title is not None else DEFAULT_TITLES[type],
            description=description if description is not None else "",
            type=type,
            timestamp=self.state.now_ms(),
        )
        self.jobs.append(job)
        self.stats.deploys_enqueued[service_id] += 1
        if self._wakeup is not None:
            self._wakeup.set()
        return job

    def list_jobs(self) -> list[dict[str, Any]]:
        """``deployment.queueList``: every job, newest first (the server sorts by timestamp)."""
        return [self._job_json(job) for job in reversed(self.jobs)]

    def is_idle(self) -> bool:
        """True when no job is waiting or running."""
        return not self.jobs

    def cancel_service(self, service_id: str) -> int:
        """Drop a service's waiting jobs and cancel its running one; return how many."""
        hit = 0
        for job in list(self.jobs):
            if job.service_id != service_id:
                continue
            hit += 1
            self._cancel(job)
        return hit

    def kill_deployment(self, deployment_id: str) -> bool:
        """Kill the run that produced ``deployment_id`` (it ends ``error``).

        Returns False when that deployment is not running.
        """
        for job in self.jobs:
            if job.deployment_id == deployment_id and job.state == "active":
                job.killed = True
                self._cancel(job)
                return True
        return False

    def clean_waiting(self) -> int:
        """``settings.cleanAllDeploymentQueue``: drop every waiting job."""
        waiting = [job for job in self.jobs if job.state == "waiting"]
        for job in waiting:
            self.jobs.remove(job)
        return len(waiting)

    def restart(self) -> int:
        """What a server restart does: the in-memory queue is lost, and records still
        ``running`` become ``cancelled`` (their services ``idle``). Returns how many jobs
        were lost."""
        lost = len(self.jobs)
        with self.state.lock:
            for job in self.jobs:
                job.restarted = True
                if job.scope is not None:
                    job.scope.cancel()
            self.jobs.clear()
            for record in self.state.deployments.values():
                if record.get("status") == "running":
                    record["status"] = "cancelled"
                    for kind in ("application", "compose"):
                        service_id = record.get(ID_FIELDS[kind])
                        if service_id:
                            self.state.set_status(service_id, "idle")
        return lost

    def _cancel(self, job: Job) -> None:
        job.cancelled = True
        if job.state == "waiting":
            self.jobs.remove(job)
        elif job.scope is not None:
            job.scope.cancel()

    # -- worker side ----------------------------------------------------------------

    async def run(
        self, *, task_status: anyio.abc.TaskStatus[None] = anyio.TASK_STATUS_IGNORED
    ) -> None:
        """Run the workers until cancelled."""
        self._wakeup = anyio.Event()
        async with anyio.create_task_group() as tg:
            for _ in range(self.workers):
                tg.start_soon(self._worker)
            task_status.started()

    async def _worker(self) -> None:
        while True:
            busy = {j.service_id for j in self.jobs if j.state == "active"}
            job = next(
                (j for j in self.jobs if j.state == "waiting" and j.service_id not in busy), None
            )
            if job is None:
                assert self._wakeup is not None
                if self._wakeup.is_set():
                    # Every waiter woke on the old event; arm a fresh one before sleeping.
                    self._wakeup = anyio.Event()
                await self._wakeup.wait()
                continue
            await self._run(job)

    async def _run(self, job: Job) -> None:
        state = self.state
        found = state.find_service(job.service_id)
        if found is None:
            # The service was deleted while its job waited: the job just goes away.
            self.jobs.remove(job)
            return
        _, service = found
        job.state = "active"
        job.processed_on = state.now_ms()
        outcome = state.outcome_for(job.service_id)
        deployment_id = self._start_record(job, service["appName"])
        job.deployment_id = deployment_id
        state.image_at_start[deployment_id] = service.get("dockerImage")
        state.set_status(job.service_id, "running")
        self.stats.deploys_started[job.service_id] += 1
        seconds = outcome.seconds if outcome.seconds is not None else self.deploy_seconds
        try:
            with anyio.CancelScope() as scope:
                job.scope = scope
                await anyio.sleep(seconds)
        finally:
            job.scope = None
            self.stats.deploys_finished[job.service_id] += 1
        if job.restarted:
            return  # restart() already settled the record and dropped the queue
        with state.lock:
            record = state.deployments.get(deployment_id)
            if job.killed:
                # deployment.killProcess marks the record ``error`` on the real server.
                status, message = "error", None
                log = state.logs.get(deployment_id, "") + "Process killed\n"
                service_status = "error"
            elif job.cancelled:
                status, message = "cancelled", None
                log = state.logs.get(deployment_id, "") + "Deployment cancelled\n"
                service_status = "idle"
            else:
                status, message = outcome.status, outcome.error_message
                template = outcome.log or (
                    DEFAULT_SUCCESS_LOG if status == "done" else DEFAULT_FAILURE_LOG
                )
                log = template.replace("{appName}", service["appName"])
                service_status = status
            if record is not None:
                record.update(status=status, finishedAt=state.now_iso(), errorMessage=message)
                state.logs[deployment_id] = log
                if (
                    not job.cancelled
                    and service.get("sourceType") not in _NO_COMMIT_SOURCES[job.kind]
                ):
                    record.update(self._commit(job))
            state.set_status(job.service_id, service_status)
            # Last: the job leaves the queue only once its record is final and rewritten.
            if job in self.jobs:
                self.jobs.remove(job)

    def _commit(self, job: Job) -> dict[str, str]:
        """The title and description the server writes from the deployed commit."""
        digest = hashlib.sha1(f"{job.service_id}:{job.id}".encode()).hexdigest()
        return {"title": f"Update {job.kind} ({digest[:7]})", "description": f"Commit: {digest}"}

    def _start_record(self, job: Job, app_name: str) -> str:
        state = self.state
        with state.lock:
            now = state.now_iso()
            stamp = datetime.fromtimestamp(state.clock(), tz=UTC).strftime("%Y-%m-%d:%H:%M:%S")
            record = copy.deepcopy(records.DEPLOYMENT)
            deployment_id = state.new_id()
            record.update(
                {
                    "deploymentId": deployment_id,
                    "title": job.title,
                    "description": job.description,
                    "status": "running",
                    "logPath": f"/etc/dokploy/logs/{app_name}/{app_name}-{stamp}.log",
                    ID_FIELDS[job.kind]: job.service_id,
                    "createdAt": now,
                    "startedAt": now,
                }
            )
            state.deployments[deployment_id] = record
            state.created_as[deployment_id] = (job.title, job.description)
            state.logs[deployment_id] = "Initializing deployment\n"
            self._trim(job.service_id)
            return deployment_id

    def _trim(self, service_id: str) -> None:
        # The server keeps about ten records per service and deletes the oldest.
        rows = self.state.deployments_of(service_id)
        excess = len(rows) - self.keep_deployments
        for row in reversed(rows):
            if excess <= 0:
                break
            if row["status"] == "running":
                continue
            self.state.deployments.pop(row["deploymentId"], None)
            self.state.logs.pop(row["deploymentId"], None)
            excess -= 1

    def _job_json(self, job: Job) -> dict[str, Any]:
        found = self.state.find_service(job.service_id)
        href = ""
        if found is not None:
            env = self.state.environments.get(found[1]["environmentId"])
            project_id = env["projectId"] if env else ""
            href = (
                f"/dashboard/project/{project_id}/environment/{found[1]['environmentId']}"
                f"/services/{job.kind}/{job.service_id}"
            )
        out: dict[str, Any] = {
            "id": job.id,
            "name": "deployments",
            "data": {
                ID_FIELDS[job.kind]: job.service_id,
                "titleLog": job.title,
                "descriptionLog": job.description,
                "type": job.type,
                "applicationType": job.kind,
                "server": False,
            },
            "timestamp": job.timestamp,
        }
        if job.processed_on is not None:
            out["processedOn"] = job.processed_on
        out["state"] = job.state
        out["servicePath"] = {"href": href, "label": _LABELS[job.kind]}
        return out
