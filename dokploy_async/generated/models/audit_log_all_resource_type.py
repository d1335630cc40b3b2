from typing import Literal

AuditLogAllResourceType = Literal[
    "certificate",
    "customRole",
    "deployment",
    "domain",
    "environment",
    "gitProvider",
    "notification",
    "project",
    "registry",
    "server",
    "service",
    "session",
    "settings",
    "sshKey",
    "user",
]

AUDIT_LOG_ALL_RESOURCE_TYPE_VALUES: set[AuditLogAllResourceType] = {
    "certificate",
    "customRole",
    "deployment",
    "domain",
    "environment",
    "gitProvider",
    "notification",
    "project",
    "registry",
    "server",
    "service",
    "session",
    "settings",
    "sshKey",
    "user",
}


def check_audit_log_all_resource_type(value: str) -> AuditLogAllResourceType:
    if value in AUDIT_LOG_ALL_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUDIT_LOG_ALL_RESOURCE_TYPE_VALUES!r}"
    )
