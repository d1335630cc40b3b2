from typing import Literal

NetworkCreateBodyDriver = Literal["bridge", "overlay"]

NETWORK_CREATE_BODY_DRIVER_VALUES: set[NetworkCreateBodyDriver] = {
    "bridge",
    "overlay",
}


def check_network_create_body_driver(value: str) -> NetworkCreateBodyDriver:
    if value in NETWORK_CREATE_BODY_DRIVER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NETWORK_CREATE_BODY_DRIVER_VALUES!r}"
    )
