"""The CLI's pieces in-process: config precedence, redaction, error mapping, output modes,
progress rendering, and the generator delegation (which must keep the key off argv)."""

from __future__ import annotations

import io
import json
import re
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from dokploy_async import DeployEvent, DeployResult, ServiceRef
from dokploy_async._errors import (
    APIConnectionError,
    AuthenticationError,
    ConfigurationError,
    NotFoundError,
    ResolutionError,
    make_status_error,
)
from dokploy_async.cli import EXIT_API, EXIT_USAGE, main
from dokploy_async.cli import generator as gen
from dokploy_async.cli.app import describe_error
from dokploy_async.cli.commands import UsageError, report_results
from dokploy_async.cli.config import ConfigError, load_config
from dokploy_async.cli.output import Node, Output, redact
from dokploy_async.cli.progress import DeployProgress, choose_mode

KEY = "sk-unit-0123456789abcdef"


def _status_error(status: int, body: dict[str, Any]) -> Exception:
    request = httpx.Request("GET", "http://127.0.0.1/api/project.all")
    response = httpx.Response(status, json=body, request=request)
    return make_status_error(response, method="GET", route="project.all")


# -- config --------------------------------------------------------------------------------


def test_flags_win_over_environment() -> None:
    env = {"DOKPLOY_URL": "http://env", "DOKPLOY_API_KEY": "env-key"}
    config = load_config("http://flag/", "flag-key", environ=env)
    assert (config.url, config.api_key) == ("http://flag", "flag-key")
    assert KEY not in repr(load_config(None, KEY, environ=env))


def test_dokploy_api_url_is_the_fallback() -> None:
    config = load_config(
        None, None, environ={"DOKPLOY_API_URL": "https://h/api", "DOKPLOY_API_KEY": "k"}
    )
    assert config.url == "https://h/api"  # the client strips /api itself


@pytest.mark.parametrize(
    ("environ", "needle"),
    [
        ({}, "DOKPLOY_URL"),
        ({"DOKPLOY_URL": "http://h"}, "DOKPLOY_API_KEY"),
        ({"DOKPLOY_URL": "ftp://h", "DOKPLOY_API_KEY": "k"}, "http://"),
    ],
)
def test_missing_or_bad_config(environ: dict[str, str], needle: str) -> None:
    with pytest.raises(ConfigError, match=needle):
        load_config(None, None, environ=environ)


# -- redaction and errors ------------------------------------------------------------------


def test_redact_replaces_every_occurrence_but_ignores_tiny_secrets() -> None:
    assert redact(f"a {KEY} b {KEY}", [KEY]) == "a *** b ***"
    assert redact("abc", ["a"]) == "abc"


def test_error_is_one_redacted_line() -> None:
    err = io.StringIO()
    Output(secrets=[KEY], stderr=err).error(f"bad\nthing {KEY}\n  more")
    assert err.getvalue() == "error: bad thing *** more\n"


@pytest.mark.parametrize(
    ("exc", "code"),
    [
        (ConfigError("x"), EXIT_USAGE),
        (ConfigurationError("x"), EXIT_USAGE),
        (UsageError("x"), EXIT_USAGE),
        (gen.GeneratorUnavailable(), EXIT_USAGE),
        (ResolutionError("no project 'x'", candidates=["shop"]), EXIT_USAGE),
        (_status_error(401, {"message": "Unauthorized"}), EXIT_USAGE),
        (_status_error(404, {"message": "Project not found", "code": "NOT_FOUND"}), EXIT_API),
        (_status_error(500, {"message": "boom", "code": "INTERNAL_SERVER_ERROR"}), EXIT_API),
        (APIConnectionError("refused", method="GET", route="project.all"), EXIT_API),
        (RuntimeError("bug"), EXIT_API),
    ],
)
def test_exit_codes(exc: Exception, code: int) -> None:
    assert describe_error(exc)[0] == code


def test_resolution_error_lists_candidates() -> None:
    _, message = describe_error(ResolutionError("no project 'shp'", candidates=["shop", "blog"]))
    assert "shop, blog" in message
    assert isinstance(_status_error(401, {"message": "Unauthorized"}), AuthenticationError)
    assert isinstance(_status_error(404, {"message": "x"}), NotFoundError)


# -- output --------------------------------------------------------------------------------


def _output(*, json_mode: bool = False) -> tuple[Output, io.StringIO, io.StringIO]:
    out, err = io.StringIO(), io.StringIO()
    return Output(json_mode=json_mode, secrets=[KEY], stdout=out, stderr=err, color=False), out, err


def test_json_output_is_redacted_and_parseable() -> None:
    out, stdout, stderr = _output(json_mode=True)
    out.json({"a": KEY, "when": datetime(2026, 1, 1, tzinfo=UTC)})
    assert json.loads(stdout.getvalue()) == {"a": "***", "when": "2026-01-01 00:00:00+00:00"}
    assert stderr.getvalue() == ""


