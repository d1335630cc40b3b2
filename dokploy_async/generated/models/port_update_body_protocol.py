from typing import Literal

PortUpdateBodyProtocol = Literal["tcp", "udp"]

PORT_UPDATE_BODY_PROTOCOL_VALUES: set[PortUpdateBodyProtocol] = {
    "tcp",
    "udp",
}


def check_port_update_body_protocol(value: str) -> PortUpdateBodyProtocol:
    if value in PORT_UPDATE_BODY_PROTOCOL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PORT_UPDATE_BODY_PROTOCOL_VALUES!r}"
    )
