from typing import Literal, cast

PortCreateBodyPublishMode = Literal["host", "ingress"]

PORT_CREATE_BODY_PUBLISH_MODE_VALUES: set[PortCreateBodyPublishMode] = {
    "host",
    "ingress",
}


def check_port_create_body_publish_mode(value: str) -> PortCreateBodyPublishMode:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``PORT_CREATE_BODY_PUBLISH_MODE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(PortCreateBodyPublishMode, value)
