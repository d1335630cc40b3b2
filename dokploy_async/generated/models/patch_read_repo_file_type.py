from typing import Literal, cast

PatchReadRepoFileType = Literal["application", "compose"]

PATCH_READ_REPO_FILE_TYPE_VALUES: set[PatchReadRepoFileType] = {
    "application",
    "compose",
}


def check_patch_read_repo_file_type(value: str) -> PatchReadRepoFileType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``PATCH_READ_REPO_FILE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(PatchReadRepoFileType, value)
