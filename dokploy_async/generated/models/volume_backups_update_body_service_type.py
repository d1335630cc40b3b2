from typing import Literal, cast

VolumeBackupsUpdateBodyServiceType = Literal[
    "application", "compose", "libsql", "mariadb", "mongo", "mysql", "postgres", "redis"
]

VOLUME_BACKUPS_UPDATE_BODY_SERVICE_TYPE_VALUES: set[VolumeBackupsUpdateBodyServiceType] = {
    "application",
    "compose",
    "libsql",
    "mariadb",
    "mongo",
    "mysql",
    "postgres",
    "redis",
}


def check_volume_backups_update_body_service_type(value: str) -> VolumeBackupsUpdateBodyServiceType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``VOLUME_BACKUPS_UPDATE_BODY_SERVICE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(VolumeBackupsUpdateBodyServiceType, value)
