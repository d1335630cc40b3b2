from typing import Literal, cast

BackupBackupType = Literal["compose", "database"]

BACKUP_BACKUP_TYPE_VALUES: set[BackupBackupType] = {
    "compose",
    "database",
}


def check_backup_backup_type(value: str) -> BackupBackupType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``BACKUP_BACKUP_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(BackupBackupType, value)
