from typing import Literal, cast

LibsqlChangeStatusBodyApplicationStatus = Literal["done", "error", "idle", "running"]

LIBSQL_CHANGE_STATUS_BODY_APPLICATION_STATUS_VALUES: set[
    LibsqlChangeStatusBodyApplicationStatus
] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_libsql_change_status_body_application_status(
    value: str,
) -> LibsqlChangeStatusBodyApplicationStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``LIBSQL_CHANGE_STATUS_BODY_APPLICATION_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(LibsqlChangeStatusBodyApplicationStatus, value)
