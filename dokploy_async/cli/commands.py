"""The commands that talk to a Dokploy server. Each returns the process exit code."""

from __future__ import annotations

import argparse
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .._envblock import is_variable_name
from .output import Node, Output
from .progress import STATUS_STYLE, DeployProgress, choose_mode
from .views import (
    deploy_result_view,
    environment_ref_view,
    project_view,
    service_ref_view,
    tail,
)

if TYPE_CHECKING:
    from .. import DeployResult, Dokploy, ServiceRef

__all__ = ["COMMANDS", "UsageError"]

#: Lines of a failed deployment's log shown under the summary.
LOG_TAIL_LINES = 15

Command = Callable[["Dokploy", argparse.Namespace, Output], Awaitable[int]]


class UsageError(Exception):
    """The command line asks for something impossible (exit code 2)."""


def _as_dict(obj: Any) -> dict[str, Any]:
    from .._refs import as_dict

    return as_dict(obj)


# -- projects ------------------------------------------------------------------------------


async def cmd_projects(dk: Dokploy, args: argparse.Namespace, out: Output) -> int:
    """``projects``: every project, its environments and their services."""
    projects = [project_view(_as_dict(p)) for p in await dk.project.all()]
    if out.json_mode:
        out.json(projects)
        return 0
    if not projects:
        out.line("no projects")
        return 0
    # A URL may carry user:password@ (basic auth in front of Dokploy): show the host only.
    parts = urlsplit(dk.base_url)
    root = Node(
        f"{parts.scheme}://{parts.hostname or ''}{f':{parts.port}' if parts.port else ''}{parts.path}"
    )
    for project in projects:
        p_node = root.add(f"{project['name']}  ({project['id']})")
        for env in project["environments"]:
            default = ", default" if env["isDefault"] else ""
            e_node = p_node.add(f"{env['name']}  ({env['id']}{default})")
            if not env["services"]:
                e_node.add("(no services)")
            for svc in env["services"]:
                status = f"  [{svc['status']}]" if svc["status"] else ""
                e_node.add(f"{svc['kind']:<11} {svc['name']}{status}")
    out.tree(root)
    return 0


# -- resolve -------------------------------------------------------------------------------


async def cmd_resolve(dk: Dokploy, args: argparse.Namespace, out: Output) -> int:
    """``resolve PROJECT [ENVIRONMENT]``: names to ids."""
    ref = await dk.resolve_environment(args.project, args.environment)
    view = environment_ref_view(ref)
    if out.json_mode:
        out.json(view)
        return 0
    default = " (default)" if ref.is_default else ""
    out.table(
        ["", "name", "id"],
        [
            ["project", ref.project_name, ref.project_id],
            ["environment", f"{ref.name}{default}", ref.id],
        ],
    )
    return 0


# -- deploy --------------------------------------------------------------------------------


async def _environment_services(
    dk: Dokploy, project: str, environment: str | None
) -> list[ServiceRef]:
    """Every application and compose stack of the environment (what ``--all`` deploys).

    Databases are left out: their deploy restarts the database inside the request.
    """
    services = await dk.list_services(project, environment)
    return [s for s in services if s.kind in ("application", "compose")]


async def _named_services(
    dk: Dokploy, names: list[str], project: str, environment: str | None
) -> list[ServiceRef]:
    refs: list[ServiceRef] = []
    for name in names:
        refs.append(await dk.find_service(name, project=project, environment=environment))
    return refs


async def cmd_deploy(dk: Dokploy, args: argparse.Namespace, out: Output) -> int:
    """``deploy``: deploy services with live progress, then print a summary."""
    if args.all and args.services:
        raise UsageError("give service names or --all, not both")
    if not args.all and not args.services:
        raise UsageError("name the services to deploy, or pass --all")
    if args.all:
        services = await _environment_services(dk, args.project, args.environment)
        if not services:
            raise UsageError("the environment has no applications or compose stacks to deploy")
    else:
        services = await _named_services(dk, args.services, args.project, args.environment)

    options: dict[str, Any] = {"concurrency": args.concurrency, "wait": not args.no_wait}
    if args.timeout is not None:
        options["timeout"] = args.timeout
    if args.title:
        options["title"] = args.title
    with DeployProgress(out, services, mode=choose_mode(out, quiet=args.quiet)) as progress:
        results = await dk.deploy_many(services, on_progress=progress, **options)
    return report_results(results, out, waited=not args.no_wait)


