from typing import Literal, cast

GithubGetGithubRepositoriesItemMergeCommitTitle = Literal["MERGE_MESSAGE", "PR_TITLE"]

GITHUB_GET_GITHUB_REPOSITORIES_ITEM_MERGE_COMMIT_TITLE_VALUES: set[
    GithubGetGithubRepositoriesItemMergeCommitTitle
] = {
    "MERGE_MESSAGE",
    "PR_TITLE",
}


def check_github_get_github_repositories_item_merge_commit_title(
    value: str,
) -> GithubGetGithubRepositoriesItemMergeCommitTitle:
    """The value as the enum's type, kept as sent even when it is none of the known values.

    Enums stay open: a value a newer Dokploy invents comes through as the string it sent
    (compare it against ``GITHUB_GET_GITHUB_REPOSITORIES_ITEM_MERGE_COMMIT_TITLE_VALUES`` to tell), so a parse never fails on it.
    """
    return cast(GithubGetGithubRepositoriesItemMergeCommitTitle, value)
