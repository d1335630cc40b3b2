from typing import Literal

MysqlChangePasswordBodyType = Literal["root", "user"]

MYSQL_CHANGE_PASSWORD_BODY_TYPE_VALUES: set[MysqlChangePasswordBodyType] = {
    "root",
    "user",
}


def check_mysql_change_password_body_type(value: str) -> MysqlChangePasswordBodyType:
    if value in MYSQL_CHANGE_PASSWORD_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MYSQL_CHANGE_PASSWORD_BODY_TYPE_VALUES!r}"
    )
