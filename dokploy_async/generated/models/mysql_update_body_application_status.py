from typing import Literal, cast

MysqlUpdateBodyApplicationStatus = Literal["done", "error", "idle", "running"]

MYSQL_UPDATE_BODY_APPLICATION_STATUS_VALUES: set[MysqlUpdateBodyApplicationStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_mysql_update_body_application_status(value: str) -> MysqlUpdateBodyApplicationStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``MYSQL_UPDATE_BODY_APPLICATION_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(MysqlUpdateBodyApplicationStatus, value)
