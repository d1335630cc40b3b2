from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.github_get_github_repositories_item_merge_commit_message import (
    GithubGetGithubRepositoriesItemMergeCommitMessage,
    check_github_get_github_repositories_item_merge_commit_message,
)
from ..models.github_get_github_repositories_item_merge_commit_title import (
    GithubGetGithubRepositoriesItemMergeCommitTitle,
    check_github_get_github_repositories_item_merge_commit_title,
)
from ..models.github_get_github_repositories_item_squash_merge_commit_message import (
    GithubGetGithubRepositoriesItemSquashMergeCommitMessage,
    check_github_get_github_repositories_item_squash_merge_commit_message,
)
from ..models.github_get_github_repositories_item_squash_merge_commit_title import (
    GithubGetGithubRepositoriesItemSquashMergeCommitTitle,
    check_github_get_github_repositories_item_squash_merge_commit_title,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.github_get_github_repositories_item_license_type_0 import (
        GithubGetGithubRepositoriesItemLicenseType0,
    )
    from ..models.github_get_github_repositories_item_owner import (
        GithubGetGithubRepositoriesItemOwner,
    )
    from ..models.github_get_github_repositories_item_permissions import (
        GithubGetGithubRepositoriesItemPermissions,
    )


T = TypeVar("T", bound="GithubGetGithubRepositoriesItem")


@_attrs_define
class GithubGetGithubRepositoriesItem:
    """
    Attributes:
        archive_url (str):
        archived (bool):
        assignees_url (str):
        blobs_url (str):
        branches_url (str):
        clone_url (str):
        collaborators_url (str):
        comments_url (str):
        commits_url (str):
        compare_url (str):
        contents_url (str):
        contributors_url (str):
        created_at (None | str):
        default_branch (str):
        deployments_url (str):
        description (None | str):
        disabled (bool):
        downloads_url (str):
        events_url (str):
        fork (bool):
        forks (float):
        forks_count (float):
        forks_url (str):
        full_name (str):
        git_commits_url (str):
        git_refs_url (str):
        git_tags_url (str):
        git_url (str):
        has_downloads (bool):
        has_issues (bool):
        has_pages (bool):
        has_projects (bool):
        has_wiki (bool):
        homepage (None | str):
        hooks_url (str):
        html_url (str):
        id (float):
        issue_comment_url (str):
        issue_events_url (str):
        issues_url (str):
        keys_url (str):
        labels_url (str):
        language (None | str):
        languages_url (str):
        license_ (GithubGetGithubRepositoriesItemLicenseType0 | None):
        merges_url (str):
        milestones_url (str):
        mirror_url (None | str):
        name (str):
        node_id (str):
        notifications_url (str):
        open_issues (float):
        open_issues_count (float):
        owner (GithubGetGithubRepositoriesItemOwner):
        private (bool):
        pulls_url (str):
        pushed_at (None | str):
        releases_url (str):
        size (float):
        ssh_url (str):
        stargazers_count (float):
        stargazers_url (str):
        statuses_url (str):
        subscribers_url (str):
        subscription_url (str):
        svn_url (str):
        tags_url (str):
        teams_url (str):
        trees_url (str):
        updated_at (None | str):
        url (str):
        watchers (float):
        watchers_count (float):
        allow_auto_merge (bool | Unset):
        allow_forking (bool | Unset):
        allow_merge_commit (bool | Unset):
        allow_rebase_merge (bool | Unset):
        allow_squash_merge (bool | Unset):
        allow_update_branch (bool | Unset):
        anonymous_access_enabled (bool | Unset):
        delete_branch_on_merge (bool | Unset):
        has_discussions (bool | Unset):
        is_template (bool | Unset):
        master_branch (str | Unset):
        merge_commit_message (GithubGetGithubRepositoriesItemMergeCommitMessage | Unset):
        merge_commit_title (GithubGetGithubRepositoriesItemMergeCommitTitle | Unset):
        permissions (GithubGetGithubRepositoriesItemPermissions | Unset):
        squash_merge_commit_message (GithubGetGithubRepositoriesItemSquashMergeCommitMessage | Unset):
        squash_merge_commit_title (GithubGetGithubRepositoriesItemSquashMergeCommitTitle | Unset):
        starred_at (str | Unset):
        temp_clone_token (str | Unset):
        topics (list[str] | Unset):
        use_squash_pr_title_as_default (bool | Unset):
        visibility (str | Unset):
        web_commit_signoff_required (bool | Unset):
    """

    archive_url: str
    archived: bool
    assignees_url: str
    blobs_url: str
    branches_url: str
    clone_url: str
    collaborators_url: str
    comments_url: str
    commits_url: str
    compare_url: str
    contents_url: str
    contributors_url: str
    created_at: None | str
    default_branch: str
    deployments_url: str
    description: None | str
    disabled: bool
    downloads_url: str
    events_url: str
    fork: bool
    forks: float
    forks_count: float
    forks_url: str
    full_name: str
    git_commits_url: str
    git_refs_url: str
    git_tags_url: str
    git_url: str
    has_downloads: bool
    has_issues: bool
    has_pages: bool
    has_projects: bool
    has_wiki: bool
    homepage: None | str
    hooks_url: str
    html_url: str
    id: float
    issue_comment_url: str
    issue_events_url: str
    issues_url: str
    keys_url: str
    labels_url: str
    language: None | str
    languages_url: str
    license_: GithubGetGithubRepositoriesItemLicenseType0 | None
    merges_url: str
    milestones_url: str
    mirror_url: None | str
    name: str
    node_id: str
    notifications_url: str
    open_issues: float
    open_issues_count: float
    owner: GithubGetGithubRepositoriesItemOwner
    private: bool
    pulls_url: str
    pushed_at: None | str
    releases_url: str
    size: float
    ssh_url: str
    stargazers_count: float
    stargazers_url: str
    statuses_url: str
    subscribers_url: str
    subscription_url: str
    svn_url: str
    tags_url: str
    teams_url: str
    trees_url: str
    updated_at: None | str
    url: str
    watchers: float
    watchers_count: float
    allow_auto_merge: bool | Unset = UNSET
    allow_forking: bool | Unset = UNSET
    allow_merge_commit: bool | Unset = UNSET
    allow_rebase_merge: bool | Unset = UNSET
    allow_squash_merge: bool | Unset = UNSET
    allow_update_branch: bool | Unset = UNSET
    anonymous_access_enabled: bool | Unset = UNSET
    delete_branch_on_merge: bool | Unset = UNSET
    has_discussions: bool | Unset = UNSET
    is_template: bool | Unset = UNSET
    master_branch: str | Unset = UNSET
    merge_commit_message: GithubGetGithubRepositoriesItemMergeCommitMessage | Unset = UNSET
    merge_commit_title: GithubGetGithubRepositoriesItemMergeCommitTitle | Unset = UNSET
    permissions: GithubGetGithubRepositoriesItemPermissions | Unset = UNSET
    squash_merge_commit_message: GithubGetGithubRepositoriesItemSquashMergeCommitMessage | Unset = (
        UNSET
    )
    squash_merge_commit_title: GithubGetGithubRepositoriesItemSquashMergeCommitTitle | Unset = UNSET
    starred_at: str | Unset = UNSET
    temp_clone_token: str | Unset = UNSET
    topics: list[str] | Unset = UNSET
    use_squash_pr_title_as_default: bool | Unset = UNSET
    visibility: str | Unset = UNSET
    web_commit_signoff_required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.github_get_github_repositories_item_license_type_0 import (
            GithubGetGithubRepositoriesItemLicenseType0,  # noqa: PLC0415
        )

        archive_url = self.archive_url

        archived = self.archived

        assignees_url = self.assignees_url

        blobs_url = self.blobs_url

        branches_url = self.branches_url

        clone_url = self.clone_url

        collaborators_url = self.collaborators_url

        comments_url = self.comments_url

        commits_url = self.commits_url

        compare_url = self.compare_url

        contents_url = self.contents_url

        contributors_url = self.contributors_url

        created_at: None | str
        created_at = self.created_at

        default_branch = self.default_branch

        deployments_url = self.deployments_url

        description: None | str
        description = self.description

        disabled = self.disabled

        downloads_url = self.downloads_url

        events_url = self.events_url

        fork = self.fork

        forks = self.forks

        forks_count = self.forks_count

        forks_url = self.forks_url

        full_name = self.full_name

        git_commits_url = self.git_commits_url

        git_refs_url = self.git_refs_url

        git_tags_url = self.git_tags_url

        git_url = self.git_url

        has_downloads = self.has_downloads

        has_issues = self.has_issues

        has_pages = self.has_pages

        has_projects = self.has_projects

        has_wiki = self.has_wiki

        homepage: None | str
        homepage = self.homepage

        hooks_url = self.hooks_url

        html_url = self.html_url

        id = self.id

        issue_comment_url = self.issue_comment_url

        issue_events_url = self.issue_events_url

        issues_url = self.issues_url

        keys_url = self.keys_url

        labels_url = self.labels_url

        language: None | str
        language = self.language

        languages_url = self.languages_url

        license_: dict[str, Any] | None
        if isinstance(self.license_, GithubGetGithubRepositoriesItemLicenseType0):
            license_ = self.license_.to_dict()
        else:
            license_ = self.license_

        merges_url = self.merges_url

        milestones_url = self.milestones_url

        mirror_url: None | str
        mirror_url = self.mirror_url

        name = self.name

        node_id = self.node_id

        notifications_url = self.notifications_url

        open_issues = self.open_issues

        open_issues_count = self.open_issues_count

        owner = self.owner.to_dict()

        private = self.private

        pulls_url = self.pulls_url

        pushed_at: None | str
        pushed_at = self.pushed_at

        releases_url = self.releases_url

        size = self.size

        ssh_url = self.ssh_url

        stargazers_count = self.stargazers_count

        stargazers_url = self.stargazers_url

        statuses_url = self.statuses_url

        subscribers_url = self.subscribers_url

        subscription_url = self.subscription_url

        svn_url = self.svn_url

        tags_url = self.tags_url

        teams_url = self.teams_url

        trees_url = self.trees_url

        updated_at: None | str
        updated_at = self.updated_at

        url = self.url

        watchers = self.watchers

        watchers_count = self.watchers_count

        allow_auto_merge = self.allow_auto_merge

        allow_forking = self.allow_forking

        allow_merge_commit = self.allow_merge_commit

        allow_rebase_merge = self.allow_rebase_merge

        allow_squash_merge = self.allow_squash_merge

        allow_update_branch = self.allow_update_branch

        anonymous_access_enabled = self.anonymous_access_enabled

        delete_branch_on_merge = self.delete_branch_on_merge

        has_discussions = self.has_discussions

        is_template = self.is_template

        master_branch = self.master_branch

        merge_commit_message: str | Unset = UNSET
        if not isinstance(self.merge_commit_message, Unset):
            merge_commit_message = self.merge_commit_message

        merge_commit_title: str | Unset = UNSET
        if not isinstance(self.merge_commit_title, Unset):
            merge_commit_title = self.merge_commit_title

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        squash_merge_commit_message: str | Unset = UNSET
        if not isinstance(self.squash_merge_commit_message, Unset):
            squash_merge_commit_message = self.squash_merge_commit_message

        squash_merge_commit_title: str | Unset = UNSET
        if not isinstance(self.squash_merge_commit_title, Unset):
            squash_merge_commit_title = self.squash_merge_commit_title

        starred_at = self.starred_at

        temp_clone_token = self.temp_clone_token

        topics: list[str] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = self.topics

        use_squash_pr_title_as_default = self.use_squash_pr_title_as_default

        visibility = self.visibility

        web_commit_signoff_required = self.web_commit_signoff_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "archive_url": archive_url,
                "archived": archived,
                "assignees_url": assignees_url,
                "blobs_url": blobs_url,
                "branches_url": branches_url,
                "clone_url": clone_url,
                "collaborators_url": collaborators_url,
                "comments_url": comments_url,
                "commits_url": commits_url,
                "compare_url": compare_url,
                "contents_url": contents_url,
                "contributors_url": contributors_url,
                "created_at": created_at,
                "default_branch": default_branch,
                "deployments_url": deployments_url,
                "description": description,
                "disabled": disabled,
                "downloads_url": downloads_url,
                "events_url": events_url,
                "fork": fork,
                "forks": forks,
                "forks_count": forks_count,
                "forks_url": forks_url,
                "full_name": full_name,
                "git_commits_url": git_commits_url,
                "git_refs_url": git_refs_url,
                "git_tags_url": git_tags_url,
                "git_url": git_url,
                "has_downloads": has_downloads,
                "has_issues": has_issues,
                "has_pages": has_pages,
                "has_projects": has_projects,
                "has_wiki": has_wiki,
                "homepage": homepage,
                "hooks_url": hooks_url,
                "html_url": html_url,
                "id": id,
                "issue_comment_url": issue_comment_url,
                "issue_events_url": issue_events_url,
                "issues_url": issues_url,
                "keys_url": keys_url,
                "labels_url": labels_url,
                "language": language,
                "languages_url": languages_url,
                "license": license_,
                "merges_url": merges_url,
                "milestones_url": milestones_url,
                "mirror_url": mirror_url,
                "name": name,
                "node_id": node_id,
                "notifications_url": notifications_url,
                "open_issues": open_issues,
                "open_issues_count": open_issues_count,
                "owner": owner,
                "private": private,
                "pulls_url": pulls_url,
                "pushed_at": pushed_at,
                "releases_url": releases_url,
                "size": size,
                "ssh_url": ssh_url,
                "stargazers_count": stargazers_count,
                "stargazers_url": stargazers_url,
                "statuses_url": statuses_url,
                "subscribers_url": subscribers_url,
                "subscription_url": subscription_url,
                "svn_url": svn_url,
                "tags_url": tags_url,
                "teams_url": teams_url,
                "trees_url": trees_url,
                "updated_at": updated_at,
                "url": url,
                "watchers": watchers,
                "watchers_count": watchers_count,
            }
        )
        if allow_auto_merge is not UNSET:
            field_dict["allow_auto_merge"] = allow_auto_merge
        if allow_forking is not UNSET:
            field_dict["allow_forking"] = allow_forking
        if allow_merge_commit is not UNSET:
            field_dict["allow_merge_commit"] = allow_merge_commit
        if allow_rebase_merge is not UNSET:
            field_dict["allow_rebase_merge"] = allow_rebase_merge
        if allow_squash_merge is not UNSET:
            field_dict["allow_squash_merge"] = allow_squash_merge
        if allow_update_branch is not UNSET:
            field_dict["allow_update_branch"] = allow_update_branch
        if anonymous_access_enabled is not UNSET:
            field_dict["anonymous_access_enabled"] = anonymous_access_enabled
        if delete_branch_on_merge is not UNSET:
            field_dict["delete_branch_on_merge"] = delete_branch_on_merge
        if has_discussions is not UNSET:
            field_dict["has_discussions"] = has_discussions
        if is_template is not UNSET:
            field_dict["is_template"] = is_template
        if master_branch is not UNSET:
            field_dict["master_branch"] = master_branch
        if merge_commit_message is not UNSET:
            field_dict["merge_commit_message"] = merge_commit_message
        if merge_commit_title is not UNSET:
            field_dict["merge_commit_title"] = merge_commit_title
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if squash_merge_commit_message is not UNSET:
            field_dict["squash_merge_commit_message"] = squash_merge_commit_message
        if squash_merge_commit_title is not UNSET:
            field_dict["squash_merge_commit_title"] = squash_merge_commit_title
        if starred_at is not UNSET:
            field_dict["starred_at"] = starred_at
        if temp_clone_token is not UNSET:
            field_dict["temp_clone_token"] = temp_clone_token
        if topics is not UNSET:
            field_dict["topics"] = topics
        if use_squash_pr_title_as_default is not UNSET:
            field_dict["use_squash_pr_title_as_default"] = use_squash_pr_title_as_default
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if web_commit_signoff_required is not UNSET:
            field_dict["web_commit_signoff_required"] = web_commit_signoff_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.github_get_github_repositories_item_license_type_0 import (
            GithubGetGithubRepositoriesItemLicenseType0,  # noqa: PLC0415
        )
        from ..models.github_get_github_repositories_item_owner import (
            GithubGetGithubRepositoriesItemOwner,  # noqa: PLC0415
        )
        from ..models.github_get_github_repositories_item_permissions import (
            GithubGetGithubRepositoriesItemPermissions,  # noqa: PLC0415
        )

        d = dict(src_dict)
        archive_url = d.pop("archive_url")

        archived = d.pop("archived")

        assignees_url = d.pop("assignees_url")

        blobs_url = d.pop("blobs_url")

        branches_url = d.pop("branches_url")

        clone_url = d.pop("clone_url")

        collaborators_url = d.pop("collaborators_url")

        comments_url = d.pop("comments_url")

        commits_url = d.pop("commits_url")

        compare_url = d.pop("compare_url")

        contents_url = d.pop("contents_url")

        contributors_url = d.pop("contributors_url")

        def _parse_created_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_at = _parse_created_at(d.pop("created_at"))

        default_branch = d.pop("default_branch")

        deployments_url = d.pop("deployments_url")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        disabled = d.pop("disabled")

        downloads_url = d.pop("downloads_url")

        events_url = d.pop("events_url")

        fork = d.pop("fork")

        forks = d.pop("forks")

        forks_count = d.pop("forks_count")

        forks_url = d.pop("forks_url")

        full_name = d.pop("full_name")

        git_commits_url = d.pop("git_commits_url")

        git_refs_url = d.pop("git_refs_url")

        git_tags_url = d.pop("git_tags_url")

        git_url = d.pop("git_url")

        has_downloads = d.pop("has_downloads")

        has_issues = d.pop("has_issues")

        has_pages = d.pop("has_pages")

        has_projects = d.pop("has_projects")

        has_wiki = d.pop("has_wiki")

        def _parse_homepage(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        homepage = _parse_homepage(d.pop("homepage"))

        hooks_url = d.pop("hooks_url")

        html_url = d.pop("html_url")

        id = d.pop("id")

        issue_comment_url = d.pop("issue_comment_url")

        issue_events_url = d.pop("issue_events_url")

        issues_url = d.pop("issues_url")

        keys_url = d.pop("keys_url")

        labels_url = d.pop("labels_url")

        def _parse_language(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        language = _parse_language(d.pop("language"))

        languages_url = d.pop("languages_url")

        def _parse_license_(data: object) -> GithubGetGithubRepositoriesItemLicenseType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                license_type_0 = GithubGetGithubRepositoriesItemLicenseType0.from_dict(data)

                return license_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GithubGetGithubRepositoriesItemLicenseType0 | None, data)

        license_ = _parse_license_(d.pop("license"))

        merges_url = d.pop("merges_url")

        milestones_url = d.pop("milestones_url")

        def _parse_mirror_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mirror_url = _parse_mirror_url(d.pop("mirror_url"))

        name = d.pop("name")

        node_id = d.pop("node_id")

        notifications_url = d.pop("notifications_url")

        open_issues = d.pop("open_issues")

        open_issues_count = d.pop("open_issues_count")

        owner = GithubGetGithubRepositoriesItemOwner.from_dict(d.pop("owner"))

        private = d.pop("private")

        pulls_url = d.pop("pulls_url")

        def _parse_pushed_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pushed_at = _parse_pushed_at(d.pop("pushed_at"))

        releases_url = d.pop("releases_url")

        size = d.pop("size")

        ssh_url = d.pop("ssh_url")

        stargazers_count = d.pop("stargazers_count")

        stargazers_url = d.pop("stargazers_url")

        statuses_url = d.pop("statuses_url")

        subscribers_url = d.pop("subscribers_url")

        subscription_url = d.pop("subscription_url")

        svn_url = d.pop("svn_url")

        tags_url = d.pop("tags_url")

        teams_url = d.pop("teams_url")

        trees_url = d.pop("trees_url")

        def _parse_updated_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        url = d.pop("url")

        watchers = d.pop("watchers")

        watchers_count = d.pop("watchers_count")

        allow_auto_merge = d.pop("allow_auto_merge", UNSET)

        allow_forking = d.pop("allow_forking", UNSET)

        allow_merge_commit = d.pop("allow_merge_commit", UNSET)

        allow_rebase_merge = d.pop("allow_rebase_merge", UNSET)

        allow_squash_merge = d.pop("allow_squash_merge", UNSET)

        allow_update_branch = d.pop("allow_update_branch", UNSET)

        anonymous_access_enabled = d.pop("anonymous_access_enabled", UNSET)

        delete_branch_on_merge = d.pop("delete_branch_on_merge", UNSET)

        has_discussions = d.pop("has_discussions", UNSET)

        is_template = d.pop("is_template", UNSET)

        master_branch = d.pop("master_branch", UNSET)

        _merge_commit_message = d.pop("merge_commit_message", UNSET)
        merge_commit_message: GithubGetGithubRepositoriesItemMergeCommitMessage | Unset
        if isinstance(_merge_commit_message, Unset):
            merge_commit_message = UNSET
        else:
            merge_commit_message = check_github_get_github_repositories_item_merge_commit_message(
                _merge_commit_message
            )

        _merge_commit_title = d.pop("merge_commit_title", UNSET)
        merge_commit_title: GithubGetGithubRepositoriesItemMergeCommitTitle | Unset
        if isinstance(_merge_commit_title, Unset):
            merge_commit_title = UNSET
        else:
            merge_commit_title = check_github_get_github_repositories_item_merge_commit_title(
                _merge_commit_title
            )

        _permissions = d.pop("permissions", UNSET)
        permissions: GithubGetGithubRepositoriesItemPermissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = GithubGetGithubRepositoriesItemPermissions.from_dict(_permissions)

        _squash_merge_commit_message = d.pop("squash_merge_commit_message", UNSET)
        squash_merge_commit_message: GithubGetGithubRepositoriesItemSquashMergeCommitMessage | Unset
        if isinstance(_squash_merge_commit_message, Unset):
            squash_merge_commit_message = UNSET
        else:
            squash_merge_commit_message = (
                check_github_get_github_repositories_item_squash_merge_commit_message(
                    _squash_merge_commit_message
                )
            )

        _squash_merge_commit_title = d.pop("squash_merge_commit_title", UNSET)
        squash_merge_commit_title: GithubGetGithubRepositoriesItemSquashMergeCommitTitle | Unset
        if isinstance(_squash_merge_commit_title, Unset):
            squash_merge_commit_title = UNSET
        else:
            squash_merge_commit_title = (
                check_github_get_github_repositories_item_squash_merge_commit_title(
                    _squash_merge_commit_title
                )
            )

        starred_at = d.pop("starred_at", UNSET)

        temp_clone_token = d.pop("temp_clone_token", UNSET)

        topics = cast(list[str], d.pop("topics", UNSET))

        use_squash_pr_title_as_default = d.pop("use_squash_pr_title_as_default", UNSET)

        visibility = d.pop("visibility", UNSET)

        web_commit_signoff_required = d.pop("web_commit_signoff_required", UNSET)

        github_get_github_repositories_item = cls(
            archive_url=archive_url,
            archived=archived,
            assignees_url=assignees_url,
            blobs_url=blobs_url,
            branches_url=branches_url,
            clone_url=clone_url,
            collaborators_url=collaborators_url,
            comments_url=comments_url,
            commits_url=commits_url,
            compare_url=compare_url,
            contents_url=contents_url,
            contributors_url=contributors_url,
            created_at=created_at,
            default_branch=default_branch,
            deployments_url=deployments_url,
            description=description,
            disabled=disabled,
            downloads_url=downloads_url,
            events_url=events_url,
            fork=fork,
            forks=forks,
            forks_count=forks_count,
            forks_url=forks_url,
            full_name=full_name,
            git_commits_url=git_commits_url,
            git_refs_url=git_refs_url,
            git_tags_url=git_tags_url,
            git_url=git_url,
            has_downloads=has_downloads,
            has_issues=has_issues,
            has_pages=has_pages,
            has_projects=has_projects,
            has_wiki=has_wiki,
            homepage=homepage,
            hooks_url=hooks_url,
            html_url=html_url,
            id=id,
            issue_comment_url=issue_comment_url,
            issue_events_url=issue_events_url,
            issues_url=issues_url,
            keys_url=keys_url,
            labels_url=labels_url,
            language=language,
            languages_url=languages_url,
            license_=license_,
            merges_url=merges_url,
            milestones_url=milestones_url,
            mirror_url=mirror_url,
            name=name,
            node_id=node_id,
            notifications_url=notifications_url,
            open_issues=open_issues,
            open_issues_count=open_issues_count,
            owner=owner,
            private=private,
            pulls_url=pulls_url,
            pushed_at=pushed_at,
            releases_url=releases_url,
            size=size,
            ssh_url=ssh_url,
            stargazers_count=stargazers_count,
            stargazers_url=stargazers_url,
            statuses_url=statuses_url,
            subscribers_url=subscribers_url,
            subscription_url=subscription_url,
            svn_url=svn_url,
            tags_url=tags_url,
            teams_url=teams_url,
            trees_url=trees_url,
            updated_at=updated_at,
            url=url,
            watchers=watchers,
            watchers_count=watchers_count,
            allow_auto_merge=allow_auto_merge,
            allow_forking=allow_forking,
            allow_merge_commit=allow_merge_commit,
            allow_rebase_merge=allow_rebase_merge,
            allow_squash_merge=allow_squash_merge,
            allow_update_branch=allow_update_branch,
            anonymous_access_enabled=anonymous_access_enabled,
            delete_branch_on_merge=delete_branch_on_merge,
            has_discussions=has_discussions,
            is_template=is_template,
            master_branch=master_branch,
            merge_commit_message=merge_commit_message,
            merge_commit_title=merge_commit_title,
            permissions=permissions,
            squash_merge_commit_message=squash_merge_commit_message,
            squash_merge_commit_title=squash_merge_commit_title,
            starred_at=starred_at,
            temp_clone_token=temp_clone_token,
            topics=topics,
            use_squash_pr_title_as_default=use_squash_pr_title_as_default,
            visibility=visibility,
            web_commit_signoff_required=web_commit_signoff_required,
        )

        github_get_github_repositories_item.additional_properties = d
        return github_get_github_repositories_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
