from typing import Literal, cast

MysqlApplicationStatus = Literal["done", "error", "idle", "running"]

MYSQL_APPLICATION_STATUS_VALUES: set[MysqlApplicationStatus] = {
    "done",
    "error",
    "idle",
    "running",
}


def check_mysql_application_status(value: str) -> MysqlApplicationStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``MYSQL_APPLICATION_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(MysqlApplicationStatus, value)
