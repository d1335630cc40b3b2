from typing import Literal

PostgresChangeStatusBodyApplicationStatus = Literal["done", "error", "idle", "running"]

POSTGRES_CHANGE_STATUS_BODY_APPLICATION_STATUS_VALUES: set[
    PostgresChangeStatusBodyApplicationStatus
] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_postgres_change_status_body_application_status(
    value: str,
) -> PostgresChangeStatusBodyApplicationStatus:
    if value in POSTGRES_CHANGE_STATUS_BODY_APPLICATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POSTGRES_CHANGE_STATUS_BODY_APPLICATION_STATUS_VALUES!r}"
    )
