"""Import time of ``dokploy_async`` against ``import httpx``, each in a fresh interpreter.

Each statement runs in a new ``python -X importtime`` process; the time is the sum of the
cumulative times of the top-level imports the statement caused (the interpreter's own
start-up imports, found by running ``pass`` the same way, are left out). The median of
several runs is reported. Three statements are compared with ``import httpx``:

* ``import dokploy_async`` -- what the target (ratio < 1.5) is about: the package itself is
  lazy (PEP 562) and loads nothing heavy until a name is used;
* ``from dokploy_async import DokployError`` -- the exception classes, still without httpx;
* ``from dokploy_async import Dokploy`` -- the client, which needs httpx itself, so this one
  is at least 1.0 by construction and shows what the SDK adds on top of httpx.

Nothing is asserted.

    python -m bench.import_time [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

STATEMENTS = {
    "httpx": "import httpx",
    "dokploy_async": "import dokploy_async",
    "errors": "from dokploy_async import DokployError",
    "client": "from dokploy_async import Dokploy",
}


def _top_level_imports(statement: str) -> dict[str, int]:
    """Module -> cumulative microseconds, for imports at the top of the import tree."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement],
        capture_output=True,
        text=True,
        check=True,
    )
    times: dict[str, int] = {}
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _, cumulative, name = line.split("|", 2)
        # Nested imports are indented under the module that caused them.
        if name.startswith(" ") and not name.startswith("  "):
            try:
                times[name.strip()] = int(cumulative)
            except ValueError:
                continue  # the header line
    return times


def _import_us(statement: str, startup: set[str]) -> int:
    return sum(us for name, us in _top_level_imports(statement).items() if name not in startup)


def measure(runs: int = 7) -> dict[str, float]:
    """Median import time in milliseconds of each statement."""
    startup = set(_top_level_imports("pass"))
    samples: dict[str, list[int]] = {key: [] for key in STATEMENTS}
    for _ in range(runs):
        # Interleaved, so a busy moment of the machine hurts every statement alike.
        for key, statement in STATEMENTS.items():
            samples[key].append(_import_us(statement, startup))
    return {key: statistics.median(values) / 1000 for key, values in samples.items()}


def run(runs: int = 7) -> float:
    """Measure, print a table, and return the ratio of ``import dokploy_async`` to ``import httpx``."""
    ms = measure(runs)
    base = ms["httpx"]
    print(f"import time: fresh interpreter per import, median of {runs} runs")
    for key, statement in STATEMENTS.items():
        print(f"  {statement:<42} {ms[key]:8.1f} ms   ratio to httpx {ms[key] / base:6.3f}")
    ratio = ms["dokploy_async"] / base
    print(f"  import ratio (import dokploy_async / import httpx): {ratio:.3f}   (target < 1.5)")
    return ratio


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7)
    run(parser.parse_args(argv).runs)


if __name__ == "__main__":
    main()
