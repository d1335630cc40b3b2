from typing import Literal, cast

PatchByEntityIdType = Literal["application", "compose"]

PATCH_BY_ENTITY_ID_TYPE_VALUES: set[PatchByEntityIdType] = {
    "application",
    "compose",
}


def check_patch_by_entity_id_type(value: str) -> PatchByEntityIdType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``PATCH_BY_ENTITY_ID_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(PatchByEntityIdType, value)
