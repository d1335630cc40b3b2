"""The generator end to end: every Dokploy version builds and imports; the pin reproduces."""

from __future__ import annotations

import filecmp
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

import dokploy_async.generated as generated
from dokploy_async._openapi import operations
from generator.build import build
from generator.errors import GenerationError, NotAnOpenAPIDocument
from tests.shared_data import PINNED_SPEC, ROOT, requires_shared, spec_files

COMMITTED = ROOT / "dokploy_async" / "generated"

IMPORT_EVERY_MODULE = """
import importlib, pkgutil, sys
sys.path.insert(0, sys.argv[1])
package = importlib.import_module("generated")
count = 0
for info in pkgutil.walk_packages(package.__path__, "generated."):
    importlib.import_module(info.name)
    count += 1
from generated.resources import OPERATIONS
print(count, len(OPERATIONS))
"""


def _tree(root: Path) -> set[str]:
    return {
        str(p.relative_to(root))
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


@requires_shared
@pytest.mark.slow
def test_pinned_spec_reproduces_the_committed_package(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    build(PINNED_SPEC, out)
    committed, fresh = _tree(COMMITTED), _tree(out)
    assert committed == fresh, f"files differ: {sorted(committed ^ fresh)[:10]}"
    _, mismatch, errors = filecmp.cmpfiles(COMMITTED, out, sorted(fresh), shallow=False)
    assert not errors, errors
    assert not mismatch, f"regenerate with `make generate`: {mismatch[:10]}"


@requires_shared
@pytest.mark.slow
@pytest.mark.parametrize("spec", spec_files(), ids=lambda p: p.stem)
def test_every_version_generates_without_warnings_and_imports(spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "generated"
    report = build(spec, out)  # raises GenerationError on any warning
    expected = sum(1 for _ in operations(json.loads(spec.read_bytes())))
    assert report.operations == expected
    # Which committed types it used, and how: exact for its own release, else loosely.
    print(f"{spec.name}: {report.types}")
    if spec == PINNED_SPEC:
        assert report.types == "the types of v0.30.2"
    else:
        assert report.types.endswith("every property optional"), report.types
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERY_MODULE, str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    modules, ops = map(int, result.stdout.split())
    assert ops == expected
    assert modules > ops // 2


@requires_shared
def test_the_stamp_names_the_pinned_spec() -> None:
    raw = PINNED_SPEC.read_bytes()
    assert hashlib.sha256(raw).hexdigest() == generated.SPEC_SHA256
    assert json.loads(raw)["info"]["version"] == generated.DOKPLOY_VERSION


def test_the_stamp_is_readable_without_reference_data() -> None:
    assert generated.DOKPLOY_VERSION.startswith("v")
    assert len(generated.SPEC_SHA256) == 64
    assert generated.GENERATED_BY.startswith("openapi-python-client ")


def test_every_operation_has_a_method() -> None:
    from dokploy_async.generated.resources import OPERATIONS, Resources

    assert len(OPERATIONS) > 500
    for attribute, method, http_method, route, name in OPERATIONS:
        resource_type = getattr(Resources, attribute).func.__annotations__["return"]
        assert isinstance(resource_type, str)
        assert http_method in {"GET", "POST"}
        assert route.count(".") == 1, route
        assert name == route  # the pinned document uses /router.procedure paths
        assert method.isidentifier(), method


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json", "is not JSON"),
        ('{"swagger": "2.0", "paths": {}}', "not an OpenAPI 3 document"),
        ('{"openapi": "3.1.0", "paths": {}}', "has no paths"),
    ],
)
def test_build_rejects_what_is_not_an_openapi_document(
    tmp_path: Path, text: str, message: str
) -> None:
    spec = tmp_path / "openapi.json"
    spec.write_text(text)
    with pytest.raises(NotAnOpenAPIDocument, match=message):
        build(spec, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_any_generator_warning_fails_the_build(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.json"
    bad_status = {"200": {"description": "ok"}, "2YY": {"description": "?"}}
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "v0"},
        "paths": {"/thing.one": {"get": {"operationId": "thing-one", "responses": bad_status}}},
    }
    spec.write_text(json.dumps(document))
    with pytest.raises(GenerationError, match="status code"):
        build(spec, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_build_names_a_missing_spec_file(tmp_path: Path) -> None:
    with pytest.raises(NotAnOpenAPIDocument, match="no such file"):
        build(tmp_path / "openapi.json", tmp_path / "out")
