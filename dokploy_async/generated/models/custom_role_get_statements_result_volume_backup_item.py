from typing import Literal, cast

CustomRoleGetStatementsResultVolumeBackupItem = Literal[
    "create", "delete", "read", "restore", "update"
]

CUSTOM_ROLE_GET_STATEMENTS_RESULT_VOLUME_BACKUP_ITEM_VALUES: set[
    CustomRoleGetStatementsResultVolumeBackupItem
] = {
    "create",
    "delete",
    "read",
    "restore",
    "update",
}


def check_custom_role_get_statements_result_volume_backup_item(
    value: str,
) -> CustomRoleGetStatementsResultVolumeBackupItem:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``CUSTOM_ROLE_GET_STATEMENTS_RESULT_VOLUME_BACKUP_ITEM_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(CustomRoleGetStatementsResultVolumeBackupItem, value)
