"""Dokploy environment blocks: newline-separated ``KEY=value`` text, parsed without loss.

Dokploy stores a service's variables as one text block and reads it with ``dotenv``
semantics. :class:`EnvBlock` keeps every line of such a block (comments, blank lines,
lines it does not understand, duplicate keys, the original quoting) so that reading a
block, changing one variable and writing it back changes exactly that variable.

Rules (see docs/workflows.md):

* A variable line is ``[export ]KEY=value``; the key is everything before the first ``=``
  (trimmed), so ``=`` inside values is fine.
* Values are read the way dotenv reads them: surrounding whitespace is trimmed;
  ``'...'`` and `````...````` are literal; ``"..."`` turns ``\\n`` / ``\\r`` into newlines
  and may span several lines; an unquoted value ends at ``#`` (an inline comment).
* Duplicate keys: the last one wins on read (as in dotenv); all lines are kept until the
  key is set or deleted, which replaces them all with one line.
* Lines that are not variables (comments, blanks, junk) are kept verbatim, in order.
* Writing a value picks the plainest form that dotenv reads back unchanged, and raises
  :class:`ValueError` for a value no form can carry, instead of saving something else.

Values never appear in ``repr`` or in exception messages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

__all__ = ["EnvBlock", "format_env", "parse_env"]

_KEY_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*")


def is_variable_name(key: str) -> bool:
    """Whether ``key`` can name a variable of an env block."""
    return _KEY_RE.fullmatch(key) is not None


_VAR_RE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.\-]*)\s*=(.*)$", re.DOTALL)
# Characters that make an unquoted value read back differently.
_NEEDS_QUOTES_RE = re.compile(r"""[#\n\r]|^['"`]|^\s|\s$""")


@dataclass(slots=True)
class _Line:
    """One logical line of a block: ``key`` is None for comments, blanks and junk."""

    raw: str
    key: str | None = None
    value: str = ""


def _unquote(rest: str) -> str:
    """Decode the text after ``=`` the way dotenv does."""
    text = rest.strip()
    if len(text) >= 2 and text[0] in "'\"`":
        quote = text[0]
        end = text.find(quote, 1) if quote != '"' else _find_dq_end(text)
        if end > 0:
            inner = text[1:end]
            if quote == '"':
                inner = inner.replace("\\n", "\n").replace("\\r", "\r")
            return inner
    # Unquoted: dotenv stops at the first '#'.
    hash_at = text.find("#")
    if hash_at >= 0:
        text = text[:hash_at]
    return text.strip()


def _find_dq_end(text: str) -> int:
    """Index of the closing double quote, skipping ``\\"`` escapes; -1 if none."""
    i = 1
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == '"':
            return i
        i += 1
    return -1


def _opens_multiline(rest: str) -> str | None:
    """The quote character if ``rest`` opens a quoted value that the line does not close."""
    text = rest.lstrip()
    if not text or text[0] not in "'\"`":
        return None
    quote = text[0]
    end = _find_dq_end(text) if quote == '"' else text.find(quote, 1)
    return None if end > 0 else quote


def _candidates(key: str, value: str) -> Iterator[str]:
    """Renderings of ``KEY=value``, plainest first."""
    if not _NEEDS_QUOTES_RE.search(value):
        yield f"{key}={value}"
    yield f"{key}='{value}'"
    yield f"{key}=`{value}`"
    yield f'{key}="{value}"'


def _encode(key: str, value: str) -> str:
    """Render ``KEY=value`` in the plainest form that reads back as exactly ``value``.

    Each candidate is parsed back before it is accepted, so a value that no form can
    carry (say one holding all three quote characters and a newline) raises instead of
    being saved as something else.
    """
    if "\r" not in value:  # \r\n would be folded into \n when the block is read
        for raw in _candidates(key, value):
            parsed = EnvBlock.parse(raw)._lines
            if len(parsed) == 1 and parsed[0].key == key and parsed[0].value == value:
                return raw
    raise ValueError(f"the value of {key} cannot be written so that it reads back unchanged")


class EnvBlock:
    """A parsed Dokploy env block that formats back to the same text unless changed.

    Behaves like a read-only mapping of the effective variables (last duplicate wins),
    plus :meth:`set`, :meth:`update` and :meth:`delete`. ``str(block)`` is the text to save.
    """

    __slots__ = ("_lines", "_trailing_newline")

    def __init__(self, lines: Iterable[_Line] = (), *, trailing_newline: bool = False) -> None:
        self._lines: list[_Line] = list(lines)
        self._trailing_newline = trailing_newline

    @classmethod
    def parse(cls, text: str | None) -> EnvBlock:
        """Parse a block as Dokploy stores it (``None`` and ``""`` are empty blocks).

        ``\\r\\n`` line endings are read as ``\\n`` (and written back as ``\\n``).
        """
        if not text:
            return cls()
        text = text.replace("\r\n", "\n")
        physical = text.split("\n")
        trailing = physical[-1] == ""
        if trailing:
            physical.pop()
        lines: list[_Line] = []
        i = 0
        while i < len(physical):
            raw = physical[i]
            i += 1
            m = _VAR_RE.match(raw)
            if m is None or raw.lstrip().startswith("#"):
                lines.append(_Line(raw))
                continue
            key, rest = m.group(1), m.group(2)
            quote = _opens_multiline(rest)
            if quote is not None:
                # A quoted value spanning lines: take lines up to the closing quote.
                j = i
                while j < len(physical) and quote not in physical[j]:
                    j += 1
                if j < len(physical):
                    raw = "\n".join([raw, *physical[i : j + 1]])
                    rest = raw.split("=", 1)[1]
                    i = j + 1
            lines.append(_Line(raw, key, _unquote(rest)))
        return cls(lines, trailing_newline=trailing)

    @classmethod
    def from_mapping(cls, values: Mapping[str, str]) -> EnvBlock:
        """A new block holding ``values`` in their order."""
        block = cls()
        block.update(values)
        return block

    # Reading -------------------------------------------------------------------------

    def to_dict(self) -> dict[str, str]:
        """The effective variables, in first-appearance order; the last duplicate wins."""
        out: dict[str, str] = {}
        for line in self._lines:
            if line.key is not None:
                out[line.key] = line.value
        return out

    def __getitem__(self, key: str) -> str:
        for line in reversed(self._lines):
            if line.key == key:
                return line.value
        raise KeyError(key)

    def get(self, key: str, default: str | None = None) -> str | None:
        """The effective value of ``key``, or ``default``."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key: object) -> bool:
        return any(line.key == key for line in self._lines)

    def keys(self) -> list[str]:
        """Variable names, in first-appearance order, without duplicates."""
        return list(self.to_dict())

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys())

    def __len__(self) -> int:
        return len(self.to_dict())

    def duplicates(self) -> list[str]:
        """Keys that appear on more than one line (only the last one counts)."""
        seen: dict[str, int] = {}
        for line in self._lines:
            if line.key is not None:
                seen[line.key] = seen.get(line.key, 0) + 1
        return [k for k, n in seen.items() if n > 1]

    # Changing ------------------------------------------------------------------------

    def set(self, key: str, value: str) -> None:
        """Set ``key``: replaces every line of that key by one line where the last one was.

        An unchanged value keeps its original line (and quoting) untouched.
        """
        if not _KEY_RE.fullmatch(key):
            raise ValueError(f"invalid variable name: {key!r}")
        if not isinstance(value, str):
            raise TypeError(f"the value of {key} must be a str, not {type(value).__name__}")
        positions = [i for i, line in enumerate(self._lines) if line.key == key]
        if len(positions) == 1 and self._lines[positions[0]].value == value:
            return
        new = _Line(_encode(key, value), key, value)
        if not positions:
            self._lines.append(new)
            return
        self._lines[positions[-1]] = new
        for i in reversed(positions[:-1]):
            del self._lines[i]

    def update(self, values: Mapping[str, str]) -> None:
        """:meth:`set` every item of ``values``."""
        for key, value in values.items():
            self.set(key, value)

    def delete(self, key: str) -> bool:
        """Remove every line of ``key``; True if there was one."""
        before = len(self._lines)
        self._lines = [line for line in self._lines if line.key != key]
        return len(self._lines) != before

    def copy(self) -> EnvBlock:
        """An independent copy."""
        return EnvBlock(
            (_Line(x.raw, x.key, x.value) for x in self._lines),
            trailing_newline=self._trailing_newline,
        )

    # Writing -------------------------------------------------------------------------

    def format(self) -> str:
        """The block as text, ready for ``saveEnvironment``."""
        text = "\n".join(line.raw for line in self._lines)
        if self._trailing_newline and self._lines:
            text += "\n"
        return text

    def __str__(self) -> str:
        return self.format()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, EnvBlock):
            return NotImplemented
        return self.format() == other.format()

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __repr__(self) -> str:
        # Keys only: values are secrets.
        return f"EnvBlock(keys={self.keys()!r})"


def parse_env(text: str | None) -> dict[str, str]:
    """The effective variables of a Dokploy env block (last duplicate wins)."""
    return EnvBlock.parse(text).to_dict()


def format_env(values: Mapping[str, str]) -> str:
    """A new env block holding ``values``; raises ValueError for an unwritable value."""
    return EnvBlock.from_mapping(values).format()
