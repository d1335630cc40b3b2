"""``python -m generator``: fetch a Dokploy OpenAPI document, extract Dokploy's response
types from its source, or build the client from a document."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .errors import GeneratorFailure


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    fetch_cmd = commands.add_parser("fetch", help="download the OpenAPI document")
    fetch_cmd.add_argument("--url", help="instance base URL, a URL serving JSON, or a file path")
    fetch_cmd.add_argument("--file", help="read a local file instead of a URL")
    fetch_cmd.add_argument("--api-key", help="API key (default: $DOKPLOY_API_KEY)")
    fetch_cmd.add_argument("--output", default="openapi.json", type=Path)
    fetch_cmd.add_argument("--timeout", default=30.0, type=float)

    build_cmd = commands.add_parser("build", help="generate the client package from a document")
    build_cmd.add_argument("--spec", default="openapi.json", type=Path)
    build_cmd.add_argument("--output", default=Path("dokploy_async/generated"), type=Path)
    build_cmd.add_argument(
        "--dokploy-version",
        help="the Dokploy version to stamp, e.g. v0.30.2 (default: what `fetch` recorded, "
        "else info.version when it names a release, else 'unknown')",
    )

    types_cmd = commands.add_parser(
        "types",
        help="extract Dokploy's response types from its source (needs Node.js)",
        description="Write generator/types/<version>.json from a Dokploy checkout at a tag, "
        "after `pnpm install`. Example: python -m generator types --dokploy-src ~/dokploy",
    )
    types_cmd.add_argument("--dokploy-src", required=True, type=Path, help="Dokploy checkout")
    types_cmd.add_argument(
        "--output", type=Path, help="default: generator/types/<the checkout's version>.json"
    )

    availability_cmd = commands.add_parser(
        "availability", help="which known documents offer each operation (for error messages)"
    )
    availability_cmd.add_argument(
        "--documents", default=Path("../shared/dokploy/openapi"), type=Path
    )
    availability_cmd.add_argument(
        "--output", default=Path("dokploy_async/_availability.py"), type=Path
    )

    diff_cmd = commands.add_parser(
        "diff", help="what changed between two documents, and whether it breaks callers"
    )
    diff_cmd.add_argument("old", help="a document file, a URL serving one, or an instance's URL")
    diff_cmd.add_argument("new", help="likewise")
    diff_cmd.add_argument("--json", action="store_true", help="print a JSON object")
    diff_cmd.add_argument(
        "--fail-on-breaking", action="store_true", help="exit 1 when something breaks callers"
    )
    diff_cmd.add_argument("--api-key", help="API key for instance URLs (default: $DOKPLOY_API_KEY)")
    diff_cmd.add_argument("--timeout", default=30.0, type=float)

    args = parser.parse_args(argv)
    try:
        if args.command == "fetch":
            return _fetch(args)
        if args.command == "availability":
            return _availability(args)
        if args.command == "diff":
            return _diff(args)
        if args.command == "types":
            return _types(args)
        return _build(args)
    except GeneratorFailure as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _fetch(args: argparse.Namespace) -> int:
    from .build import dokploy_version
    from .fetch import fetch, write

    source = (
        args.file or args.url or os.environ.get("DOKPLOY_URL") or os.environ.get("DOKPLOY_API_URL")
    )
    if not source:
        print("error: give --url or --file (or set DOKPLOY_URL)", file=sys.stderr)
        return 2
    api_key = args.api_key or os.environ.get("DOKPLOY_API_KEY")
    document = fetch(source, api_key=api_key, timeout=args.timeout)
    write(document, args.output)
    version = dokploy_version(document)
    print(f"wrote {args.output}: Dokploy {version}, {len(document['paths'])} paths")
    return 0


def _diff(args: argparse.Namespace) -> int:
    import json

    from .diff import diff_documents
    from .fetch import fetch

    api_key = args.api_key or os.environ.get("DOKPLOY_API_KEY")
    old = fetch(args.old, api_key=api_key, timeout=args.timeout)
    new = fetch(args.new, api_key=api_key, timeout=args.timeout)
    result = diff_documents(old, new)
    if args.json:
        print(json.dumps(result.to_json(), indent=2))
    else:
        print(result.to_text(_display(args.old), _display(args.new)), end="")
    return 1 if args.fail_on_breaking and result.breaking else 0


def _types(args: argparse.Namespace) -> int:
    from .extract_types import extract

    written = extract(args.dokploy_src.expanduser().resolve(), args.output)
    print(f"wrote {written}")
    return 0


def _display(source: str) -> str:
    """A source as shown in the report: a file's name, or a URL without credentials."""
    from urllib.parse import urlsplit

    parts = urlsplit(source)
    if parts.scheme in ("http", "https"):
        return parts._replace(netloc=parts.netloc.rpartition("@")[2], query="").geturl()
    return Path(source).name


def _availability(args: argparse.Namespace) -> int:
    from .availability import write_availability

    count = write_availability(args.documents, args.output)
    print(f"wrote {args.output}: operations of {count} documents")
    return 0


def _build(args: argparse.Namespace) -> int:
    from .build import build

    report = build(args.spec, args.output, version=args.dokploy_version)
    print(
        f"generated {args.output}: Dokploy {report.dokploy_version}, {report.operations} operations "
        f"in {report.routers} routers, {report.files} files, {report.seconds:.1f}s"
    )
    print(f"response types: {report.types}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
