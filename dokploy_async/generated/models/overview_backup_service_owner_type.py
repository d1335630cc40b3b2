from typing import Literal, cast

OverviewBackupServiceOwnerType = Literal[
    "application",
    "compose",
    "libsql",
    "mariadb",
    "mongo",
    "mysql",
    "postgres",
    "redis",
    "web-server",
]

OVERVIEW_BACKUP_SERVICE_OWNER_TYPE_VALUES: set[OverviewBackupServiceOwnerType] = {
    "application",
    "compose",
    "libsql",
    "mariadb",
    "mongo",
    "mysql",
    "postgres",
    "redis",
    "web-server",
}


def check_overview_backup_service_owner_type(value: str) -> OverviewBackupServiceOwnerType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``OVERVIEW_BACKUP_SERVICE_OWNER_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(OverviewBackupServiceOwnerType, value)
