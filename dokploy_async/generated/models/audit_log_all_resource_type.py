from typing import Literal, cast

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
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``AUDIT_LOG_ALL_RESOURCE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(AuditLogAllResourceType, value)
