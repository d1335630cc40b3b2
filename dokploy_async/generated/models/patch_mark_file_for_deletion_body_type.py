from typing import Literal, cast

PatchMarkFileForDeletionBodyType = Literal["application", "compose"]

PATCH_MARK_FILE_FOR_DELETION_BODY_TYPE_VALUES: set[PatchMarkFileForDeletionBodyType] = {
    "application",
    "compose",
}


def check_patch_mark_file_for_deletion_body_type(value: str) -> PatchMarkFileForDeletionBodyType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``PATCH_MARK_FILE_FOR_DELETION_BODY_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(PatchMarkFileForDeletionBodyType, value)
