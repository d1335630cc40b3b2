from typing import Literal, cast

VolumeBackupServiceType = Literal[
    "application", "compose", "libsql", "mariadb", "mongo", "mysql", "postgres", "redis"
]

VOLUME_BACKUP_SERVICE_TYPE_VALUES: set[VolumeBackupServiceType] = {
    "application",
    "compose",
    "libsql",
    "mariadb",
    "mongo",
    "mysql",
    "postgres",
    "redis",
}


def check_volume_backup_service_type(value: str) -> VolumeBackupServiceType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``VOLUME_BACKUP_SERVICE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(VolumeBackupServiceType, value)
