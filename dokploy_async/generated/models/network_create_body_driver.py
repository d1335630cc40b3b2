from typing import Literal, cast

NetworkCreateBodyDriver = Literal["bridge", "overlay"]

NETWORK_CREATE_BODY_DRIVER_VALUES: set[NetworkCreateBodyDriver] = {
    "bridge",
    "overlay",
}


def check_network_create_body_driver(value: str) -> NetworkCreateBodyDriver:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``NETWORK_CREATE_BODY_DRIVER_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(NetworkCreateBodyDriver, value)
