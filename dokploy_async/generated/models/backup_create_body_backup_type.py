from typing import Literal, cast

BackupCreateBodyBackupType = Literal["compose", "database"]

BACKUP_CREATE_BODY_BACKUP_TYPE_VALUES: set[BackupCreateBodyBackupType] = {
    "compose",
    "database",
}


def check_backup_create_body_backup_type(value: str) -> BackupCreateBodyBackupType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``BACKUP_CREATE_BODY_BACKUP_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(BackupCreateBodyBackupType, value)
