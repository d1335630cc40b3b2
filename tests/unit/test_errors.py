"""Every error class, built from the real error bodies of a Dokploy v0.30.2 server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

import dokploy_async
from dokploy_async import (
    AmbiguousNameError,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    DeploymentFailedError,
    DeploymentTimeoutError,
    DokployError,
    InternalServerError,
    InvalidResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResolutionError,
    UnprocessableEntityError,
    UnsupportedOperationError,
)
from dokploy_async.generated.types import UNSET
from tests.unit.client_support import always, load_capture, mock_client

pytestmark = pytest.mark.anyio

# capture stem -> (class, code, message, paths of the zod issues)
EXPECTED: dict[str, tuple[type[APIStatusError], str | None, str | None, list[list[str]]]] = {
    "err.after-delete.project.one.404": (NotFoundError, "NOT_FOUND", "Project not found", []),
    "err.bad-id.application.deploy.404": (
        NotFoundError,
        "NOT_FOUND",
        "Application not found",
        [],
    ),
    "err.bad-id.application.one.404": (NotFoundError, "NOT_FOUND", "Application not found", []),
    "err.bad-id.project.one.404": (NotFoundError, "NOT_FOUND", "Project not found", []),
    "err.bearer-auth.project.all.401": (AuthenticationError, None, "Unauthorized", []),
    "err.deleted-deployment.readLogs.404": (
        NotFoundError,
        "NOT_FOUND",
        "Deployment not found",
        [],
    ),
    "err.invalid-key.project.all.401": (AuthenticationError, None, "Unauthorized", []),
    "err.malformed-json.project.create.400": (BadRequestError, None, "Invalid JSON", []),
    "err.missing-field.project.create.400": (
        BadRequestError,
        "BAD_REQUEST",
        "Input validation failed",
        [["name"]],
    ),
    "err.missing-key.project.all.401": (AuthenticationError, None, "Unauthorized", []),
    "err.missing-key.project.create.401": (AuthenticationError, None, "Unauthorized", []),
    "err.missing-query.application.one.400": (
        BadRequestError,
        "BAD_REQUEST",
        "Input validation failed",
        [["applicationId"]],
    ),
    "err.unknown-route.404": (UnsupportedOperationError, "NOT_FOUND", None, []),
    "err.wrong-method.project.all.404": (UnsupportedOperationError, "NOT_FOUND", None, []),
    "err.wrong-method.project.create.404": (UnsupportedOperationError, "NOT_FOUND", None, []),
    "err.wrong-type.project.create.400": (
        BadRequestError,
        "BAD_REQUEST",
        "Input validation failed",
        [["name"]],
    ),
    "settings.cleanAllDeploymentQueue.nobody.415": (
        APIStatusError,
        "UNSUPPORTED_MEDIA_TYPE",
        "Missing content-type header",
        [],
    ),
    "postgres.deploy.500": (
        InternalServerError,
        "INTERNAL_SERVER_ERROR",
        "Error on deploy postgresError: Cannot connect to the Docker daemon at "
        "unix:///var/run/docker.sock. Is the docker daemon running?\n",
        [],
    ),
    "environment.create.production.400": (
        BadRequestError,
        "BAD_REQUEST",
        "You cannot create a environment with the name 'production'",
        [],
    ),
}


def _identity(data: Any) -> Any:
    return data


async def _replay(response: httpx.Response, method: str, route: str, **kw: Any) -> Any:
    dk, _ = mock_client(lambda request: response, max_retries=0)
    async with dk:
        return await dk.request(method, route, parse=_identity, timeout=UNSET, **kw)


def test_every_error_capture_is_covered(captures: Path) -> None:
    stems = {p.name.removesuffix(".json") for p in captures.glob("err.*.json")}
    assert stems <= set(EXPECTED), f"add these captures to EXPECTED: {stems - set(EXPECTED)}"


@pytest.mark.parametrize("stem", sorted(EXPECTED))
async def test_real_error_body(captures: Path, stem: str) -> None:
    cls, code, message, issue_paths = EXPECTED[stem]
    cap = load_capture(captures, stem)
    with pytest.raises(APIStatusError) as info:
        await _replay(cap.response(), cap.method, cap.route, params=cap.params or None)
    err = info.value
    assert type(err) is cls
    assert isinstance(err, DokployError)
    assert err.status_code == cap.status
    assert err.code == code
    if message is None:
        # The server's generic "Not found": no such route, an operation this server lacks.
        assert isinstance(err, UnsupportedOperationError)
        assert err.operation in err.message
        assert "is not available" in err.message
    else:
        assert err.message == message
    assert [i["path"] for i in err.issues] == issue_paths
    assert (err.method, err.route) == (cap.method, cap.route)
    assert err.response.status_code == cap.status
    text = str(err)
    assert str(cap.status) in text
    assert cap.route in text
    # The server's stack trace stays in .body, out of the message.
    assert "TRPCError" not in text
    assert "node_modules" not in repr(err)


async def test_validation_issues_are_listed_in_the_message(captures: Path) -> None:
    cap = load_capture(captures, "err.wrong-type.project.create.400")
    with pytest.raises(BadRequestError) as info:
        await _replay(cap.response(), "POST", "project.create", json={"name": 123})
    assert info.value.issues[0]["code"] == "invalid_type"
    assert "name: Invalid input: expected string, received number" in str(info.value)
    assert info.value.body["data"]["zodError"]["fieldErrors"]["name"]


async def test_issues_in_a_json_string_message_are_parsed(captures: Path) -> None:
    # Older tRPC servers send the zod issue list as the message itself, as a JSON string.
    body = load_capture(captures, "err.wrong-type.project.create.400").json()
    body["message"] = json.dumps(body.pop("issues"), indent=2)
    response = httpx.Response(400, json=body)
    with pytest.raises(BadRequestError) as info:
        await _replay(response, "POST", "project.create", json={"name": 123})
    assert info.value.message == "Input validation failed"
    assert info.value.issues[0]["path"] == ["name"]


async def test_invalid_json_body_is_a_bad_request(captures: Path) -> None:
    cap = load_capture(captures, "err.malformed-json.project.create.400")
    assert cap.body == b"Invalid JSON"
    with pytest.raises(BadRequestError) as info:
        await _replay(cap.response(), "POST", "project.create", json={"name": "x"})
    assert info.value.message == "Invalid JSON"
    assert info.value.body == "Invalid JSON"
    assert info.value.code is None


async def test_401_explains_its_three_causes(captures: Path) -> None:
    cap = load_capture(captures, "err.invalid-key.project.all.401")
    with pytest.raises(AuthenticationError) as info:
        await _replay(cap.response(), "GET", "project.all")
    text = str(info.value)
    assert "Access API/CLI" in text
    assert "rate limit" in text
    assert "DOKPLOY_API_KEY" in text


PROXY_PAGE = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)


async def test_html_502_from_a_proxy_is_a_server_error_saying_html() -> None:
    response = httpx.Response(502, content=PROXY_PAGE, headers={"content-type": "text/html"})
    with pytest.raises(InternalServerError) as info:
        await _replay(response, "GET", "project.all")
    assert info.value.status_code == 502
    assert "HTML page" in info.value.message
    assert "502 Bad Gateway" in info.value.message
    assert "<center>" not in str(info.value)


async def test_html_200_is_an_invalid_response() -> None:
    page = b"<!DOCTYPE html><html><head><title>Sign in</title></head><body>...</body></html>"
    response = httpx.Response(200, content=page, headers={"content-type": "text/html"})
    with pytest.raises(InvalidResponseError) as info:
        await _replay(response, "GET", "project.all")
    assert "HTML page ('Sign in')" in str(info.value)
    assert info.value.status_code == 200
    assert (info.value.method, info.value.route) == ("GET", "project.all")


async def test_truncated_json_200_is_an_invalid_response() -> None:
    response = httpx.Response(200, content=b'[{"projectId":"p1","name":"dem')
    with pytest.raises(InvalidResponseError) as info:
        await _replay(response, "GET", "project.all")
    assert "not valid JSON" in str(info.value)
    assert "dem" not in str(info.value)


async def test_truncated_json_on_an_error_status_keeps_the_status_class() -> None:
    response = httpx.Response(500, content=b'{"message":"boo')
    with pytest.raises(InternalServerError) as info:
        await _replay(response, "GET", "project.all")
    assert info.value.code is None


async def test_a_redirect_says_where_to() -> None:
    response = httpx.Response(
        301, headers={"location": "https://dokploy.example.com/api/project.all"}, content=b"<html/>"
    )
    with pytest.raises(APIStatusError) as info:
        await _replay(response, "GET", "project.all")
    assert info.value.status_code == 301
    assert "redirected to https://dokploy.example.com/api/project.all" in str(info.value)


async def test_empty_error_body_uses_the_reason_phrase() -> None:
    with pytest.raises(APIStatusError) as info:
        await _replay(httpx.Response(409), "POST", "project.create")
    assert type(info.value) is APIStatusError
    assert info.value.message == "Conflict"


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (408, APIStatusError),
        (415, APIStatusError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (599, InternalServerError),
    ],
)
async def test_status_classes(status: int, cls: type[APIStatusError]) -> None:
    with pytest.raises(APIStatusError) as info:
        await _replay(httpx.Response(status, json={"message": "m"}), "GET", "project.all")
    assert type(info.value) is cls


async def test_empty_200_is_parsed_as_none() -> None:
    # application.deploy answers 200 with no bytes at all on a self-hosted server.
    dk, _ = mock_client(always(200), max_retries=0)
    async with dk:
        result = await dk.request("POST", "application.deploy", parse=_identity, timeout=UNSET)
        assert result is None


async def test_parse_failure_is_an_invalid_response_with_the_cause_chained() -> None:
    dk, _ = mock_client(always(200, b"[1, 2]"), max_retries=0)
    async with dk:
        with pytest.raises(InvalidResponseError) as info:
            await dk.project.all()
    assert isinstance(info.value.__cause__, KeyError | TypeError | ValueError | AttributeError)
    assert "unexpected shape" in str(info.value)


async def test_a_parse_error_quoting_the_body_is_not_repeated() -> None:
    def parse(data: Any) -> Any:
        raise ValueError(f"bad value {data['env']!r}")

    dk, _ = mock_client(always(200, b'{"env":"DB_PASSWORD=hunter2"}'), max_retries=0)
    async with dk:
        with pytest.raises(InvalidResponseError) as info:
            await dk.request("GET", "application.one", parse=parse, timeout=UNSET)
    assert "hunter2" not in str(info.value)
    assert "hunter2" not in repr(info.value)


def test_the_tree() -> None:
    for status_cls in (
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        UnprocessableEntityError,
        RateLimitError,
        InternalServerError,
    ):
        assert issubclass(status_cls, APIStatusError)
    assert issubclass(APITimeoutError, APIConnectionError)
    for cls in (
        APIStatusError,
        APIConnectionError,
        InvalidResponseError,
        ResolutionError,
        DeploymentFailedError,
        DeploymentTimeoutError,
        dokploy_async.ConfigurationError,
    ):
        assert issubclass(cls, DokployError)
    assert issubclass(AmbiguousNameError, ResolutionError)
    assert issubclass(dokploy_async.ConfigurationError, ValueError)


def test_the_tree_is_drawn_in_the_module_docstring() -> None:
    from dokploy_async import _errors

    doc = _errors.__doc__ or ""
    for name in dokploy_async.__all__:
        obj = getattr(dokploy_async, name)
        if isinstance(obj, type) and issubclass(obj, DokployError):
            assert name in doc, name


def test_resolution_and_deployment_errors_carry_their_data() -> None:
    err = ResolutionError("no service 'web'", candidates=["api", "worker"])
    assert err.candidates == ["api", "worker"]
    amb = AmbiguousNameError("two 'web'", matches=["a", "b"], candidates=["web", "web"])
    assert amb.matches == ["a", "b"]
    assert amb.candidates == ["web", "web"]
    assert AmbiguousNameError("x", matches=[]).candidates == []
    result = object()
    assert DeploymentFailedError("failed", result=result).result is result
    assert DeploymentTimeoutError("slow", result=result).result is result
    assert str(DeploymentFailedError("failed", result=result)) == "failed"
