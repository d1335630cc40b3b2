"""Turn an OpenAPI document into the ``dokploy_async.generated`` package.

Steps: repair the document (:mod:`generator.repairs`), run openapi-python-client on it
with our templates, render one resource class per router, stamp the Dokploy version and
the spec's sha256, format with ruff, then swap the result into place. Any warning from
openapi-python-client fails the build: a warning means part of the API was dropped.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import keyword
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dokploy_async._openapi import operation_name, operations, request_table
from dokploy_async._openapi import route as route_of
from openapi_python_client import Project, strings
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.bodies import BodyType
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.properties import AnyProperty, ModelProperty

from .answers import answer_module
from .errors import GenerationError, NotAnOpenAPIDocument
from .repairs import normalize
from .response_types import choose as choose_types

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
RUFF_CONFIG = HERE / "ruff.toml"
# Names a generated method must not take: the client's own per-call option and Python's.
RESERVED_KWARGS = frozenset({"self", "timeout"})
RESERVED_METHODS = frozenset({"request"})


@dataclass
class BuildReport:
    """What a build produced."""

    dokploy_version: str
    spec_sha256: str
    operations: int
    routers: int
    seconds: float
    files: int = 0
    types: str = ""
    warnings: list[str] = field(default_factory=list)


def load_document(raw: bytes, source: str) -> dict[str, Any]:
    """Parse ``raw`` as an OpenAPI 3 document or raise :class:`NotAnOpenAPIDocument`."""
    try:
        document = json.loads(raw)
    except ValueError as exc:
        raise NotAnOpenAPIDocument(f"{source} is not JSON: {exc}") from None
    if not isinstance(document, dict) or not str(document.get("openapi", "")).startswith("3."):
        raise NotAnOpenAPIDocument(
            f"{source} is not an OpenAPI 3 document (no 'openapi: 3.x' field)"
        )
    if not isinstance(document.get("paths"), dict) or not document["paths"]:
        raise NotAnOpenAPIDocument(f"{source} has no paths")
    return document


#: What a Dokploy release's version looks like; docs-site documents say "1.0.0" instead.
_DOKPLOY_VERSION = re.compile(r"^v\d+\.\d+\.\d+(?:[-+.][0-9A-Za-z.-]+)?$")
#: Where ``fetch`` records the version the live server reported.
VERSION_EXTENSION = "x-dokploy-version"
UNKNOWN_VERSION = "unknown"


def dokploy_version(document: dict[str, Any], given: str | None = None) -> str:
    """The Dokploy version to stamp: ``given``, else what ``fetch`` recorded, else
    ``info.version`` when it is a Dokploy release's (``v0.30.2``), else ``"unknown"``."""
    info = document.get("info") or {}
    for candidate in (given, info.get(VERSION_EXTENSION), info.get("version")):
        if isinstance(candidate, str) and _DOKPLOY_VERSION.match(candidate.strip()):
            return candidate.strip()
    if given:
        raise GenerationError(f"--dokploy-version {given!r} is not a version like v0.30.2")
    return UNKNOWN_VERSION


class _ModelsOnlyProject(Project):
    """openapi-python-client without its endpoint modules, ``client.py`` and ``errors.py``.

    The routers in ``resources/`` are the one way to call an operation: they go through
    ``Dokploy.request`` (retries, typed errors, the ``x-api-key`` header). The raw
    endpoint modules were a second, untested surface that would authenticate with a
    header Dokploy rejects.
    """

    def _build_api(self) -> None:
        return None


