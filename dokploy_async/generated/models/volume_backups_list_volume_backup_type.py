from typing import Literal

VolumeBackupsListVolumeBackupType = Literal[
    "application", "compose", "libsql", "mariadb", "mongo", "mysql", "postgres", "redis"
]

VOLUME_BACKUPS_LIST_VOLUME_BACKUP_TYPE_VALUES: set[VolumeBackupsListVolumeBackupType] = {
    "application",
    "compose",
    "libsql",
    "mariadb",
    "mongo",
    "mysql",
    "postgres",
    "redis",
}


def check_volume_backups_list_volume_backup_type(value: str) -> VolumeBackupsListVolumeBackupType:
    if value in VOLUME_BACKUPS_LIST_VOLUME_BACKUP_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VOLUME_BACKUPS_LIST_VOLUME_BACKUP_TYPE_VALUES!r}"
    )
