from typing import Literal, cast

ServerServerStatus = Literal["active", "inactive"]

SERVER_SERVER_STATUS_VALUES: set[ServerServerStatus] = {
    "active",
    "inactive",
}


def check_server_server_status(value: str) -> ServerServerStatus:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``SERVER_SERVER_STATUS_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ServerServerStatus, value)
