from typing import Literal

MariadbChangePasswordBodyType = Literal["root", "user"]

MARIADB_CHANGE_PASSWORD_BODY_TYPE_VALUES: set[MariadbChangePasswordBodyType] = {
    "root",
    "user",
}


def check_mariadb_change_password_body_type(value: str) -> MariadbChangePasswordBodyType:
    if value in MARIADB_CHANGE_PASSWORD_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MARIADB_CHANGE_PASSWORD_BODY_TYPE_VALUES!r}"
    )
