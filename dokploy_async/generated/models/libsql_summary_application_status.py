from typing import Literal, cast

LibsqlSummaryApplicationStatus = Literal["done", "error", "idle", "running"]

LIBSQL_SUMMARY_APPLICATION_STATUS_VALUES: set[LibsqlSummaryApplicationStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_libsql_summary_application_status(value: str) -> LibsqlSummaryApplicationStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``LIBSQL_SUMMARY_APPLICATION_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(LibsqlSummaryApplicationStatus, value)
