"""High-level operations on top of the generated routers (placeholder; filled in by issue 7)."""

from __future__ import annotations

from .generated.resources import Resources


class Workflows(Resources):
    """Environment resolution, service lookup, env vars, deploy-and-wait and fan-out."""
