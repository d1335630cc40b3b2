"""Fan-out of ``dk.deploy_many`` against the simulator: wall time versus the ideal, requests per deployment.

The simulator runs each queued deploy for a known time on a known number of workers, so
the best any client can do is ``services / workers * deploy_seconds`` (200 / 4 * 0.05 s =
2.5 s by default). The script deploys every service once, waits for all of them, and
prints the wall time as a ratio to that ideal (target at most 1.10) and the HTTP requests
the run cost per deployment (target at most 2.5: triggers, queue polls, deployment listings), counted by the
simulator. Bounded (one run, no retries of the whole), and nothing is asserted.

    python -m bench.fanout [--services 200] [--workers 4] [--deploy-seconds 0.05]
                           [--concurrency 32] [--poll-interval 0.02]
"""

from __future__ import annotations

import argparse
import time
from datetime import UTC, datetime

import anyio

from dokploy_async import Dokploy, ServiceRef
from dokploy_async.testing import simulate


async def run(args: argparse.Namespace) -> None:
    """One bounded fan-out; prints the figures."""
    async with simulate(
        api_key="bench", deploy_seconds=args.deploy_seconds, workers=args.workers
    ) as sim:
        env_id = sim.seed_project("bench")["environment"]["environmentId"]
        refs = [
            ServiceRef("application", sim.seed_application(env_id, f"app{i}")["applicationId"])
            for i in range(args.services)
        ]
        async with Dokploy(sim.url, sim.api_key) as dk:
            # Warm up imports and the connection pool outside the timed part.
            await dk.deployment.queue_list()
            _ = dk.application  # imports the router module now, not inside the timing
            sim.stats.reset()
            started_wall = datetime.now(UTC)
            started = time.perf_counter()
            with anyio.fail_after(args.services * args.deploy_seconds * 10 + 30):
                results = await dk.deploy_many(
                    refs, concurrency=args.concurrency, poll_interval=args.poll_interval
                )
            wall = time.perf_counter() - started
            ended_wall = datetime.now(UTC)
            poll = dk.poll_stats
        requests = sum(sim.stats.requests.values())
    ideal = args.services / args.workers * args.deploy_seconds
    done = sum(r.status == "done" for r in results)
    print(
        f"services={args.services} workers={args.workers} deploy={args.deploy_seconds}s "
        f"concurrency={args.concurrency} poll_interval={args.poll_interval}s"
    )
    print(f"done: {done}/{len(results)}")
    starts = [r.started_at for r in results if r.started_at is not None]
    ends = [r.finished_at for r in results if r.finished_at is not None]
    if starts and ends:
        # The server's own busy span: what the simulator's queue took, client aside.
        span = (max(ends) - min(starts)).total_seconds()
        lead = (min(starts) - started_wall).total_seconds()
        tail = (ended_wall - max(ends)).total_seconds()
        print(
            f"server span (first start to last finish): {span:.3f} s; "
            f"before it {lead:.3f} s, after it {tail:.3f} s"
        )
    print(
        f"wall time: {wall:.3f} s, ideal {ideal:.3f} s, ratio {wall / ideal:.3f} (target <= 1.10)"
    )
    print(
        f"requests: {requests} total, {requests / args.services:.2f} per deployment "
        f"(deploy {sim.stats.requests['application.deploy']}, "
        f"queueList {sim.stats.requests['deployment.queueList']}, "
        f"deployment.all {sim.stats.requests['deployment.all']}; poller rounds {poll.rounds})"
    )


def main() -> None:
    """Parse the options and run the benchmark once."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--services", type=int, default=200)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--deploy-seconds", type=float, default=0.05)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--poll-interval", type=float, default=0.02)
    parser.add_argument("--backend", choices=["asyncio", "trio"], default="asyncio")
    args = parser.parse_args()
    anyio.run(run, args, backend=args.backend)


if __name__ == "__main__":
    main()
