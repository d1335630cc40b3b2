"""The ``dokploy-async`` CLI end to end: a subprocess against a simulator on loopback.

Every run goes through :func:`run_cli`, which also checks that the API key never shows up
on stdout or stderr. The simulator is shared by the module (the tests that change state use
services of their own), so the whole file takes a few seconds.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from dokploy_async.testing import Outcome, Simulator, simulate

API_KEY = "sk-cli-test-" + secrets.token_hex(12)
ENV_SECRET = "hunter2-" + secrets.token_hex(6)
FAIL_LOG = "step 1\nstep 2\nnpm ERR! Missing script: build\nCLI-TEST-FAILURE-MARKER\n"
FAIL_MESSAGE = "Build failed (cli test)"
RUN_TIMEOUT = 60.0


@dataclass
class Seeded:
    """The simulator and the ids of what the module seeded in it."""

    sim: Simulator
    project_id: str
    environment_id: str
    staging_id: str
    ids: dict[str, str]


@dataclass
class Run:
    """One finished CLI run."""

    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        """stdout parsed as JSON (fails the test if it is anything else)."""
        return json.loads(self.stdout)


@pytest.fixture(scope="module")
def seeded() -> Iterator[Seeded]:
    """A simulator with project ``shop``: 4 applications, 1 compose stack, 1 failing app."""
    with simulate(api_key=API_KEY, deploy_seconds=0.1, workers=3, seed=11) as sim:
        created = sim.seed_project("shop", "CLI test project")
        env_id = created["environment"]["environmentId"]
        ids: dict[str, str] = {}
        for name in ("web", "api", "envtest", "broken"):
            ids[name] = sim.seed_application(env_id, name)["applicationId"]
        ids["stack"] = sim.seed_compose(env_id, "stack")["composeId"]
        sim.fail_service(ids["broken"], FAIL_MESSAGE, FAIL_LOG)
        staging = sim.state.create_environment(created["project"]["projectId"], "staging")
        ids["stage-web"] = sim.seed_application(staging["environmentId"], "stage-web")[
            "applicationId"
        ]
        # A secret in an env block: it must never show up except through `env get`.
        sim.state.update_service("application", ids["web"], {"env": f"TOKEN={ENV_SECRET}\n"})
        yield Seeded(
            sim=sim,
            project_id=created["project"]["projectId"],
            environment_id=env_id,
            staging_id=staging["environmentId"],
            ids=ids,
        )


def cli_env(url: str | None, api_key: str | None = API_KEY) -> dict[str, str]:
    """The environment of a CLI run: the parent's minus any Dokploy settings, plus ours."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOKPLOY_")}
    env.update({"NO_COLOR": "1", "COLUMNS": "200", "PYTHONIOENCODING": "utf-8"})
    if url is not None:
        env["DOKPLOY_URL"] = url
    if api_key is not None:
        env["DOKPLOY_API_KEY"] = api_key
    return env


def run_cli(
    *args: str,
    url: str | None,
    api_key: str | None = API_KEY,
    cwd: Path | None = None,
    secret_values: tuple[str, ...] = (ENV_SECRET,),
) -> Run:
    """Run ``python -m dokploy_async.cli ARGS`` and check that no secret was printed."""
    proc = subprocess.run(
        [sys.executable, "-m", "dokploy_async.cli", *args],
        env=cli_env(url, api_key),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=RUN_TIMEOUT,
        cwd=cwd,
        check=False,
    )
    for secret in (API_KEY, *(s for s in [api_key] if s), *secret_values):
        assert secret not in proc.stdout, f"secret printed on stdout by {args}"
        assert secret not in proc.stderr, f"secret printed on stderr by {args}"
    return Run(proc.returncode, proc.stdout, proc.stderr)


def error_line(run: Run) -> str:
    """The single ``error: ...`` line on stderr."""
    lines = [line for line in run.stderr.splitlines() if line.startswith("error: ")]
    assert len(lines) == 1, run.stderr
    return lines[0]


# -- reads ---------------------------------------------------------------------------------


