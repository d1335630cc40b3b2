from typing import Literal, cast

MongoSummaryApplicationStatus = Literal["done", "error", "idle", "running"]

MONGO_SUMMARY_APPLICATION_STATUS_VALUES: set[MongoSummaryApplicationStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_mongo_summary_application_status(value: str) -> MongoSummaryApplicationStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``MONGO_SUMMARY_APPLICATION_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(MongoSummaryApplicationStatus, value)
