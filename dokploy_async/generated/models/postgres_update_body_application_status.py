from typing import Literal

PostgresUpdateBodyApplicationStatus = Literal["done", "error", "idle", "running"]

POSTGRES_UPDATE_BODY_APPLICATION_STATUS_VALUES: set[PostgresUpdateBodyApplicationStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_postgres_update_body_application_status(
    value: str,
) -> PostgresUpdateBodyApplicationStatus:
    if value in POSTGRES_UPDATE_BODY_APPLICATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POSTGRES_UPDATE_BODY_APPLICATION_STATUS_VALUES!r}"
    )