def test_projects_json_is_the_tree_without_secrets(seeded: Seeded) -> None:
    run = run_cli("projects", "--json", url=seeded.sim.url)
    assert run.code == 0, run.stderr
    projects = run.json()
    (shop,) = [p for p in projects if p["name"] == "shop"]
    assert shop["id"] == seeded.project_id
    envs = {e["name"]: e for e in shop["environments"]}
    assert envs["production"]["isDefault"] is True
    assert envs["production"]["id"] == seeded.environment_id
    services = {(s["kind"], s["name"]): s for s in envs["production"]["services"]}
    assert ("application", "web") in services
    assert services[("compose", "stack")]["id"] == seeded.ids["stack"]
    assert [s["name"] for s in envs["staging"]["services"]] == ["stage-web"]
    # Curated fields only: no env blocks, no passwords.
    assert set(services[("application", "web")]) == {"kind", "id", "name", "appName", "status"}


def test_projects_tree_for_people(seeded: Seeded) -> None:
    run = run_cli("projects", url=seeded.sim.url)
    assert run.code == 0, run.stderr
    for text in ("shop", "production", "staging", "web", "stack", "compose", seeded.project_id):
        assert text in run.stdout


def test_json_flag_also_accepted_before_the_command(seeded: Seeded) -> None:
    run = run_cli("--json", "projects", url=seeded.sim.url)
    assert run.code == 0
    assert isinstance(run.json(), list)


def test_resolve_default_and_named_environment(seeded: Seeded) -> None:
    default = run_cli("resolve", "shop", "--json", url=seeded.sim.url)
    assert default.code == 0, default.stderr
    assert default.json() == {
        "project": {"id": seeded.project_id, "name": "shop"},
        "environment": {"id": seeded.environment_id, "name": "production", "isDefault": True},
    }
    staging = run_cli("resolve", "shop", "staging", "--json", url=seeded.sim.url)
    assert staging.json()["environment"]["id"] == seeded.staging_id
    human = run_cli("resolve", "shop", "staging", url=seeded.sim.url)
    assert human.code == 0
    assert seeded.staging_id in human.stdout


def test_resolve_unknown_name_is_a_usage_error(seeded: Seeded) -> None:
    run = run_cli("resolve", "no-such-project", "--json", url=seeded.sim.url)
    assert run.code == 2
    assert run.stdout == ""
    assert "no-such-project" in error_line(run)


# -- deploy --------------------------------------------------------------------------------


def test_deploy_named_services_json(seeded: Seeded) -> None:
    run = run_cli("deploy", "--project", "shop", "web", "stack", "--json", url=seeded.sim.url)
    assert run.code == 0, run.stderr
    body = run.json()
    assert body["ok"] is True
    assert [(r["service"]["name"], r["status"]) for r in body["results"]] == [
        ("web", "done"),
        ("stack", "done"),
    ]
    assert all(r["deploymentId"] for r in body["results"])
    # Progress went to stderr, one line per state change.
    assert "-> done" in run.stderr


def test_deploy_all_with_a_failure_exits_1_and_shows_the_log(seeded: Seeded) -> None:
    run = run_cli("deploy", "-p", "shop", "--all", "--concurrency", "5", url=seeded.sim.url)
    assert run.code == 1, run.stderr
    assert "CLI-TEST-FAILURE-MARKER" in run.stdout  # the log tail
    assert FAIL_MESSAGE in run.stdout
    assert "broken" in run.stdout
    assert "error" in run.stdout
    assert "4/5 succeeded, 1 failed" in run.stdout
    assert "stage-web" not in run.stdout  # another environment


def test_deploy_all_json_reports_the_failure(seeded: Seeded) -> None:
    run = run_cli(
        "deploy", "-p", "shop", "-e", "production", "--all", "--json", "-q", url=seeded.sim.url
    )
    assert run.code == 1
    body = run.json()
    assert body["ok"] is False
    by_name = {r["service"]["name"]: r for r in body["results"]}
    assert set(by_name) == {"web", "api", "envtest", "broken", "stack"}
    assert by_name["broken"]["status"] == "error"
    assert "CLI-TEST-FAILURE-MARKER" in by_name["broken"]["logTail"]
    assert all(r["status"] == "done" for n, r in by_name.items() if n != "broken")
    assert run.stderr == ""  # --quiet: no progress