def report_results(results: list[DeployResult], out: Output, *, waited: bool = True) -> int:
    """Print the summary of a fan-out deploy; return 0 if every deployment succeeded, else 1."""
    ok = all(r.ok for r in results)
    if out.json_mode:
        out.json({"ok": ok, "results": [deploy_result_view(r) for r in results]})
        return 0 if ok else 1

    def secs(value: float | None) -> str:
        return f"{value:.1f}s" if value is not None else ""

    rows = []
    for r in results:
        problem = r.error_message or ""
        if not problem and r.exception is not None:
            problem = str(r.exception).splitlines()[0] if str(r.exception) else ""
        if not problem and not r.ok and r.log_tail:
            # Dokploy often leaves errorMessage null: the reason is in the log.
            problem = "see the log below"
        rows.append(
            [
                r.service.name or r.service.app_name or r.service.id,
                r.service.kind,
                r.status,
                secs(r.queue_seconds),
                secs(r.run_seconds),
                problem,
            ]
        )
    out.table(
        ["service", "kind", "status", "in queue", "ran", "error"],
        rows,
        title="Deployments" if waited else "Deployments (queued, not waited for)",
        styles=[STATUS_STYLE.get(r.status) for r in results],
    )
    for r in results:
        if r.ok or r.status == "timeout":
            continue
        name = r.service.name or r.service.app_name or r.service.id
        body = tail(r.log_tail, LOG_TAIL_LINES) or (r.error_message or "(no log available)")
        where = f", deployment {r.deployment_id}" if r.deployment_id else ""
        out.panel(body, title=f"{name}: {r.status}{where} (log tail)")
    out.line(summary_line(results, waited=waited))
    return 0 if ok else 1


def summary_line(results: list[DeployResult], *, waited: bool) -> str:
    """The last line of a deploy: what ended how, and what goes on on the server."""
    counts = {status: sum(1 for r in results if r.status == status) for status in STATUS_ORDER}
    if not waited:
        return (
            f"{counts['queued']}/{len(results)} queued, not waited for: "
            "they run on the server; follow them in Dokploy or with `deploy` without --no-wait"
        )
    parts = [f"{counts['done']}/{len(results)} succeeded"]
    failed = counts["error"] + counts["cancelled"] + counts["unknown"]
    if failed:
        parts.append(f"{failed} failed")
    going_on = counts["timeout"] + counts["running"] + counts["queued"]
    if going_on:
        parts.append(
            f"{going_on} not finished when the wait ended (it goes on on the server)"
            if going_on == 1
            else f"{going_on} not finished when the wait ended (they go on on the server)"
        )
    return ", ".join(parts)


STATUS_ORDER = ("queued", "running", "done", "error", "cancelled", "timeout", "unknown")


# -- env -----------------------------------------------------------------------------------


def _parse_assignments(items: list[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip()
        # Only the part before "=" is ever quoted back: the rest may be a secret.
        if not sep:
            raise UsageError(f"expected KEY=VALUE, got {key!r} without '='")
        if not key:
            raise UsageError("the variable name before '=' is empty (expected KEY=VALUE)")
        if not is_variable_name(key):
            raise UsageError(
                f"invalid variable name {key!r}: use letters, digits, '_', '.' or '-', "
                "not starting with a digit"
            )
        values[key] = value
    return values


def _env_values(env: Any) -> dict[str, str]:
    if isinstance(env, Mapping):
        return {str(k): str(v) for k, v in env.items()}
    to_dict = getattr(env, "to_dict", None)
    if callable(to_dict):
        data = to_dict()
        if isinstance(data, Mapping):
            return {str(k): str(v) for k, v in data.items()}
    from .._envblock import parse_env

    return parse_env(env if isinstance(env, str) else None)


async def cmd_env_get(dk: Dokploy, args: argparse.Namespace, out: Output) -> int:
    """``env get``: print a service's variables (the values too: the user asked for them)."""
    service = await dk.find_service(
        args.service, project=args.project, environment=args.environment
    )
    values = _env_values(await dk.get_env(service))
    if args.keys:
        missing = [k for k in args.keys if k not in values]
        values = {k: values[k] for k in args.keys if k in values}
    else:
        missing = []
    if out.json_mode:
        out.json({"service": service_ref_view(service), "env": values, "missing": missing})
    else:
        from .._envblock import format_env

        try:
            text = format_env(values)
        except ValueError:
            text = "\n".join(f"{k}={v}" for k, v in values.items())
        if text:
            # Printed raw (not through rich) so the output can be saved as a .env file.
            out.stdout.write(text if text.endswith("\n") else text + "\n")
            out.stdout.flush()
        for key in missing:
            out.warn(f"{key} is not set on {args.service}")
    return 1 if missing else 0


async def cmd_env_set(dk: Dokploy, args: argparse.Namespace, out: Output) -> int:
    """``env set``: set variables (merge, or replace the block); values are never echoed."""
    values = _parse_assignments(args.assignments)
    service = await dk.find_service(
        args.service, project=args.project, environment=args.environment
    )
    await dk.set_env(service, values, merge=not args.replace)
    keys = sorted(values)
    if out.json_mode:
        out.json({"service": service_ref_view(service), "set": keys, "replaced": args.replace})
    else:
        how = "replaced the env block of" if args.replace else "updated"
        out.line(f"{how} {service.kind} {args.service}: {', '.join(keys)}")
        out.info("the new values apply at the next deploy")
    return 0


COMMANDS: dict[str, Command] = {
    "projects": cmd_projects,
    "resolve": cmd_resolve,
    "deploy": cmd_deploy,
    "env get": cmd_env_get,
    "env set": cmd_env_set,
}
