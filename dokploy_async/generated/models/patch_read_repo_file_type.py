from typing import Literal

PatchReadRepoFileType = Literal["application", "compose"]

PATCH_READ_REPO_FILE_TYPE_VALUES: set[PatchReadRepoFileType] = {
    "application",
    "compose",
}


def check_patch_read_repo_file_type(value: str) -> PatchReadRepoFileType:
    if value in PATCH_READ_REPO_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATCH_READ_REPO_FILE_TYPE_VALUES!r}"
    )
