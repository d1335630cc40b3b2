from typing import Literal

ServerUpdateBodyServerType = Literal["build", "deploy"]

SERVER_UPDATE_BODY_SERVER_TYPE_VALUES: set[ServerUpdateBodyServerType] = {
    "build",
    "deploy",
}


def check_server_update_body_server_type(value: str) -> ServerUpdateBodyServerType:
    if value in SERVER_UPDATE_BODY_SERVER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SERVER_UPDATE_BODY_SERVER_TYPE_VALUES!r}"
    )
