from typing import Literal, cast

ComposeFetchSourceTypeResponse200 = Literal["bitbucket", "git", "gitea", "github", "gitlab", "raw"]

COMPOSE_FETCH_SOURCE_TYPE_RESPONSE_200_VALUES: set[ComposeFetchSourceTypeResponse200] = {
    "bitbucket",
    "git",
    "gitea",
    "github",
    "gitlab",
    "raw",
}


def check_compose_fetch_source_type_response_200(value: str) -> ComposeFetchSourceTypeResponse200:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``COMPOSE_FETCH_SOURCE_TYPE_RESPONSE_200_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ComposeFetchSourceTypeResponse200, value)
