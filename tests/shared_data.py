"""Where the reference data lives, and the skip used when a clone has none beside it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DOKPLOY_SHARED", ROOT.parent / "shared" / "dokploy"))
OPENAPI = SHARED / "openapi"
CAPTURES = SHARED / "captures"
PINNED_SPEC = OPENAPI / "dokploy-v0.30.2-live.json"

requires_shared = pytest.mark.skipif(
    not PINNED_SPEC.is_file(),
    reason=f"reference data not found at {SHARED} (clone with ../shared beside it to run these)",
)


def spec_files() -> list[Path]:
    """The OpenAPI documents of every Dokploy version we support (empty without shared data)."""
    return sorted(OPENAPI.glob("*.json")) if OPENAPI.is_dir() else []
