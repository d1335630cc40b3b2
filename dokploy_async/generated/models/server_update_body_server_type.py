from typing import Literal, cast

ServerUpdateBodyServerType = Literal["build", "deploy"]

SERVER_UPDATE_BODY_SERVER_TYPE_VALUES: set[ServerUpdateBodyServerType] = {
    "build",
    "deploy",
}


def check_server_update_body_server_type(value: str) -> ServerUpdateBodyServerType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``SERVER_UPDATE_BODY_SERVER_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ServerUpdateBodyServerType, value)
