from typing import Literal

PatchMarkFileForDeletionBodyType = Literal["application", "compose"]

PATCH_MARK_FILE_FOR_DELETION_BODY_TYPE_VALUES: set[PatchMarkFileForDeletionBodyType] = {
    "application",
    "compose",
}


def check_patch_mark_file_for_deletion_body_type(value: str) -> PatchMarkFileForDeletionBodyType:
    if value in PATCH_MARK_FILE_FOR_DELETION_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATCH_MARK_FILE_FOR_DELETION_BODY_TYPE_VALUES!r}"
    )
