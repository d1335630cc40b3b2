from typing import Literal, cast

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
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``MOUNTS_CREATE_BODY_SERVICE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(MountsCreateBodyServiceType, value)
