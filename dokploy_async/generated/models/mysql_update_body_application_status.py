from typing import Literal

MysqlUpdateBodyApplicationStatus = Literal["done", "error", "idle", "running"]

MYSQL_UPDATE_BODY_APPLICATION_STATUS_VALUES: set[MysqlUpdateBodyApplicationStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_mysql_update_body_application_status(value: str) -> MysqlUpdateBodyApplicationStatus:
    if value in MYSQL_UPDATE_BODY_APPLICATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MYSQL_UPDATE_BODY_APPLICATION_STATUS_VALUES!r}"
    )
