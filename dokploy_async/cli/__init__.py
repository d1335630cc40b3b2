"""``dokploy-async``: the command line of the SDK.

``main()`` is the console script. Imports stay light (argparse only) until a command runs,
so ``--help`` is instant; rich is imported only to draw tables and progress.

Exit codes: 0 success, 1 the API or a deployment failed, 2 configuration or usage error,
130 interrupted.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

__all__ = ["EXIT_API", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "main"]

EXIT_OK = 0
EXIT_API = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI with ``argv`` (default: ``sys.argv[1:]``) and return the exit code."""
    from .app import run

    try:
        code = run(list(sys.argv[1:] if argv is None else argv))
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`dokploy-async projects --json | head -1`): stop quietly,
        # and keep the interpreter from complaining when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    return code
