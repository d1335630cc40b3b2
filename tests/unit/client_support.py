"""Helpers of the client tests: a Dokploy wired to an ``httpx.MockTransport``, capture replay."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx

from dokploy_async import Dokploy

BASE = "https://dokploy.example.com"
KEY = "dk_test_SECRET-KEY-0123456789"

Handler = Callable[[httpx.Request], httpx.Response]


@dataclass
class Recorder:
    """A mock server: answers with ``handler`` and keeps every request it saw."""

    handler: Handler
    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.handler(request)

    @property
    def calls(self) -> int:
        return len(self.requests)


def mock_client(handler: Handler, **options: Any) -> tuple[Dokploy, Recorder]:
    """A Dokploy whose own pool sends to ``handler`` (via a caller-supplied transport-only client)."""
    recorder = Recorder(handler)
    http_client = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    options.setdefault("api_key", KEY)
    return Dokploy(BASE, http_client=http_client, **options), recorder


def always(status: int, content: bytes = b"", **headers: str) -> Handler:
    """A handler that answers every request the same way."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers=headers)

    return handler


def repeat(answer: httpx.Response | Exception) -> Handler:
    """A handler that gives the same answer (or raises the same exception) every time."""

    def handler(request: httpx.Request) -> httpx.Response:
        if isinstance(answer, Exception):
            raise answer
        return answer

    return handler


def sequence(*responses: httpx.Response | Exception) -> Handler:
    """A handler that answers with each item in turn (raising the exceptions)."""
    items = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        item = items.pop(0)
        if isinstance(item, Exception):
            raise item
        return item

    return handler


@dataclass
class Capture:
    """One real exchange from ../shared/dokploy/captures: the request line and the raw answer."""

    method: str
    route: str
    params: dict[str, str]
    status: int
    reason: str
    headers: dict[str, str]
    body: bytes

    def response(self) -> httpx.Response:
        return httpx.Response(
            self.status,
            headers=self.headers,
            content=self.body,
            extensions={"reason_phrase": self.reason.encode()},
        )

    def json(self) -> Any:
        return json.loads(self.body)


def load_capture(folder: Path, stem: str) -> Capture:
    """Read ``stem.json``, ``stem.req.txt`` and ``stem.headers.txt``."""
    request_line = (folder / f"{stem}.req.txt").read_text().splitlines()[0]
    method, url = request_line.split(" ", 1)
    parts = urlsplit(url)
    route = parts.path.removeprefix("/api/")
    status_line, *header_lines = (folder / f"{stem}.headers.txt").read_text().splitlines()
    _, status, reason = status_line.split(" ", 2)
    headers: dict[str, str] = {}
    for line in header_lines:
        name, sep, value = line.partition(":")
        # The body is served whole, so the original framing headers no longer apply.
        if sep and name.lower() not in ("transfer-encoding", "content-length"):
            headers[name.strip()] = value.strip()
    return Capture(
        method=method,
        route=route,
        params=dict(parse_qsl(parts.query)),
        status=int(status),
        reason=reason,
        headers=headers,
        body=(folder / f"{stem}.json").read_bytes(),
    )
