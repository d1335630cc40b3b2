from typing import Literal, cast

PatchReadRepoDirectoriesType = Literal["application", "compose"]

PATCH_READ_REPO_DIRECTORIES_TYPE_VALUES: set[PatchReadRepoDirectoriesType] = {
    "application",
    "compose",
}


def check_patch_read_repo_directories_type(value: str) -> PatchReadRepoDirectoriesType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``PATCH_READ_REPO_DIRECTORIES_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(PatchReadRepoDirectoriesType, value)
