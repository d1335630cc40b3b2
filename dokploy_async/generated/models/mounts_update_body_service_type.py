from typing import Literal

MountsUpdateBodyServiceType = Literal[
    "application", "compose", "libsql", "mariadb", "mongo", "mysql", "postgres", "redis"
]

MOUNTS_UPDATE_BODY_SERVICE_TYPE_VALUES: set[MountsUpdateBodyServiceType] = {
    "application",
    "compose",
    "libsql",
    "mariadb",
    "mongo",
    "mysql",
    "postgres",
    "redis",
}


def check_mounts_update_body_service_type(value: str) -> MountsUpdateBodyServiceType:
    if value in MOUNTS_UPDATE_BODY_SERVICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MOUNTS_UPDATE_BODY_SERVICE_TYPE_VALUES!r}"
    )
