from typing import Literal

PortCreateBodyPublishMode = Literal["host", "ingress"]

PORT_CREATE_BODY_PUBLISH_MODE_VALUES: set[PortCreateBodyPublishMode] = {
    "host",
    "ingress",
}


def check_port_create_body_publish_mode(value: str) -> PortCreateBodyPublishMode:
    if value in PORT_CREATE_BODY_PUBLISH_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PORT_CREATE_BODY_PUBLISH_MODE_VALUES!r}"
    )
