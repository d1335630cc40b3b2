"""A simulator of the Dokploy REST API for tests, demos and local development.

Install with the ``testing`` extra (``pip install dokploy-async[testing]``)::

    from dokploy_async.testing import simulate

    async with simulate(api_key="k", deploy_seconds=0.05) as sim:
        ...  # talk to sim.url with x-api-key: sim.api_key

Names are imported lazily so that importing this package (e.g. by the pytest plugin)
stays cheap and does not need uvicorn.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .faults import FaultEvent, FaultSpec, parse_faults
    from .server import Simulator, simulate
    from .state import Outcome, SimState
    from .stats import SimStats, Upload

__all__ = [
    "FaultEvent",
    "FaultSpec",
    "Outcome",
    "SimState",
    "SimStats",
    "Simulator",
    "Upload",
    "parse_faults",
    "simulate",
]

_HOMES = {
    "FaultEvent": ".faults",
    "FaultSpec": ".faults",
    "parse_faults": ".faults",
    "Simulator": ".server",
    "simulate": ".server",
    "Outcome": ".state",
    "SimState": ".state",
    "SimStats": ".stats",
    "Upload": ".stats",
}


def __getattr__(name: str) -> Any:
    """Import public names on first use."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home, __name__), name)


def __dir__() -> list[str]:
    """The public names, though they are imported only on first use."""
    return sorted(__all__)
