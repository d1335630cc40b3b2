"""The argparse layout of ``dokploy-async``.

Connection options (``--url``, ``--api-key``, ``--request-timeout``) and output options
(``--json``, ``--no-color``) are accepted both before and after the command name, so
``dokploy-async --json projects`` and ``dokploy-async projects --json`` mean the same.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from importlib import metadata

__all__ = ["build_parser", "option", "parse"]

_EPILOG = """\
configuration:
  DOKPLOY_URL (or DOKPLOY_API_URL)  the server, e.g. https://dokploy.example.com
  DOKPLOY_API_KEY                   an API key (Dokploy: Profile > API/CLI)
  flags --url/--api-key override them; prefer the variable for the key, since
  command lines are visible to other users of the machine.

exit codes:
  0 success   1 the API or a deployment failed   2 configuration or usage error
  130 interrupted

see docs/cli.md for examples.
"""

# Defaults of the options that may appear before or after the command; they are applied by
# option() because the sub-parsers use SUPPRESS (so a value given before the command is not
# overwritten by the sub-parser's default).
_DEFAULTS: dict[str, object] = {
    "url": None,
    "api_key": None,
    "request_timeout": None,
    "json": False,
    "no_color": False,
}


def option(args: argparse.Namespace, name: str) -> object:
    """The value of a shared option, or its default when it was not given anywhere."""
    return getattr(args, name, _DEFAULTS[name])


def _version() -> str:
    try:
        return metadata.version("dokploy-async")
    except metadata.PackageNotFoundError:
        return "unknown"


def _shared_options(*, connection: bool) -> argparse.ArgumentParser:
    shared = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    if connection:
        group = shared.add_argument_group("connection")
        group.add_argument("--url", metavar="URL", help="server base URL (default: $DOKPLOY_URL)")
        group.add_argument(
            "--api-key",
            metavar="KEY",
            help="API key (default: $DOKPLOY_API_KEY; prefer the variable)",
        )
        group.add_argument(
            "--request-timeout",
            metavar="S",
            type=float,
            help="timeout of each HTTP request in seconds",
        )
    out = shared.add_argument_group("output")
    out.add_argument(
        "--json", action="store_true", help="print machine-readable JSON on stdout (nothing else)"
    )
    out.add_argument("--no-color", action="store_true", help="plain output without colours")
    return shared


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _positive_float(text: str) -> float:
    value = float(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be positive")
    return value


def _add_location(sub: argparse.ArgumentParser, *, required: bool = True) -> None:
    sub.add_argument("--project", "-p", required=required, help="project name (or id)")
    sub.add_argument(
        "--environment", "-e", help="environment name (default: the project's default one)"
    )


def build_parser() -> argparse.ArgumentParser:
    """The full parser: one sub-command per task."""
    api = _shared_options(connection=True)
    parser = argparse.ArgumentParser(
        prog="dokploy-async",
        description="Command line for the Dokploy API: browse projects, deploy, manage env vars.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[api],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    commands.add_parser(
        "projects",
        parents=[api],
        help="show the tree of projects, environments and services",
        description="Show every project with its environments and their services.",
    )

    resolve = commands.add_parser(
        "resolve",
        parents=[api],
        help="resolve a project (and environment) name to ids",
        description="Resolve PROJECT [ENVIRONMENT] to ids; without ENVIRONMENT the default one.",
    )
    resolve.add_argument("project", help="project name (or id)")
    resolve.add_argument("environment", nargs="?", help="environment name (or id)")

    deploy = commands.add_parser(
        "deploy",
        parents=[api],
        help="deploy services and follow them to the end",
        description=(
            "Deploy the named services (or --all in the environment), show live progress, then "
            "a summary. Exit code 1 when any deployment failed or timed out."
        ),
    )
    _add_location(deploy)
    deploy.add_argument("services", nargs="*", metavar="SERVICE", help="service names")
    deploy.add_argument(
        "--all", action="store_true", help="every application and compose stack in the environment"
    )
    deploy.add_argument(
        "--concurrency", "-c", type=_positive_int, default=4, help="deploys in flight (default 4)"
    )
    deploy.add_argument(
        "--no-wait", action="store_true", help="return once queued, without waiting for the end"
    )
    deploy.add_argument(
        "--timeout",
        type=_positive_float,
        default=None,
        metavar="S",
        help="give up waiting for each deployment after S seconds (the server carries on)",
    )
    deploy.add_argument("--title", help="deployment title shown in Dokploy")
    deploy.add_argument(
        "--quiet", "-q", action="store_true", help="no live progress, only the summary"
    )

    env = commands.add_parser(
        "env",
        help="read or change a service's environment variables",
        description="Read or change a service's environment variables.",
    )
    env_commands = env.add_subparsers(dest="env_command", metavar="ACTION", required=True)
    env_get = env_commands.add_parser(
        "get",
        parents=[api],
        help="print the variables (values included: they may be secrets)",
        description="Print a service's variables. Values may be secrets: they are printed because you asked.",
    )
    env_get.add_argument("service", help="service name")
    _add_location(env_get)
    env_get.add_argument("keys", nargs="*", metavar="KEY", help="only these variables")
    env_set = env_commands.add_parser(
        "set",
        parents=[api],
        help="set variables (merged into the existing ones unless --replace)",
        description=(
            "Set variables on a service. Existing variables are kept unless --replace is given. "
            "Values are never echoed. The new values apply at the next deploy."
        ),
    )
    env_set.add_argument("service", help="service name")
    env_set.add_argument("assignments", nargs="+", metavar="KEY=VALUE")
    _add_location(env_set)
    env_set.add_argument(
        "--replace", action="store_true", help="replace the whole block instead of merging"
    )

    spec = commands.add_parser(
        "spec",
        help="work with the server's OpenAPI document",
        description="Work with the server's OpenAPI document (needs a source checkout).",
    )
    spec_commands = spec.add_subparsers(dest="spec_command", metavar="ACTION", required=True)
    fetch = spec_commands.add_parser(
        "fetch",
        parents=[api],
        help="download the OpenAPI document from the server",
        description="Download the server's OpenAPI document (runs `python -m generator fetch`).",
    )
    fetch.add_argument("--output", "-o", default="openapi.json", help="file to write")
    diff = spec_commands.add_parser(
        "diff",
        help="what changed between two OpenAPI documents",
        description=(
            "What changed between two OpenAPI documents (files, URLs serving one, or "
            "instances' URLs), and whether it breaks callers (runs `python -m generator diff`)."
        ),
        parents=[_shared_options(connection=False)],
    )
    diff.add_argument("old", help="the older document: a file or a URL")
    diff.add_argument("new", help="the newer document: a file or a URL")
    diff.add_argument(
        "--fail-on-breaking", action="store_true", help="exit 1 when something breaks callers"
    )

    generate = commands.add_parser(
        "generate",
        help="generate the client package from an OpenAPI document",
        description="Generate the client from a document (runs `python -m generator build`).",
        parents=[_shared_options(connection=False)],
    )
    generate.add_argument("--spec", default="openapi.json", help="the OpenAPI document")
    generate.add_argument(
        "--output", "-o", default="dokploy_async/generated", help="package directory to write"
    )
    return parser


def parse(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace:
    """Parse ``argv`` with options anywhere after the command, as users expect.

    argparse stops filling a positional list (``env get SERVICE KEY...``) at the first
    option, so ``env get web -p shop LOG_LEVEL`` would fail. The arguments are put in
    argparse's order first: command words, then the options with their values, then
    ``--`` and the positionals in their given order. After ``--`` a positional may also
    begin with ``-`` (Dokploy ids can), without the user typing ``--`` themselves.
    """
    return parser.parse_args(_in_argparse_order(parser, argv))


def _in_argparse_order(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    leaf = parser
    head: list[str] = []
    options: list[str] = []
    positionals: list[str] = []
    tokens = iter(argv)
    for token in tokens:
        if token == "--":
            positionals.extend(tokens)
            break
        action, attached = _option(leaf, token)
        if action is not None:
            options.append(token)
            if action.nargs != 0 and not attached:
                options.extend(_take(tokens, 1 if action.nargs is None else action.nargs))
            continue
        commands = _subcommands(leaf)
        if commands is not None and not positionals and token in commands:
            head += [*options, token]
            options = []
            leaf = commands[token]
        elif token.startswith("--") or (leaf is parser and token.startswith("-")):
            options.append(token)  # unknown: argparse reports it with the right usage
        else:
            positionals.append(token)
    return head + options + (["--", *positionals] if positionals else [])


def _option(parser: argparse.ArgumentParser, token: str) -> tuple[argparse.Action | None, bool]:
    """The option action ``token`` names, and whether it carries its value (``--x=1``, ``-p1``)."""
    actions = parser._option_string_actions
    if token in actions:
        return actions[token], False
    if token.startswith("--") and "=" in token:
        return actions.get(token.split("=", 1)[0]), True
    if len(token) > 2 and token[0] == "-" and token[1] != "-":
        action = actions.get(token[:2])
        if action is not None and action.nargs != 0:
            return action, True
    return None, False


def _take(tokens: Iterator[str], count: object) -> list[str]:
    wanted = count if isinstance(count, int) else 1
    return [token for _, token in zip(range(wanted), tokens, strict=False)]


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser] | None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return None
