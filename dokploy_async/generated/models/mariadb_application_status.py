from typing import Literal, cast

MariadbApplicationStatus = Literal["done", "error", "idle", "running"]

MARIADB_APPLICATION_STATUS_VALUES: set[MariadbApplicationStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_mariadb_application_status(value: str) -> MariadbApplicationStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``MARIADB_APPLICATION_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(MariadbApplicationStatus, value)
