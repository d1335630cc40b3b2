from typing import Literal, cast

RedisSummaryApplicationStatus = Literal["done", "error", "idle", "running"]

REDIS_SUMMARY_APPLICATION_STATUS_VALUES: set[RedisSummaryApplicationStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_redis_summary_application_status(value: str) -> RedisSummaryApplicationStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``REDIS_SUMMARY_APPLICATION_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(RedisSummaryApplicationStatus, value)
