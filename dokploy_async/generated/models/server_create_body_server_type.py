from typing import Literal, cast

ServerCreateBodyServerType = Literal["build", "deploy"]

SERVER_CREATE_BODY_SERVER_TYPE_VALUES: set[ServerCreateBodyServerType] = {
    "build",
    "deploy",
}


def check_server_create_body_server_type(value: str) -> ServerCreateBodyServerType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``SERVER_CREATE_BODY_SERVER_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ServerCreateBodyServerType, value)
