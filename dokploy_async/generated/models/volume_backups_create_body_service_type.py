from typing import Literal

VolumeBackupsCreateBodyServiceType = Literal[
    "application", "compose", "libsql", "mariadb", "mongo", "mysql", "postgres", "redis"
]

VOLUME_BACKUPS_CREATE_BODY_SERVICE_TYPE_VALUES: set[VolumeBackupsCreateBodyServiceType] = {
    "application",
    "compose",
    "libsql",
    "mariadb",
    "mongo",
    "mysql",
    "postgres",
    "redis",
}


def check_volume_backups_create_body_service_type(value: str) -> VolumeBackupsCreateBodyServiceType:
    if value in VOLUME_BACKUPS_CREATE_BODY_SERVICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VOLUME_BACKUPS_CREATE_BODY_SERVICE_TYPE_VALUES!r}"
    )