def test_plain_fallback_without_rich(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("dokploy_async.cli.output.rich_available", lambda: False)
    out, stdout, _ = _output()
    out.table(["name", "status"], [["web", "done"], ["[x]", KEY]], title="T")
    root = Node("root")
    root.add("child").add("leaf")
    out.tree(root)
    out.panel("line 1\nline 2", title="log")
    text = stdout.getvalue()
    assert "web   done" in text
    assert "[x]" in text
    assert KEY not in text
    assert "root\n  child\n    leaf\n" in text
    assert "--- log ---\n  line 1\n  line 2\n" in text


def test_rich_table_keeps_brackets_literal() -> None:
    out, stdout, _ = _output()
    out.table(["name"], [["[bold]web[/bold]"]])
    assert "[bold]web[/bold]" in stdout.getvalue()


# -- progress and summary ------------------------------------------------------------------


def _services() -> list[ServiceRef]:
    return [ServiceRef("application", "a1", name="web"), ServiceRef("compose", "c1", name="stack")]


def test_plain_progress_prints_one_line_per_change() -> None:
    out, stdout, stderr = _output()
    web, stack = _services()
    with DeployProgress(out, [web, stack], mode="plain") as progress:
        progress(DeployEvent(0, web, "queued"))
        progress(DeployEvent(0, web, "queued"))  # no change: no line
        progress(DeployEvent(0, web, "running"))
        progress(DeployEvent(0, web, "done"))
        progress(DeployEvent(5, web, "done"))  # out of range: ignored
    lines = stderr.getvalue().splitlines()
    assert lines[0] == "deploying 2 service(s)"
    assert [re.search(r"\w+ -> \w+", line)[0] for line in lines[1:]] == [  # type: ignore[index]
        "pending -> queued",
        "queued -> running",
        "running -> done",
    ]
    assert lines[-1].startswith("[1/2] web")
    assert stdout.getvalue() == ""


def test_live_progress_renders_to_a_terminal() -> None:
    err = io.StringIO()
    out = Output(stderr=err, color=True)
    web, stack = _services()
    with DeployProgress(out, [web, stack], mode="live") as progress:
        progress(DeployEvent(0, web, "running"))
        progress(DeployEvent(1, stack, "error"))
        assert progress.counts() == {"running": 1, "error": 1}
    assert "1/2 done" in err.getvalue()
    assert "1 failed" in err.getvalue()


def test_choose_mode() -> None:
    out, _, _ = _output()
    assert choose_mode(out, quiet=True) == "off"
    assert choose_mode(out, quiet=False) == "plain"  # StringIO is not a terminal


def test_summary_exit_code_and_log_tail() -> None:
    web, stack = _services()
    now = datetime.now(UTC)
    results = [
        DeployResult(
            web,
            "done",
            deployment_id="d1",
            queued_at=now,
            started_at=now,
            finished_at=now + timedelta(seconds=2),
        ),
        DeployResult(
            stack,
            "error",
            deployment_id="d2",
            error_message="boom",
            log_tail="\n".join(f"line {i}" for i in range(40)),
        ),
    ]
    out, stdout, _ = _output()
    assert report_results(results, out) == 1
    text = stdout.getvalue()
    assert "line 39" in text
    assert "line 20" not in text
    assert "boom" in text
    assert "1/2 succeeded, 1 failed" in text
    assert report_results(results[:1], _output()[0]) == 0

    out, stdout, _ = _output(json_mode=True)
    assert report_results(results, out) == 1
    body = json.loads(stdout.getvalue())
    assert body["ok"] is False
    assert body["results"][0]["runSeconds"] == 2.0
    assert body["results"][1]["logTail"].endswith("line 39")


# -- generator delegation ------------------------------------------------------------------


def test_spec_fetch_passes_the_key_by_environment(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls: list[tuple[list[str], dict[str, str]]] = []

    def fake_run(argv: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        calls.append((argv, kwargs["env"]))
        return subprocess.CompletedProcess(argv, 0, stdout=f"wrote it {KEY}\n", stderr="")

    monkeypatch.setattr("dokploy_async.cli.generator.subprocess.run", fake_run)
    monkeypatch.setenv("DOKPLOY_URL", "http://127.0.0.1:1")
    monkeypatch.setenv("DOKPLOY_API_KEY", KEY)
    assert main(["spec", "fetch", "-o", "x.json"]) == 0
    ((argv, env),) = calls
    assert argv[1:4] == ["-m", "generator", "fetch"]
    assert KEY not in argv
    assert env["DOKPLOY_API_KEY"] == KEY
    assert capsys.readouterr().out == "wrote it ***\n"


def test_generator_missing_is_explained(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "openapi.json"
    spec.write_text("{}")
    monkeypatch.setattr(gen, "generator_available", lambda cwd=None: False)
    assert main(["generate", "--spec", str(spec), "--output", str(tmp_path / "out")]) == EXIT_USAGE
    assert "source checkout" in capsys.readouterr().err


def test_version_and_help_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert "dokploy-async" in capsys.readouterr().out
    assert main(["env", "set", "--help"]) == 0
