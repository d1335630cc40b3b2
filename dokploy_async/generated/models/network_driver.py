from typing import Literal, cast

NetworkDriver = Literal["bridge", "overlay"]

NETWORK_DRIVER_VALUES: set[NetworkDriver] = {
    "bridge",
    "overlay",
}


def check_network_driver(value: str) -> NetworkDriver:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``NETWORK_DRIVER_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(NetworkDriver, value)
