from typing import Literal, cast

RegistrySummaryRegistryType = Literal["cloud", "selfHosted"]

REGISTRY_SUMMARY_REGISTRY_TYPE_VALUES: set[RegistrySummaryRegistryType] = {
    "cloud",
    "selfHosted",
}


def check_registry_summary_registry_type(value: str) -> RegistrySummaryRegistryType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``REGISTRY_SUMMARY_REGISTRY_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(RegistrySummaryRegistryType, value)
