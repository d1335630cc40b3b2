from typing import Literal, cast

LibsqlUpdateBodyApplicationStatus = Literal["done", "error", "idle", "running"]

LIBSQL_UPDATE_BODY_APPLICATION_STATUS_VALUES: set[LibsqlUpdateBodyApplicationStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_libsql_update_body_application_status(value: str) -> LibsqlUpdateBodyApplicationStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``LIBSQL_UPDATE_BODY_APPLICATION_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(LibsqlUpdateBodyApplicationStatus, value)
