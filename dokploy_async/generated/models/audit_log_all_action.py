from typing import Literal

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
    if value in AUDIT_LOG_ALL_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUDIT_LOG_ALL_ACTION_VALUES!r}")
