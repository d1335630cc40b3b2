from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.github_get_github_branches_item_protection_restrictions_apps_item_owner import (
        GithubGetGithubBranchesItemProtectionRestrictionsAppsItemOwner,
    )
    from ..models.github_get_github_branches_item_protection_restrictions_apps_item_permissions import (
        GithubGetGithubBranchesItemProtectionRestrictionsAppsItemPermissions,
    )


T = TypeVar("T", bound="GithubGetGithubBranchesItemProtectionRestrictionsAppsItem")


@_attrs_define
class GithubGetGithubBranchesItemProtectionRestrictionsAppsItem:
    """
    Attributes:
        created_at (str | Unset):
        description (str | Unset):
        events (list[str] | Unset):
        external_url (str | Unset):
        html_url (str | Unset):
        id (float | Unset):
        name (str | Unset):
        node_id (str | Unset):
        owner (GithubGetGithubBranchesItemProtectionRestrictionsAppsItemOwner | Unset):
        permissions (GithubGetGithubBranchesItemProtectionRestrictionsAppsItemPermissions | Unset):
        slug (str | Unset):
        updated_at (str | Unset):
    """

    created_at: str | Unset = UNSET
    description: str | Unset = UNSET
    events: list[str] | Unset = UNSET
    external_url: str | Unset = UNSET
    html_url: str | Unset = UNSET
    id: float | Unset = UNSET
    name: str | Unset = UNSET
    node_id: str | Unset = UNSET
    owner: GithubGetGithubBranchesItemProtectionRestrictionsAppsItemOwner | Unset = UNSET
    permissions: GithubGetGithubBranchesItemProtectionRestrictionsAppsItemPermissions | Unset = (
        UNSET
    )
    slug: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        description = self.description

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events

        external_url = self.external_url

        html_url = self.html_url

        id = self.id

        name = self.name

        node_id = self.node_id

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        slug = self.slug

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if events is not UNSET:
            field_dict["events"] = events
        if external_url is not UNSET:
            field_dict["external_url"] = external_url
        if html_url is not UNSET:
            field_dict["html_url"] = html_url
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if owner is not UNSET:
            field_dict["owner"] = owner
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if slug is not UNSET:
            field_dict["slug"] = slug
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.github_get_github_branches_item_protection_restrictions_apps_item_owner import (
            GithubGetGithubBranchesItemProtectionRestrictionsAppsItemOwner,  # noqa: PLC0415
        )
        from ..models.github_get_github_branches_item_protection_restrictions_apps_item_permissions import (
            GithubGetGithubBranchesItemProtectionRestrictionsAppsItemPermissions,  # noqa: PLC0415
        )

        d = dict(src_dict)
        created_at = d.pop("created_at", UNSET)

        description = d.pop("description", UNSET)

        events = cast(list[str], d.pop("events", UNSET))

        external_url = d.pop("external_url", UNSET)

        html_url = d.pop("html_url", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        node_id = d.pop("node_id", UNSET)

        _owner = d.pop("owner", UNSET)
        owner: GithubGetGithubBranchesItemProtectionRestrictionsAppsItemOwner | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = GithubGetGithubBranchesItemProtectionRestrictionsAppsItemOwner.from_dict(_owner)

        _permissions = d.pop("permissions", UNSET)
        permissions: GithubGetGithubBranchesItemProtectionRestrictionsAppsItemPermissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = (
                GithubGetGithubBranchesItemProtectionRestrictionsAppsItemPermissions.from_dict(
                    _permissions
                )
            )

        slug = d.pop("slug", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        github_get_github_branches_item_protection_restrictions_apps_item = cls(
            created_at=created_at,
            description=description,
            events=events,
            external_url=external_url,
            html_url=html_url,
            id=id,
            name=name,
            node_id=node_id,
            owner=owner,
            permissions=permissions,
            slug=slug,
            updated_at=updated_at,
        )

        github_get_github_branches_item_protection_restrictions_apps_item.additional_properties = d
        return github_get_github_branches_item_protection_restrictions_apps_item

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
