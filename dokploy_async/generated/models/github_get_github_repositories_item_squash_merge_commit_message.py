from typing import Literal, cast

GithubGetGithubRepositoriesItemSquashMergeCommitMessage = Literal[
    "BLANK", "COMMIT_MESSAGES", "PR_BODY"
]

GITHUB_GET_GITHUB_REPOSITORIES_ITEM_SQUASH_MERGE_COMMIT_MESSAGE_VALUES: set[
    GithubGetGithubRepositoriesItemSquashMergeCommitMessage
] = {
    "BLANK",
    "COMMIT_MESSAGES",
    "PR_BODY",
}


def check_github_get_github_repositories_item_squash_merge_commit_message(
    value: str,
) -> GithubGetGithubRepositoriesItemSquashMergeCommitMessage:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``GITHUB_GET_GITHUB_REPOSITORIES_ITEM_SQUASH_MERGE_COMMIT_MESSAGE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(GithubGetGithubRepositoriesItemSquashMergeCommitMessage, value)
