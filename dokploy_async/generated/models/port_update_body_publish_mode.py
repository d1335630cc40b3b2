from typing import Literal

PortUpdateBodyPublishMode = Literal["host", "ingress"]

PORT_UPDATE_BODY_PUBLISH_MODE_VALUES: set[PortUpdateBodyPublishMode] = {
    "host",
    "ingress",
}


def check_port_update_body_publish_mode(value: str) -> PortUpdateBodyPublishMode:
    if value in PORT_UPDATE_BODY_PUBLISH_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PORT_UPDATE_BODY_PUBLISH_MODE_VALUES!r}"
    )
