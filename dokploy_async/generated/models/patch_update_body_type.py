from typing import Literal, cast

PatchUpdateBodyType = Literal["create", "delete", "update"]

PATCH_UPDATE_BODY_TYPE_VALUES: set[PatchUpdateBodyType] = {
    "create",
    "delete",
    "update",
}


def check_patch_update_body_type(value: str) -> PatchUpdateBodyType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``PATCH_UPDATE_BODY_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(PatchUpdateBodyType, value)
