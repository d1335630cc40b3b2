from typing import Literal, cast

BackupDatabaseType = Literal["libsql", "mariadb", "mongo", "mysql", "postgres", "web-server"]

BACKUP_DATABASE_TYPE_VALUES: set[BackupDatabaseType] = {
    "libsql",
    "mariadb",
    "mongo",
    "mysql",
    "postgres",
    "web-server",
}


def check_backup_database_type(value: str) -> BackupDatabaseType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``BACKUP_DATABASE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(BackupDatabaseType, value)
