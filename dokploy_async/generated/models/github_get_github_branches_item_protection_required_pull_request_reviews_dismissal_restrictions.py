from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_apps_item import (
        GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsAppsItem,
    )
    from ..models.github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_teams_item import (
        GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsTeamsItem,
    )
    from ..models.github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_users_item import (
        GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsUsersItem,
    )


T = TypeVar(
    "T",
    bound="GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictions",
)


@_attrs_define
class GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictions:
    """
    Attributes:
        apps (list[GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsAppsItem] |
            Unset):
        teams (list[GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsTeamsItem] |
            Unset):
        teams_url (str | Unset):
        url (str | Unset):
        users (list[GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsUsersItem] |
            Unset):
        users_url (str | Unset):
    """

    apps: (
        list[
            GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsAppsItem
        ]
        | Unset
    ) = UNSET
    teams: (
        list[
            GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsTeamsItem
        ]
        | Unset
    ) = UNSET
    teams_url: str | Unset = UNSET
    url: str | Unset = UNSET
    users: (
        list[
            GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsUsersItem
        ]
        | Unset
    ) = UNSET
    users_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apps, Unset):
            apps = []
            for apps_item_data in self.apps:
                apps_item = apps_item_data.to_dict()
                apps.append(apps_item)

        teams: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.teams, Unset):
            teams = []
            for teams_item_data in self.teams:
                teams_item = teams_item_data.to_dict()
                teams.append(teams_item)

        teams_url = self.teams_url

        url = self.url

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        users_url = self.users_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apps is not UNSET:
            field_dict["apps"] = apps
        if teams is not UNSET:
            field_dict["teams"] = teams
        if teams_url is not UNSET:
            field_dict["teams_url"] = teams_url
        if url is not UNSET:
            field_dict["url"] = url
        if users is not UNSET:
            field_dict["users"] = users
        if users_url is not UNSET:
            field_dict["users_url"] = users_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_apps_item import (
            GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsAppsItem,  # noqa: PLC0415
        )
        from ..models.github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_teams_item import (
            GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsTeamsItem,  # noqa: PLC0415
        )
        from ..models.github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_users_item import (
            GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsUsersItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _apps = d.pop("apps", UNSET)
        apps: (
            list[
                GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsAppsItem
            ]
            | Unset
        ) = UNSET
        if _apps is not UNSET:
            apps = []
            for apps_item_data in _apps:
                apps_item = GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsAppsItem.from_dict(
                    apps_item_data
                )

                apps.append(apps_item)

        _teams = d.pop("teams", UNSET)
        teams: (
            list[
                GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsTeamsItem
            ]
            | Unset
        ) = UNSET
        if _teams is not UNSET:
            teams = []
            for teams_item_data in _teams:
                teams_item = GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsTeamsItem.from_dict(
                    teams_item_data
                )

                teams.append(teams_item)

        teams_url = d.pop("teams_url", UNSET)

        url = d.pop("url", UNSET)

        _users = d.pop("users", UNSET)
        users: (
            list[
                GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsUsersItem
            ]
            | Unset
        ) = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsUsersItem.from_dict(
                    users_item_data
                )

                users.append(users_item)

        users_url = d.pop("users_url", UNSET)

        github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions = cls(
            apps=apps,
            teams=teams,
            teams_url=teams_url,
            url=url,
            users=users,
            users_url=users_url,
        )

        github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions.additional_properties = d
        return github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions

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
