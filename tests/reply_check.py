"""Every simulator answer is checked against Dokploy's own types (issue 18, item 5).

The schemas are the committed extraction of Dokploy v0.30.2's tRPC output types
(``generator/types/v0.30.2.json``), the same data the client is generated from. A body the
real server's type checker would reject, such as a record missing a column, is a defect of
the simulator and fails the test that provoked it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from jsonschema import Draft7Validator

from dokploy_async.testing.handlers import EMPTY, Reply
from tests.shared_data import ROOT

TYPES_FILE = ROOT / "generator" / "types" / "v0.30.2.json"


@cache
def _types() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(TYPES_FILE.read_text())
    return data


@cache
def _validator(operation: str) -> Draft7Validator | None:
    types = _types()
    schema = types["operations"].get(operation)
    if schema is None:
        return None
    return Draft7Validator({**schema, "definitions": types["definitions"]})


def problems(operation: str, reply: Reply) -> list[str]:
    """What in ``reply`` the types of ``operation`` reject (empty when it conforms)."""
    if reply.status != 200:
        return []
    schema = _types()["operations"].get(operation)
    validator = _validator(operation)
    if schema is None or validator is None:
        return []
    if reply.body is EMPTY:
        # void procedures send no bytes; `T | undefined` ones may.
        if schema.get("x-empty") or schema.get("x-may-be-empty"):
            return []
        return [f"{operation}: empty body, but Dokploy's type is {_short(schema)}"]
    if schema.get("x-empty"):
        return [f"{operation}: Dokploy returns nothing here, the simulator sent a body"]
    return [
        f"{operation}: {'/'.join(map(str, error.absolute_path)) or '(body)'}: {error.message}"
        for error in validator.iter_errors(reply.body)
    ][:5]


def _short(schema: dict[str, Any]) -> str:
    text = json.dumps(schema)
    return text if len(text) < 120 else text[:117] + "..."


@dataclass
class ReplyLog:
    """The violations seen while one test ran."""

    found: list[str] = field(default_factory=list)

    def check(self, operation: str, reply: Reply) -> None:
        """Record what the types reject in one answer."""
        for problem in problems(operation, reply):
            if problem not in self.found:
                self.found.append(problem)
