"""Which failures are tried again, how often, and how long the client waits in between."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from dokploy_async import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)
from dokploy_async._retry import (
    IDEMPOTENT_PROCEDURES,
    MAX_RETRY_DELAY,
    _parse_retry_after,
    _retry_delay,
)
from dokploy_async.generated.resources import OPERATIONS
from tests.unit.client_support import always, mock_client, sequence

pytestmark = pytest.mark.anyio

OK_LIST = httpx.Response(200, json=[])


def unavailable(**headers: str) -> httpx.Response:
    return httpx.Response(503, json={"message": "Service Unavailable"}, headers=headers)


def read_timeout() -> httpx.ReadTimeout:
    return httpx.ReadTimeout("timed out")


def connect_error() -> httpx.ConnectError:
    return httpx.ConnectError("[Errno 111] Connection refused")


async def test_get_is_retried_after_503_and_succeeds(sleeps: list[float]) -> None:
    dk, server = mock_client(sequence(unavailable(), unavailable(), OK_LIST))
    async with dk:
        assert await dk.project.all() == []
    assert server.calls == 3
    assert len(sleeps) == 2


async def test_get_gives_up_after_max_retries(sleeps: list[float]) -> None:
    dk, server = mock_client(always(503), max_retries=2)
    async with dk:
        with pytest.raises(InternalServerError):
            await dk.project.all()
    assert server.calls == 3


async def test_max_retries_zero_disables_retries(sleeps: list[float]) -> None:
    dk, server = mock_client(always(503), max_retries=0)
    async with dk:
        with pytest.raises(InternalServerError):
            await dk.project.all()
    assert server.calls == 1
    assert sleeps == []


async def test_deploy_is_not_retried_after_a_read_timeout(sleeps: list[float]) -> None:
    dk, server = mock_client(sequence(read_timeout(), httpx.Response(200)))
    async with dk:
        with pytest.raises(APITimeoutError) as info:
            await dk.application.deploy(application_id="a1")
    assert server.calls == 1
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)


async def test_deploy_is_not_retried_after_a_503(sleeps: list[float]) -> None:
    dk, server = mock_client(sequence(unavailable(), httpx.Response(200)))
    async with dk:
        with pytest.raises(InternalServerError):
            await dk.compose.deploy(compose_id="c1")
    assert server.calls == 1


async def test_create_is_not_retried_after_a_dropped_connection(sleeps: list[float]) -> None:
    dropped = httpx.RemoteProtocolError("Server disconnected without sending a response.")
    dk, server = mock_client(sequence(dropped, httpx.Response(200, json={})))
    async with dk:
        with pytest.raises(APIConnectionError):
            await dk.project.create(name="demo")
    assert server.calls == 1


@pytest.mark.parametrize(
    "never_sent",
    [connect_error(), httpx.ConnectTimeout("connect timed out"), httpx.PoolTimeout("pool")],
)
async def test_deploy_is_retried_when_it_never_reached_the_server(
    sleeps: list[float], never_sent: Exception
) -> None:
    dk, server = mock_client(sequence(never_sent, httpx.Response(200)))
    async with dk:
        await dk.application.deploy(application_id="a1")
    assert server.calls == 2


async def test_idempotent_post_is_retried_after_503(sleeps: list[float]) -> None:
    dk, server = mock_client(sequence(unavailable(), httpx.Response(200, content=b"true")))
    async with dk:
        ok = await dk.application.save_environment(
            application_id="a1",
            env="A=1",
            build_args=None,
            build_secrets=None,
            create_env_file=False,
        )
    assert ok is True
    assert server.calls == 2
    assert server.requests[0].content == server.requests[1].content


async def test_get_is_retried_after_a_read_timeout(sleeps: list[float]) -> None:
    dk, server = mock_client(sequence(read_timeout(), OK_LIST))
    async with dk:
        assert await dk.project.all() == []
    assert server.calls == 2


@pytest.mark.parametrize("status", [408, 429, 502, 504])
async def test_other_transient_statuses_are_retried_for_reads(
    sleeps: list[float], status: int
) -> None:
    dk, server = mock_client(sequence(httpx.Response(status), OK_LIST))
    async with dk:
        await dk.project.all()
    assert server.calls == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 415, 500])
async def test_other_errors_are_not_retried(sleeps: list[float], status: int) -> None:
    dk, server = mock_client(always(status))
    async with dk:
        with pytest.raises(Exception):  # noqa: B017, PT011
            await dk.project.all()
    assert server.calls == 1


async def test_a_retry_that_fails_differently_stops(sleeps: list[float]) -> None:
    dk, server = mock_client(sequence(unavailable(), httpx.Response(404, json={"message": "x"})))
    async with dk:
        with pytest.raises(NotFoundError):
            await dk.project.all()
    assert server.calls == 2


async def test_retry_after_is_honoured(sleeps: list[float]) -> None:
    dk, _ = mock_client(
        sequence(
            unavailable(**{"retry-after": "7"}),
            httpx.Response(429, headers={"retry-after-ms": "250"}),
            OK_LIST,
        )
    )
    async with dk:
        await dk.project.all()
    assert sleeps == [7.0, 0.25]


async def test_an_unreasonable_retry_after_falls_back_to_backoff(sleeps: list[float]) -> None:
    dk, _ = mock_client(sequence(httpx.Response(429, headers={"retry-after": "3600"}), OK_LIST))
    async with dk:
        await dk.project.all()
    assert 0 < sleeps[0] <= MAX_RETRY_DELAY


async def test_rate_limit_on_a_post_is_not_retried(sleeps: list[float]) -> None:
    dk, server = mock_client(always(429))
    async with dk:
        with pytest.raises(RateLimitError):
            await dk.project.create(name="demo")
    assert server.calls == 1


async def test_retry_decisions_are_logged_at_debug(
    sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="dokploy_async")
    dk, _ = mock_client(sequence(unavailable(), OK_LIST, read_timeout()))
    async with dk:
        await dk.project.all()
        with pytest.raises(APITimeoutError):
            await dk.application.deploy(application_id="a1")
    messages = [r.getMessage() for r in caplog.records if r.name == "dokploy_async"]
    assert any("retrying GET project.all" in m and "status 503" in m for m in messages)
    assert any("not retrying POST application.deploy after ReadTimeout" in m for m in messages)
    assert all(r.levelno == logging.DEBUG for r in caplog.records if r.name == "dokploy_async")


def test_backoff_grows_with_jitter_and_is_capped() -> None:
    first = [_retry_delay(1, None) for _ in range(50)]
    third = [_retry_delay(3, None) for _ in range(50)]
    assert all(0.375 <= d <= 0.5 for d in first)
    assert all(1.5 <= d <= 2.0 for d in third)
    assert len(set(first)) > 1
    assert _retry_delay(20, None) <= MAX_RETRY_DELAY
    assert _retry_delay(1, 3.0) == 3.0


def test_retry_after_parsing() -> None:
    assert _parse_retry_after(httpx.Headers({"retry-after": "2"})) == 2.0
    assert _parse_retry_after(httpx.Headers({"retry-after-ms": "1500"})) == 1.5
    assert _parse_retry_after(httpx.Headers({"retry-after": "soon"})) is None
    assert _parse_retry_after(httpx.Headers({})) is None
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    seconds = _parse_retry_after(httpx.Headers({"retry-after": when}))
    assert seconds is not None
    assert 25 < seconds <= 30


def test_idempotent_list_names_real_posts_only() -> None:
    posts = {route for _, _, method, route, _ in OPERATIONS if method == "POST"}
    assert posts >= IDEMPOTENT_PROCEDURES, IDEMPOTENT_PROCEDURES - posts
    for route in IDEMPOTENT_PROCEDURES:
        procedure = route.split(".")[1]
        assert not procedure.startswith(("create", "deploy", "redeploy", "remove", "delete"))
