"""Real Dokploy responses round-trip through the generated client without loss.

Every success capture in ``../shared/dokploy/captures/`` is fed to the public method of its
route (through :class:`Resources` with a fake ``request`` that answers with the captured
body), called with the arguments of the captured request. The parsed value must write
back, through ``to_dict()``, exactly the JSON the server sent: nothing lost, nothing
invented. How many of the captured keys land in declared fields (rather than in
``additional_properties`` or plain JSON) is measured and printed. The deploy poll logs' raw
lists go through the same parse functions.

The last tests need no reference data: they pin the forward-compatibility promises of the
generated models (unknown fields kept, unknown enum values accepted, dates written back).
"""

from __future__ import annotations

import asyncio
import inspect
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
from openapi_python_client.strings import snake_case

from dokploy_async.generated._answers import EMPTY_BODY
from dokploy_async.generated.models.deployment import Deployment
from dokploy_async.generated.models.deployment_status import DEPLOYMENT_STATUS_VALUES
from dokploy_async.generated.models.project import Project
from dokploy_async.generated.models.queue_job import QueueJob
from dokploy_async.generated.models.queue_job_data import QueueJobData
from dokploy_async.generated.resources import OPERATIONS, Resources
from dokploy_async.generated.types import UNSET, Unset
from dokploy_async.testing import records
from tests.shared_data import CAPTURES, requires_shared

_T = TypeVar("_T")

METHODS = {route: (attribute, method, http) for attribute, method, http, route, _ in OPERATIONS}
#: The share of captured keys that must land in declared fields (issue 18).
KEY_COVERAGE = 0.95
_POLL_PREFIX = re.compile(r"^poll\.t\d+\.")


@dataclass(frozen=True)
class Capture:
    """One recorded success response and the request that produced it."""

    path: Path
    route: str
    http_method: str
    query: dict[str, str]
    body: Any

    @property
    def operation_id(self) -> str:
        return self.route.replace(".", "-", 1)

    def response(self) -> Any:
        """The decoded body, or ``None`` for an empty one (what the client hands to parse)."""
        raw = self.path.read_text(encoding="utf-8")
        return json.loads(raw) if raw.strip() else None


def _route_of(name: str) -> str:
    """``poll.t01.deployment.queueList.200.json`` -> ``deployment.queueList``."""
    router, procedure, *_ = _POLL_PREFIX.sub("", name).split(".")
    return f"{router}.{procedure}"


def _read_request(path: Path) -> tuple[str, dict[str, str], Any]:
    """Method, query and JSON body of a ``.req.txt`` file (the body is ``None`` if absent)."""
    head, _, rest = path.read_text(encoding="utf-8").partition("\n\n")
    method, url = head.splitlines()[0].split()[:2]
    query = dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))
    text = rest.strip()
    return method, query, json.loads(text) if text.startswith(("{", "[")) else None


def success_captures() -> list[Capture]:
    """Every ``*.200.json`` capture of a real route (empty without the reference data)."""
    if not CAPTURES.is_dir():
        return []
    found = []
    for path in sorted(CAPTURES.glob("*.200.json")):
        if path.name.startswith("err."):
            continue
        route = _route_of(path.name)
        request = path.with_name(path.name.removesuffix(".json") + ".req.txt")
        method, query, body = _read_request(request) if request.is_file() else ("GET", {}, None)
        found.append(Capture(path, route, method, query, body))
    return found


def _ids(capture: Capture) -> str:
    return capture.path.name.removesuffix(".200.json")


# --- the public path ---------------------------------------------------------------------


@dataclass
class Sent:
    method: str
    route: str
    params: dict[str, Any] | None
    json: Any


class FakeTransport(Resources):
    """Resources whose ``request`` answers every call with one canned decoded body."""

    def __init__(self, body: Any) -> None:
        self.body = body
        self.sent: list[Sent] = []

    async def request(
        self,
        method: str,
        route: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        files: list[tuple[str, Any]] | None = None,
        parse: Callable[[Any], _T],
        timeout: float | httpx.Timeout | Unset | None,  # noqa: ASYNC109 - the interface's name
    ) -> _T:
        self.sent.append(Sent(method, route, params, json))
        return parse(self.body)


def _kwargs(bound: Callable[..., Any], wire: dict[str, Any]) -> dict[str, Any]:
    """Wire-named request fields as the keyword arguments ``bound`` takes."""
    accepted = set(inspect.signature(bound).parameters)
    kwargs: dict[str, Any] = {}
    for name, value in wire.items():
        keyword = snake_case(name)
        if keyword not in accepted:
            keyword = keyword.rstrip("_")
        assert keyword in accepted, f"{bound.__qualname__} takes no {name!r}"
        kwargs[keyword] = value
    return kwargs


def call_public(capture: Capture) -> tuple[Any, Sent]:
    """Call the route's public method with the captured request; return result and request."""
    attribute, method, http_method = METHODS[capture.route]
    transport = FakeTransport(capture.response())
    bound = getattr(getattr(transport, attribute), method)
    wire = capture.query if http_method == "GET" else (capture.body or {})
    result = asyncio.run(bound(**_kwargs(bound, wire)))
    assert len(transport.sent) == 1
    return result, transport.sent[0]


