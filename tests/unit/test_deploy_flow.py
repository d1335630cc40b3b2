"""deploy(): tagging, following, results, exactly-once triggers and database deploys."""

from __future__ import annotations

from typing import Any

import pytest

from dokploy_async import DeploymentFailedError, DeploymentTimeoutError, ServiceRef
from dokploy_async._errors import AuthenticationError, InternalServerError
from tests.unit.workflows_fake import FakeDokploy, refused, reset, status_error, unavailable

pytestmark = pytest.mark.anyio
FAST = 0.001


@pytest.fixture(autouse=True)
def quick_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    """No grace waits when checking whether an ambiguous deploy landed."""
    monkeypatch.setattr("dokploy_async._deploy.LANDED_CHECKS", (0.0, 0.0, 0.0))


def setup(kind: str = "application", **kw: Any) -> tuple[FakeDokploy, ServiceRef]:
    dk = FakeDokploy(**kw)
    env = dk.add_project("shop", ["production"])["environments"][0]
    sid = dk.add_service(env, kind, "web")
    return dk, ServiceRef(kind, sid, name="web")  # type: ignore[arg-type]


async def test_deploy_waits_for_its_own_record() -> None:
    dk, ref = setup()
    result = await dk.deploy(ref, title="release 1", poll_interval=FAST)
    assert result.status == "done"
    assert result.ok
    assert result.deployment_id == dk.records[ref.id][0]["deploymentId"]
    assert result.title == "release 1"
    assert result.token is not None
    assert result.token in dk.records[ref.id][0]["description"]
    assert result.started_at is not None
    assert result.finished_at is not None
    assert result.run_seconds is not None
    assert result.log_tail is None
    assert dk.jobs_created[ref.id] == 1


async def test_compose_uses_compose_routes() -> None:
    dk, ref = setup("compose")
    result = await dk.redeploy(ref, poll_interval=FAST)
    assert result.status == "done"
    assert dk.calls["compose.redeploy"] == 1
    assert dk.calls["deployment.allByCompose"] >= 1
    assert result.title == "dokploy-async redeploy"


async def test_earlier_deployments_are_not_mistaken_for_ours() -> None:
    dk, ref = setup()
    first = await dk.deploy(ref, poll_interval=FAST)
    dk.failing.add(ref.id)
    second = await dk.deploy(ref, poll_interval=FAST)
    assert first.status == "done"
    assert second.status == "error"
    assert first.deployment_id != second.deployment_id


async def test_failure_carries_log_tail_and_can_raise() -> None:
    dk, ref = setup()
    dk.failing.add(ref.id)
    result = await dk.deploy(ref, poll_interval=FAST)
    assert result.status == "error"
    assert result.failed
    assert result.log_tail is not None
    assert "no such image" in result.log_tail
    assert "no such image" not in repr(result)
    with pytest.raises(DeploymentFailedError) as info:
        await dk.deploy(ref, poll_interval=FAST, raise_on_failure=True)
    assert info.value.result.status == "error"


async def test_missing_logs_give_none() -> None:
    dk, ref = setup(logs=False)
    dk.failing.add(ref.id)
    result = await dk.deploy(ref, poll_interval=FAST)
    assert result.status == "error"
    assert result.log_tail is None


async def test_wait_false_returns_after_trigger() -> None:
    dk, ref = setup()
    result = await dk.deploy(ref, wait=False)
    assert result.status == "queued"
    assert result.ok
    assert dk.calls["application.deploy"] == 1
    assert dk.calls["deployment.queueList"] == 0


async def test_timeout_returns_or_raises() -> None:
    dk, ref = setup(run_ticks=10**9)
    result = await dk.deploy(ref, timeout=0.05, poll_interval=FAST)
    assert result.status == "timeout"
    with pytest.raises(DeploymentTimeoutError) as info:
        await dk.deploy(ref, timeout=0.05, poll_interval=FAST, raise_on_failure=True)
    assert info.value.result.status == "timeout"
    assert dk._deploy_poller.active == 0


