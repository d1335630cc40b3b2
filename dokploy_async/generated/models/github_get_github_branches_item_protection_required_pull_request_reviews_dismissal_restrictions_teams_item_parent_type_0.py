from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsTeamsItemParentType0",
)


@_attrs_define
class GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsTeamsItemParentType0:
    """
    Attributes:
        description (None | str):
        html_url (str):
        id (float):
        members_url (str):
        name (str):
        node_id (str):
        permission (str):
        repositories_url (str):
        slug (str):
        url (str):
        ldap_dn (str | Unset):
        notification_setting (str | Unset):
        privacy (str | Unset):
    """

    description: None | str
    html_url: str
    id: float
    members_url: str
    name: str
    node_id: str
    permission: str
    repositories_url: str
    slug: str
    url: str
    ldap_dn: str | Unset = UNSET
    notification_setting: str | Unset = UNSET
    privacy: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: None | str
        description = self.description

        html_url = self.html_url

        id = self.id

        members_url = self.members_url

        name = self.name

        node_id = self.node_id

        permission = self.permission

        repositories_url = self.repositories_url

        slug = self.slug

        url = self.url

        ldap_dn = self.ldap_dn

        notification_setting = self.notification_setting

        privacy = self.privacy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "html_url": html_url,
                "id": id,
                "members_url": members_url,
                "name": name,
                "node_id": node_id,
                "permission": permission,
                "repositories_url": repositories_url,
                "slug": slug,
                "url": url,
            }
        )
        if ldap_dn is not UNSET:
            field_dict["ldap_dn"] = ldap_dn
        if notification_setting is not UNSET:
            field_dict["notification_setting"] = notification_setting
        if privacy is not UNSET:
            field_dict["privacy"] = privacy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        html_url = d.pop("html_url")

        id = d.pop("id")

        members_url = d.pop("members_url")

        name = d.pop("name")

        node_id = d.pop("node_id")

        permission = d.pop("permission")

        repositories_url = d.pop("repositories_url")

        slug = d.pop("slug")

        url = d.pop("url")

        ldap_dn = d.pop("ldap_dn", UNSET)

        notification_setting = d.pop("notification_setting", UNSET)

        privacy = d.pop("privacy", UNSET)

        github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_teams_item_parent_type_0 = cls(
            description=description,
            html_url=html_url,
            id=id,
            members_url=members_url,
            name=name,
            node_id=node_id,
            permission=permission,
            repositories_url=repositories_url,
            slug=slug,
            url=url,
            ldap_dn=ldap_dn,
            notification_setting=notification_setting,
            privacy=privacy,
        )

        github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_teams_item_parent_type_0.additional_properties = d
        return github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_teams_item_parent_type_0

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
