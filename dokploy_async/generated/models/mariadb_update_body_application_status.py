from typing import Literal

MariadbUpdateBodyApplicationStatus = Literal["done", "error", "idle", "running"]

MARIADB_UPDATE_BODY_APPLICATION_STATUS_VALUES: set[MariadbUpdateBodyApplicationStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_mariadb_update_body_application_status(value: str) -> MariadbUpdateBodyApplicationStatus:
    if value in MARIADB_UPDATE_BODY_APPLICATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARIADB_UPDATE_BODY_APPLICATION_STATUS_VALUES!r}"
    )
