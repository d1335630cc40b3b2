from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.github_get_github_branches_item_protection_required_pull_request_reviews_bypass_pull_request_allowances_apps_item import (
        GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsBypassPullRequestAllowancesAppsItem,
    )
    from ..models.github_get_github_branches_item_protection_required_pull_request_reviews_bypass_pull_request_allowances_teams_item import (
        GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsBypassPullRequestAllowancesTeamsItem,
    )
    from ..models.github_get_github_branches_item_protection_required_pull_request_reviews_bypass_pull_request_allowances_users_item import (
        GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsBypassPullRequestAllowancesUsersItem,
    )


T = TypeVar(
    "T",
    bound="GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsBypassPullRequestAllowances",
)


@_attrs_define
class GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsBypassPullRequestAllowances:
    """
    Attributes:
        apps (list[GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsBypassPullRequestAllowancesAppsItem] |
            Unset):
        teams (list[GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsBypassPullRequestAllowancesTeamsItem]
            | Unset):
        users (list[GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsBypassPullRequestAllowancesUsersItem]
            | Unset):
    """

    apps: (
        list[
            GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsBypassPullRequestAllowancesAppsItem
        ]
        | Unset
    ) = UNSET
    teams: (
        list[
            GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsBypassPullRequestAllowancesTeamsItem
        ]
        | Unset
    ) = UNSET
    users: (
        list[
            GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsBypassPullRequestAllowancesUsersItem
        ]
        | Unset
    ) = UNSET
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

        users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.users, Unset):
            users = []
            for users_item_data in self.users:
                users_item = users_item_data.to_dict()
                users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if apps is not UNSET:
            field_dict["apps"] = apps
        if teams is not UNSET:
            field_dict["teams"] = teams
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.github_get_github_branches_item_protection_required_pull_request_reviews_bypass_pull_request_allowances_apps_item import (
            GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsBypassPullRequestAllowancesAppsItem,  # noqa: PLC0415
        )
        from ..models.github_get_github_branches_item_protection_required_pull_request_reviews_bypass_pull_request_allowances_teams_item import (
            GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsBypassPullRequestAllowancesTeamsItem,  # noqa: PLC0415
        )
        from ..models.github_get_github_branches_item_protection_required_pull_request_reviews_bypass_pull_request_allowances_users_item import (
            GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsBypassPullRequestAllowancesUsersItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _apps = d.pop("apps", UNSET)
        apps: (
            list[
                GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsBypassPullRequestAllowancesAppsItem
            ]
            | Unset
        ) = UNSET
        if _apps is not UNSET:
            apps = []
            for apps_item_data in _apps:
                apps_item = GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsBypassPullRequestAllowancesAppsItem.from_dict(
                    apps_item_data
                )

                apps.append(apps_item)

        _teams = d.pop("teams", UNSET)
        teams: (
            list[
                GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsBypassPullRequestAllowancesTeamsItem
            ]
            | Unset
        ) = UNSET
        if _teams is not UNSET:
            teams = []
            for teams_item_data in _teams:
                teams_item = GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsBypassPullRequestAllowancesTeamsItem.from_dict(
                    teams_item_data
                )

                teams.append(teams_item)

        _users = d.pop("users", UNSET)
        users: (
            list[
                GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsBypassPullRequestAllowancesUsersItem
            ]
            | Unset
        ) = UNSET
        if _users is not UNSET:
            users = []
            for users_item_data in _users:
                users_item = GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsBypassPullRequestAllowancesUsersItem.from_dict(
                    users_item_data
                )

                users.append(users_item)

        github_get_github_branches_item_protection_required_pull_request_reviews_bypass_pull_request_allowances = cls(
            apps=apps,
            teams=teams,
            users=users,
        )

        github_get_github_branches_item_protection_required_pull_request_reviews_bypass_pull_request_allowances.additional_properties = d
        return github_get_github_branches_item_protection_required_pull_request_reviews_bypass_pull_request_allowances

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
