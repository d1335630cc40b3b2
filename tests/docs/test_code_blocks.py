"""Every Python block of the README and docs/ runs, and type-checks, as shown.

Each block runs against a fresh simulator seeded like the README's examples (project
``shop`` with applications ``web``, ``api``, ``worker`` and a compose stack ``stack``),
with ``DOKPLOY_URL`` / ``DOKPLOY_API_KEY`` pointing at it. Fragments may use a few names
the prose introduces (``dk``, ``app_id``, ``compose_id``...), given in :data:`CONTEXT`.
Blocks that define tests run under pytest; blocks that call ``anyio.run`` run in their own
interpreter; the rest run with top-level ``await`` allowed. Blocks fenced as ``text`` are
signatures and output, not code.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import anyio
import pytest

from dokploy_async import Dokploy
from dokploy_async.testing import Simulator, simulate
from tests.shared_data import ROOT

pytestmark = pytest.mark.anyio

DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)

#: Names a fragment may use, with their types (for mypy) and how they are made (to run).
CONTEXT_TYPES = """\
from dokploy_async import Dokploy

dk: Dokploy
app_id: str
compose_id: str
cid: str
pid: str
ids: list[str]
"""


def blocks() -> list[Any]:
    found = []
    for path in DOCUMENTS:
        text = path.read_text(encoding="utf-8")
        for match in _BLOCK.finditer(text):
            line = text[: match.start()].count("\n") + 1
            found.append(pytest.param(match.group(1), id=f"{path.name}:{line}"))
    return found


def _needs_top_level_await(code: str) -> bool:
    try:
        compile(code, "<block>", "exec")
    except SyntaxError:
        return True
    return False


def _seed(sim: Simulator) -> dict[str, Any]:
    created = sim.seed_project("shop")
    env_id = created["environment"]["environmentId"]
    apps = {n: sim.seed_application(env_id, n)["applicationId"] for n in ("web", "api", "worker")}
    stack = sim.seed_compose(env_id, "stack")["composeId"]
    return {
        "app_id": apps["web"],
        "compose_id": stack,
        "cid": stack,
        "pid": created["project"]["projectId"],
        "ids": list(apps.values()),
    }


@pytest.mark.parametrize("code", blocks())
async def test_the_block_runs(code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    async with simulate(api_key="docs-key", deploy_seconds=0.02) as sim:
        context = _seed(sim)
        monkeypatch.setenv("DOKPLOY_URL", sim.url)
        monkeypatch.setenv("DOKPLOY_API_KEY", sim.api_key)
        env = {**os.environ, "DOKPLOY_URL": sim.url, "DOKPLOY_API_KEY": sim.api_key}
        if "@pytest.mark" in code:
            test_file = tmp_path / "test_block.py"
            test_file.write_text(code, encoding="utf-8")
            run = await anyio.run_process(
                [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(test_file)],
                env=env,
                check=False,
            )
            assert run.returncode == 0, run.stdout.decode()[-3000:]
            return
        if "anyio.run(" in code:
            run = await anyio.run_process([sys.executable, "-c", code], env=env, check=False)
            assert run.returncode == 0, run.stderr.decode()[-3000:]
            return
        async with Dokploy(sim.url, sim.api_key) as dk:
            namespace: dict[str, Any] = {"dk": dk, **context}
            compiled = compile(code, "<block>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
            result = eval(compiled, namespace)  # the block itself, as a reader would run it
            if result is not None:
                await result


def test_the_blocks_type_check(tmp_path: Path) -> None:
    for index, param in enumerate(blocks()):
        code: str = param.values[0]
        if _needs_top_level_await(code):
            body = textwrap.indent(code, "    ")
            imports = "\n".join(
                line for line in code.splitlines() if line.startswith(("import ", "from "))
            )
            code = f"{imports}\n\n\nasync def _block() -> None:\n{body}"
        (tmp_path / f"block_{index:02d}.py").write_text(CONTEXT_TYPES + code, encoding="utf-8")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--disable-error-code",
            "unused-ignore",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert run.returncode == 0, run.stdout[-4000:]
