from typing import Literal, cast

PortCreateBodyProtocol = Literal["tcp", "udp"]

PORT_CREATE_BODY_PROTOCOL_VALUES: set[PortCreateBodyProtocol] = {
    "tcp",
    "udp",
}


def check_port_create_body_protocol(value: str) -> PortCreateBodyProtocol:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``PORT_CREATE_BODY_PROTOCOL_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(PortCreateBodyProtocol, value)
