from typing import Literal, cast

ComposeSummarySourceType = Literal["bitbucket", "git", "gitea", "github", "gitlab", "raw"]

COMPOSE_SUMMARY_SOURCE_TYPE_VALUES: set[ComposeSummarySourceType] = {
    "bitbucket",
    "git",
    "gitea",
    "github",
    "gitlab",
    "raw",
}


def check_compose_summary_source_type(value: str) -> ComposeSummarySourceType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``COMPOSE_SUMMARY_SOURCE_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(ComposeSummarySourceType, value)
