from typing import Literal, cast

ApplicationSourceType = Literal["bitbucket", "docker", "drop", "git", "gitea", "github", "gitlab"]

APPLICATION_SOURCE_TYPE_VALUES: set[ApplicationSourceType] = {
    "bitbucket",
    "docker",
    "drop",
    "git",
    "gitea",
    "github",
    "gitlab",
}


def check_application_source_type(value: str) -> ApplicationSourceType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``APPLICATION_SOURCE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ApplicationSourceType, value)