def build(spec: Path, output: Path, *, version: str | None = None) -> BuildReport:
    """Generate the package for ``spec`` into ``output`` (replaced whole).

    ``version`` is the Dokploy version to stamp (see :func:`dokploy_version`).
    """
    started = time.perf_counter()
    if not spec.is_file():
        raise NotAnOpenAPIDocument(
            f"no such file: {spec} (fetch one with `python -m generator fetch`)"
        )
    raw = spec.read_bytes()
    document = load_document(raw, str(spec))
    version = dokploy_version(document, version)
    names = {
        ".".join(operation_name(path, op.get("operationId")))
        for path, _, op in operations(document)
        if _nameable(path, op)
    }
    types = choose_types(version, names)
    repaired = normalize(document, types)
    sha = hashlib.sha256(raw).hexdigest()

    with tempfile.TemporaryDirectory(prefix="dokploy-gen-") as tmp:
        staging = Path(tmp) / "generated"
        project = _project(repaired, staging)
        with contextlib.redirect_stdout(io.StringIO()):  # it prints progress; we report once
            problems = [_describe(e) for e in project.build()]
        if problems:
            raise GenerationError(
                "openapi-python-client reported problems:\n" + "\n".join(problems)
            )
        mask_secret_fields(staging / "models")
        routers = _render_resources(project, repaired, staging / "resources")
        (staging / "_spec.py").write_text(_stamp(version, sha), encoding="utf-8")
        (staging / "_requests.py").write_text(_request_table(repaired), encoding="utf-8")
        (staging / "_answers.py").write_text(answer_module(repaired), encoding="utf-8")
        (staging / "py.typed").write_text("", encoding="utf-8")
        _ruff(staging)
        files = sum(1 for _ in staging.rglob("*.py"))
        _replace(staging, output)

    return BuildReport(
        dokploy_version=version,
        spec_sha256=sha,
        operations=sum(len(r["ops"]) for r in routers),
        routers=len(routers),
        seconds=time.perf_counter() - started,
        files=files,
        types=types.reason if types else "no types committed: responses are plain JSON",
    )


def _nameable(path: str, operation: dict[str, Any]) -> bool:
    try:
        operation_name(path, operation.get("operationId"))
    except ValueError:
        return False
    return True


#: Model fields whose values are secrets: masked in reprs (``'***'``), readable as
#: attributes and in ``to_dict()``. Env blocks and build args/secrets hold credentials;
#: the rest are passwords, keys and tokens of databases, registries, git providers,
#: destinations and notification channels.
SECRET_FIELDS = frozenset(
    {
        "env",
        "preview_env",
        "env_variables",
        "build_args",
        "build_secrets",
        "preview_build_args",
        "preview_build_secrets",
        "password",
        "current_password",
        "app_password",
        "database_password",
        "database_root_password",
        "private_key",
        "private_key_pass",
        "enc_private_key",
        "enc_private_key_pass",
        "ssh_private_key",
        "secret",
        "client_secret",
        "secret_key",
        "secret_access_key",
        "access_key",
        "access_token",
        "refresh_token",
        "api_token",
        "app_token",
        "bot_token",
        "service_token",
        "token",
        "api_key",
        "license_key",
        "user_key",
    }
)
_FIELD_LINE = re.compile(
    r"^    (?P<name>[a-z_][a-z0-9_]*): (?P<annotation>[^=]+?)(?P<unset> = UNSET)?$"
)


def mask_secret_fields(models: Path) -> int:
    """Give every secret-bearing attrs field of the models a masking repr; returns how many.

    A declared field ``password: str | Unset = UNSET`` becomes
    ``password: str | Unset = _attrs_field(default=UNSET, repr=masked)``: attrs then shows
    ``password='***'``. A textual step on the rendered models, because the model template is
    openapi-python-client's own; it only touches class-level field declarations.
    """
    count = 0
    for module in sorted(models.glob("*.py")):
        lines = module.read_text(encoding="utf-8").splitlines()
        changed = False
        for index, line in enumerate(lines):
            match = _FIELD_LINE.match(line)
            if not match or match["name"] not in SECRET_FIELDS:
                continue
            default = "default=UNSET, " if match["unset"] else ""
            lines[index] = (
                f"    {match['name']}: {match['annotation']} = _attrs_field({default}repr=masked)"
            )
            changed = True
            count += 1
        if changed:
            text = "\n".join(lines) + "\n"
            header = "from attrs import field as _attrs_field\n"
            if header not in text:
                text = text.replace(
                    "from attrs import define", header + "from attrs import define", 1
                )
            text = text.replace(header, header + "\nfrom ..types import masked\n", 1)
            module.write_text(text, encoding="utf-8")
    return count


def _project(document: dict[str, Any], staging: Path) -> Project:
    config = Config.from_sources(
        ConfigFile(literal_enums=True, post_hooks=[]),
        MetaType.NONE,
        document_source=staging.parent / "openapi.json",
        file_encoding="utf-8",
        overwrite=True,
        output_path=staging,
    )
    data = GeneratorData.from_dict(document, config=config)
    if isinstance(data, GeneratorError):
        raise GenerationError(_describe(data))
    return _ModelsOnlyProject(openapi=data, config=config, custom_template_path=TEMPLATES)


