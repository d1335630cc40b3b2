from typing import Literal

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
    if value in BACKUP_UPDATE_BODY_DATABASE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BACKUP_UPDATE_BODY_DATABASE_TYPE_VALUES!r}"
    )
