from typing import Literal

LibsqlUpdateBodyApplicationStatus = Literal["done", "error", "idle", "running"]

LIBSQL_UPDATE_BODY_APPLICATION_STATUS_VALUES: set[LibsqlUpdateBodyApplicationStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_libsql_update_body_application_status(value: str) -> LibsqlUpdateBodyApplicationStatus:
    if value in LIBSQL_UPDATE_BODY_APPLICATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIBSQL_UPDATE_BODY_APPLICATION_STATUS_VALUES!r}"
    )
