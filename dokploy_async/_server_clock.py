"""The server's clock as its last answer in this task told it (the ``Date`` header).

Deploy matching needs to know, in the server's own clock, when a job can have reached
the queue (``_poller``): the answer to the trigger bounds it. A context variable keeps it
per task, so concurrent deploys each read their own trigger's answer.
"""

from __future__ import annotations

from contextvars import ContextVar
from datetime import datetime
from email.utils import parsedate_to_datetime

import anyio
import httpx

__all__ = ["last_server_date", "note_server_date"]

_LAST: ContextVar[tuple[datetime, float] | None] = ContextVar(
    "dokploy_async_last_server_date", default=None
)


def note_server_date(response: httpx.Response) -> None:
    """Remember ``response``'s ``Date`` header (whole seconds) and when it arrived."""
    value = response.headers.get("date")
    if not value:
        return
    try:
        date = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return
    _LAST.set((date, anyio.current_time()))


def last_server_date() -> tuple[datetime, float] | None:
    """``(Date of this task's last answer, anyio.current_time() when it arrived)``."""
    return _LAST.get()
