from typing import Literal, cast

RegistryTestRegistryBodyRegistryType = Literal["cloud"]

REGISTRY_TEST_REGISTRY_BODY_REGISTRY_TYPE_VALUES: set[RegistryTestRegistryBodyRegistryType] = {
    "cloud",
}


def check_registry_test_registry_body_registry_type(
    value: str,
) -> RegistryTestRegistryBodyRegistryType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``REGISTRY_TEST_REGISTRY_BODY_REGISTRY_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(RegistryTestRegistryBodyRegistryType, value)
