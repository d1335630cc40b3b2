from typing import Literal, cast

MariadbChangePasswordBodyType = Literal["root", "user"]

MARIADB_CHANGE_PASSWORD_BODY_TYPE_VALUES: set[MariadbChangePasswordBodyType] = {
    "root",
    "user",
}


def check_mariadb_change_password_body_type(value: str) -> MariadbChangePasswordBodyType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``MARIADB_CHANGE_PASSWORD_BODY_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(MariadbChangePasswordBodyType, value)
