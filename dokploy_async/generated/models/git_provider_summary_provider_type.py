from typing import Literal, cast

GitProviderSummaryProviderType = Literal["bitbucket", "gitea", "github", "gitlab"]

GIT_PROVIDER_SUMMARY_PROVIDER_TYPE_VALUES: set[GitProviderSummaryProviderType] = {
    "bitbucket",
    "gitea",
    "github",
    "gitlab",
}


def check_git_provider_summary_provider_type(value: str) -> GitProviderSummaryProviderType:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``GIT_PROVIDER_SUMMARY_PROVIDER_TYPE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(GitProviderSummaryProviderType, value)
