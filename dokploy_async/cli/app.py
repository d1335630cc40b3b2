"""Parse the command line, run one command, turn every failure into a message and an exit code."""

from __future__ import annotations

import argparse
import os
from typing import Any

from . import EXIT_API, EXIT_INTERRUPTED, EXIT_USAGE
from .config import Config, ConfigError, load_config
from .output import Output
from .parser import build_parser, option, parse

__all__ = ["describe_error", "run"]

# Set to see the traceback of an unexpected error (it is redacted, but may be long).
DEBUG_VAR = "DOKPLOY_CLI_DEBUG"


def _command_name(args: argparse.Namespace) -> str:
    if args.command == "env":
        return f"env {args.env_command}"
    if args.command == "spec":
        return f"spec {args.spec_command}"
    return str(args.command)


def run(argv: list[str]) -> int:
    """The whole CLI: returns the exit code instead of exiting."""
    parser = build_parser()
    try:
        args = parse(parser, argv)
    except SystemExit as exc:  # --help, --version, or a usage error (argparse says which)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE

    # Secrets known before the config is loaded: a key from the flag or the environment.
    secrets = [
        s
        for s in (option(args, "api_key"), os.environ.get("DOKPLOY_API_KEY"))
        if isinstance(s, str) and s
    ]
    out = Output(
        json_mode=bool(option(args, "json")),
        secrets=secrets,
        color=False if option(args, "no_color") or os.environ.get("NO_COLOR") else None,
    )
    name = _command_name(args)
    try:
        if name == "generate":
            return _generate(args, out)
        if name == "spec diff":
            return _spec_diff(args, out)
        config = _config(args)
        if name == "spec fetch":
            return _spec_fetch(args, config, out)
        return _run_api_command(name, args, config, out)
    except KeyboardInterrupt:
        if name == "deploy":
            out.error(
                "interrupted: deployments already sent go on on the server "
                "(follow them in Dokploy); only the waiting stopped"
            )
        else:
            out.error("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        raise  # the reader left: main() ends quietly
    except Exception as exc:
        code, message = describe_error(exc)
        if os.environ.get(DEBUG_VAR):
            import traceback

            out.info(out.redact("".join(traceback.format_exception(exc))))
        out.error(message)
        return code


def _config(args: argparse.Namespace) -> Config:
    url = option(args, "url")
    api_key = option(args, "api_key")
    timeout = option(args, "request_timeout")
    return load_config(
        url if isinstance(url, str) else None,
        api_key if isinstance(api_key, str) else None,
        timeout=timeout if isinstance(timeout, float) else None,
    )


def _generate(args: argparse.Namespace, out: Output) -> int:
    from pathlib import Path

    from .commands import UsageError
    from .generator import run_generator

    if not Path(args.spec).is_file():
        raise UsageError(
            f"no OpenAPI document at {args.spec}: run `dokploy-async spec fetch` first, "
            "or pass --spec FILE"
        )

    return run_generator(["build", "--spec", args.spec, "--output", args.output], out)


def _spec_diff(args: argparse.Namespace, out: Output) -> int:
    from .generator import run_generator

    argv = ["diff", args.old, args.new]
    if out.json_mode:
        argv.append("--json")
    if args.fail_on_breaking:
        argv.append("--fail-on-breaking")
    return run_generator(
        argv, out, api_key=os.environ.get("DOKPLOY_API_KEY"), result_on_stdout=True
    )


def _spec_fetch(args: argparse.Namespace, config: Config, out: Output) -> int:
    from .generator import run_generator

    argv = ["fetch", "--url", config.url, "--output", args.output]
    if config.timeout is not None:
        argv += ["--timeout", str(config.timeout)]
    return run_generator(argv, out, api_key=config.api_key)


def _run_api_command(name: str, args: argparse.Namespace, config: Config, out: Output) -> int:
    import anyio

    from .._client import Dokploy
    from .commands import COMMANDS

    command = COMMANDS[name]
    out.secrets = tuple(dict.fromkeys((*out.secrets, *config.secrets())))

    async def go() -> int:
        kwargs: dict[str, Any] = {}
        if config.timeout is not None:
            kwargs["timeout"] = config.timeout
        async with Dokploy(config.url, config.api_key, **kwargs) as dk:
            return await command(dk, args, out)

    return anyio.run(go)


#: The SDK's messages name its keyword arguments; on the command line the flags are meant.
_CLI_TERMS: tuple[tuple[str, str], ...] = (
    ("Pass timeout=... to the call for a slow operation", "Give --request-timeout SECONDS"),
    ("pass base_url=... or set", "pass --url or set"),
    ("pass api_key=... or set", "pass --api-key or set"),
    ("set base_url to", "set --url (or DOKPLOY_URL) to"),
    ("base_url must", "--url must"),
    (" (in Python, kind=... also works)", ""),
)


def _in_cli_terms(message: str) -> str:
    for sdk, cli in _CLI_TERMS:
        message = message.replace(sdk, cli)
    return message


def describe_error(exc: BaseException) -> tuple[int, str]:
    """The exit code and the one-line message for an exception raised by a command."""
    from .._errors import (
        AuthenticationError,
        ConfigurationError,
        DokployError,
        ResolutionError,
    )
    from .commands import UsageError
    from .generator import GeneratorUnavailable

    if isinstance(exc, ConfigError | ConfigurationError | UsageError | GeneratorUnavailable):
        return EXIT_USAGE, _in_cli_terms(str(exc))
    if isinstance(exc, AuthenticationError):
        # A wrong or missing key is a configuration problem: the user must fix DOKPLOY_API_KEY.
        return EXIT_USAGE, str(exc)
    if isinstance(exc, ResolutionError):
        message = _in_cli_terms(str(exc))
        if exc.candidates and not any(c in message for c in exc.candidates):
            shown = ", ".join(exc.candidates[:10]) + (", ..." if len(exc.candidates) > 10 else "")
            message += f" (known: {shown})"
        return EXIT_USAGE, message
    if isinstance(exc, DokployError):
        return EXIT_API, _in_cli_terms(str(exc)) or type(exc).__name__
    return EXIT_API, f"unexpected {type(exc).__name__}: {exc} (set {DEBUG_VAR}=1 for details)"
