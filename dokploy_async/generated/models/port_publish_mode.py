from typing import Literal, cast

PortPublishMode = Literal["host", "ingress"]

PORT_PUBLISH_MODE_VALUES: set[PortPublishMode] = {
    "host",
    "ingress",
}


def check_port_publish_mode(value: str) -> PortPublishMode:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``PORT_PUBLISH_MODE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(PortPublishMode, value)
