from typing import Literal, cast

CustomRoleGetStatementsResultBackupItem = Literal["create", "delete", "read", "restore", "update"]

CUSTOM_ROLE_GET_STATEMENTS_RESULT_BACKUP_ITEM_VALUES: set[
    CustomRoleGetStatementsResultBackupItem
] = {
    "create",
    "delete",
    "read",
    "restore",
    "update",
}


def check_custom_role_get_statements_result_backup_item(
    value: str,
) -> CustomRoleGetStatementsResultBackupItem:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``CUSTOM_ROLE_GET_STATEMENTS_RESULT_BACKUP_ITEM_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(CustomRoleGetStatementsResultBackupItem, value)