def test_deploy_no_wait_returns_once_queued(seeded: Seeded) -> None:
    run = run_cli(
        "deploy",
        "-p",
        "shop",
        "-e",
        "staging",
        "stage-web",
        "--no-wait",
        "--json",
        url=seeded.sim.url,
    )
    assert run.code == 0, run.stderr
    (result,) = run.json()["results"]
    assert result["status"] == "queued"
    seeded.sim.wait_idle_sync()


def test_deploy_unknown_service_is_a_usage_error(seeded: Seeded) -> None:
    run = run_cli("deploy", "-p", "shop", "nope", url=seeded.sim.url)
    assert run.code == 2
    assert "nope" in error_line(run)


def test_deploy_needs_services_or_all(seeded: Seeded) -> None:
    assert run_cli("deploy", "-p", "shop", url=seeded.sim.url).code == 2
    assert run_cli("deploy", "-p", "shop", "web", "--all", url=seeded.sim.url).code == 2


# -- env -----------------------------------------------------------------------------------


def test_env_set_never_echoes_values_and_env_get_prints_them(seeded: Seeded) -> None:
    value = "p@ss w0rd=" + secrets.token_hex(4)
    set_run = run_cli(
        "env",
        "set",
        "envtest",
        f"DB_PASSWORD={value}",
        "MODE=prod",
        "--project",
        "shop",
        url=seeded.sim.url,
        secret_values=(ENV_SECRET, value),
    )
    assert set_run.code == 0, set_run.stderr
    assert "DB_PASSWORD" in set_run.stdout
    assert "MODE" in set_run.stdout

    got = run_cli(
        "env", "get", "envtest", "-p", "shop", "--json", url=seeded.sim.url, secret_values=()
    )
    assert got.code == 0
    assert got.json()["env"] == {"DB_PASSWORD": value, "MODE": "prod"}

    merged = run_cli(
        "env", "set", "envtest", "EXTRA=1", "-p", "shop", url=seeded.sim.url, secret_values=(value,)
    )
    assert merged.code == 0
    after = run_cli(
        "env", "get", "envtest", "-p", "shop", "--json", url=seeded.sim.url, secret_values=()
    )
    assert after.json()["env"] == {"DB_PASSWORD": value, "MODE": "prod", "EXTRA": "1"}

    replaced = run_cli(
        "env", "set", "envtest", "ONLY=1", "-p", "shop", "--replace", url=seeded.sim.url
    )
    assert replaced.code == 0
    final = run_cli("env", "get", "envtest", "-p", "shop", url=seeded.sim.url, secret_values=())
    assert final.stdout == "ONLY=1\n"


def test_env_get_human_output_is_a_dotenv_block(seeded: Seeded) -> None:
    run = run_cli("env", "get", "web", "-p", "shop", url=seeded.sim.url, secret_values=())
    assert run.code == 0
    assert run.stdout == f"TOKEN={ENV_SECRET}\n"
    # ... and only `env get` prints it (run_cli checks the others).
    assert run_cli("deploy", "-p", "shop", "web", url=seeded.sim.url).code == 0


def test_env_get_missing_key_exits_1(seeded: Seeded) -> None:
    run = run_cli("env", "get", "web", "NOPE", "-p", "shop", "--json", url=seeded.sim.url)
    assert run.code == 1
    assert run.json()["missing"] == ["NOPE"]


def test_env_set_rejects_a_pair_without_equals(seeded: Seeded) -> None:
    run = run_cli("env", "set", "web", "NOEQUALS", "-p", "shop", url=seeded.sim.url)
    assert run.code == 2
    assert "NOEQUALS" in error_line(run)


# -- configuration and failures ------------------------------------------------------------


