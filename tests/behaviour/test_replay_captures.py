"""Replay every request recorded from a real Dokploy against the simulator.

Each ``captures/*.req.txt`` is sent (ids of the real server replaced by ids of objects
created the same way in the simulator) and the answer must have the capture's status
and body shape: same JSON type, same keys for objects (recursively, and for the first
element of arrays), bare ``true``, empty body, or the same plain text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from dokploy_async.testing import Simulator, simulate
from tests.shared_data import CAPTURES, requires_shared

pytestmark = [pytest.mark.anyio, pytest.mark.shared, requires_shared]

_STATUS = re.compile(r"\.(\d{3})\.req\.txt$")


class Capture:
    """One recorded request and the response the real server gave."""

    def __init__(self, path: Path) -> None:
        self.name = path.name[: -len(".req.txt")]
        match = _STATUS.search(path.name)
        assert match is not None
        self.status = int(match.group(1))
        self.body = path.with_name(f"{self.name}.json").read_bytes()
        head, _, payload = path.read_text().partition("\n\n")
        lines = head.splitlines()
        self.method, self.url = lines[0].split(" ", 1)
        self.headers: dict[str, str] = {}
        self.captured_at = ""
        self.empty_body = False
        for line in lines[1:]:
            key, _, value = line.partition(": ")
            if key.lower() in ("x-api-key", "content-type"):
                self.headers[key.lower()] = value
            elif key == "captured_at":
                self.captured_at = value
            elif key == "extra curl args":
                header = re.search(r"-H ([^:]+): (.*?)(?: --|$)", value)
                if header:
                    self.headers[header.group(1).lower()] = header.group(2)
                self.empty_body = "--data-binary" in value
        self.payload = payload.strip("\n")

    def order(self) -> tuple[int, str, int, str]:
        # Time order, except that the extracted poll snapshots (no time) come late and
        # the read-after-delete comes last. Within one second, a domain was deleted
        # before its application (deleting the application takes its domains along).
        last = 2 if self.name.startswith("err.after-delete") else (1 if not self.captured_at else 0)
        rank = 0 if self.name.startswith("domain.delete") else 1
        return (last, self.captured_at, rank, self.name)


def _captures() -> list[Capture]:
    if not CAPTURES.is_dir():
        return []
    return sorted((Capture(p) for p in CAPTURES.glob("*.req.txt")), key=Capture.order)


def shape_mismatch(expected: Any, actual: Any, where: str = "$") -> str | None:
    """Where ``actual`` differs in shape from ``expected`` (None when it matches)."""
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return f"{where}: expected an object, got {type(actual).__name__}"
        if set(expected) != set(actual):
            missing = sorted(set(expected) - set(actual))
            extra = sorted(set(actual) - set(expected))
            return f"{where}: keys differ; missing {missing}, extra {extra}"
        for key, value in expected.items():
            if isinstance(value, dict | list) and value:
                problem = shape_mismatch(value, actual[key], f"{where}.{key}")
                if problem:
                    return problem
        return None
    if isinstance(expected, list):
        if not isinstance(actual, list):
            return f"{where}: expected an array, got {type(actual).__name__}"
        if expected and not actual:
            return f"{where}: expected a non-empty array"
        if expected and isinstance(expected[0], dict | list):
            return shape_mismatch(expected[0], actual[0], f"{where}[0]")
        return None
    if type(expected) is not type(actual) and not (expected is None or actual is None):
        return f"{where}: expected {type(expected).__name__}, got {type(actual).__name__}"
    if isinstance(expected, bool) and expected != actual:
        return f"{where}: expected {expected!r}, got {actual!r}"
    return None


async def _seed(sim: Simulator, client: httpx.AsyncClient) -> dict[str, str]:
    """Create what the captures refer to; map their ids to the simulator's."""
    ids: dict[str, str] = {}
    main = sim.seed_project("sdk-smoke", "smoke test project")
    ids["oL6-MlSKixDuQH8lgQbdY"] = pid = main["project"]["projectId"]
    ids["mP4hjQP5SCXDRTEoMlXKg"] = env = main["environment"]["environmentId"]
    ids["_-00ZHqsMeeYjYNbpkKiB"] = sim.state.create_environment(pid, "staging")["environmentId"]
    ids["snzSn7Yc8_hohWJRtorTn"] = app = sim.seed_application(env, "web")["applicationId"]
    ids["28l8YZkGgwVZWRb2kxGrx"] = sim.seed_compose(env, "stack")["composeId"]
    ids["sH-cevVqAZJif-L3qBtsr"] = pg = sim.seed_database("postgres", env, "db")["postgresId"]
    sim.fail_service(pg, message="Cannot connect to the Docker daemon")
    ids["Uwn4JIqUDuvT4WcUsEFyU"] = sim.state.create_domain(
        {"host": "web.smoke.local", "applicationId": app}
    )["domainId"]
    throwaway = sim.seed_project("throwaway")
    ids["OmLk4YtQKNe89qQEB33Df"] = tid = throwaway["project"]["projectId"]
    tenv = throwaway["environment"]["environmentId"]
    ids["6OgpIebTLWg93zG2D-W1k"] = sim.state.create_environment(tid, "tmpenv")["environmentId"]
    ids["QubJzeRX5JKDX-imM_Wym"] = tapp = sim.seed_application(tenv, "tmp")["applicationId"]
    ids["2YiL28SM5dk7v4IIzkVOQ"] = sim.seed_compose(tenv, "tmpc")["composeId"]
    ids["g5TwQJc0t_m2PAEWULGb7"] = sim.seed_database("postgres", tenv, "tmpp")["postgresId"]
    ids["uGyyyIl-SKYK5MsH4f5FK"] = sim.state.create_domain(
        {"host": "tmp.local", "applicationId": tapp}
    )["domainId"]
    await client.post("/application.deploy", json={"applicationId": app, "title": "seed"})
    await sim.wait_idle()
    ids["-baX9d0bkstC4_s9fulfK"] = sim.state.deployments_of(app)[0]["deploymentId"]
    ids["G5b9TmKm_mZXFGk8enb27"] = "deleted-deployment-id"
    return ids


