"""``make demo`` (``python -m dokploy_async.demo``) runs as designed, fast, anywhere."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from dokploy_async.demo import APPLICATIONS, COMPOSE_STACKS, FAILING


def test_demo_runs_as_designed(tmp_path: Path) -> None:
    # From an empty directory: the demo needs neither ../shared nor the source tree.
    env = {k: v for k, v in os.environ.items() if not k.startswith("DOKPLOY_")}
    env.update({"NO_COLOR": "1", "COLUMNS": "160", "PYTHONIOENCODING": "utf-8"})
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "dokploy_async.demo", "--progress", "plain"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    elapsed = time.monotonic() - started
    assert proc.returncode == 0, proc.stdout + proc.stderr
    out = proc.stdout
    total = len(APPLICATIONS) + len(COMPOSE_STACKS)
    assert f"with {len(APPLICATIONS)} applications and {len(COMPOSE_STACKS)} compose stacks" in out
    assert "Resolved demo-shop/production" in out
    assert f"{total - 1}/{total} succeeded, 1 failed" in out
    assert f"{FAILING}: error" in out  # the log tail's title
    assert "error TS2339" in out  # a line of the failing log
    assert "failed as planned" in out
    # The env value set by the demo is never printed.
    assert "s3cret" not in out
    assert "s3cret" not in proc.stderr
    # Progress went to stderr, one line per state change, ending with every service final.
    assert f"[{total}/{total}]" in proc.stderr
    assert not list(tmp_path.iterdir())  # it left nothing behind
    assert elapsed < 60
