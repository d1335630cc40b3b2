from typing import Literal

PatchSaveFileAsPatchBodyPatchType = Literal["create", "update"]

PATCH_SAVE_FILE_AS_PATCH_BODY_PATCH_TYPE_VALUES: set[PatchSaveFileAsPatchBodyPatchType] = {
    "create",
    "update",
}


def check_patch_save_file_as_patch_body_patch_type(value: str) -> PatchSaveFileAsPatchBodyPatchType:
    if value in PATCH_SAVE_FILE_AS_PATCH_BODY_PATCH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATCH_SAVE_FILE_AS_PATCH_BODY_PATCH_TYPE_VALUES!r}"
    )
