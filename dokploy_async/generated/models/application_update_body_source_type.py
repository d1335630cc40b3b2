from typing import Literal

ApplicationUpdateBodySourceType = Literal[
    "bitbucket", "docker", "drop", "git", "gitea", "github", "gitlab"
]

APPLICATION_UPDATE_BODY_SOURCE_TYPE_VALUES: set[ApplicationUpdateBodySourceType] = {
    "bitbucket",
    "docker",
    "drop",
    "git",
    "gitea",
    "github",
    "gitlab",
}


def check_application_update_body_source_type(value: str) -> ApplicationUpdateBodySourceType:
    if value in APPLICATION_UPDATE_BODY_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLICATION_UPDATE_BODY_SOURCE_TYPE_VALUES!r}"
    )
