"""deploy_many() and gather(): order, isolation of failures, shared polling, cancellation."""

from __future__ import annotations

from typing import Any

import anyio
import pytest

from dokploy_async import DeployEvent, ServiceRef
from dokploy_async._refs import ServiceKind
from tests.unit.workflows_fake import FakeDokploy

pytestmark = pytest.mark.anyio
FAST = 0.001


def setup(n: int, **kw: Any) -> tuple[FakeDokploy, list[ServiceRef]]:
    dk = FakeDokploy(**kw)
    env = dk.add_project("shop", ["production"])["environments"][0]
    refs = []
    for i in range(n):
        kind: ServiceKind = "compose" if i % 3 == 0 else "application"
        refs.append(ServiceRef(kind, dk.add_service(env, kind, f"svc{i}"), name=f"svc{i}"))
    return dk, refs


async def test_results_in_input_order_each_deployed_once() -> None:
    dk, refs = setup(12, workers=3)
    dk.failing.update({refs[2].id, refs[7].id})
    results = await dk.deploy_many(refs, concurrency=5, poll_interval=FAST)
    assert [r.service for r in results] == refs
    assert [r.status for r in results] == ["error" if i in (2, 7) else "done" for i in range(12)]
    assert all(dk.jobs_created[r.id] == 1 for r in refs)
    assert all(r.log_tail for r in results if r.status == "error")


async def test_polling_is_shared() -> None:
    dk, refs = setup(20, workers=4)
    await dk.deploy_many(refs, concurrency=20, poll_interval=FAST)
    stats = dk.poll_stats
    # One queueList per round for all 20 jobs, one listing per job once it left the queue.
    assert dk.calls["deployment.queueList"] == stats.rounds
    assert stats.rounds < 20 * 3
    listings = dk.calls["deployment.all"] + dk.calls["deployment.allByCompose"]
    assert listings <= 20 * 2


async def test_exceptions_become_results_and_do_not_stop_others() -> None:
    dk, refs = setup(4)
    refs[1] = ServiceRef("application", "missing", name="ghost")
    results = await dk.deploy_many(refs, poll_interval=FAST)
    assert results[1].status == "error"
    assert results[1].exception is not None
    assert "not found" in (results[1].error_message or "")
    assert [r.status for i, r in enumerate(results) if i != 1] == ["done"] * 3


async def test_fail_fast_skips_not_started() -> None:
    dk, refs = setup(5)
    refs[0] = ServiceRef("application", "missing")
    results = await dk.deploy_many(refs, concurrency=1, fail_fast=True, poll_interval=FAST)
    assert results[0].status == "error"
    assert [r.status for r in results[1:]] == ["cancelled"] * 4
    assert sum(dk.jobs_created.values()) == 0


async def test_progress_events_for_every_state_change() -> None:
    dk, refs = setup(3, workers=1)
    events: list[DeployEvent] = []
    await dk.deploy_many(refs, concurrency=3, on_progress=events.append, poll_interval=FAST)
    for i, ref in enumerate(refs):
        seen = [e.status for e in events if e.index == i]
        assert seen[0] == "queued"
        assert seen[-1] == "done"
        assert "running" in seen
        assert len(seen) == len(set(seen))  # each change once
        assert all(e.service == ref for e in events if e.index == i)
    final = [e for e in events if e.status == "done"]
    assert all(e.result is not None and e.result.deployment_id for e in final)


async def test_broken_progress_callback_is_ignored() -> None:
    dk, refs = setup(2)

    def boom(event: DeployEvent) -> None:
        raise RuntimeError("display bug")

    results = await dk.deploy_many(refs, on_progress=boom, poll_interval=FAST)
    assert [r.status for r in results] == ["done", "done"]


async def test_wait_false_fans_out_triggers_only() -> None:
    dk, refs = setup(6)
    results = await dk.deploy_many(refs, wait=False)
    assert [r.status for r in results] == ["queued"] * 6
    assert dk.calls["deployment.queueList"] == 0


async def test_cancellation_leaves_nothing_behind() -> None:
    dk, refs = setup(10, run_ticks=10**9)
    before = len(anyio.get_running_tasks())
    with anyio.move_on_after(0.1) as scope:
        await dk.deploy_many(refs, concurrency=4, poll_interval=FAST)
    assert scope.cancelled_caught
    assert len(anyio.get_running_tasks()) == before
    assert dk._deploy_poller.active == 0
    assert dk._deploy_poller._round_done is None
    # The poller still works afterwards.
    dk.run_ticks = 1
    result = await dk.deploy(refs[0], poll_interval=FAST)
    assert result.status == "done"


async def test_invalid_concurrency() -> None:
    dk, refs = setup(1)
    with pytest.raises(ValueError, match="concurrency"):
        await dk.deploy_many(refs, concurrency=0)
    with pytest.raises(ValueError, match="concurrency"):
        await dk.gather([], concurrency=0)


async def test_gather_in_order_with_limit() -> None:
    dk = FakeDokploy()
    running = 0
    peak = 0

    def make(i: int) -> Any:
        async def call() -> int:
            nonlocal running, peak
            running += 1
            peak = max(peak, running)
            await anyio.sleep(0.001 * (10 - i))
            running -= 1
            return i

        return call

    assert await dk.gather([make(i) for i in range(10)], concurrency=3) == list(range(10))
    assert peak == 3


async def test_gather_exception_policies() -> None:
    dk = FakeDokploy()
    finished: list[int] = []

    def make(i: int) -> Any:
        async def call() -> int:
            if i == 1:
                raise KeyError("boom")
            await anyio.sleep(0.05)
            finished.append(i)
            return i

        return call

    with pytest.raises(KeyError):
        await dk.gather([make(i) for i in range(4)])
    assert finished == []
    results = await dk.gather([make(i) for i in range(4)], return_exceptions=True)
    assert isinstance(results[1], KeyError)
    assert [results[i] for i in (0, 2, 3)] == [0, 2, 3]
