from typing import Literal, cast

BackupUpdateBodyDatabaseType = Literal[
    "libsql", "mariadb", "mongo", "mysql", "postgres", "web-server"
]

BACKUP_UPDATE_BODY_DATABASE_TYPE_VALUES: set[BackupUpdateBodyDatabaseType] = {
    "libsql",
    "mariadb",
    "mongo",
    "mysql",
    "postgres",
    "web-server",
}


def check_backup_update_body_database_type(value: str) -> BackupUpdateBodyDatabaseType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``BACKUP_UPDATE_BODY_DATABASE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(BackupUpdateBodyDatabaseType, value)
