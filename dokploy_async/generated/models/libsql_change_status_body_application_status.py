from typing import Literal

LibsqlChangeStatusBodyApplicationStatus = Literal["done", "error", "idle", "running"]

LIBSQL_CHANGE_STATUS_BODY_APPLICATION_STATUS_VALUES: set[
    LibsqlChangeStatusBodyApplicationStatus
] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_libsql_change_status_body_application_status(
    value: str,
) -> LibsqlChangeStatusBodyApplicationStatus:
    if value in LIBSQL_CHANGE_STATUS_BODY_APPLICATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIBSQL_CHANGE_STATUS_BODY_APPLICATION_STATUS_VALUES!r}"
    )
