from typing import Literal

ComposeLoadServicesType = Literal["cache", "fetch"]

COMPOSE_LOAD_SERVICES_TYPE_VALUES: set[ComposeLoadServicesType] = {
    "cache",
    "fetch",
}


def check_compose_load_services_type(value: str) -> ComposeLoadServicesType:
    if value in COMPOSE_LOAD_SERVICES_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPOSE_LOAD_SERVICES_TYPE_VALUES!r}"
    )
