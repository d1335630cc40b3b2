from typing import Literal, cast

AuditLogAllAction = Literal[
    "cancel", "create", "delete", "deploy", "login", "logout", "redeploy", "update"
]

AUDIT_LOG_ALL_ACTION_VALUES: set[AuditLogAllAction] = {
    "cancel",
    "create",
    "delete",
    "deploy",
    "login",
    "logout",
    "redeploy",
    "update",
}


def check_audit_log_all_action(value: str) -> AuditLogAllAction:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``AUDIT_LOG_ALL_ACTION_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(AuditLogAllAction, value)
