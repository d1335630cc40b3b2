from typing import Literal, cast

PortProtocol = Literal["tcp", "udp"]

PORT_PROTOCOL_VALUES: set[PortProtocol] = {
    "tcp",
    "udp",
}


def check_port_protocol(value: str) -> PortProtocol:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``PORT_PROTOCOL_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(PortProtocol, value)
