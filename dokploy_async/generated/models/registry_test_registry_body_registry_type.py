from typing import Literal

RegistryTestRegistryBodyRegistryType = Literal["cloud"]

REGISTRY_TEST_REGISTRY_BODY_REGISTRY_TYPE_VALUES: set[RegistryTestRegistryBodyRegistryType] = {
    "cloud",
}


def check_registry_test_registry_body_registry_type(
    value: str,
) -> RegistryTestRegistryBodyRegistryType:
    if value in REGISTRY_TEST_REGISTRY_BODY_REGISTRY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REGISTRY_TEST_REGISTRY_BODY_REGISTRY_TYPE_VALUES!r}"
    )
