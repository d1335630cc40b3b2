from typing import Literal

MariadbChangeStatusBodyApplicationStatus = Literal["done", "error", "idle", "running"]

MARIADB_CHANGE_STATUS_BODY_APPLICATION_STATUS_VALUES: set[
    MariadbChangeStatusBodyApplicationStatus
] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_mariadb_change_status_body_application_status(
    value: str,
) -> MariadbChangeStatusBodyApplicationStatus:
    if value in MARIADB_CHANGE_STATUS_BODY_APPLICATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARIADB_CHANGE_STATUS_BODY_APPLICATION_STATUS_VALUES!r}"
    )
