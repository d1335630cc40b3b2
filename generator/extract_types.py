"""``python -m generator types``: extract Dokploy's response types from its source.

Runs ``generator/types/extract.js`` (TypeScript 5.9, pinned in its own package.json) on a
Dokploy checkout whose dependencies are installed, and writes
``generator/types/<version>.json``. Build time only: generating the client, its tests and CI
read the committed file and never need Node or Dokploy's source.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from .errors import GeneratorFailure
from .response_types import TYPES_DIR

EXTRACTOR = TYPES_DIR / "extract.js"
#: The checker needs about 1.7 GB for Dokploy v0.30.2; leave it headroom.
NODE_HEAP_MB = 6000


class ExtractionError(GeneratorFailure):
    """The type extraction could not run or failed."""


def dokploy_version(src: Path) -> str:
    """The version of the Dokploy checkout at ``src`` (``v0.30.2``)."""
    package = src / "apps" / "dokploy" / "package.json"
    try:
        version = str(json.loads(package.read_text(encoding="utf-8"))["version"])
    except (OSError, ValueError, KeyError) as exc:
        raise ExtractionError(f"{src} is not a Dokploy checkout: no version in {package}") from exc
    return "v" + version.removeprefix("v")


def extract(src: Path, output: Path | None = None, *, node: str | None = None) -> Path:
    """Write the types of the Dokploy checkout ``src``; returns the file written.

    Installs the extractor's own pinned TypeScript first (``npm ci``) when it is missing.
    Progress and what could not be typed go to stderr as the extractor prints them.
    """
    node = node or shutil.which("node")
    if node is None:
        raise ExtractionError("the type extraction needs Node.js (node) on PATH")
    if not (src / "node_modules").is_dir() or not (src / "apps" / "dokploy").is_dir():
        raise ExtractionError(
            f"{src} must be a Dokploy checkout with its dependencies installed "
            "(git checkout <tag> && pnpm install)"
        )
    output = output or TYPES_DIR / f"{dokploy_version(src)}.json"
    if not (TYPES_DIR / "node_modules" / "typescript").is_dir():
        npm = shutil.which("npm", path=str(Path(node).parent)) or shutil.which("npm")
        if npm is None:
            raise ExtractionError("npm is needed once, to install the pinned TypeScript")
        _run([npm, "ci", "--no-audit", "--no-fund"], cwd=TYPES_DIR)
    heap = f"--max-old-space-size={NODE_HEAP_MB}"
    _run([node, heap, str(EXTRACTOR), "--dokploy-src", str(src), "--output", str(output)])
    return output


def _run(command: list[str], cwd: Path | None = None) -> None:
    result = subprocess.run(command, cwd=cwd, check=False)
    if result.returncode != 0:
        raise ExtractionError(f"{Path(command[0]).name} exited with {result.returncode}")
