from typing import Literal, cast

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
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``VOLUME_BACKUPS_LIST_VOLUME_BACKUP_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(VolumeBackupsListVolumeBackupType, value)
