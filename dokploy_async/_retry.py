"""When a failed request is tried again, and how long to wait first.

The rules:

* Transient failures only: no response at all (``APIConnectionError``, timeouts included)
  or a status of 408, 429, 502, 503 or 504.
* GET requests are reads and are always safe to repeat.
* A POST is repeated only when it provably never reached the server -- the connection could
  not be made (``httpx.ConnectError``, ``httpx.ConnectTimeout``) or no pooled connection
  became free (``httpx.PoolTimeout``) -- or when its procedure is in
  ``IDEMPOTENT_PROCEDURES``. Anything else (a deploy, a create, a delete) that may have been
  received is never repeated: a read timeout or a 503 after sending says nothing about
  whether the server acted on it, and a second deploy or a duplicate project is worse than an
  error the caller can see.
* The wait is exponential (0.5 s, 1 s, 2 s ... capped at 8 s) with jitter, unless the
  response carries ``Retry-After`` (or ``Retry-After-Ms``) of at most 60 s, which wins.

Why tenacity rather than a hand-rolled loop or stamina: tenacity is well kept, has no
global state, and takes the pieces we need as plain callables -- our own predicate
(``_should_retry``), our own wait (``_retry_delay``, which honours ``Retry-After``) and our own
sleep (``anyio.sleep``, so it runs the same under asyncio and trio). stamina sits on tenacity
but installs process-wide retry logging hooks and a process-wide testing switch, which a
library should not impose on the application that imports it.

Setting up a tenacity loop costs some tens of microseconds, so the first attempt is made
directly and tenacity only takes over once that attempt has failed in a retryable way.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TypeVar

import anyio
import httpx
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt

from ._errors import APIConnectionError, APIStatusError

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "IDEMPOTENT_PROCEDURES",
    "RETRYABLE_STATUSES",
    "call_with_retries",
]

logger = logging.getLogger("dokploy_async")

_T = TypeVar("_T")

DEFAULT_MAX_RETRIES = 2
RETRYABLE_STATUSES = frozenset({408, 429, 502, 503, 504})
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# A longer Retry-After is not waited out silently inside one call: the usual backoff is
# used instead and the caller sees the error soon enough to decide.
MAX_RETRY_AFTER = 60.0

# POST procedures whose second application leaves the server exactly as the first did, and
# which start no job. Only these are repeated after a failure that may have reached the
# server. Each group says why its members qualify; anything not listed is not retried.
IDEMPOTENT_PROCEDURES: frozenset[str] = frozenset(
    {
        # Read-like POSTs: they check or compute something and change nothing.
        "ai.testConnection",
        "bitbucket.testConnection",
        "compose.previewTemplate",
        "destination.testConnection",
        "dnsProvider.testConnection",
        "domain.validateDomain",
        "gitea.testConnection",
        "github.testConnection",
        "gitlab.testConnection",
        "registry.testRegistry",
        "registry.testRegistryById",
        "settings.getUpdateData",
        "vaultProvider.testConnection",
        # Updates: they set the given fields of an existing record to the given values, so
        # applying them twice gives the same record.
        "application.update",
        "compose.update",
        "domain.update",
        "environment.update",
        "project.update",
        "mounts.update",
        "port.update",
        "redirects.update",
        "security.update",
        "postgres.update",
        "mysql.update",
        "mariadb.update",
        "mongo.update",
        "redis.update",
        "libsql.update",
        # Whole-block replacements: saveEnvironment replaces env, build args and build
        # secrets together (there is no per-variable update), so a repeat writes the same block.
        "application.saveEnvironment",
        "compose.saveEnvironment",
        "postgres.saveEnvironment",
        "mysql.saveEnvironment",
        "mariadb.saveEnvironment",
        "mongo.saveEnvironment",
        "redis.saveEnvironment",
        "libsql.saveEnvironment",
        # Source and build settings: each stores the given provider or build configuration
        # on the application, replacing the previous one; nothing is built or pulled.
        "application.saveBuildType",
        "application.saveDockerProvider",
        "application.saveGitProvider",
        "application.saveGithubProvider",
        "application.saveGitlabProvider",
        "application.saveGiteaProvider",
        "application.saveBitbucketProvider",
    }
)

# Transport errors raised before a single byte of the request was sent.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def _is_idempotent(method: str, route: str) -> bool:
    return method == "GET" or route in IDEMPOTENT_PROCEDURES


def _never_sent(exc: BaseException) -> bool:
    return isinstance(exc, APIConnectionError) and isinstance(exc.__cause__, _NEVER_SENT)


def _is_transient(exc: BaseException) -> bool:
    if isinstance(exc, APIConnectionError):
        return True
    return isinstance(exc, APIStatusError) and exc.status_code in RETRYABLE_STATUSES


def _should_retry(exc: BaseException, *, method: str, route: str) -> bool:
    """Whether ``exc`` from ``method route`` may be tried again (attempts left aside)."""
    if not _is_transient(exc):
        return False
    return _never_sent(exc) or _is_idempotent(method, route)


def _parse_retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds to wait according to ``Retry-After-Ms`` or ``Retry-After``, if either is readable."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return float(millis) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return moment.timestamp() - time.time()


def _retry_after_of(exc: BaseException | None) -> float | None:
    if isinstance(exc, APIStatusError):
        return _parse_retry_after(exc.response.headers)
    return None


def _retry_delay(retry_number: int, retry_after: float | None) -> float:
    """Seconds to wait before retry number ``retry_number`` (1 for the first retry)."""
    if retry_after is not None and 0 <= retry_after <= MAX_RETRY_AFTER:
        return retry_after
    delay = min(INITIAL_RETRY_DELAY * 2.0 ** (retry_number - 1), MAX_RETRY_DELAY)
    # Jitter spreads out clients that failed together, so they do not come back together.
    return delay * (1 - 0.25 * random.random())


async def _sleep(seconds: float) -> None:
    await anyio.sleep(seconds)


async def _call_sleep(seconds: float) -> None:
    # Looked up at call time so tests can replace ``_sleep`` and never wait for real.
    await _sleep(seconds)


def _wait(retry_state: RetryCallState) -> float:
    outcome = retry_state.outcome
    exc = outcome.exception() if outcome is not None else None
    return _retry_delay(retry_state.attempt_number, _retry_after_of(exc))


def _describe(exc: BaseException) -> str:
    if isinstance(exc, APIStatusError):
        return f"status {exc.status_code}"
    cause = exc.__cause__
    return type(cause if cause is not None else exc).__name__


async def call_with_retries(
    send: Callable[[], Awaitable[_T]],
    *,
    method: str,
    route: str,
    max_retries: int,
) -> _T:
    """Await ``send()``, repeating it on transient failures as the module docstring describes."""
    try:
        return await send()
    except (APIConnectionError, APIStatusError) as exc:
        if max_retries <= 0 or not _should_retry(exc, method=method, route=route):
            if max_retries > 0 and _is_transient(exc):
                logger.debug(
                    "not retrying %s %s after %s: it may have reached the server and %s "
                    "is not idempotent",
                    method,
                    route,
                    _describe(exc),
                    route,
                )
            raise
        first_failure = exc

    def log_retry(retry_state: RetryCallState) -> None:
        outcome = retry_state.outcome
        exc = outcome.exception() if outcome is not None else None
        delay = retry_state.upcoming_sleep
        logger.debug(
            "retrying %s %s in %.2f s after %s (retry %d of %d)",
            method,
            route,
            delay,
            _describe(exc) if exc is not None else "failure",
            retry_state.attempt_number,
            max_retries,
        )

    attempts = 0

    async def attempt() -> _T:
        nonlocal attempts
        attempts += 1
        if attempts == 1:
            # The first attempt already ran outside tenacity; replay its outcome so that
            # tenacity's counting, waiting and logging start from it.
            raise first_failure
        return await send()

    retrying = AsyncRetrying(
        stop=stop_after_attempt(max_retries + 1),
        wait=_wait,
        retry=retry_if_exception(lambda e: _should_retry(e, method=method, route=route)),
        sleep=_call_sleep,
        before_sleep=log_retry,
        reraise=True,
    )
    return await retrying(attempt)
