from typing import Literal, cast

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
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``COMPOSE_UPDATE_BODY_SOURCE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ComposeUpdateBodySourceType, value)
