from typing import Literal

RegistryCreateBodyRegistryType = Literal["cloud"]

REGISTRY_CREATE_BODY_REGISTRY_TYPE_VALUES: set[RegistryCreateBodyRegistryType] = {
    "cloud",
}


def check_registry_create_body_registry_type(value: str) -> RegistryCreateBodyRegistryType:
    if value in REGISTRY_CREATE_BODY_REGISTRY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REGISTRY_CREATE_BODY_REGISTRY_TYPE_VALUES!r}"
    )
