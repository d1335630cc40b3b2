from typing import Literal

MountsCreateBodyServiceType = Literal[
    "application", "compose", "libsql", "mariadb", "mongo", "mysql", "postgres", "redis"
]

MOUNTS_CREATE_BODY_SERVICE_TYPE_VALUES: set[MountsCreateBodyServiceType] = {
    "application",
    "compose",
    "libsql",
    "mariadb",
    "mongo",
    "mysql",
    "postgres",
    "redis",
}


def check_mounts_create_body_service_type(value: str) -> MountsCreateBodyServiceType:
    if value in MOUNTS_CREATE_BODY_SERVICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MOUNTS_CREATE_BODY_SERVICE_TYPE_VALUES!r}"
    )
