"""What an operation is called: ``router.procedure``, whatever form its path takes.

Dokploy documents come in three forms (see ``../shared/dokploy/README.md``):

- ``/router.procedure``: every document from @dokploy/trpc-openapi 0.0.17 on;
- ``/router/procedure``: the 0.0.14-0.0.16 writer that Dokploy v0.28.0 shipped;
- a custom path (``/deploy/postgres-with-logs``, ``/read-stats``) set in a procedure's
  ``openapi`` meta; its operationId still says ``router-procedure``.

The name is what users and the diff see; the route (the path without its leading ``/``)
is what the client calls, because that is what the server serves.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .errors import GenerationError

_IDENTIFIER = r"[A-Za-z_][A-Za-z0-9_]*"
_DOTTED = re.compile(rf"^/?({_IDENTIFIER})\.({_IDENTIFIER})$")
_SLASHED = re.compile(rf"^/?({_IDENTIFIER})/({_IDENTIFIER})$")
_OPERATION_ID = re.compile(rf"^({_IDENTIFIER})-({_IDENTIFIER})$")


class OperationName(NamedTuple):
    """``router`` and ``procedure`` of one operation, as the server's tRPC router names them."""

    router: str
    procedure: str

    def __str__(self) -> str:
        return f"{self.router}.{self.procedure}"


def operation_name(path: str, operation_id: str | None) -> OperationName:
    """Name an operation from its path, else from its operationId.

    Raises:
        GenerationError: neither the path nor the operationId has a recognisable form.
    """
    for pattern in (_DOTTED, _SLASHED):
        match = pattern.match(path)
        if match:
            return OperationName(*match.groups())
    match = _OPERATION_ID.match(operation_id or "")
    if match:
        return OperationName(*match.groups())
    raise GenerationError(
        f"cannot name the operation at {path!r}: its path is neither /router.procedure nor "
        f"/router/procedure, and its operationId {operation_id!r} is not router-procedure"
    )


def route(path: str) -> str:
    """What the client appends to ``{base}/api/``: the document's own path."""
    return path.lstrip("/")
