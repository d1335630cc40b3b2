from typing import Literal

PatchReadRepoDirectoriesType = Literal["application", "compose"]

PATCH_READ_REPO_DIRECTORIES_TYPE_VALUES: set[PatchReadRepoDirectoriesType] = {
    "application",
    "compose",
}


def check_patch_read_repo_directories_type(value: str) -> PatchReadRepoDirectoriesType:
    if value in PATCH_READ_REPO_DIRECTORIES_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATCH_READ_REPO_DIRECTORIES_TYPE_VALUES!r}"
    )
