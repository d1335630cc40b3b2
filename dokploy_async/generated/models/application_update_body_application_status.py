from typing import Literal, cast

ApplicationUpdateBodyApplicationStatus = Literal["done", "error", "idle", "running"]

APPLICATION_UPDATE_BODY_APPLICATION_STATUS_VALUES: set[ApplicationUpdateBodyApplicationStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_application_update_body_application_status(
    value: str,
) -> ApplicationUpdateBodyApplicationStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``APPLICATION_UPDATE_BODY_APPLICATION_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ApplicationUpdateBodyApplicationStatus, value)
