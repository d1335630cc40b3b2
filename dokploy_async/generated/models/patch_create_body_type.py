from typing import Literal, cast

PatchCreateBodyType = Literal["create", "delete", "update"]

PATCH_CREATE_BODY_TYPE_VALUES: set[PatchCreateBodyType] = {
    "create",
    "delete",
    "update",
}


def check_patch_create_body_type(value: str) -> PatchCreateBodyType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``PATCH_CREATE_BODY_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(PatchCreateBodyType, value)
