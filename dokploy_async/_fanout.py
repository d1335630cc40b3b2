"""Many calls at once under a capacity limit: ``deploy_many`` and ``gather``.

Both run their calls in one anyio task group, so cancelling the caller cancels every call
and leaves no task behind, and both return results in input order.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

import anyio

from ._deploy import DEFAULT_DEPLOY_TIMEOUT, deploy_service, is_ambiguous
from ._refs import DeployEvent, DeployResult, DeployStatus, ServiceRef

if TYPE_CHECKING:
    from ._poller import SharedPoller
    from .generated.resources import Resources

__all__ = ["deploy_many", "gather"]

logger = logging.getLogger("dokploy_async")

_T = TypeVar("_T")


def _check_concurrency(concurrency: int) -> None:
    if concurrency < 1:
        raise ValueError(f"concurrency must be 1 or more; got {concurrency}")


async def deploy_many(
    client: Resources,
    poller: SharedPoller,
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
    """Deploy every service, at most ``concurrency`` at a time; see ``Workflows.deploy_many``."""
    _check_concurrency(concurrency)
    refs = list(services)
    results: list[DeployResult | None] = [None] * len(refs)
    failed = False

    def report(index: int, last: dict[int, str], result: DeployResult) -> None:
        if on_progress is None or last.get(index) == result.status:
            return
        last[index] = result.status
        try:
            on_progress(DeployEvent(index, result.service, result.status, result))
        except Exception:
            # A broken progress display must not abandon deployments half-way.
            logger.warning("on_progress raised; ignoring it", exc_info=True)

    reported: dict[int, str] = {}

    async def one(index: int, ref: ServiceRef) -> None:
        nonlocal failed
        try:
            if fail_fast and failed:
                result = DeployResult(
                    service=ref,
                    status="cancelled",
                    error_message="not deployed: fail_fast after an earlier failure",
                )
            else:
                try:
                    result = await deploy_service(
                        client,
                        poller,
                        ref,
                        title=title,
                        wait=wait,
                        timeout=timeout,
                        poll_interval=poll_interval,
                        on_change=lambda r: report(index, reported, r),
                    )
                except Exception as exc:
                    # One failure never hides the others: it becomes this service's result.
                    status: DeployStatus = "unknown" if is_ambiguous(exc) else "error"
                    result = DeployResult(
                        service=ref, status=status, error_message=str(exc), exception=exc
                    )
            # Still holding the slot, so the next service sees the failure under fail_fast.
            if result.status not in ("done", "queued"):
                failed = True
        finally:
            slots.release()
        results[index] = result
        report(index, reported, result)

    # A semaphore taken by the feeder loop (not a CapacityLimiter taken by each task) starts
    # services in input order on every backend and keeps at most `concurrency` tasks alive.
    slots = anyio.Semaphore(concurrency)
    async with anyio.create_task_group() as tg:
        for index, ref in enumerate(refs):
            await slots.acquire()
            tg.start_soon(one, index, ref)
    return [r for r in results if r is not None]


@overload
async def gather(
    calls: Iterable[Callable[[], Awaitable[_T]]],
    *,
    concurrency: int = ...,
    return_exceptions: Literal[False] = ...,
) -> list[_T]: ...


@overload
async def gather(
    calls: Iterable[Callable[[], Awaitable[_T]]],
    *,
    concurrency: int = ...,
    return_exceptions: Literal[True],
) -> list[_T | Exception]: ...


async def gather(
    calls: Iterable[Callable[[], Awaitable[_T]]],
    *,
    concurrency: int = 8,
    return_exceptions: bool = False,
) -> Sequence[_T | Exception]:
    """Run zero-argument async callables, at most ``concurrency`` at a time, results in order.

    With ``return_exceptions=False`` the first exception cancels the calls still running
    (and those not started) and is raised as itself, not wrapped in a group. With
    ``return_exceptions=True`` every call runs and a failed call's exception takes its place
    in the list. Cancellation of the caller always propagates.
    """
    _check_concurrency(concurrency)
    fns = list(calls)
    results: list[Any] = [None] * len(fns)
    limiter = anyio.CapacityLimiter(concurrency)
    first_error: list[Exception] = []

    async def one(index: int, fn: Callable[[], Awaitable[_T]], scope: anyio.CancelScope) -> None:
        async with limiter:
            try:
                results[index] = await fn()
            except Exception as exc:
                if return_exceptions:
                    results[index] = exc
                    return
                if not first_error:
                    first_error.append(exc)
                scope.cancel()

    async with anyio.create_task_group() as tg:
        for index, fn in enumerate(fns):
            tg.start_soon(one, index, fn, tg.cancel_scope)
    if first_error:
        raise first_error[0]
    return results
