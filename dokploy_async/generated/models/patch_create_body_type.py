from typing import Literal

PatchCreateBodyType = Literal["create", "delete", "update"]

PATCH_CREATE_BODY_TYPE_VALUES: set[PatchCreateBodyType] = {
    "create",
    "delete",
    "update",
}


def check_patch_create_body_type(value: str) -> PatchCreateBodyType:
    if value in PATCH_CREATE_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATCH_CREATE_BODY_TYPE_VALUES!r}"
    )
