from typing import Literal, cast

RegistryUpdateBodyRegistryType = Literal["cloud"]

REGISTRY_UPDATE_BODY_REGISTRY_TYPE_VALUES: set[RegistryUpdateBodyRegistryType] = {
    "cloud",
}


def check_registry_update_body_registry_type(value: str) -> RegistryUpdateBodyRegistryType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``REGISTRY_UPDATE_BODY_REGISTRY_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(RegistryUpdateBodyRegistryType, value)