def to_json(value: Any) -> Any:
    """What a parsed value writes back: ``to_dict()`` for models, recursively for lists."""
    if isinstance(value, list):
        return [to_json(item) for item in value]
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value


def exact(value: Any) -> str:
    """A canonical JSON text that tells ``1`` from ``1.0`` and ``true``."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def models_in(value: Any) -> Iterator[Any]:
    """Every generated model instance reachable from ``value`` through typed attributes."""
    if isinstance(value, list):
        for item in value:
            yield from models_in(item)
    elif hasattr(value, "additional_properties"):
        yield value
        for name in value.__attrs_attrs__:
            if name.name != "additional_properties":
                yield from models_in(getattr(value, name.name))


def _json_keys(value: Any) -> int:
    """How many object keys plain JSON holds, at every depth."""
    if isinstance(value, dict):
        return sum(1 + _json_keys(v) for v in value.values())
    if isinstance(value, list):
        return sum(_json_keys(v) for v in value)
    return 0


def key_counts(value: Any) -> tuple[int, int]:
    """``(declared, total)`` keys of a parsed value: a key is declared when a model field
    holds it; keys in ``additional_properties`` or in plain-JSON values are not."""
    if isinstance(value, list):
        pairs = [key_counts(item) for item in value]
        return sum(d for d, _ in pairs), sum(t for _, t in pairs)
    if hasattr(value, "additional_properties"):
        declared = total = 0
        for attribute in value.__attrs_attrs__:
            if attribute.name == "additional_properties":
                continue
            field_value = getattr(value, attribute.name)
            if isinstance(field_value, Unset):
                continue
            inner_declared, inner_total = key_counts(field_value)
            declared += 1 + inner_declared
            total += 1 + inner_total
        extra = value.additional_properties
        return declared, total + sum(1 + _json_keys(v) for v in extra.values())
    if isinstance(value, dict):
        return 0, _json_keys(value)
    return 0, 0


# --- tests on the reference data ---------------------------------------------------------


@requires_shared
def test_captures_are_found_and_mapped_to_routes() -> None:
    captures = success_captures()
    assert len(captures) > 50
    unknown = sorted({c.route for c in captures if c.route not in METHODS})
    assert not unknown, f"captures of routes the pinned client lacks: {unknown}"


@requires_shared
@pytest.mark.parametrize("capture", success_captures(), ids=_ids)
def test_capture_round_trips_through_the_public_method(capture: Capture) -> None:
    result, sent = call_public(capture)
    body = capture.response()

    assert (sent.method, sent.route) == (METHODS[capture.route][2], capture.route)
    if capture.route in EMPTY_BODY:
        # Dokploy's type says the procedure returns nothing; the server sent no bytes.
        assert body is None
        assert result is None
        return
    if isinstance(body, dict) and body:
        assert not isinstance(result, dict), f"{capture.route} came back as plain JSON"
    assert exact(to_json(result)) == exact(body), "to_dict() does not reproduce the body"


@requires_shared
def test_most_captured_keys_land_in_declared_fields() -> None:
    declared = total = 0
    leftovers: set[str] = set()
    for capture in success_captures():
        result, _ = call_public(capture)
        d, t = key_counts(result)
        declared += d
        total += t
        leftovers |= {
            f"{type(model).__name__}.{key}"
            for model in models_in(result)
            for key in model.additional_properties
        }
    share = declared / total
    print(f"\ncaptured keys in declared fields: {declared}/{total} = {share:.1%}")
    print(f"keys left in additional_properties: {sorted(leftovers) or 'none'}")
    assert share >= KEY_COVERAGE


@requires_shared
@pytest.mark.parametrize("capture", success_captures(), ids=_ids)
def test_the_method_sends_the_captured_request(capture: Capture) -> None:
    _, sent = call_public(capture)
    if sent.method == "GET":
        assert {k: str(v) for k, v in (sent.params or {}).items()} == capture.query
    elif not capture.body:
        # A procedure without input: the method sends no body; the client itself adds the
        # Content-Type header the server insists on.
        assert sent.json in (None, {})
    else:
        assert exact(sent.json) == exact(capture.body)


def _poll_lists() -> list[tuple[str, str, list[Any]]]:
    """``(label, route, raw list)`` for every list recorded in the deploy poll logs."""
    if not CAPTURES.is_dir():
        return []
    lists = []
    for path in sorted(CAPTURES.glob("*-poll-log.json")):
        for index, entry in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            label = f"{path.stem}[{index}]"
            if "queueList_raw" in entry:
                lists.append((label, "deployment.queueList", entry["queueList_raw"]))
            if "deployment_all_raw" in entry:
                lists.append((label, "deployment.all", entry["deployment_all_raw"]))
            if entry.get("what") == "queueList":
                lists.append((label, "deployment.queueList", entry["raw"]))
            elif entry.get("what") == "deployment.all":
                lists.append((label, "deployment.all", entry["raw"]))
    return lists


@requires_shared
def test_poll_logs_are_found() -> None:
    lists = _poll_lists()
    assert len(lists) > 30
    assert any(raw for _, route, raw in lists if route == "deployment.queueList")


@requires_shared
@pytest.mark.parametrize(
    ("label", "route", "raw"), _poll_lists(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_poll_log_lists_round_trip(label: str, route: str, raw: list[Any]) -> None:
    attribute, method, _ = METHODS[route]
    transport = FakeTransport(raw)
    bound = getattr(getattr(transport, attribute), method)
    kwargs = {"application_id": "x"} if route == "deployment.all" else {}
    result = asyncio.run(bound(**kwargs))
    model = QueueJob if route == "deployment.queueList" else Deployment
    assert isinstance(result, list)
    assert all(isinstance(item, model) for item in result)
    assert exact(to_json(result)) == exact(raw), label
    assert not [k for item in result for m in models_in(item) for k in m.additional_properties]


# --- forward compatibility, no reference data needed -------------------------------------

JOB: dict[str, Any] = {
    "id": "job-3",
    "name": "deployments",
    "data": {
        "applicationId": "app1",
        "titleLog": "t",
        "descriptionLog": "",
        "type": "deploy",
        "applicationType": "application",
        "server": False,
    },
    "timestamp": 1795375940108,
    "processedOn": 1795375940112,
    "state": "active",
    "servicePath": {"href": "/dashboard/x", "label": "Application"},
}
CREATED = "2026-11-22T19:30:57.008Z"
PROJECT: dict[str, Any] = {
    "projectId": "p",
    "name": "shop",
    "description": None,
    "createdAt": CREATED,
    "organizationId": "o",
    "env": "",
}
DEPLOYMENT: dict[str, Any] = {
    **records.DEPLOYMENT,
    "deploymentId": "d1",
    "title": "t",
    "status": "done",
    "logPath": "/etc/dokploy/logs/a/a.log",
    "applicationId": "a",
    "createdAt": CREATED,
}


def test_unknown_fields_are_kept_and_written_back() -> None:
    raw = {
        **JOB,
        "attemptsMade": 2,
        "data": {**JOB["data"], "futureFlag": {"nested": [1, 2.5, None]}},
    }
    job = QueueJob.from_dict(raw)
    assert job["attemptsMade"] == 2
    assert "attemptsMade" in job.additional_keys
    assert isinstance(job.data, QueueJobData)
    assert job.data.additional_properties == {"futureFlag": {"nested": [1, 2.5, None]}}
    assert exact(job.to_dict()) == exact(raw)


def test_optional_fields_left_out_stay_unset() -> None:
    job = QueueJob.from_dict({k: v for k, v in JOB.items() if k != "processedOn"})
    assert job.processed_on is UNSET
    assert "processedOn" not in job.to_dict()


def test_unknown_enum_values_are_accepted_and_written_back() -> None:
    raw = {**DEPLOYMENT, "status": "paused-by-future-dokploy"}
    deployment = Deployment.from_dict(raw)
    assert str(deployment.status) == "paused-by-future-dokploy"
    assert deployment.status not in DEPLOYMENT_STATUS_VALUES
    assert deployment.to_dict() == raw
    assert Deployment.from_dict(DEPLOYMENT).status in DEPLOYMENT_STATUS_VALUES
    job = QueueJob.from_dict({**JOB, "state": "prioritized"})
    assert job.state == "prioritized"


def test_integers_and_timestamps_are_written_back_exactly() -> None:
    job = QueueJob.from_dict(JOB)
    assert job.timestamp == 1795375940108
    assert exact(job.to_dict()) == exact(JOB)
    project = Project.from_dict({**PROJECT, "environments": []})
    assert project.created_at == CREATED
    assert project.to_dict()["createdAt"] == CREATED


def test_nested_records_are_typed() -> None:
    environment = {
        "environmentId": "e",
        "name": "production",
        "description": None,
        "createdAt": CREATED,
        "env": "",
        "projectId": "p",
        "isDefault": True,
        "applications": [{**records.APPLICATION, "applicationId": "a", "name": "web"}],
    }
    project = Project.from_dict({**PROJECT, "environments": [environment]})
    assert not isinstance(project.environments, Unset)
    typed = project.environments[0]
    assert typed.environment_id == "e"
    assert not isinstance(typed.applications, Unset)
    assert typed.applications[0].application_id == "a"


def test_shapes_of_scalar_empty_and_untyped_responses() -> None:
    transport = FakeTransport(True)
    assert asyncio.run(transport.application.update(application_id="a")) is True
    transport = FakeTransport(None)
    assert asyncio.run(transport.application.deploy(application_id="a")) is None
    transport = FakeTransport("v0.30.2")
    assert asyncio.run(transport.settings.get_dokploy_version()) == "v0.30.2"
    # settings.readTraefikEnv is `any` to the type checker: plain JSON comes back as is.
    transport = FakeTransport({"anything": [1]})
    assert asyncio.run(transport.settings.read_traefik_env()) == {"anything": [1]}
