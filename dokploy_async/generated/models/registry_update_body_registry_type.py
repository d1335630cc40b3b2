from typing import Literal

RegistryUpdateBodyRegistryType = Literal["cloud"]

REGISTRY_UPDATE_BODY_REGISTRY_TYPE_VALUES: set[RegistryUpdateBodyRegistryType] = {
    "cloud",
}


def check_registry_update_body_registry_type(value: str) -> RegistryUpdateBodyRegistryType:
    if value in REGISTRY_UPDATE_BODY_REGISTRY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REGISTRY_UPDATE_BODY_REGISTRY_TYPE_VALUES!r}"
    )
