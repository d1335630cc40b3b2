"""Configuration, requests on the wire, timeouts, the connection pool and the lazy package."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

import dokploy_async
from dokploy_async import ConfigurationError, Dokploy
from dokploy_async._client import DEFAULT_TIMEOUT, LONG_RUNNING_PROCEDURES
from dokploy_async.testing import records
from tests.unit.client_support import BASE, KEY, always, mock_client

ENV_VARS = ("DOKPLOY_URL", "DOKPLOY_API_URL", "DOKPLOY_API_KEY")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize(
    "url",
    [
        "https://dokploy.example.com",
        "https://dokploy.example.com/",
        "https://dokploy.example.com/api",
        "https://dokploy.example.com/api/",
        "  https://dokploy.example.com/api/  ",
    ],
)
@pytest.mark.anyio
async def test_base_url_variants_reach_the_same_route(url: str) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json=[])

    async with (
        httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http_client,
        Dokploy(url, KEY, http_client=http_client) as dk,
    ):
        assert dk.base_url == "https://dokploy.example.com"
        await dk.project.all()
    assert seen == ["https://dokploy.example.com/api/project.all"]


def test_base_url_with_a_path_prefix_is_kept() -> None:
    dk = Dokploy("https://example.com/dokploy/api", KEY)
    assert dk.base_url == "https://example.com/dokploy"


@pytest.mark.parametrize("url", ["dokploy.example.com", "ftp://x", "https://", "http://h/?a=1"])
def test_malformed_base_url_is_rejected(url: str) -> None:
    with pytest.raises(ConfigurationError, match="base_url"):
        Dokploy(url, KEY)


def test_from_env_reads_the_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOKPLOY_URL", "https://d.example.com/api/")
    monkeypatch.setenv("DOKPLOY_API_KEY", " key-with-newline\n")
    dk = Dokploy.from_env()
    assert dk.base_url == "https://d.example.com"
    assert dk._api_key == "key-with-newline"


def test_dokploy_api_url_is_the_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOKPLOY_API_URL", "https://alt.example.com/api")
    monkeypatch.setenv("DOKPLOY_API_KEY", "k")
    assert Dokploy.from_env().base_url == "https://alt.example.com"
    monkeypatch.setenv("DOKPLOY_URL", "https://main.example.com")
    assert Dokploy.from_env().base_url == "https://main.example.com"


def test_no_arguments_fall_back_to_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOKPLOY_URL", "https://env.example.com")
    monkeypatch.setenv("DOKPLOY_API_KEY", "k")
    assert Dokploy().base_url == "https://env.example.com"
    assert Dokploy(None, None).base_url == "https://env.example.com"
    assert Dokploy("https://explicit.example.com").base_url == "https://explicit.example.com"


def test_missing_url_names_the_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOKPLOY_API_KEY", "k")
    with pytest.raises(ConfigurationError) as info:
        Dokploy.from_env()
    assert "DOKPLOY_URL" in str(info.value)
    assert "DOKPLOY_API_URL" in str(info.value)
    assert isinstance(info.value, ValueError)


def test_missing_key_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOKPLOY_URL", "https://d.example.com")
    with pytest.raises(ConfigurationError, match="DOKPLOY_API_KEY"):
        Dokploy.from_env()
    monkeypatch.setenv("DOKPLOY_API_KEY", "   ")
    with pytest.raises(ConfigurationError, match="DOKPLOY_API_KEY"):
        Dokploy()


def test_negative_max_retries_is_rejected() -> None:
    with pytest.raises(ConfigurationError, match="max_retries"):
        Dokploy(BASE, KEY, max_retries=-1)


@pytest.mark.anyio
async def test_get_sends_the_key_header_and_flat_query() -> None:
    dk, server = mock_client(always(200, b'{"projectId":"p1","name":"demo"}'))
    async with dk:
        await dk.request("GET", "project.one", params={"projectId": "p1"}, parse=dict, timeout=None)
    request = server.requests[0]
    assert request.method == "GET"
    assert str(request.url) == f"{BASE}/api/project.one?projectId=p1"
    assert request.headers["x-api-key"] == KEY
    assert "authorization" not in request.headers
    assert request.content == b""


@pytest.mark.anyio
async def test_post_always_sends_json_content_type_and_a_body() -> None:
    dk, server = mock_client(always(200, b"true"))
    async with dk:
        ok = await dk.application.save_environment(
            application_id="a1",
            env="A=1",
            build_args=None,
            build_secrets=None,
            create_env_file=False,
        )
        assert ok is True
        await dk.settings.clean_all_deployment_queue()
    save, clean = server.requests
    assert save.headers["content-type"] == "application/json"
    assert json.loads(save.content) == {
        "applicationId": "a1",
        "env": "A=1",
        "buildArgs": None,
        "buildSecrets": None,
        "createEnvFile": False,
    }
    # A bodiless procedure still sends the header and {} (the server answers 415 otherwise).
    assert clean.method == "POST"
    assert clean.headers["content-type"] == "application/json"
    assert clean.content == b"{}"


@pytest.mark.anyio
async def test_bare_json_scalars_and_arrays_come_back() -> None:
    dk, _ = mock_client(always(200, b'"v0.30.2"'))
    async with dk:
        assert await dk.settings.get_dokploy_version() == "v0.30.2"
    dk, _ = mock_client(always(200, b"[]"))
    async with dk:
        assert await dk.project.all() == []


@pytest.mark.anyio
async def test_caller_http_client_is_used_and_not_closed() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["x-custom"])
        return httpx.Response(200, json=[])

    http_client = httpx.AsyncClient(
        transport=httpx.MockTransport(handler), headers={"x-custom": "mine"}
    )
    async with Dokploy(BASE, KEY, http_client=http_client) as dk:
        await dk.project.all()
    assert seen == ["mine"]
    assert not http_client.is_closed
    # It still works for its owner after the Dokploy is gone.
    await http_client.get("https://other.example.com/")
    await http_client.aclose()


@pytest.mark.anyio
async def test_own_pool_is_closed_by_aclose_and_async_with() -> None:
    dk = Dokploy(BASE, KEY)
    async with dk:
        pass
    assert dk._client.is_closed
    dk2 = Dokploy(BASE, KEY)
    await dk2.aclose()
    assert dk2._client.is_closed


@pytest.mark.anyio
async def test_with_options_shares_the_pool() -> None:
    dk, server = mock_client(always(200, b"[]"))
    quick = dk.with_options(max_retries=0, timeout=3)
    assert quick.max_retries == 0
    assert quick.timeout == httpx.Timeout(3)
    assert quick._client is dk._client
    await quick.aclose()
    await quick.project.all()
    assert server.calls == 1


def test_default_timeouts() -> None:
    dk = Dokploy(BASE, KEY)
    assert dk.timeout == DEFAULT_TIMEOUT
    assert dk.timeout.connect == 10.0
    assert dk.timeout.read == 60.0
    assert Dokploy(BASE, KEY, timeout=5).timeout == httpx.Timeout(5)
    assert Dokploy(BASE, KEY, timeout=None).timeout == httpx.Timeout(None)
    # httpx's 5 s default is too short for a PaaS API: a caller's client gets ours too.
    own = httpx.AsyncClient()
    assert Dokploy(BASE, KEY, http_client=own).timeout == DEFAULT_TIMEOUT


@pytest.mark.anyio
async def test_timeout_per_call_and_for_long_running_procedures() -> None:
    seen: list[dict[str, float | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        record = {**records.POSTGRES, "postgresId": "pg", "name": "db", "appName": "db-x1"}
        body = b"[]" if request.method == "GET" else json.dumps(record).encode()
        return httpx.Response(200, content=body)

    dk, _ = mock_client(handler)
    async with dk:
        await dk.project.all()
        await dk.project.all(timeout=2.5)
        await dk.project.all(timeout=None)
        await dk.postgres.deploy(postgres_id="pg")
        await dk.postgres.deploy(postgres_id="pg", timeout=30)
    default, per_call, unlimited, deploy, deploy_override = seen
    assert default == {"connect": 10.0, "read": 60.0, "write": 60.0, "pool": 60.0}
    assert per_call["read"] == 2.5
    assert unlimited["read"] is None
    assert deploy["read"] == 900.0
    assert deploy["connect"] == 10.0
    assert deploy_override["read"] == 30
    assert "postgres.deploy" in LONG_RUNNING_PROCEDURES


def test_repr_shows_the_base_url_only() -> None:
    assert repr(Dokploy(BASE + "/api", KEY)) == "Dokploy(base_url='https://dokploy.example.com')"


def test_public_names_have_docstrings() -> None:
    for name in dokploy_async.__all__:
        assert getattr(dokploy_async, name).__doc__, name
    for name in ("request", "from_env", "with_options", "aclose", "base_url"):
        assert getattr(Dokploy, name).__doc__, name


def test_lazy_table_and_type_checking_imports_agree() -> None:
    tree = ast.parse(Path(dokploy_async.__file__).read_text())
    typed: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            for alias in node.names:
                typed[alias.asname or alias.name] = f".{node.module}"
    assert typed == dokploy_async._LAZY


def test_unknown_attribute_raises_attribute_error() -> None:
    with pytest.raises(AttributeError):
        _ = dokploy_async.NoSuchThing
    assert "Dokploy" in dir(dokploy_async)


def test_import_is_lazy() -> None:
    code = (
        "import sys, dokploy_async\n"
        "heavy = [m for m in ('httpx', 'tenacity', 'dokploy_async.generated.resources',"
        " 'dokploy_async._client') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
        "from dokploy_async import DokployError\n"
        "print('httpx' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out == ["", "False"]
