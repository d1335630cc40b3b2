from typing import Literal

MysqlChangeStatusBodyApplicationStatus = Literal["done", "error", "idle", "running"]

MYSQL_CHANGE_STATUS_BODY_APPLICATION_STATUS_VALUES: set[MysqlChangeStatusBodyApplicationStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_mysql_change_status_body_application_status(
    value: str,
) -> MysqlChangeStatusBodyApplicationStatus:
    if value in MYSQL_CHANGE_STATUS_BODY_APPLICATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MYSQL_CHANGE_STATUS_BODY_APPLICATION_STATUS_VALUES!r}"
    )
