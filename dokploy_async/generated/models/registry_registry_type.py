from typing import Literal, cast

RegistryRegistryType = Literal["cloud", "selfHosted"]

REGISTRY_REGISTRY_TYPE_VALUES: set[RegistryRegistryType] = {
    "cloud",
    "selfHosted",
}


def check_registry_registry_type(value: str) -> RegistryRegistryType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``REGISTRY_REGISTRY_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(RegistryRegistryType, value)
