from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GithubGetGithubBranchesItemProtectionRestrictionsTeamsItem")


@_attrs_define
class GithubGetGithubBranchesItemProtectionRestrictionsTeamsItem:
    """
    Attributes:
        description (None | str | Unset):
        html_url (str | Unset):
        id (float | Unset):
        members_url (str | Unset):
        name (str | Unset):
        node_id (str | Unset):
        notification_setting (str | Unset):
        parent (None | str | Unset):
        permission (str | Unset):
        privacy (str | Unset):
        repositories_url (str | Unset):
        slug (str | Unset):
        url (str | Unset):
    """

    description: None | str | Unset = UNSET
    html_url: str | Unset = UNSET
    id: float | Unset = UNSET
    members_url: str | Unset = UNSET
    name: str | Unset = UNSET
    node_id: str | Unset = UNSET
    notification_setting: str | Unset = UNSET
    parent: None | str | Unset = UNSET
    permission: str | Unset = UNSET
    privacy: str | Unset = UNSET
    repositories_url: str | Unset = UNSET
    slug: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        html_url = self.html_url

        id = self.id

        members_url = self.members_url

        name = self.name

        node_id = self.node_id

        notification_setting = self.notification_setting

        parent: None | str | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        else:
            parent = self.parent

        permission = self.permission

        privacy = self.privacy

        repositories_url = self.repositories_url

        slug = self.slug

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if html_url is not UNSET:
            field_dict["html_url"] = html_url
        if id is not UNSET:
            field_dict["id"] = id
        if members_url is not UNSET:
            field_dict["members_url"] = members_url
        if name is not UNSET:
            field_dict["name"] = name
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if notification_setting is not UNSET:
            field_dict["notification_setting"] = notification_setting
        if parent is not UNSET:
            field_dict["parent"] = parent
        if permission is not UNSET:
            field_dict["permission"] = permission
        if privacy is not UNSET:
            field_dict["privacy"] = privacy
        if repositories_url is not UNSET:
            field_dict["repositories_url"] = repositories_url
        if slug is not UNSET:
            field_dict["slug"] = slug
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        html_url = d.pop("html_url", UNSET)

        id = d.pop("id", UNSET)

        members_url = d.pop("members_url", UNSET)

        name = d.pop("name", UNSET)

        node_id = d.pop("node_id", UNSET)

        notification_setting = d.pop("notification_setting", UNSET)

        def _parse_parent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent = _parse_parent(d.pop("parent", UNSET))

        permission = d.pop("permission", UNSET)

        privacy = d.pop("privacy", UNSET)

        repositories_url = d.pop("repositories_url", UNSET)

        slug = d.pop("slug", UNSET)

        url = d.pop("url", UNSET)

        github_get_github_branches_item_protection_restrictions_teams_item = cls(
            description=description,
            html_url=html_url,
            id=id,
            members_url=members_url,
            name=name,
            node_id=node_id,
            notification_setting=notification_setting,
            parent=parent,
            permission=permission,
            privacy=privacy,
            repositories_url=repositories_url,
            slug=slug,
            url=url,
        )

        github_get_github_branches_item_protection_restrictions_teams_item.additional_properties = d
        return github_get_github_branches_item_protection_restrictions_teams_item

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
