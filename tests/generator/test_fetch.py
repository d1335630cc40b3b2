"""Fetching the OpenAPI document: live routes, plain URLs, files, and clear failures."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from generator.__main__ import main
from generator.errors import AuthenticationFailed, FetchError, NotAnOpenAPIDocument
from generator.fetch import candidate_urls, fetch

DOC = {"openapi": "3.1.0", "info": {"version": "v9.9.9"}, "paths": {"/project.all": {}}}
KEY = "sk-test-0123456789"


def _transport(routes: dict[str, httpx.Response], seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return routes.get(request.url.path, httpx.Response(404, json={"message": "Not found"}))

    return httpx.MockTransport(handler)


@pytest.mark.parametrize(
    "base", ["https://dk.example", "https://dk.example/", "https://dk.example/api"]
)
def test_live_instance_plain_route(base: str) -> None:
    seen: list[httpx.Request] = []
    routes = {"/api/settings.getOpenApiDocument": httpx.Response(200, json=DOC)}
    assert fetch(base, api_key=KEY, transport=_transport(routes, seen)) == DOC
    assert seen[0].headers["x-api-key"] == KEY
    assert "authorization" not in seen[0].headers


def test_live_instance_trpc_route_is_unwrapped() -> None:
    seen: list[httpx.Request] = []
    wrapped = {"result": {"data": {"json": DOC}}}
    routes = {"/api/trpc/settings.getOpenApiDocument": httpx.Response(200, json=wrapped)}
    assert fetch("https://dk.example", api_key=KEY, transport=_transport(routes, seen)) == DOC
    assert [r.url.path for r in seen] == [
        "/api/settings.getOpenApiDocument",
        "/api/trpc/settings.getOpenApiDocument",
        "/api/settings.getDokployVersion",
    ]


def test_a_live_instance_records_its_own_version() -> None:
    seen: list[httpx.Request] = []
    docs_site = {**DOC, "info": {"version": "1.0.0"}}
    routes = {
        "/api/settings.getOpenApiDocument": httpx.Response(200, json=docs_site),
        "/api/settings.getDokployVersion": httpx.Response(200, json="v0.28.0"),
    }
    document = fetch("https://dk.example", api_key=KEY, transport=_transport(routes, seen))
    assert document["info"] == {"version": "1.0.0", "x-dokploy-version": "v0.28.0"}
    assert seen[-1].headers["x-api-key"] == KEY


def test_a_url_serving_json_is_read_as_is() -> None:
    seen: list[httpx.Request] = []
    routes = {"/specs/dokploy.json": httpx.Response(200, json=DOC)}
    assert (
        fetch("https://cdn.example/specs/dokploy.json", transport=_transport(routes, seen)) == DOC
    )
    assert candidate_urls("https://cdn.example/specs/dokploy.json") == [
        "https://cdn.example/specs/dokploy.json"
    ]


def test_a_local_file(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(DOC))
    assert fetch(str(spec)) == DOC
    assert fetch(f"file://{spec}") == DOC
    with pytest.raises(FetchError, match="no such file"):
        fetch(str(tmp_path / "missing.json"))


def test_401_says_why_and_hides_the_key() -> None:
    routes = {
        "/api/settings.getOpenApiDocument": httpx.Response(401, json={"message": "Unauthorized"})
    }
    with pytest.raises(AuthenticationFailed, match="401") as caught:
        fetch("https://dk.example", api_key=KEY, transport=_transport(routes, []))
    assert KEY not in str(caught.value)


def test_unreachable_host() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with pytest.raises(FetchError, match="unreachable"):
        fetch("https://dk.example", transport=httpx.MockTransport(refuse))


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, text="<html><body>502 Bad Gateway</body></html>"),
        httpx.Response(200, json={"hello": "world"}),
    ],
    ids=["html", "json-but-not-openapi"],
)
def test_a_body_that_is_not_an_openapi_document(response: httpx.Response) -> None:
    routes = {"/api/settings.getOpenApiDocument": response}
    with pytest.raises(NotAnOpenAPIDocument):
        fetch("https://dk.example", transport=_transport(routes, []))


def test_command_line_writes_the_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps(DOC))
    output = tmp_path / "openapi.json"
    assert main(["fetch", "--file", str(source), "--output", str(output)]) == 0
    assert json.loads(output.read_text()) == DOC
    assert "v9.9.9" in capsys.readouterr().out


def test_command_line_reports_failures_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["fetch", "--file", str(tmp_path / "nope.json")]) == 1
    assert capsys.readouterr().err.startswith("error: no such file")
