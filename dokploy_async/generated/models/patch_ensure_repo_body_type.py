from typing import Literal, cast

PatchEnsureRepoBodyType = Literal["application", "compose"]

PATCH_ENSURE_REPO_BODY_TYPE_VALUES: set[PatchEnsureRepoBodyType] = {
    "application",
    "compose",
}


def check_patch_ensure_repo_body_type(value: str) -> PatchEnsureRepoBodyType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``PATCH_ENSURE_REPO_BODY_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(PatchEnsureRepoBodyType, value)
