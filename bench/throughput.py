"""Throughput of ``dk.project.all()`` against raw ``httpx.AsyncClient`` GETs, same server, same run.

A uvicorn server in a child process (so its work does not share the client's CPU) serves
one fixed, synthetic project list on 127.0.0.1 from a minimal raw ASGI app. Both clients
then make the same bounded number of requests, sequentially and with some concurrency, in
alternating rounds; the best round of each is compared. The raw client decodes the JSON
too, so the ratio measures what the SDK adds: routing, headers, the retry wrapper, error
checks and parsing into typed models. Target: ratio >= 0.85. Nothing is asserted.

A third column, "transport", calls ``dk.request(..., parse=identity)``: the client without
the generated models' parsing, to tell the facade's cost from the models' cost.

    python -m bench.throughput [--requests 1000] [--rounds 3] [--concurrency 8]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import socket
import statistics
import time
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import httpx

from dokploy_async import Dokploy
from dokploy_async.generated.types import UNSET

API_KEY = "bench-key"


def _identity(data: Any) -> Any:
    return data


def _project(i: int) -> dict[str, Any]:
    return {
        "projectId": f"proj-{i:04d}",
        "name": f"project-{i}",
        "description": None,
        "createdAt": "2026-01-01T00:00:00.000Z",
        "organizationId": "org-1",
        "env": "",
        "environments": [
            {
                "environmentId": f"env-{i:04d}",
                "name": "production",
                "description": "Production environment",
                "createdAt": "2026-01-01T00:00:00.000Z",
                "env": "",
                "projectId": f"proj-{i:04d}",
                "isDefault": True,
            }
        ],
        "projectTags": [],
    }


BODY = json.dumps([_project(i) for i in range(5)]).encode()

Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


async def app(scope: dict[str, Any], receive: Receive, send: Send) -> None:
    """Answer every HTTP request with the fixed project list (lifespan events are ignored)."""
    if scope["type"] != "http":
        return
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(BODY)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": BODY})


def _serve(port: int) -> None:
    import uvicorn

    uvicorn.run(
        app, host="127.0.0.1", port=port, log_level="warning", access_log=False, lifespan="off"
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_until_listening(port: int, deadline: float = 20.0) -> None:
    start = time.monotonic()
    while time.monotonic() - start < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"the benchmark server did not start on port {port}")


async def _timed(call: Callable[[], Awaitable[Any]], requests: int, concurrency: int) -> float:
    """Requests per second for ``requests`` calls spread over ``concurrency`` tasks."""
    per_task = requests // concurrency

    async def worker() -> None:
        for _ in range(per_task):
            await call()

    start = time.perf_counter()
    async with anyio.create_task_group() as tg:
        for _ in range(concurrency):
            tg.start_soon(worker)
    return per_task * concurrency / (time.perf_counter() - start)


async def measure(
    base_url: str, requests: int, rounds: int, concurrency: int
) -> dict[int, tuple[float, float, float]]:
    """Best requests/s of (raw httpx, SDK, SDK without model parsing) per concurrency level."""
    results: dict[int, tuple[float, float, float]] = {}
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with (
        httpx.AsyncClient(limits=limits) as raw,
        Dokploy(base_url, API_KEY, http_client=httpx.AsyncClient(limits=limits)) as dk,
    ):
        url = f"{base_url}/api/project.all"
        headers = {"x-api-key": API_KEY, "accept": "application/json"}

        async def raw_call() -> Any:
            response = await raw.get(url, headers=headers)
            response.raise_for_status()
            return response.json()

        async def sdk_call() -> Any:
            return await dk.project.all()

        async def transport_call() -> Any:
            return await dk.request("GET", "project.all", parse=_identity, timeout=UNSET)

        # Warm both pools and caches before timing anything.
        for _ in range(50):
            await raw_call()
            await sdk_call()
        for tasks in sorted({1, concurrency}):
            raw_best: list[float] = []
            sdk_best: list[float] = []
            transport_best: list[float] = []
            for _ in range(rounds):
                raw_best.append(await _timed(raw_call, requests, tasks))
                sdk_best.append(await _timed(sdk_call, requests, tasks))
                transport_best.append(await _timed(transport_call, requests, tasks))
            results[tasks] = (max(raw_best), max(sdk_best), max(transport_best))
        await dk._client.aclose()
    return results


def run(
    requests: int = 1000, rounds: int = 3, concurrency: int = 8, backend: str = "asyncio"
) -> float:
    """Run the benchmark, print a table, and return the worst SDK/raw ratio."""
    port = _free_port()
    server = multiprocessing.get_context("spawn").Process(target=_serve, args=(port,), daemon=True)
    server.start()
    try:
        _wait_until_listening(port)
        results = anyio.run(
            measure, f"http://127.0.0.1:{port}", requests, rounds, concurrency, backend=backend
        )
    finally:
        server.terminate()
        server.join(5)
    print(
        f"throughput: dk.project.all() vs raw httpx GET ({backend}, {requests} requests x {rounds} rounds, best round)"
    )
    ratios = []
    for tasks, (raw_rps, sdk_rps, transport_rps) in results.items():
        ratio = sdk_rps / raw_rps
        ratios.append(ratio)
        print(
            f"  concurrency {tasks:>2}: raw {raw_rps:7.0f} req/s   sdk {sdk_rps:7.0f} req/s   "
            f"ratio {ratio:.3f}   (transport only: {transport_rps:7.0f} req/s, "
            f"ratio {transport_rps / raw_rps:.3f})"
        )
    worst = min(ratios)
    print(
        f"  throughput ratio (worst): {worst:.3f}   (target >= 0.85; median {statistics.median(ratios):.3f})"
    )
    return worst


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--backend", choices=["asyncio", "trio"], default="asyncio")
    args = parser.parse_args(argv)
    run(args.requests, args.rounds, args.concurrency, args.backend)


if __name__ == "__main__":
    main()
