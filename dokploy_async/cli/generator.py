"""``spec fetch`` and ``generate``: thin wrappers around ``python -m generator``.

The generator lives beside the package in a source checkout (it needs
openapi-python-client and is not part of the wheel), so these commands work only there.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from .config import API_KEY_VAR
from .output import Output

__all__ = ["GeneratorUnavailable", "generator_available", "run_generator"]

_NOT_AVAILABLE = (
    "the generator is not available: `spec fetch` and `generate` run `python -m generator`, "
    "which exists only in a source checkout of dokploy-async (git clone, then "
    "`pip install -e '.[dev]'`, and run the command from the checkout's root)"
)


class GeneratorUnavailable(Exception):
    """``python -m generator`` cannot be run from here (exit code 2)."""

    def __init__(self) -> None:
        super().__init__(_NOT_AVAILABLE)


def generator_available(cwd: Path | None = None) -> bool:
    """Whether ``python -m generator`` would find dokploy-async's generator."""
    # `python -m` puts the working directory first on sys.path, so a checkout's root counts.
    here = cwd if cwd is not None else Path.cwd()
    if (here / "generator" / "__main__.py").is_file() and (
        here / "generator" / "build.py"
    ).is_file():
        return True
    try:
        spec = importlib.util.find_spec("generator.build")
    except (ImportError, ValueError):
        return False
    return spec is not None


def run_generator(
    args: Sequence[str],
    out: Output,
    *,
    api_key: str | None = None,
    environ: Mapping[str, str] | None = None,
    result_on_stdout: bool = False,
) -> int:
    """Run ``python -m generator ARGS``; return its exit code.

    The API key goes to the child through ``DOKPLOY_API_KEY`` rather than argv (argv is
    visible to every user of the machine), and the child's output is passed through
    :meth:`Output.redact` in case it ever quotes the key. ``result_on_stdout``: the
    child's standard output is the command's result (``spec diff --json``), kept there.
    """
    if not generator_available():
        raise GeneratorUnavailable()
    env = dict(os.environ if environ is None else environ)
    if api_key:
        env[API_KEY_VAR] = api_key
    proc = subprocess.run(
        [sys.executable, "-m", "generator", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    # In --json mode stdout is reserved for the JSON result, so the child's report moves to stderr.
    if proc.stdout:
        target = out.stderr if out.json_mode and not result_on_stdout else out.stdout
        target.write(out.redact(proc.stdout))
        target.flush()
    if proc.stderr:
        out.stderr.write(out.redact(proc.stderr))
        out.stderr.flush()
    return proc.returncode
