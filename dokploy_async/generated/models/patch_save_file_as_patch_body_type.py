from typing import Literal

PatchSaveFileAsPatchBodyType = Literal["application", "compose"]

PATCH_SAVE_FILE_AS_PATCH_BODY_TYPE_VALUES: set[PatchSaveFileAsPatchBodyType] = {
    "application",
    "compose",
}


def check_patch_save_file_as_patch_body_type(value: str) -> PatchSaveFileAsPatchBodyType:
    if value in PATCH_SAVE_FILE_AS_PATCH_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATCH_SAVE_FILE_AS_PATCH_BODY_TYPE_VALUES!r}"
    )
