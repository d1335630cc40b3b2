from typing import Literal, cast

ComposeSummaryComposeStatus = Literal["done", "error", "idle", "running"]

COMPOSE_SUMMARY_COMPOSE_STATUS_VALUES: set[ComposeSummaryComposeStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_compose_summary_compose_status(value: str) -> ComposeSummaryComposeStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``COMPOSE_SUMMARY_COMPOSE_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ComposeSummaryComposeStatus, value)
