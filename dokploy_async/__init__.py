"""dokploy-async: an asynchronous Python SDK for the Dokploy API.

    from dokploy_async import Dokploy

    async with Dokploy.from_env() as dk:
        projects = await dk.project.all()

Names are imported on first use (PEP 562), so ``import dokploy_async`` stays cheap and does
not load httpx or the generated client until they are needed.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

#: The installed version of dokploy-async.
__version__ = "0.1.0"

# Public name -> module that defines it. To export a new name, add one line here and the
# matching "import X as X" line below (a unit test checks that the two agree).
_LAZY: dict[str, str] = {
    "Dokploy": "._client",
    "DokployError": "._errors",
    "ConfigurationError": "._errors",
    "APIStatusError": "._errors",
    "BadRequestError": "._errors",
    "AuthenticationError": "._errors",
    "PermissionDeniedError": "._errors",
    "NotFoundError": "._errors",
    "UnprocessableEntityError": "._errors",
    "UnsupportedOperationError": "._errors",
    "RateLimitError": "._errors",
    "InternalServerError": "._errors",
    "APIConnectionError": "._errors",
    "APITimeoutError": "._errors",
    "InvalidResponseError": "._errors",
    "MissingFieldError": "._errors",
    "ResolutionError": "._errors",
    "AmbiguousNameError": "._errors",
    "DeploymentFailedError": "._errors",
    "DeploymentTimeoutError": "._errors",
    "ServiceRef": "._refs",
    "EnvironmentRef": "._refs",
    "DeployResult": "._refs",
    "DeployEvent": "._refs",
    "EnvBlock": "._envblock",
    "parse_env": "._envblock",
    "format_env": "._envblock",
}

if TYPE_CHECKING:
    from ._client import Dokploy as Dokploy
    from ._envblock import EnvBlock as EnvBlock
    from ._envblock import format_env as format_env
    from ._envblock import parse_env as parse_env
    from ._errors import AmbiguousNameError as AmbiguousNameError
    from ._errors import APIConnectionError as APIConnectionError
    from ._errors import APIStatusError as APIStatusError
    from ._errors import APITimeoutError as APITimeoutError
    from ._errors import AuthenticationError as AuthenticationError
    from ._errors import BadRequestError as BadRequestError
    from ._errors import ConfigurationError as ConfigurationError
    from ._errors import DeploymentFailedError as DeploymentFailedError
    from ._errors import DeploymentTimeoutError as DeploymentTimeoutError
    from ._errors import DokployError as DokployError
    from ._errors import InternalServerError as InternalServerError
    from ._errors import InvalidResponseError as InvalidResponseError
    from ._errors import MissingFieldError as MissingFieldError
    from ._errors import NotFoundError as NotFoundError
    from ._errors import PermissionDeniedError as PermissionDeniedError
    from ._errors import RateLimitError as RateLimitError
    from ._errors import ResolutionError as ResolutionError
    from ._errors import UnprocessableEntityError as UnprocessableEntityError
    from ._errors import UnsupportedOperationError as UnsupportedOperationError
    from ._refs import DeployEvent as DeployEvent
    from ._refs import DeployResult as DeployResult
    from ._refs import EnvironmentRef as EnvironmentRef
    from ._refs import ServiceRef as ServiceRef

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    # Cached in the module so later lookups skip this function.
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
