"""Everything the CLI prints: JSON for scripts, rich tables and trees for people.

Rules kept here so that no command can break them:

* ``--json`` output is the only thing written to stdout; messages and progress go to stderr.
* every message passes through :func:`redact`, so the API key never reaches the terminal,
  not even inside an error text that quotes a request.
* rich is imported lazily (``import dokploy_async.cli`` stays cheap) and is optional: without
  it the same information is printed as plain aligned text.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["REDACTED", "Node", "Output", "redact"]

REDACTED = "***"


def redact(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every occurrence of each secret replaced by ``***``."""
    for secret in secrets:
        # Very short "secrets" would shred ordinary words; real keys are long.
        if secret and len(secret) >= 4:
            text = text.replace(secret, REDACTED)
    return text


def rich_available() -> bool:
    """Whether the optional ``rich`` dependency (the ``cli`` extra) is importable."""
    try:
        import rich  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass
class Node:
    """One line of a tree (``projects``): a label and its children."""

    label: str
    children: list[Node] = field(default_factory=list)

    def add(self, label: str) -> Node:
        """Append a child labelled ``label`` and return it."""
        child = Node(label)
        self.children.append(child)
        return child


class Output:
    """Writes results and messages, honouring ``--json`` and keeping secrets out."""

    def __init__(
        self,
        *,
        json_mode: bool = False,
        secrets: Sequence[str] = (),
        stdout: IO[str] | None = None,
        stderr: IO[str] | None = None,
        color: bool | None = None,
    ) -> None:
        self.json_mode = json_mode
        self.secrets: tuple[str, ...] = tuple(secrets)
        self.stdout = stdout if stdout is not None else sys.stdout
        self.stderr = stderr if stderr is not None else sys.stderr
        self._color = color
        self._out_console: Console | None = None
        self._err_console: Console | None = None

    # -- consoles -------------------------------------------------------------------------

    def _console(self, stream: IO[str]) -> Console:
        from rich.console import Console

        # highlight=False: rich would otherwise colour numbers and ids at random.
        return Console(
            file=stream,
            highlight=False,
            no_color=self._color is False,
            force_terminal=True if self._color else None,
            soft_wrap=False,
        )

    def out_console(self) -> Console:
        """The rich console on stdout (created on first use)."""
        if self._out_console is None:
            self._out_console = self._console(self.stdout)
        return self._out_console

    def err_console(self) -> Console:
        """The rich console on stderr (created on first use)."""
        if self._err_console is None:
            self._err_console = self._console(self.stderr)
        return self._err_console

    # -- messages -------------------------------------------------------------------------

    def redact(self, text: str) -> str:
        """``text`` without this run's secrets."""
        return redact(text, self.secrets)

    def error(self, message: str) -> None:
        """One line on stderr: ``error: ...``."""
        line = self.redact(" ".join(message.split()))
        print(f"error: {line}", file=self.stderr, flush=True)

    def warn(self, message: str) -> None:
        """One line on stderr: ``warning: ...``."""
        print(f"warning: {self.redact(message)}", file=self.stderr, flush=True)

    def info(self, message: str) -> None:
        """A message for the person at the terminal (stderr, so stdout stays clean)."""
        print(self.redact(message), file=self.stderr, flush=True)

    def line(self, text: str = "") -> None:
        """A plain line on stdout (human output only)."""
        print(self.redact(text), file=self.stdout, flush=True)

    # -- results --------------------------------------------------------------------------

    def json(self, data: Any) -> None:
        """Write ``data`` as JSON on stdout (the whole of stdout in ``--json`` mode)."""
        text = json.dumps(data, indent=2, sort_keys=False, default=str, ensure_ascii=False)
        print(self.redact(text), file=self.stdout, flush=True)

    def table(
        self,
        columns: Sequence[str],
        rows: Iterable[Sequence[Any]],
        *,
        title: str | None = None,
        styles: Sequence[str | None] | None = None,
    ) -> None:
        """A table on stdout; ``styles`` gives an optional rich style per row."""
        text_rows = [[self.redact("" if v is None else str(v)) for v in row] for row in rows]
        row_styles = list(styles) if styles is not None else [None] * len(text_rows)
        if rich_available():
            from rich.table import Table

            table = Table(title=title, title_justify="left", expand=False)
            from rich.markup import escape

            free_text = [_one_line(row[-1]) for row in text_rows]
            for i, name in enumerate(columns):
                if i < len(columns) - 1:
                    # Names, kinds, times: one line each, cut with "…" when space is short.
                    table.add_column(name, overflow="ellipsis", no_wrap=False)
                    continue
                # The free text (errors) keeps a readable width on a narrow terminal and
                # wraps within it; its full text is printed below the table anyway.
                widest = max((len(t) for t in free_text), default=0)
                table.add_column(name, overflow="fold", min_width=min(widest, 24), ratio=1)
            for cells, text, style in zip(text_rows, free_text, row_styles, strict=False):
                table.add_row(*(escape(c) for c in [*cells[:-1], text]), style=style)
            self.out_console().print(table)
            return
        if title:
            self.line(title)
        widths = [len(c) for c in columns]
        for cells in text_rows:
            widths = [max(w, len(c)) for w, c in zip(widths, cells, strict=False)]
        self.line("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=False)).rstrip())
        for cells in text_rows:
            self.line("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=False)).rstrip())

    def tree(self, root: Node) -> None:
        """A tree on stdout (rich guides when available, indentation otherwise)."""
        if rich_available():
            from rich.markup import escape
            from rich.tree import Tree

            def build(node: Node, into: Tree) -> None:
                for child in node.children:
                    build(child, into.add(escape(self.redact(child.label))))

            top = Tree(escape(self.redact(root.label)))
            build(root, top)
            self.out_console().print(top)
            return

        def walk(node: Node, depth: int) -> None:
            self.line("  " * depth + node.label)
            for child in node.children:
                walk(child, depth + 1)

        walk(root, 0)

    def panel(self, body: str, *, title: str, style: str = "red") -> None:
        """A boxed block of text on stdout (used for failure log tails)."""
        body = self.redact(body)
        if rich_available():
            from rich.markup import escape
            from rich.panel import Panel
            from rich.text import Text

            self.out_console().print(
                Panel(Text(body), title=escape(title), title_align="left", border_style=style)
            )
            return
        self.line(f"--- {title} ---")
        for text_line in body.splitlines():
            self.line(f"  {text_line}")


#: The longest free text a table cell shows; the whole message is printed after the table.
_CELL_TEXT = 120


def _one_line(text: str) -> str:
    """A table cell's text: its first line, cut to :data:`_CELL_TEXT` characters."""
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first if len(first) <= _CELL_TEXT else first[: _CELL_TEXT - 1] + "…"
