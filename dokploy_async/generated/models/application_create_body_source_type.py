from typing import Literal

ApplicationCreateBodySourceType = Literal[
    "bitbucket", "docker", "drop", "git", "gitea", "github", "gitlab"
]

APPLICATION_CREATE_BODY_SOURCE_TYPE_VALUES: set[ApplicationCreateBodySourceType] = {
    "bitbucket",
    "docker",
    "drop",
    "git",
    "gitea",
    "github",
    "gitlab",
}


def check_application_create_body_source_type(value: str) -> ApplicationCreateBodySourceType:
    if value in APPLICATION_CREATE_BODY_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLICATION_CREATE_BODY_SOURCE_TYPE_VALUES!r}"
    )
