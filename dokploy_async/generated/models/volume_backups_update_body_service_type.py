from typing import Literal

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
    if value in VOLUME_BACKUPS_UPDATE_BODY_SERVICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VOLUME_BACKUPS_UPDATE_BODY_SERVICE_TYPE_VALUES!r}"
    )
