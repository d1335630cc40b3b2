from typing import Literal, cast

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
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``APPLICATION_CREATE_BODY_SOURCE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ApplicationCreateBodySourceType, value)
