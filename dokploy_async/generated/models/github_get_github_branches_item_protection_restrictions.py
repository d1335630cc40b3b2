from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.github_get_github_branches_item_protection_restrictions_apps_item import (
        GithubGetGithubBranchesItemProtectionRestrictionsAppsItem,
    )
    from ..models.github_get_github_branches_item_protection_restrictions_teams_item import (
        GithubGetGithubBranchesItemProtectionRestrictionsTeamsItem,
    )
    from ..models.github_get_github_branches_item_protection_restrictions_users_item import (
        GithubGetGithubBranchesItemProtectionRestrictionsUsersItem,
    )


T = TypeVar("T", bound="GithubGetGithubBranchesItemProtectionRestrictions")


@_attrs_define
class GithubGetGithubBranchesItemProtectionRestrictions:
    """
    Attributes:
        apps (list[GithubGetGithubBranchesItemProtectionRestrictionsAppsItem]):
        apps_url (str):
        teams (list[GithubGetGithubBranchesItemProtectionRestrictionsTeamsItem]):
        teams_url (str):
        url (str):
        users (list[GithubGetGithubBranchesItemProtectionRestrictionsUsersItem]):
        users_url (str):
    """

    apps: list[GithubGetGithubBranchesItemProtectionRestrictionsAppsItem]
    apps_url: str
    teams: list[GithubGetGithubBranchesItemProtectionRestrictionsTeamsItem]
    teams_url: str
    url: str
    users: list[GithubGetGithubBranchesItemProtectionRestrictionsUsersItem]
    users_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apps = []
        for apps_item_data in self.apps:
            apps_item = apps_item_data.to_dict()
            apps.append(apps_item)

        apps_url = self.apps_url

        teams = []
        for teams_item_data in self.teams:
            teams_item = teams_item_data.to_dict()
            teams.append(teams_item)

        teams_url = self.teams_url

        url = self.url

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        users_url = self.users_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apps": apps,
                "apps_url": apps_url,
                "teams": teams,
                "teams_url": teams_url,
                "url": url,
                "users": users,
                "users_url": users_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.github_get_github_branches_item_protection_restrictions_apps_item import (
            GithubGetGithubBranchesItemProtectionRestrictionsAppsItem,  # noqa: PLC0415
        )
        from ..models.github_get_github_branches_item_protection_restrictions_teams_item import (
            GithubGetGithubBranchesItemProtectionRestrictionsTeamsItem,  # noqa: PLC0415
        )
        from ..models.github_get_github_branches_item_protection_restrictions_users_item import (
            GithubGetGithubBranchesItemProtectionRestrictionsUsersItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        apps = []
        _apps = d.pop("apps")
        for apps_item_data in _apps:
            apps_item = GithubGetGithubBranchesItemProtectionRestrictionsAppsItem.from_dict(
                apps_item_data
            )

            apps.append(apps_item)

        apps_url = d.pop("apps_url")

        teams = []
        _teams = d.pop("teams")
        for teams_item_data in _teams:
            teams_item = GithubGetGithubBranchesItemProtectionRestrictionsTeamsItem.from_dict(
                teams_item_data
            )

            teams.append(teams_item)

        teams_url = d.pop("teams_url")

        url = d.pop("url")

        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = GithubGetGithubBranchesItemProtectionRestrictionsUsersItem.from_dict(
                users_item_data
            )

            users.append(users_item)

        users_url = d.pop("users_url")

        github_get_github_branches_item_protection_restrictions = cls(
            apps=apps,
            apps_url=apps_url,
            teams=teams,
            teams_url=teams_url,
            url=url,
            users=users,
            users_url=users_url,
        )

        github_get_github_branches_item_protection_restrictions.additional_properties = d
        return github_get_github_branches_item_protection_restrictions

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
