from typing import Literal

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
    if value in BACKUP_CREATE_BODY_DATABASE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BACKUP_CREATE_BODY_DATABASE_TYPE_VALUES!r}"
    )
