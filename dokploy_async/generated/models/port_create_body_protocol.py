from typing import Literal

PortCreateBodyProtocol = Literal["tcp", "udp"]

PORT_CREATE_BODY_PROTOCOL_VALUES: set[PortCreateBodyProtocol] = {
    "tcp",
    "udp",
}


def check_port_create_body_protocol(value: str) -> PortCreateBodyProtocol:
    if value in PORT_CREATE_BODY_PROTOCOL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PORT_CREATE_BODY_PROTOCOL_VALUES!r}"
    )
