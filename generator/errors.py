"""Errors the generator reports; each says what went wrong and where."""

from __future__ import annotations


class GeneratorFailure(Exception):
    """Base class: the command prints the message and exits non-zero."""


class FetchError(GeneratorFailure):
    """The document could not be downloaded (host unreachable, HTTP error)."""


class AuthenticationFailed(FetchError):
    """The instance answered 401: the API key is wrong, or lacks API access."""


class NotAnOpenAPIDocument(GeneratorFailure):
    """What was fetched or read is not an OpenAPI 3 document."""


class GenerationError(GeneratorFailure):
    """openapi-python-client or ruff reported a problem; nothing was written."""
