from typing import Literal

ComposeUpdateBodySourceType = Literal["bitbucket", "git", "gitea", "github", "gitlab", "raw"]

COMPOSE_UPDATE_BODY_SOURCE_TYPE_VALUES: set[ComposeUpdateBodySourceType] = {
    "bitbucket",
    "git",
    "gitea",
    "github",
    "gitlab",
    "raw",
}


def check_compose_update_body_source_type(value: str) -> ComposeUpdateBodySourceType:
    if value in COMPOSE_UPDATE_BODY_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPOSE_UPDATE_BODY_SOURCE_TYPE_VALUES!r}"
    )
