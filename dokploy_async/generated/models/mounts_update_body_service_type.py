from typing import Literal, cast

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
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``MOUNTS_UPDATE_BODY_SERVICE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(MountsUpdateBodyServiceType, value)
