"""Secrets that a server's message can carry, masked before the SDK quotes it.

Measured on a real v0.30.2: ``backup.listBackupFiles`` with an S3 destination answers 400
with the failed rclone command line, ``--s3-access-key-id=...`` and
``--s3-secret-access-key=...`` included. Every message the SDK builds from a server's
message goes through :func:`mask_secrets`; the unmasked text stays on the response.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["MASK", "mask_secrets", "mask_secrets_deep"]

MASK = "***"

_SECRET_WORD = r"(?:secret|password|passwd|pass|token|key|credential)"
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # Command-line options: --s3-secret-access-key=X, --password X, --token=X (rclone, git...)
    (
        re.compile(rf"(--[\w-]*{_SECRET_WORD}[\w-]*)(=|\s+)(?!-)(\"[^\"]*\"|'[^']*'|\S+)", re.I),
        rf"\1\2{MASK}",
    ),
    # docker login -u user -p password
    (re.compile(r"(\bdocker\s+login\b[^\n]*?\s-p\s*)(\S+)", re.I), rf"\1{MASK}"),
    # Credentials in URLs: https://user:token@host, s3://key:secret@bucket
    (re.compile(r"(\b[a-z][a-z0-9+.-]*://[^\s/:@]+:)([^\s@/]+)(@)", re.I), rf"\1{MASK}\3"),
    # KEY=value and "key": "value" pairs whose key names a secret (env lines, JSON, YAML)
    (
        re.compile(
            rf"(\b[\w.-]*{_SECRET_WORD}[\w.-]*[\"']?\s*[:=]\s*[\"']?)(?!\*\*\*)([^\s\"',;&]+)", re.I
        ),
        rf"\1{MASK}",
    ),
)


def mask_secrets(text: str) -> str:
    """``text`` with the values of secret-looking options, URLs and pairs replaced by ``***``."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def mask_secrets_deep(value: Any) -> Any:
    """A copy of decoded JSON with every string passed through :func:`mask_secrets`."""
    if isinstance(value, str):
        return mask_secrets(value)
    if isinstance(value, list):
        return [mask_secrets_deep(v) for v in value]
    if isinstance(value, dict):
        return {k: mask_secrets_deep(v) for k, v in value.items()}
    return value
