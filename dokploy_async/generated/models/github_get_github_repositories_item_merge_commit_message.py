from typing import Literal, cast

GithubGetGithubRepositoriesItemMergeCommitMessage = Literal["BLANK", "PR_BODY", "PR_TITLE"]

GITHUB_GET_GITHUB_REPOSITORIES_ITEM_MERGE_COMMIT_MESSAGE_VALUES: set[
    GithubGetGithubRepositoriesItemMergeCommitMessage
] = {
    "BLANK",
    "PR_BODY",
    "PR_TITLE",
}


def check_github_get_github_repositories_item_merge_commit_message(
    value: str,
) -> GithubGetGithubRepositoriesItemMergeCommitMessage:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``GITHUB_GET_GITHUB_REPOSITORIES_ITEM_MERGE_COMMIT_MESSAGE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(GithubGetGithubRepositoriesItemMergeCommitMessage, value)
