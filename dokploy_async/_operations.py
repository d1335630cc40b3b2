"""Operations by their Dokploy name (``router.procedure``), whatever the generated client has.

The workflows call operations through :func:`operation`, so a client generated from an
older document that lacks a router or procedure raises :class:`UnsupportedOperationError`
naming it, instead of an ``AttributeError``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import cache
from typing import Any

from ._errors import UnsupportedOperationError

__all__ = ["operation", "operation_name_of"]


@cache
def _by_name() -> dict[str, tuple[str, str]]:
    from .generated.resources import OPERATIONS

    return {name: (attribute, method) for attribute, method, _, _, name in OPERATIONS}


@cache
def _names_by_route() -> dict[str, str]:
    from .generated.resources import OPERATIONS

    return {route: name for _, _, _, route, name in OPERATIONS}


def operation_name_of(route: str) -> str:
    """``router.procedure`` for a route the client calls (itself when it is not known)."""
    return _names_by_route().get(route, route.replace("/", "."))


def operation(client: Any, name: str) -> Callable[..., Awaitable[Any]]:
    """The coroutine method of ``client`` for the operation ``name``.

    Raises:
        UnsupportedOperationError: the generated client has no such operation.
    """
    attribute, method = _by_name().get(name, ("", ""))
    bound = getattr(getattr(client, attribute, None), method, None) if attribute else None
    if bound is None:
        raise UnsupportedOperationError.for_operation(name, server_version=None, in_client=True)
    return bound  # type: ignore[no-any-return]
