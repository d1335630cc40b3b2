from typing import Literal, cast

PatchType = Literal["create", "delete", "update"]

PATCH_TYPE_VALUES: set[PatchType] = {
    "create",
    "delete",
    "update",
}


def check_patch_type(value: str) -> PatchType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``PATCH_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(PatchType, value)
