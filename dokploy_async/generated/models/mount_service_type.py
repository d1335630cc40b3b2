from typing import Literal, cast

MountServiceType = Literal[
    "application", "compose", "libsql", "mariadb", "mongo", "mysql", "postgres", "redis"
]

MOUNT_SERVICE_TYPE_VALUES: set[MountServiceType] = {
    "application",
    "compose",
    "libsql",
    "mariadb",
    "mongo",
    "mysql",
    "postgres",
    "redis",
}


def check_mount_service_type(value: str) -> MountServiceType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``MOUNT_SERVICE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(MountServiceType, value)
