from typing import Literal, cast

PostgresApplicationStatus = Literal["done", "error", "idle", "running"]

POSTGRES_APPLICATION_STATUS_VALUES: set[PostgresApplicationStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_postgres_application_status(value: str) -> PostgresApplicationStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``POSTGRES_APPLICATION_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(PostgresApplicationStatus, value)
