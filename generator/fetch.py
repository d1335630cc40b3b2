"""Get a Dokploy OpenAPI document: from a live instance, any URL serving JSON, or a file.

A live instance serves it at ``/api/settings.getOpenApiDocument`` (plain JSON) and at the
tRPC route ``/api/trpc/settings.getOpenApiDocument`` (wrapped in
``{"result":{"data":{"json": ...}}}``); both are tried, in that order.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from .build import VERSION_EXTENSION, load_document
from .errors import AuthenticationFailed, FetchError

ROUTES = ("api/settings.getOpenApiDocument", "api/trpc/settings.getOpenApiDocument")


def fetch(
    source: str,
    *,
    api_key: str | None = None,
    timeout: float = 30.0,
    transport: httpx.BaseTransport | None = None,
) -> dict[str, Any]:
    """Return the OpenAPI document found at ``source`` (a file path, a URL, or an instance)."""
    path = Path(source.removeprefix("file://"))
    if "://" not in source or source.startswith("file://"):
        if not path.is_file():
            raise FetchError(f"no such file: {path}")
        return load_document(path.read_bytes(), str(path))
    headers = {"x-api-key": api_key} if api_key else {}
    with httpx.Client(
        timeout=timeout, headers=headers, follow_redirects=True, transport=transport
    ) as client:
        for url in candidate_urls(source):
            response = _get(client, url)
            if response.status_code == 404 and url != source:
                continue
            document = _document(response, url)
            if url != source:
                _record_version(client, url, document)
            return document
    raise FetchError(f"{source} serves no OpenAPI document (tried {', '.join(ROUTES)})")


def candidate_urls(source: str) -> list[str]:
    """The URL itself when it names a document, else the instance's two document routes."""
    parts = urlsplit(source)
    if parts.path.endswith(".json") or "getOpenApiDocument" in parts.path:
        return [source]
    base = source.rstrip("/").removesuffix("/api").rstrip("/")
    return [f"{base}/{route}" for route in ROUTES]


def _get(client: httpx.Client, url: str) -> httpx.Response:
    try:
        return client.get(url)
    except httpx.TimeoutException:
        raise FetchError(f"{_host(url)} did not answer in time") from None
    except httpx.HTTPError as exc:
        raise FetchError(f"{_host(url)} is unreachable: {type(exc).__name__}: {exc}") from None


def _document(response: httpx.Response, url: str) -> dict[str, Any]:
    if response.status_code == 401:
        raise AuthenticationFailed(
            f"{_host(url)} answered 401 Unauthorized: the API key is missing or wrong, its user "
            "lacks the 'Access API/CLI' permission, or the key is rate-limited"
        )
    if response.status_code >= 400:
        raise FetchError(f"{url} answered HTTP {response.status_code}")
    raw = response.content
    try:
        body = json.loads(raw)
    except ValueError:
        body = None
    if isinstance(body, dict) and isinstance(body.get("result"), dict):
        wrapped = body["result"].get("data", {})
        raw = json.dumps(wrapped.get("json", wrapped)).encode()
    return load_document(raw, url)


def _record_version(client: httpx.Client, document_url: str, document: dict[str, Any]) -> None:
    """Note the live server's own version in ``info``: its ``info.version`` cannot be trusted
    (documents served by many versions say "1.0.0"). Nothing is recorded when it cannot be read."""
    base = document_url.split("/api/", 1)[0]
    try:
        response = client.get(f"{base}/api/settings.getDokployVersion")
        version = response.json() if response.status_code == 200 else None
    except (httpx.HTTPError, ValueError):
        return
    if isinstance(version, str) and version.strip():
        document.setdefault("info", {})[VERSION_EXTENSION] = version.strip()


def _host(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def write(document: dict[str, Any], output: Path) -> None:
    """Write ``document`` as indented JSON (stable bytes for the same document)."""
    output.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
