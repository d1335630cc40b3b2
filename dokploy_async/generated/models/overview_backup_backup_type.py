from typing import Literal, cast

OverviewBackupBackupType = Literal["compose", "database"]

OVERVIEW_BACKUP_BACKUP_TYPE_VALUES: set[OverviewBackupBackupType] = {
    "compose",
    "database",
}


def check_overview_backup_backup_type(value: str) -> OverviewBackupBackupType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``OVERVIEW_BACKUP_BACKUP_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(OverviewBackupBackupType, value)