def test_wrong_api_key_exits_2_without_printing_it(seeded: Seeded) -> None:
    wrong = "sk-wrong-" + secrets.token_hex(10)
    run = run_cli("projects", "--json", url=seeded.sim.url, api_key=wrong)
    assert run.code == 2
    assert run.stdout == ""
    assert "401" in error_line(run)


def test_api_key_flag_is_not_echoed(seeded: Seeded) -> None:
    run = run_cli(
        "--api-key", API_KEY, "--url", seeded.sim.url, "projects", "--json", url=None, api_key=None
    )
    assert run.code == 0
    assert isinstance(run.json(), list)


def test_missing_url_or_key_exits_2() -> None:
    no_url = run_cli("projects", url=None)
    assert no_url.code == 2
    assert "DOKPLOY_URL" in error_line(no_url)
    no_key = run_cli("projects", url="http://127.0.0.1:9", api_key=None)
    assert no_key.code == 2
    assert "DOKPLOY_API_KEY" in error_line(no_key)


def test_unreachable_server_exits_1() -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    run = run_cli("--request-timeout", "5", "projects", url=f"http://127.0.0.1:{port}")
    assert run.code == 1
    assert run.stdout == ""
    error_line(run)


def test_usage_errors_and_help() -> None:
    assert run_cli("--help", url=None).code == 0
    assert run_cli("no-such-command", url=None).code == 2
    assert run_cli("deploy", "web", url=None).code == 2  # --project is required


# -- generator delegation ------------------------------------------------------------------


def test_spec_fetch_writes_the_servers_document(seeded: Seeded, tmp_path: Path) -> None:
    target = tmp_path / "openapi.json"
    run = run_cli("spec", "fetch", "--output", str(target), url=seeded.sim.url)
    assert run.code == 0, run.stderr
    document = json.loads(target.read_text())
    assert "paths" in document
    assert document["info"]["version"]


def test_generate_without_a_spec_is_a_usage_error(tmp_path: Path) -> None:
    run = run_cli("generate", "--spec", str(tmp_path / "missing.json"), url=None, cwd=tmp_path)
    assert run.code == 2
    assert "spec fetch" in error_line(run)


def test_spec_diff_against_a_live_instance_prints_json_and_fails_on_breaking(
    seeded: Seeded, tmp_path: Path
) -> None:
    served = run_cli("spec", "fetch", "--output", str(tmp_path / "live.json"), url=seeded.sim.url)
    assert served.code == 0, served.stderr
    document = json.loads((tmp_path / "live.json").read_text())
    older = dict(document, paths=dict(document["paths"]))
    older["paths"]["/gone.procedure"] = {"get": {"operationId": "gone-procedure", "responses": {}}}
    (tmp_path / "old.json").write_text(json.dumps(older))
    run = run_cli("spec", "diff", str(tmp_path / "old.json"), seeded.sim.url, "--json", url=None)
    assert run.code == 0, run.stderr
    assert json.loads(run.stdout)["removed"] == ["gone.procedure"]
    run = run_cli(
        "spec", "diff", str(tmp_path / "old.json"), seeded.sim.url, "--fail-on-breaking", url=None
    )
    assert run.code == 1
    assert "1 removed" in run.stdout


@pytest.mark.parametrize(
    "argv",
    [
        ("env", "get", "envtest", "-p", "shop", "LOG_LEVEL"),
        ("env", "get", "-p", "shop", "envtest", "LOG_LEVEL"),
        ("env", "get", "envtest", "LOG_LEVEL", "--project=shop", "--json"),
    ],
)
def test_options_go_anywhere(seeded: Seeded, argv: tuple[str, ...]) -> None:
    setup = run_cli("env", "set", "envtest", "LOG_LEVEL=debug", "-p", "shop", url=seeded.sim.url)
    assert setup.code == 0, setup.stderr
    run = run_cli(*argv, url=seeded.sim.url)
    assert run.code == 0, run.stderr
    assert "debug" in run.stdout


