from typing import Literal, cast

PortUpdateBodyProtocol = Literal["tcp", "udp"]

PORT_UPDATE_BODY_PROTOCOL_VALUES: set[PortUpdateBodyProtocol] = {
    "tcp",
    "udp",
}


def check_port_update_body_protocol(value: str) -> PortUpdateBodyProtocol:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``PORT_UPDATE_BODY_PROTOCOL_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(PortUpdateBodyProtocol, value)
