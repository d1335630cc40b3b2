"""Running the simulator: the pytest fixture, the sync context manager and the CLI."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from dokploy_async.testing import Simulator


@pytest.mark.dokploy_simulator(api_key="fixture-key", version="v1.2.3")
def test_fixture_yields_a_running_simulator(dokploy_simulator: Simulator) -> None:
    resp = httpx.get(
        f"{dokploy_simulator.url}/api/settings.getDokployVersion",
        headers={"x-api-key": "fixture-key"},
    )
    assert resp.json() == "v1.2.3"


def test_sync_context_manager_stops_its_thread() -> None:
    sim = Simulator(api_key="k")
    with sim:
        assert sim.running
    assert not sim.running


def test_cli_serves_until_stopped() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "dokploy_async.testing", "serve", "--port", "0", "--api-key", "k"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        url = line.split(" serving on ")[1].split()[0]
        resp = httpx.get(f"{url}/api/settings.health", headers={"x-api-key": "k"})
        assert resp.json() == {"status": "ok"}
    finally:
        proc.terminate()
        assert proc.wait(timeout=10) == 0


@contextmanager
def _serving(*args: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """``serve --port 0 --api-key k ARGS`` in a subprocess; yields it and its URL."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "dokploy_async.testing",
            "serve",
            "--port",
            "0",
            "--api-key",
            "k",
            *args,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        yield proc, proc.stdout.readline().split(" serving on ")[1].split()[0]
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _serve(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dokploy_async.testing", "serve", *args],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def test_serve_help_shows_the_default_port() -> None:
    assert "default 3000" in _serve("--help").stdout


def test_a_busy_port_is_one_clear_line() -> None:
    with Simulator(api_key="k") as busy:
        run = _serve("--port", str(busy.port), "--api-key", "k")
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [
        f"error: [Errno 98] port {busy.port} on 127.0.0.1 is in use; pick another "
        "(0 takes any free one)"
    ]


def test_an_invalid_fault_probability_is_refused() -> None:
    run = _serve("--port", "0", "--api-key", "k", "--faults", "503:1.5")
    assert run.returncode == 2
    assert "probability is from 0 to 1" in run.stderr


def test_a_missing_uvicorn_says_which_extra_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)
    with pytest.raises(RuntimeError, match=r"pip install 'dokploy-async\[testing\]'"):
        Simulator(api_key="k").start()


QUICKSTART = """
import anyio
from dokploy_async import Dokploy

async def main() -> None:
    async with Dokploy.from_env() as dk:
        env = await dk.resolve_environment("shop")
        web = await dk.find_service("web", project="shop")
        await dk.set_env(web, {"FEATURE_X": "on"})
        result = await dk.deploy(web, poll_interval=0.05)
        print(env.name, result.status, bool(result.deployment_id))

anyio.run(main)
"""


def test_seed_demo_makes_the_readme_quickstart_run_as_written() -> None:
    with _serving("--seed-demo", "--deploy-seconds", "0.05") as (_, url):
        run = subprocess.run(
            [sys.executable, "-c", QUICKSTART],
            env={"DOKPLOY_URL": url, "DOKPLOY_API_KEY": "k", "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["production", "done", "True"]


def test_a_reset_fault_prints_no_server_error() -> None:
    with _serving("--faults", "reset:1@project.all") as (proc, url):
        with pytest.raises(httpx.TransportError):
            httpx.get(f"{url}/api/project.all", headers={"x-api-key": "k"})
        proc.terminate()
        _, stderr = proc.communicate(timeout=10)
    assert "ASGI" not in stderr
    assert "ERROR" not in stderr


@pytest.mark.slow
def test_the_served_document_generates_with_our_generator(tmp_path: Path) -> None:
    from generator.build import build

    with Simulator(api_key="k") as sim:
        document = httpx.get(
            f"{sim.url}/api/settings.getOpenApiDocument", headers={"x-api-key": "k"}
        ).content
    spec = tmp_path / "openapi.json"
    spec.write_bytes(document)
    report = build(spec, tmp_path / "generated")  # raises on any warning
    assert report.operations > 500
