from typing import Literal

PatchEnsureRepoBodyType = Literal["application", "compose"]

PATCH_ENSURE_REPO_BODY_TYPE_VALUES: set[PatchEnsureRepoBodyType] = {
    "application",
    "compose",
}


def check_patch_ensure_repo_body_type(value: str) -> PatchEnsureRepoBodyType:
    if value in PATCH_ENSURE_REPO_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PATCH_ENSURE_REPO_BODY_TYPE_VALUES!r}"
    )
