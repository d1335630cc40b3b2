from typing import Literal

ComposeCreateBodySourceType = Literal["bitbucket", "git", "gitea", "github", "gitlab", "raw"]

COMPOSE_CREATE_BODY_SOURCE_TYPE_VALUES: set[ComposeCreateBodySourceType] = {
    "bitbucket",
    "git",
    "gitea",
    "github",
    "gitlab",
    "raw",
}


def check_compose_create_body_source_type(value: str) -> ComposeCreateBodySourceType:
    if value in COMPOSE_CREATE_BODY_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPOSE_CREATE_BODY_SOURCE_TYPE_VALUES!r}"
    )
