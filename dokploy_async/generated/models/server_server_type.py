from typing import Literal, cast

ServerServerType = Literal["build", "deploy"]

SERVER_SERVER_TYPE_VALUES: set[ServerServerType] = {
    "build",
    "deploy",
}


def check_server_server_type(value: str) -> ServerServerType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``SERVER_SERVER_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ServerServerType, value)
