from typing import Literal, cast

MysqlChangePasswordBodyType = Literal["root", "user"]

MYSQL_CHANGE_PASSWORD_BODY_TYPE_VALUES: set[MysqlChangePasswordBodyType] = {
    "root",
    "user",
}


def check_mysql_change_password_body_type(value: str) -> MysqlChangePasswordBodyType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``MYSQL_CHANGE_PASSWORD_BODY_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(MysqlChangePasswordBodyType, value)
