from typing import Literal, cast

ApplicationApplicationStatus = Literal["done", "error", "idle", "running"]

APPLICATION_APPLICATION_STATUS_VALUES: set[ApplicationApplicationStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_application_application_status(value: str) -> ApplicationApplicationStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``APPLICATION_APPLICATION_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ApplicationApplicationStatus, value)
