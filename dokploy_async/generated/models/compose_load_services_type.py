from typing import Literal, cast

ComposeLoadServicesType = Literal["cache", "fetch"]

COMPOSE_LOAD_SERVICES_TYPE_VALUES: set[ComposeLoadServicesType] = {
    "cache",
    "fetch",
}


def check_compose_load_services_type(value: str) -> ComposeLoadServicesType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``COMPOSE_LOAD_SERVICES_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ComposeLoadServicesType, value)
