"""``python -m dokploy_async.testing serve ...``: run the simulator until stopped."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    parser = argparse.ArgumentParser(
        prog="python -m dokploy_async.testing",
        description="A simulated Dokploy server for tests and demos.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the simulated API until stopped")
    serve.add_argument("--host", default="127.0.0.1", help="interface (default 127.0.0.1)")
    serve.add_argument(
        "--port", type=int, default=3000, help="port (default 3000; 0 takes any free one)"
    )
    serve.add_argument("--api-key", required=True, help="the key clients send in x-api-key")
    serve.add_argument(
        "--deploy-seconds", type=float, default=2.0, help="duration of a queued deploy"
    )
    serve.add_argument("--workers", type=int, default=1, help="deploys running at once")
    serve.add_argument(
        "--faults",
        default=None,
        help='fault spec, e.g. "503:0.1@deployment.*,latency:0.05" (see docs/simulator.md)',
    )
    serve.add_argument("--seed", type=int, default=0, help="seed for ids and faults")
    serve.add_argument("--spec", default=None, help="OpenAPI JSON file to serve")
    serve.add_argument(
        "--seed-demo",
        action="store_true",
        help="create the README quickstart's data: project shop with web, api and worker",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, serve, and return an exit status."""
    args = build_parser().parse_args(argv)
    from .server import simulate

    try:
        sim = simulate(
            api_key=args.api_key,
            deploy_seconds=args.deploy_seconds,
            workers=args.workers,
            faults=args.faults,
            seed=args.seed,
            spec=args.spec,
            host=args.host,
            port=args.port,
        )
    except (ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    restart = threading.Event()

    def on_hangup(signum: int, frame: FrameType | None) -> None:
        restart.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGHUP, on_hangup)
    try:
        sim.start()
    except (OSError, RuntimeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.seed_demo:
        sim.seed_demo()
    try:
        print(f"Dokploy simulator {sim.version} serving on {sim.url} (API under {sim.url}/api)")
        print("SIGHUP acts out a server restart (queue lost, running deployments cancelled)")
        sys.stdout.flush()
        while not stop.wait(0.05):
            if restart.is_set():
                restart.clear()
                lost = sim.restart()
                print(f"restarted: {lost} queued or running deployment(s) lost", flush=True)
    finally:
        sim.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
