from typing import Literal

PatchUpdateBodyType = Literal["create", "delete", "update"]

PATCH_UPDATE_BODY_TYPE_VALUES: set[PatchUpdateBodyType] = {
    "create",
    "delete",
    "update",
}


def check_patch_update_body_type(value: str) -> PatchUpdateBodyType:
    if value in PATCH_UPDATE_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATCH_UPDATE_BODY_TYPE_VALUES!r}"
    )
