from typing import Literal, cast

RegistryCreateBodyRegistryType = Literal["cloud"]

REGISTRY_CREATE_BODY_REGISTRY_TYPE_VALUES: set[RegistryCreateBodyRegistryType] = {
    "cloud",
}


def check_registry_create_body_registry_type(value: str) -> RegistryCreateBodyRegistryType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``REGISTRY_CREATE_BODY_REGISTRY_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(RegistryCreateBodyRegistryType, value)
