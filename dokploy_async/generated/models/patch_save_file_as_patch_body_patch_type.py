from typing import Literal, cast

PatchSaveFileAsPatchBodyPatchType = Literal["create", "update"]

PATCH_SAVE_FILE_AS_PATCH_BODY_PATCH_TYPE_VALUES: set[PatchSaveFileAsPatchBodyPatchType] = {
    "create",
    "update",
}


def check_patch_save_file_as_patch_body_patch_type(value: str) -> PatchSaveFileAsPatchBodyPatchType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``PATCH_SAVE_FILE_AS_PATCH_BODY_PATCH_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(PatchSaveFileAsPatchBodyPatchType, value)