async def _fill_queue(sim: Simulator, client: httpx.AsyncClient, app: str) -> None:
    """Make the queue hold a running job and waiting ones, as in the capture."""
    sim.succeed_service(app, seconds=0.5)
    for i in range(3):
        await client.post("/application.deploy", json={"applicationId": app, "title": f"p{i}"})


@pytest.mark.skipif(not _captures(), reason="no captures to replay")
async def test_every_capture_replays_with_the_same_status_and_shape() -> None:
    captures = _captures()
    failures: list[str] = []
    async with (
        simulate(api_key="replay-key", deploy_seconds=0.02) as sim,
        httpx.AsyncClient(
            base_url=sim.url, headers={"x-api-key": sim.api_key}, timeout=10
        ) as seeding,
    ):
        seeding.base_url = httpx.URL(f"{sim.url}/api/")
        ids = await _seed(sim, seeding)
        prepare: dict[str, Callable[[], Awaitable[None]]] = {
            "deployment.queueList.with-jobs.200": lambda: _fill_queue(
                sim, seeding, ids["snzSn7Yc8_hohWJRtorTn"]
            ),
        }
        async with httpx.AsyncClient(base_url=sim.url, timeout=10) as client:
            for cap in captures:
                if cap.name in prepare:
                    await prepare[cap.name]()
                problem = await _replay(sim, client, cap, ids)
                if problem:
                    failures.append(f"{cap.name}: {problem}")
    assert not failures, "\n".join(failures)
    assert len(captures) >= 60


async def _replay(
    sim: Simulator, client: httpx.AsyncClient, cap: Capture, ids: dict[str, str]
) -> str | None:
    def swap(text: str) -> str:
        for real, ours in ids.items():
            text = text.replace(real, ours)
        return text

    path = swap(cap.url.split("127.0.0.1:3000", 1)[1])
    headers = {}
    for key, value in cap.headers.items():
        headers[key] = value.replace("<DOKPLOY_API_KEY>", sim.api_key).replace("<KEY>", sim.api_key)
    content = b"" if cap.empty_body or not cap.payload else swap(cap.payload).encode()
    resp = await client.request(cap.method, path, headers=headers, content=content)
    if resp.status_code != cap.status:
        return f"status {resp.status_code} != {cap.status}: {resp.text[:300]}"
    if not cap.body:
        return None if resp.content == b"" else f"expected an empty body, got {resp.content!r}"
    try:
        expected = json.loads(cap.body)
    except ValueError:
        return None if resp.content == cap.body else f"expected text {cap.body!r}"
    try:
        actual = resp.json()
    except ValueError:
        return f"expected JSON, got {resp.content[:100]!r}"
    return shape_mismatch(expected, actual)
