"""Seeded, reproducible fault injection: what can go wrong between a client and Dokploy.

A fault is described by a :class:`FaultSpec`; a list of them is parsed from a compact
text form (the CLI's ``--faults``)::

    ITEM[,ITEM...]
    ITEM := KIND[:NUMBER][@GLOB][|key=value...]

``KIND`` is one of ``latency``, ``timeout``, ``502``, ``503``, ``504``, ``html``,
``reset``, ``truncate``. For ``latency`` and ``timeout`` NUMBER is seconds (the fault then
applies to every matching request unless ``p=`` says otherwise); for every other kind it
is the probability (default 1). ``GLOB`` matches the route name (``deployment.*``,
``application.deploy``; default ``*``). Options: ``p=`` probability, ``when=before|after``
(default before), ``method=GET|POST``, ``times=N`` (inject at most N times),
``status=N`` (for ``html``; default 502), ``seconds=S``.

Examples: ``503:0.1@deployment.*``, ``latency:0.05``,
``reset@application.deploy|when=after|times=1``, ``timeout:5@compose.deploy|when=after``.
"""

from __future__ import annotations

import fnmatch
import random
import threading
from collections.abc import Iterable, Sequence
from typing import Final, Literal

import attrs

FaultKind = Literal["latency", "timeout", "502", "503", "504", "html", "reset", "truncate"]
When = Literal["before", "after"]

KINDS: Final[tuple[str, ...]] = (
    "latency",
    "timeout",
    "502",
    "503",
    "504",
    "html",
    "reset",
    "truncate",
)
_TIMED: Final[frozenset[str]] = frozenset({"latency", "timeout"})


@attrs.frozen
class FaultSpec:
    """One kind of fault, where it applies and how often.

    Attributes:
        kind: ``latency`` (delay, then carry on), ``timeout`` (hold the response for
            ``seconds`` or until the client gives up), ``502``/``503``/``504`` (a
            proxy's plain-text error), ``html`` (an nginx-style HTML error page with
            ``status``), ``reset`` (the TCP connection is reset, no response), or
            ``truncate`` (the JSON body is cut in half; always after processing).
        probability: chance of injecting on each matching request, from the
            simulator's seeded random generator.
        route: glob on the route name (``router.procedure``).
        method: ``GET``, ``POST`` or None for both.
        when: ``before`` — the request never reaches the app; ``after`` — the app
            processed it (a deploy was enqueued) and then the client sees the fault.
        seconds: delay for ``latency``, hold time for ``timeout``.
        status: HTTP status of an ``html`` page.
        times: inject at most this many times (None: unlimited).
    """

    kind: str = attrs.field(validator=attrs.validators.in_(KINDS))
    probability: float = attrs.field(default=1.0, validator=lambda _s, _a, v: _check_probability(v))
    route: str = "*"
    method: str | None = None
    when: str = attrs.field(default="before", validator=attrs.validators.in_(("before", "after")))
    seconds: float = 30.0
    status: int = 502
    times: int | None = None

    def matches(self, route: str, method: str, when: str) -> bool:
        """True when this fault targets ``method route`` in phase ``when``."""
        effective_when = "after" if self.kind == "truncate" else self.when
        if effective_when != when:
            return False
        if self.method is not None and self.method.upper() != method.upper():
            return False
        return fnmatch.fnmatchcase(route, self.route)


def parse_faults(text: str) -> list[FaultSpec]:
    """Parse the ``--faults`` mini-syntax (see the module docstring) into specs.

    Raises:
        ValueError: on an unknown kind, option or malformed number.
    """
    specs: list[FaultSpec] = []
    for raw_item in text.split(","):
        item = raw_item.strip()
        if not item:
            continue
        head, *options = item.split("|")
        head, _, route = head.partition("@")
        kind, _, number = head.partition(":")
        kind = kind.strip().lower()
        if kind not in KINDS:
            raise ValueError(f"unknown fault kind {kind!r} in {item!r}; expected one of {KINDS}")
        values: dict[str, object] = {"kind": kind}
        if route.strip():
            values["route"] = route.strip()
        if number.strip():
            key = "seconds" if kind in _TIMED else "probability"
            values[key] = float(number)
        for option in options:
            key, sep, value = option.partition("=")
            key = key.strip()
            value = value.strip()
            if not sep:
                raise ValueError(f"fault option {option!r} in {item!r} is not key=value")
            if key == "p":
                values["probability"] = float(value)
            elif key == "when":
                values["when"] = value
            elif key == "method":
                values["method"] = value.upper()
            elif key == "times":
                values["times"] = int(value)
            elif key == "status":
                values["status"] = int(value)
            elif key == "seconds":
                values["seconds"] = float(value)
            else:
                raise ValueError(f"unknown fault option {key!r} in {item!r}")
        specs.append(FaultSpec(**values))  # type: ignore[arg-type]
    return specs


def _check_probability(value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"a fault probability is from 0 to 1; got {value:g}")


def coerce_faults(faults: str | FaultSpec | Iterable[FaultSpec] | None) -> list[FaultSpec]:
    """Accept the spec text, one spec, an iterable of specs or None."""
    if faults is None:
        return []
    if isinstance(faults, str):
        return parse_faults(faults)
    if isinstance(faults, FaultSpec):
        return [faults]
    return list(faults)


@attrs.frozen
class FaultEvent:
    """One injected fault, as recorded in ``stats.fault_log``."""

    route: str
    method: str
    kind: str
    when: str


class FaultInjector:
    """Decides, reproducibly from ``seed``, which faults hit which request.

    Decisions are drawn in request order from one generator, so a sequential test
    with the same seed sees the same faults every run. Specs can be replaced at run
    time (:meth:`set`) from any thread.
    """

    def __init__(self, specs: Sequence[FaultSpec], seed: int) -> None:
        self._lock = threading.Lock()
        self._rng = random.Random(seed)
        self._specs: list[FaultSpec] = list(specs)
        self._used: dict[int, int] = {}

    @property
    def specs(self) -> list[FaultSpec]:
        """The active fault specs (a copy)."""
        with self._lock:
            return list(self._specs)

    def set(self, specs: Sequence[FaultSpec]) -> None:
        """Replace the active faults (and forget how often each was used)."""
        with self._lock:
            self._specs = list(specs)
            self._used = {}

    def pick(self, route: str, method: str, when: str) -> list[FaultSpec]:
        """Faults to apply to this request in this phase, in spec order."""
        chosen: list[FaultSpec] = []
        with self._lock:
            for index, spec in enumerate(self._specs):
                if not spec.matches(route, method, when):
                    continue
                used = self._used.get(index, 0)
                if spec.times is not None and used >= spec.times:
                    continue
                # Every matching spec consumes exactly one draw, so the sequence
                # depends only on the request order and the spec list.
                if self._rng.random() >= spec.probability:
                    continue
                self._used[index] = used + 1
                chosen.append(spec)
        return chosen
