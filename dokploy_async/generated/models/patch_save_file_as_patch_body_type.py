from typing import Literal, cast

PatchSaveFileAsPatchBodyType = Literal["application", "compose"]

PATCH_SAVE_FILE_AS_PATCH_BODY_TYPE_VALUES: set[PatchSaveFileAsPatchBodyType] = {
    "application",
    "compose",
}


def check_patch_save_file_as_patch_body_type(value: str) -> PatchSaveFileAsPatchBodyType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``PATCH_SAVE_FILE_AS_PATCH_BODY_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(PatchSaveFileAsPatchBodyType, value)