@pytest.mark.parametrize("make", [unavailable, reset])
async def test_ambiguous_failure_after_processing_is_not_resent(make: Any) -> None:
    dk, ref = setup()
    dk.faults["application.deploy"] = [("after", make("application.deploy"))]
    result = await dk.deploy(ref, poll_interval=FAST)
    assert result.status == "done"
    assert dk.calls["application.deploy"] == 1
    assert dk.jobs_created[ref.id] == 1


@pytest.mark.parametrize("make", [unavailable, reset])
async def test_ambiguous_failure_before_processing_is_resent_once(make: Any) -> None:
    dk, ref = setup()
    dk.faults["application.deploy"] = [("before", make("application.deploy"))]
    result = await dk.deploy(ref, poll_interval=FAST)
    assert result.status == "done"
    assert dk.calls["application.deploy"] == 2
    assert dk.jobs_created[ref.id] == 1


async def test_job_already_running_when_checked_is_found_in_listing() -> None:
    dk, ref = setup(run_ticks=1)
    # The queue check itself ticks the worker: the job may be done by the listing check.
    dk.faults["application.deploy"] = [("after", unavailable("application.deploy"))]
    await dk.deploy(ref, poll_interval=FAST)
    assert dk.jobs_created[ref.id] == 1


async def test_unprovable_arrival_raises_instead_of_resending() -> None:
    dk, ref = setup()
    dk.faults["application.deploy"] = [("before", unavailable("application.deploy"))]
    dk.faults["deployment.queueList"] = [("before", unavailable("deployment.queueList"))] * 3
    with pytest.raises(InternalServerError):
        await dk.deploy(ref, poll_interval=FAST)
    assert dk.calls["application.deploy"] == 1


async def test_non_ambiguous_errors_propagate() -> None:
    dk, ref = setup()
    dk.faults["application.deploy"] = [("before", refused("application.deploy"))]
    with pytest.raises(Exception, match="refused"):
        await dk.deploy(ref)
    bad = ServiceRef("application", "nope")
    with pytest.raises(Exception, match="not found"):
        await dk.deploy(bad)


async def test_transient_poll_errors_are_ridden_out() -> None:
    dk, ref = setup()
    dk.faults["deployment.queueList"] = [("before", unavailable("deployment.queueList"))] * 2
    dk.faults["deployment.all"] = [("before", reset("deployment.all"))]
    result = await dk.deploy(ref, poll_interval=FAST)
    assert result.status == "done"
    assert dk._deploy_poller.stats.failed_requests == 3


async def test_fatal_poll_error_raises() -> None:
    dk, ref = setup()
    dk.faults["deployment.queueList"] = [
        ("before", status_error(AuthenticationError, 401, "deployment.queueList", "Unauthorized"))
    ]
    with pytest.raises(Exception, match="Unauthorized"):
        await dk.deploy(ref, poll_interval=FAST)


async def test_database_deploy_inside_request() -> None:
    dk, ref = setup("postgres")
    result = await dk.deploy(ref)
    assert result.status == "done"
    assert result.deployment_id is None
    dk.failing.add(ref.id)
    failed = await dk.deploy(ref)
    assert failed.status == "error"
    assert failed.error_message == "docker daemon not running"
    with pytest.raises(DeploymentFailedError):
        await dk.deploy(ref, raise_on_failure=True)


async def test_database_ambiguous_failure_is_unknown_and_not_resent() -> None:
    dk, ref = setup("redis")
    dk.faults["redis.deploy"] = [("after", unavailable("redis.deploy"))]
    result = await dk.deploy(ref)
    assert result.status == "unknown"
    assert result.failed
    assert dk.db_deploys[ref.id] == 1
    assert dk.calls["redis.deploy"] == 1


async def test_lost_job_becomes_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    dk, ref = setup()
    monkeypatch.setattr("dokploy_async._poller.MISSING_ROUNDS_LIMIT", 3)
    await dk.deploy(ref, wait=False)
    dk.queue.clear()  # the job vanishes without a record
    # Follow a token that exists nowhere: the poller gives up after the limit.
    poller = dk._deploy_poller
    watch = poller.watch(ref, "0" * 32, min_interval=FAST)
    await poller.follow(watch)
    assert watch.state == "lost"
