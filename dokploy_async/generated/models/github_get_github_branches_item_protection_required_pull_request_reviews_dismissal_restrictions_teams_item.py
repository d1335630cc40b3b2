from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_teams_item_parent_type_0 import (
        GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsTeamsItemParentType0,
    )
    from ..models.github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_teams_item_permissions import (
        GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsTeamsItemPermissions,
    )


T = TypeVar(
    "T",
    bound="GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsTeamsItem",
)


@_attrs_define
class GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsTeamsItem:
    """
    Attributes:
        description (None | str):
        html_url (str):
        id (float):
        members_url (str):
        name (str):
        node_id (str):
        parent (GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsTeamsItemParentType0
            | None):
        permission (str):
        repositories_url (str):
        slug (str):
        url (str):
        notification_setting (str | Unset):
        permissions
            (GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsTeamsItemPermissions |
            Unset):
        privacy (str | Unset):
    """

    description: None | str
    html_url: str
    id: float
    members_url: str
    name: str
    node_id: str
    parent: (
        GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsTeamsItemParentType0
        | None
    )
    permission: str
    repositories_url: str
    slug: str
    url: str
    notification_setting: str | Unset = UNSET
    permissions: (
        GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsTeamsItemPermissions
        | Unset
    ) = UNSET
    privacy: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_teams_item_parent_type_0 import (
            GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsTeamsItemParentType0,  # noqa: PLC0415
        )

        description: None | str
        description = self.description

        html_url = self.html_url

        id = self.id

        members_url = self.members_url

        name = self.name

        node_id = self.node_id

        parent: dict[str, Any] | None
        if isinstance(
            self.parent,
            GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsTeamsItemParentType0,
        ):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        permission = self.permission

        repositories_url = self.repositories_url

        slug = self.slug

        url = self.url

        notification_setting = self.notification_setting

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

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
                "parent": parent,
                "permission": permission,
                "repositories_url": repositories_url,
                "slug": slug,
                "url": url,
            }
        )
        if notification_setting is not UNSET:
            field_dict["notification_setting"] = notification_setting
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if privacy is not UNSET:
            field_dict["privacy"] = privacy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_teams_item_parent_type_0 import (
            GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsTeamsItemParentType0,  # noqa: PLC0415
        )
        from ..models.github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_teams_item_permissions import (
            GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsTeamsItemPermissions,  # noqa: PLC0415
        )

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

        def _parse_parent(
            data: object,
        ) -> (
            GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsTeamsItemParentType0
            | None
        ):
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_type_0 = GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsTeamsItemParentType0.from_dict(
                    data
                )

                return parent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsTeamsItemParentType0
                | None,
                data,
            )

        parent = _parse_parent(d.pop("parent"))

        permission = d.pop("permission")

        repositories_url = d.pop("repositories_url")

        slug = d.pop("slug")

        url = d.pop("url")

        notification_setting = d.pop("notification_setting", UNSET)

        _permissions = d.pop("permissions", UNSET)
        permissions: (
            GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsTeamsItemPermissions
            | Unset
        )
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsTeamsItemPermissions.from_dict(
                _permissions
            )

        privacy = d.pop("privacy", UNSET)

        github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_teams_item = cls(
            description=description,
            html_url=html_url,
            id=id,
            members_url=members_url,
            name=name,
            node_id=node_id,
            parent=parent,
            permission=permission,
            repositories_url=repositories_url,
            slug=slug,
            url=url,
            notification_setting=notification_setting,
            permissions=permissions,
            privacy=privacy,
        )

        github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_teams_item.additional_properties = d
        return github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_teams_item

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
