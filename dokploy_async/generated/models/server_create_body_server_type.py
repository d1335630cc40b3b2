from typing import Literal

ServerCreateBodyServerType = Literal["build", "deploy"]

SERVER_CREATE_BODY_SERVER_TYPE_VALUES: set[ServerCreateBodyServerType] = {
    "build",
    "deploy",
}


def check_server_create_body_server_type(value: str) -> ServerCreateBodyServerType:
    if value in SERVER_CREATE_BODY_SERVER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SERVER_CREATE_BODY_SERVER_TYPE_VALUES!r}"
    )