def _describe(error: GeneratorError) -> str:
    return f"{error.level.value}: {error.header or ''} {error.detail or ''}".strip()


def _render_resources(
    project: Project, document: dict[str, Any], directory: Path
) -> list[dict[str, Any]]:
    directory.mkdir()
    # openapi-python-client keeps only a snake_cased operationId; naming needs the original.
    operation_ids = {
        (path, method): operation.get("operationId")
        for path, method, operation in operations(document)
    }
    routers: dict[str, dict[str, Any]] = {}
    for collection in project.openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            op = _operation(project, endpoint, operation_ids)
            router = routers.setdefault(
                op["router"],
                {
                    "router": op["router"],
                    "attribute": op["attribute"],
                    "module": op["attribute"],
                    "class_name": strings.pascal_case(op["router"]) + "Resource",
                    "ops": [],
                    "imports": set(),
                },
            )
            router["ops"].append(op)
            router["imports"] |= op["imports"]
    ordered = [routers[name] for name in sorted(routers, key=lambda n: routers[n]["attribute"])]
    template = project.env.get_template("resource.py.jinja")
    for router in ordered:
        router["ops"].sort(key=lambda o: o["method_name"])
        _check_unique(router)
        text = template.render(
            router=router["router"],
            attribute=router["attribute"],
            class_name=router["class_name"],
            ops=router["ops"],
            imports=sorted(router["imports"]),
        )
        (directory / f"{router['module']}.py").write_text(text, encoding="utf-8")
    init = project.env.get_template("resources_init.py.jinja").render(routers=ordered)
    (directory / "__init__.py").write_text(init, encoding="utf-8")
    return ordered


def _operation(
    project: Project, endpoint: Any, operation_ids: dict[tuple[str, str], str | None]
) -> dict[str, Any]:
    path = _untrusted(endpoint.path)
    try:
        router, procedure = operation_name(path, operation_ids.get((path, endpoint.method.lower())))
    except ValueError as exc:
        raise GenerationError(str(exc)) from None
    route = route_of(path)
    imports: set[str] = set()
    kwargs: list[Any] = []
    op: dict[str, Any] = {
        "endpoint": endpoint,
        "route": route,
        "name": f"{router}.{procedure}",
        "router": router,
        "attribute": _identifier(strings.snake_case(router)),
        "method_name": _identifier(strings.snake_case(procedure), RESERVED_METHODS),
        "http_method": endpoint.method.upper(),
        "body_class": None,
        "body_fields": [],
        "body_kwarg": None,
        "body_json": None,
        "multipart": False,
    }
    if len(endpoint.bodies) > 1:
        raise GenerationError(f"{route}: more than one request body type is not supported")
    if endpoint.bodies:
        prop = endpoint.bodies[0].prop
        if isinstance(prop, ModelProperty) and prop.required_properties is not None:
            fields = [*prop.required_properties, *(prop.optional_properties or [])]
            op["body_class"] = prop.class_info.name
            op["body_fields"] = fields
            # Uploads (application.dropDeployment, docker.uploadFileToContainer) are
            # multipart/form-data: JSON cannot carry the file.
            op["multipart"] = endpoint.bodies[0].body_type == BodyType.FILES
            kwargs.extend(fields)
            imports.add(
                f"from ..models.{prop.class_info.module_name} import {prop.class_info.name}"
            )
        else:
            op["body_kwarg"] = prop.python_name
            op["body_json"] = _json_expression(prop)
            kwargs.append(prop)
    kwargs.extend(endpoint.query_parameters)
    op["args"] = [_argument(route, prop) for prop in kwargs]
    for prop in kwargs:
        imports |= prop.get_imports(prefix="..") | prop.get_lazy_imports(prefix="..")
    op["imports"] = {i for i in imports if not i.startswith("from ..types import")}
    _response(project, endpoint, op)
    return op


def _argument(route: str, prop: Any) -> dict[str, Any]:
    """The keyword a method takes for ``prop``: its wire name in snake_case.

    openapi-python-client appends ``_`` to names that shadow builtins (``type_``), but
    ``type=`` is what users write and what the API calls it; only real keywords keep it.
    """
    name = str(prop.python_name)
    if name.endswith("_") and not keyword.iskeyword(name[:-1]):
        name = name[:-1]
    if name in RESERVED_KWARGS:
        raise GenerationError(f"{route}: field {name!r} clashes with a client keyword")
    annotation = prop.get_type_string().as_unembedded_code()
    declaration = f"{name}: {annotation}" + ("" if prop.required else " = UNSET")
    doc = f"{name} ({annotation}): {prop.description or ''}".rstrip(": ").rstrip()
    return {"name": name, "prop": prop, "declaration": declaration, "doc": doc}


