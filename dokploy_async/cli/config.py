"""Where the CLI finds the server and the API key: flags first, then the environment.

The environment variables are the ones :meth:`dokploy_async.Dokploy.from_env` reads, so a
shell set up for the SDK works for the CLI unchanged.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["API_KEY_VAR", "URL_VARS", "Config", "ConfigError", "load_config"]

#: Variables holding the base URL, in the order they are tried.
URL_VARS: tuple[str, ...] = ("DOKPLOY_URL", "DOKPLOY_API_URL")
#: Variable holding the API key.
API_KEY_VAR = "DOKPLOY_API_KEY"


class ConfigError(Exception):
    """The CLI is missing a setting or was given an unusable one (exit code 2)."""


@dataclass(frozen=True, slots=True)
class Config:
    """Resolved connection settings. ``repr`` never shows the key."""

    url: str
    api_key: str = field(repr=False)
    timeout: float | None = None

    def secrets(self) -> tuple[str, ...]:
        """Strings that must never reach the terminal."""
        return (self.api_key,) if self.api_key else ()


def load_config(
    url: str | None,
    api_key: str | None,
    *,
    timeout: float | None = None,
    environ: Mapping[str, str] | None = None,
) -> Config:
    """Combine flags with the environment; raise :class:`ConfigError` if anything is missing."""
    env = os.environ if environ is None else environ
    if not url:
        url = next((env[name] for name in URL_VARS if env.get(name)), None)
    if not api_key:
        api_key = env.get(API_KEY_VAR) or None
    if not url:
        raise ConfigError(
            "no server URL: pass --url or set DOKPLOY_URL (e.g. https://dokploy.example.com)"
        )
    if not url.startswith(("http://", "https://")):
        raise ConfigError("the server URL must start with http:// or https://")
    if not api_key:
        raise ConfigError("no API key: set DOKPLOY_API_KEY (or pass --api-key)")
    if timeout is not None and timeout <= 0:
        raise ConfigError("--request-timeout must be positive")
    return Config(url=url.rstrip("/"), api_key=api_key, timeout=timeout)
