"""Live display of a fan-out deploy, fed by ``deploy_many``'s ``on_progress`` callback.

Three modes: ``live`` (a rich table redrawn in place, for a terminal), ``plain`` (one line
per state change, for logs and pipes) and ``off``. Everything goes to stderr, so stdout
keeps only the summary (or the JSON result).
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from .output import Output, rich_available

if TYPE_CHECKING:
    from rich.console import RenderableType
    from rich.live import Live

    from .._refs import DeployEvent, ServiceRef

__all__ = ["STATUS_STYLE", "DeployProgress", "ProgressMode", "choose_mode"]

ProgressMode = Literal["live", "plain", "off"]

#: rich style per deploy status, shared with the summary table.
STATUS_STYLE: dict[str, str] = {
    "pending": "dim",
    "queued": "yellow",
    "running": "cyan",
    "done": "green",
    "error": "bold red",
    "cancelled": "red",
    "timeout": "magenta",
    "unknown": "bold red",
}
_FINAL = frozenset({"done", "error", "cancelled", "timeout", "unknown"})
_SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"


def choose_mode(out: Output, *, quiet: bool) -> ProgressMode:
    """``live`` on an interactive terminal with rich, ``plain`` elsewhere, ``off`` if quiet."""
    if quiet:
        return "off"
    isatty = getattr(out.stderr, "isatty", None)
    if rich_available() and callable(isatty) and isatty():
        return "live"
    return "plain"


@dataclass
class _Row:
    name: str
    kind: str
    status: str = "pending"
    since: float = 0.0
    started: float | None = None
    finished: float | None = None


class DeployProgress:
    """A context manager whose instances are ``on_progress`` callbacks.

    ``with DeployProgress(out, services, mode="live") as progress:
    await dk.deploy_many(services, on_progress=progress)``.
    """

    def __init__(self, out: Output, services: list[ServiceRef], *, mode: ProgressMode) -> None:
        self._out = out
        self._mode = mode
        self._t0 = time.monotonic()
        self._rows = [
            _Row(name=s.name or s.app_name or s.id, kind=s.kind, since=self._t0) for s in services
        ]
        self._width = max((len(r.name) for r in self._rows), default=0)
        self._live: Live | None = None

    # -- context --------------------------------------------------------------------------

    def __enter__(self) -> DeployProgress:
        if self._mode == "live":
            from rich.live import Live

            self._live = Live(
                get_renderable=self._render,
                console=self._out.err_console(),
                refresh_per_second=8,
                transient=False,
            )
            self._live.start()
        elif self._mode == "plain":
            self._out.info(f"deploying {len(self._rows)} service(s)")
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._live is not None:
            self._live.refresh()
            self._live.stop()
            self._live = None

    # -- the callback ---------------------------------------------------------------------

    def __call__(self, event: DeployEvent) -> None:
        """Record one state change (never raises: a display bug must not stop deploys)."""
        with contextlib.suppress(Exception):
            self._update(event)

    def _update(self, event: DeployEvent) -> None:
        if not 0 <= event.index < len(self._rows):
            return
        row = self._rows[event.index]
        status = str(event.status)
        if status == row.status:
            return
        now = time.monotonic()
        previous = row.status
        row.status, row.since = status, now
        # Started = first seen running, or (when a fast job skipped "running") first seen at all.
        if row.started is None and (status == "running" or previous == "pending"):
            row.started = now
        if status in _FINAL:
            row.finished = now
        if self._mode == "plain":
            done = sum(1 for r in self._rows if r.status in _FINAL)
            total = len(self._rows)
            self._out.info(
                f"[{done:>{len(str(total))}}/{total}] {row.name:<{self._width}}  "
                f"{row.kind:<11}  {previous} -> {status}  ({now - self._t0:5.1f}s)"
            )

    # -- rendering (live mode) ------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """How many services are in each status right now."""
        counts: dict[str, int] = {}
        for row in self._rows:
            counts[row.status] = counts.get(row.status, 0) + 1
        return counts

    def _render(self) -> RenderableType:
        from rich.console import Group
        from rich.markup import escape
        from rich.table import Table
        from rich.text import Text

        now = time.monotonic()
        spin = _SPINNER[int((now - self._t0) * 10) % len(_SPINNER)]
        table = Table(box=None, pad_edge=False, show_header=True, header_style="bold")
        table.add_column("", width=1)
        table.add_column("service")
        table.add_column("kind", style="dim")
        table.add_column("status")
        table.add_column("time", justify="right")
        for row in self._rows:
            style = STATUS_STYLE.get(row.status, "")
            mark: Any
            if row.status in ("queued", "running"):
                mark = Text(spin, style=style)
            elif row.status == "done":
                mark = Text("✓", style=style)
            elif row.status in _FINAL:
                mark = Text("✗", style=style)
            else:
                mark = Text("·", style="dim")
            end = row.finished if row.finished is not None else now
            elapsed = f"{end - row.started:.1f}s" if row.started is not None else ""
            table.add_row(mark, escape(row.name), row.kind, Text(row.status, style=style), elapsed)
        counts = self.counts()
        total = len(self._rows)
        finished = sum(n for s, n in counts.items() if s in _FINAL)
        failed = sum(n for s, n in counts.items() if s in _FINAL and s != "done")
        bar_width = 30
        filled = int(bar_width * finished / total) if total else bar_width
        running, queued = counts.get("running", 0), counts.get("queued", 0)
        footer = Text.assemble(
            ("━" * filled, "green"),
            ("━" * (bar_width - filled), "grey37"),
            f" {finished}/{total} done",
            (f" · {failed} failed" if failed else "", "red"),
            f" · {running} running" if running else "",
            f" · {queued} queued" if queued else "",
            f" · {now - self._t0:.1f}s",
        )
        return Group(table, footer)
