from typing import Literal, cast

BackupCreateBodyDatabaseType = Literal[
    "libsql", "mariadb", "mongo", "mysql", "postgres", "web-server"
]

BACKUP_CREATE_BODY_DATABASE_TYPE_VALUES: set[BackupCreateBodyDatabaseType] = {
    "libsql",
    "mariadb",
    "mongo",
    "mysql",
    "postgres",
    "web-server",
}


def check_backup_create_body_database_type(value: str) -> BackupCreateBodyDatabaseType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``BACKUP_CREATE_BODY_DATABASE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(BackupCreateBodyDatabaseType, value)
