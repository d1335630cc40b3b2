"""``make demo`` / ``python -m dokploy_async.demo``: the SDK end to end in a few seconds.

Starts the bundled simulator of a Dokploy server on a free loopback port, then, through
the SDK only (as a real script would against a real server):

1. creates a project and a dozen services (10 applications, 2 compose stacks);
2. sets an env var on one of them (its value is never printed);
3. resolves the environment by name;
4. deploys everything at once with a live progress display;
5. prints the results, with the log tail of the one service rigged to fail.

Needs only the package with its ``testing`` and ``cli`` extras (``pip install -e '.[dev]'``):
no Docker, no network, no reference data. Exit code 0 when the demo ran as designed (the
single failure is part of the show), 1 otherwise.
"""

from __future__ import annotations

import argparse
import secrets
import sys
import time
from collections.abc import Sequence

import anyio

from . import Dokploy, ServiceRef
from ._refs import as_dict
from .cli.commands import report_results
from .cli.output import Output
from .cli.progress import DeployProgress, ProgressMode, choose_mode

__all__ = ["APPLICATIONS", "COMPOSE_STACKS", "FAILING", "main", "run_demo"]

PROJECT = "demo-shop"
APPLICATIONS: tuple[str, ...] = (
    "storefront",
    "api",
    "auth",
    "cart",
    "catalog",
    "checkout",
    "billing",
    "search",
    "emails",
    "media",
)
COMPOSE_STACKS: tuple[str, ...] = ("monitoring", "queue")
#: The service whose deploy is rigged to fail, and the log the simulator gives it.
FAILING = "billing"
FAILURE_MESSAGE = "Build failed: npm run build exited with code 1"
FAILURE_LOG = """\
Initializing deployment
Cloning https://git.example.com/demo-shop/billing.git (branch main)
Building {appName} with nixpacks
#7 [build 4/5] RUN npm ci
#7 added 912 packages in 14s
#8 [build 5/5] RUN npm run build
#8 > billing@2.3.0 build
#8 > tsc -p tsconfig.build.json
#8 src/invoices/render.ts(41,17): error TS2339: Property 'taxRate' does not exist on type 'Invoice'.
#8 ERROR: process "/bin/sh -c npm run build" did not complete successfully: exit code: 1
❌ Build failed

Error occurred ❌, check the logs for details.
"""


async def run_demo(
    out: Output,
    *,
    deploy_seconds: float = 0.4,
    workers: int = 3,
    concurrency: int = 12,
    progress: ProgressMode | None = None,
) -> int:
    """Run the demo against a fresh simulator; return the exit code."""
    from .testing import simulate

    started = time.monotonic()
    # A throwaway key: the simulator accepts exactly this one, and it is never printed.
    api_key = secrets.token_urlsafe(24)
    out.secrets = (*out.secrets, api_key)
    async with simulate(
        api_key=api_key, deploy_seconds=deploy_seconds, workers=workers, seed=7
    ) as sim:
        out.line(f"Simulated Dokploy {sim.version} on {sim.url} ({workers} deploy workers)")
        async with Dokploy(sim.url, api_key) as dk:
            # 1. A project (the server creates its "production" environment with it).
            created = await dk.project.create(name=PROJECT, description="dokploy-async demo")
            environment_id = as_dict(created)["environment"]["environmentId"]
            ids: dict[str, str] = {}
            for name in APPLICATIONS:
                app = await dk.application.create(name=name, environment_id=environment_id)
                ids[name] = as_dict(app)["applicationId"]
            for name in COMPOSE_STACKS:
                stack = await dk.compose.create(name=name, environment_id=environment_id)
                ids[name] = as_dict(stack)["composeId"]
            out.line(
                f"Created project {PROJECT!r} with {len(APPLICATIONS)} applications and "
                f"{len(COMPOSE_STACKS)} compose stacks"
            )

            # Rig one service to fail, as a broken build would on a real server.
            sim.fail_service(ids[FAILING], FAILURE_MESSAGE, FAILURE_LOG)

            # 2. Env vars: merged into the service's block; the value stays secret.
            api = await dk.find_service("api", project=PROJECT)
            await dk.set_env(api, {"DATABASE_URL": "postgres://shop:s3cret@db:5432/shop"})
            keys = ", ".join((await dk.get_env(api)).keys())
            out.line(f"Set env on api (keys: {keys}; values not shown)")

            # 3. Names, not ids: resolve the environment the way a deploy script would.
            env = await dk.resolve_environment(PROJECT, "production")
            out.line(
                f"Resolved {env.project_name}/{env.name} -> environment {env.id} "
                f"(project {env.project_id})"
            )

            # 4. Deploy everything at once, following each deployment to its end.
            services: list[ServiceRef] = [
                s
                for s in await dk.list_services(PROJECT, "production")
                if s.kind in ("application", "compose")
            ]
            out.line(f"Deploying {len(services)} services, {concurrency} at a time...")
            mode = progress if progress is not None else choose_mode(out, quiet=False)
            with DeployProgress(out, services, mode=mode) as display:
                results = await dk.deploy_many(
                    services,
                    concurrency=concurrency,
                    on_progress=display,
                    title="demo deploy",
                    timeout=60,
                )

            # 5. The summary; the failed one shows its log tail.
            out.line()
            report_results(results, out)

    failed = [r.service.name for r in results if not r.ok]
    as_designed = failed == [FAILING] and len(results) == len(APPLICATIONS) + len(COMPOSE_STACKS)
    out.line()
    if as_designed:
        out.line(
            f"Demo finished in {time.monotonic() - started:.1f}s: {len(results) - 1} deployed, "
            f"{FAILING} failed as planned. The simulator has stopped."
        )
        return 0
    out.error(f"the demo did not go as designed: failed services {failed}, expected [{FAILING!r}]")
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point of the demo."""
    parser = argparse.ArgumentParser(
        prog="python -m dokploy_async.demo",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--deploy-seconds", type=float, default=0.4, help="length of each deploy")
    parser.add_argument("--workers", type=int, default=3, help="simulated deploy workers")
    parser.add_argument(
        "--progress", choices=("live", "plain", "off"), help="progress display (default: auto)"
    )
    parser.add_argument("--no-color", action="store_true", help="plain output without colours")
    args = parser.parse_args(argv)
    out = Output(color=False if args.no_color else None)
    try:
        return anyio.run(
            lambda: run_demo(
                out,
                deploy_seconds=args.deploy_seconds,
                workers=args.workers,
                progress=args.progress,
            )
        )
    except KeyboardInterrupt:
        out.error("interrupted")
        return 130
    except ImportError as exc:
        out.error(
            f"{exc}: the demo needs the testing and cli extras (pip install 'dokploy-async[testing,cli]')"
        )
        return 2


if __name__ == "__main__":
    sys.exit(main())
