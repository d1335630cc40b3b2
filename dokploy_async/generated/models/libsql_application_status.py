from typing import Literal, cast

LibsqlApplicationStatus = Literal["done", "error", "idle", "running"]

LIBSQL_APPLICATION_STATUS_VALUES: set[LibsqlApplicationStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_libsql_application_status(value: str) -> LibsqlApplicationStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``LIBSQL_APPLICATION_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(LibsqlApplicationStatus, value)
