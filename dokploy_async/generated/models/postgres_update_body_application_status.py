from typing import Literal, cast

PostgresUpdateBodyApplicationStatus = Literal["done", "error", "idle", "running"]

POSTGRES_UPDATE_BODY_APPLICATION_STATUS_VALUES: set[PostgresUpdateBodyApplicationStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_postgres_update_body_application_status(
    value: str,
) -> PostgresUpdateBodyApplicationStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``POSTGRES_UPDATE_BODY_APPLICATION_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(PostgresUpdateBodyApplicationStatus, value)