def _json_expression(prop: Any) -> str:
    if isinstance(prop, AnyProperty):
        return str(prop.python_name)
    return f"{prop.python_name}.to_dict() if hasattr({prop.python_name}, 'to_dict') else {prop.python_name}"


def _response(project: Project, endpoint: Any, op: dict[str, Any]) -> None:
    success = [
        r
        for r in endpoint.responses.patterns
        if r.status_code.range and r.status_code.range[0] // 100 == 2
    ]
    response = success[0] if success else None
    op["response"] = None
    op["construct"] = None
    if response is None or response.source["attribute"] == "None":
        op["return_type"] = "None"
        op["return_doc"] = "None: the server answers with an empty body."
        return
    prop = response.prop
    op["response"] = response
    if isinstance(prop, AnyProperty):
        op["return_type"] = "Any"
        op["return_doc"] = "The decoded JSON body (no schema is known for it)."
        return
    op["return_type"] = prop.get_type_string().as_unembedded_code()
    op["return_doc"] = f"{op['return_type']}: the parsed response body."
    op["imports"] |= prop.get_imports(prefix="..") | prop.get_lazy_imports(prefix="..")
    snippet = project.env.from_string(
        '{% import "property_templates/" + prop.template as t %}'
        "{% if t.construct %}{{ t.construct(prop, 'data') }}{% endif %}"
    )
    construct = snippet.render(prop=prop).strip()
    op["construct"] = construct or None


def _check_unique(router: dict[str, Any]) -> None:
    names = [op["method_name"] for op in router["ops"]]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise GenerationError(
            f"router {router['router']}: duplicate method names {sorted(duplicates)}"
        )


def _identifier(name: str, reserved: frozenset[str] = frozenset()) -> str:
    return f"{name}_" if keyword.iskeyword(name) or name in reserved else name


def _untrusted(value: Any) -> str:
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter else value)


def _stamp(version: str, sha: str) -> str:
    from openapi_python_client import __version__

    return (
        '"""Which OpenAPI document this package was generated from."""\n\n'
        f"DOKPLOY_VERSION = {json.dumps(version)}\n"
        f"SPEC_SHA256 = {json.dumps(sha)}\n"
        f'GENERATED_BY = "openapi-python-client {__version__}"\n'
    )


def _request_table(document: dict[str, Any]) -> str:
    """The request table as Python source, for servers that validate (the simulator)."""
    lines = [
        '"""What each route accepts: its HTTP method and top-level input fields.',
        "",
        "``ROUTES[route] = (method, {wire_name: (json_types, required)})``; the fields are the",
        "query parameters of a GET and the JSON (or multipart) body properties of a POST; a",
        "multipart upload's file part has the type ``file``. Used by the",
        "simulator to validate requests the way the server does.",
        '"""',
        "",
        "ROUTES: dict[str, tuple[str, dict[str, tuple[tuple[str, ...], bool]]]] = {",
    ]
    for route, (method, fields) in request_table(document).items():
        lines.append(f"    {route!r}: ({method!r}, {fields!r}),")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _ruff(directory: Path) -> None:
    from ruff.__main__ import find_ruff_bin

    # Run from outside the package: its types.py would shadow the standard library's.
    config = ["--config", str(RUFF_CONFIG), "--no-cache"]
    for args in (
        ["check", "--fix-only", *config, str(directory)],
        ["format", *config, str(directory)],
    ):
        result = subprocess.run(
            [find_ruff_bin(), *args],
            cwd=directory.parent,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            message = (result.stderr + result.stdout).strip() or f"exit code {result.returncode}"
            raise GenerationError(f"ruff {args[0]} failed on the generated code:\n{message}")


def _replace(staging: Path, output: Path) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    previous = output.with_name(output.name + ".old")
    shutil.rmtree(previous, ignore_errors=True)
    if output.exists():
        output.rename(previous)
    shutil.move(str(staging), str(output))
    shutil.rmtree(previous, ignore_errors=True)
