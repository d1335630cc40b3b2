from typing import Literal, cast

ApplicationSummaryApplicationStatus = Literal["done", "error", "idle", "running"]

APPLICATION_SUMMARY_APPLICATION_STATUS_VALUES: set[ApplicationSummaryApplicationStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_application_summary_application_status(value: str) -> ApplicationSummaryApplicationStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``APPLICATION_SUMMARY_APPLICATION_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ApplicationSummaryApplicationStatus, value)
