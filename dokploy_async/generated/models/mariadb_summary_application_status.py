from typing import Literal, cast

MariadbSummaryApplicationStatus = Literal["done", "error", "idle", "running"]

MARIADB_SUMMARY_APPLICATION_STATUS_VALUES: set[MariadbSummaryApplicationStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_mariadb_summary_application_status(value: str) -> MariadbSummaryApplicationStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``MARIADB_SUMMARY_APPLICATION_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(MariadbSummaryApplicationStatus, value)
