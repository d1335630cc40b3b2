from typing import Literal

PatchByEntityIdType = Literal["application", "compose"]

PATCH_BY_ENTITY_ID_TYPE_VALUES: set[PatchByEntityIdType] = {
    "application",
    "compose",
}


def check_patch_by_entity_id_type(value: str) -> PatchByEntityIdType:
    if value in PATCH_BY_ENTITY_ID_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATCH_BY_ENTITY_ID_TYPE_VALUES!r}"
    )