def test_env_set_with_options_between_assignments(seeded: Seeded) -> None:
    run = run_cli("env", "set", "envtest", "A=2", "-p", "shop", "B=3", url=seeded.sim.url)
    assert run.code == 0, run.stderr
    got = run_cli("env", "get", "envtest", "A", "B", "-p", "shop", "--json", url=seeded.sim.url)
    assert got.json()["env"] == {"A": "2", "B": "3"}


def test_an_id_starting_with_a_dash_needs_no_tricks(seeded: Seeded) -> None:
    run = run_cli("env", "get", "-no-such-id", "-p", "shop", url=seeded.sim.url)
    assert run.code == 2
    assert "no service named '-no-such-id'" in error_line(run)


def test_bad_variable_names_are_usage_errors(seeded: Seeded) -> None:
    bad = run_cli("env", "set", "envtest", "BAD KEY=1", "-p", "shop", url=seeded.sim.url)
    assert bad.code == 2
    assert "invalid variable name 'BAD KEY'" in error_line(bad)
    empty = run_cli("env", "set", "envtest", "=secretvalue", "-p", "shop", url=seeded.sim.url)
    assert empty.code == 2
    assert "name before '=' is empty" in error_line(empty)
    assert "secretvalue" not in empty.stderr


def test_no_wait_does_not_claim_success_and_timeouts_say_the_server_goes_on(
    seeded: Seeded,
) -> None:
    queued = run_cli("deploy", "web", "-p", "shop", "--no-wait", url=seeded.sim.url)
    assert queued.code == 0, queued.stderr
    assert "succeeded" not in queued.stdout
    assert "queued, not waited for" in queued.stdout
    late = run_cli("deploy", "web", "-p", "shop", "--timeout", "0.01", url=seeded.sim.url)
    assert late.code == 1
    assert "goes on on the server" in late.stdout


def test_a_closed_pipe_ends_quietly(seeded: Seeded) -> None:
    for i in range(40):
        seeded.sim.seed_project(f"pipe-{i}")
    proc = subprocess.run(
        f"{sys.executable} -m dokploy_async.cli projects --json | head -1",
        shell=True,
        env=cli_env(seeded.sim.url, API_KEY),
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        check=False,
    )
    assert proc.stdout.strip() in ("[", "{")
    assert "BrokenPipeError" not in proc.stderr
    assert "Traceback" not in proc.stderr


def test_cli_messages_name_flags_not_keywords(seeded: Seeded) -> None:
    run = run_cli("--request-timeout", "0.00001", "projects", url=seeded.sim.url)
    assert run.code == 1
    assert "--request-timeout" in error_line(run)
    assert "timeout=..." not in run.stderr


def test_a_narrow_terminal_keeps_the_error_readable(seeded: Seeded) -> None:
    env = {**cli_env(seeded.sim.url, API_KEY), "COLUMNS": "60"}
    proc = subprocess.run(
        [sys.executable, "-m", "dokploy_async.cli", "deploy", "-p", "shop", "broken"],
        env=env,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        check=False,
    )
    assert proc.returncode == 1
    table = proc.stdout.split("╭")[0]  # the summary table, before the log panel
    assert max(len(line) for line in table.splitlines()) <= 60
    rows = [line for line in table.splitlines() if line.startswith("│")]
    assert len(rows) <= 6, table  # the error wraps over a few lines, not 25
    assert any("boom" in r or "fail" in r.lower() for r in rows), table


def test_ctrl_c_during_a_deploy_says_the_server_goes_on(seeded: Seeded) -> None:
    import signal
    import time

    # A service of its own: nothing else may queue behind its 30 s run.
    slow = seeded.sim.seed_application(seeded.environment_id, "ctrl-c")["applicationId"]
    seeded.sim.set_outcome(slow, Outcome(status="done", seconds=30))
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "dokploy_async.cli",
            "deploy",
            "-p",
            "shop",
            "ctrl-c",
            "--timeout",
            "60",
        ],
        env={**cli_env(seeded.sim.url, API_KEY)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(2.0)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=20)
    assert proc.returncode == 130
    assert "go on on the server" in stderr
