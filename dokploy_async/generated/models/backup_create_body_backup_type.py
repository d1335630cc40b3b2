from typing import Literal

BackupCreateBodyBackupType = Literal["compose", "database"]

BACKUP_CREATE_BODY_BACKUP_TYPE_VALUES: set[BackupCreateBodyBackupType] = {
    "compose",
    "database",
}


def check_backup_create_body_backup_type(value: str) -> BackupCreateBodyBackupType:
    if value in BACKUP_CREATE_BODY_BACKUP_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BACKUP_CREATE_BODY_BACKUP_TYPE_VALUES!r}"
    )
