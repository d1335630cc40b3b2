from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

if TYPE_CHECKING:
    from ..models.github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_apps_item_owner_type_0 import (
        GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsAppsItemOwnerType0,
    )
    from ..models.github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_apps_item_permissions import (
        GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsAppsItemPermissions,
    )


T = TypeVar(
    "T",
    bound="GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsAppsItem",
)


@_attrs_define
class GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsAppsItem:
    """
    Attributes:
        created_at (str):
        description (None | str):
        events (list[str]):
        external_url (str):
        html_url (str):
        id (float):
        name (str):
        node_id (str):
        owner (GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsAppsItemOwnerType0 |
            None):
        permissions
            (GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsAppsItemPermissions):
        updated_at (str):
        client_id (str | Unset):
        client_secret (str | Unset):
        installations_count (float | Unset):
        pem (str | Unset):
        slug (str | Unset):
        webhook_secret (None | str | Unset):
    """

    created_at: str
    description: None | str
    events: list[str]
    external_url: str
    html_url: str
    id: float
    name: str
    node_id: str
    owner: (
        GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsAppsItemOwnerType0
        | None
    )
    permissions: GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsAppsItemPermissions
    updated_at: str
    client_id: str | Unset = UNSET
    client_secret: str | Unset = _attrs_field(default=UNSET, repr=masked)
    installations_count: float | Unset = UNSET
    pem: str | Unset = UNSET
    slug: str | Unset = UNSET
    webhook_secret: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_apps_item_owner_type_0 import (
            GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsAppsItemOwnerType0,  # noqa: PLC0415
        )

        created_at = self.created_at

        description: None | str
        description = self.description

        events = self.events

        external_url = self.external_url

        html_url = self.html_url

        id = self.id

        name = self.name

        node_id = self.node_id

        owner: dict[str, Any] | None
        if isinstance(
            self.owner,
            GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsAppsItemOwnerType0,
        ):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        permissions = self.permissions.to_dict()

        updated_at = self.updated_at

        client_id = self.client_id

        client_secret = self.client_secret

        installations_count = self.installations_count

        pem = self.pem

        slug = self.slug

        webhook_secret: None | str | Unset
        if isinstance(self.webhook_secret, Unset):
            webhook_secret = UNSET
        else:
            webhook_secret = self.webhook_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "description": description,
                "events": events,
                "external_url": external_url,
                "html_url": html_url,
                "id": id,
                "name": name,
                "node_id": node_id,
                "owner": owner,
                "permissions": permissions,
                "updated_at": updated_at,
            }
        )
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if installations_count is not UNSET:
            field_dict["installations_count"] = installations_count
        if pem is not UNSET:
            field_dict["pem"] = pem
        if slug is not UNSET:
            field_dict["slug"] = slug
        if webhook_secret is not UNSET:
            field_dict["webhook_secret"] = webhook_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_apps_item_owner_type_0 import (
            GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsAppsItemOwnerType0,  # noqa: PLC0415
        )
        from ..models.github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_apps_item_permissions import (
            GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsAppsItemPermissions,  # noqa: PLC0415
        )

        d = dict(src_dict)
        created_at = d.pop("created_at")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        events = cast(list[str], d.pop("events"))

        external_url = d.pop("external_url")

        html_url = d.pop("html_url")

        id = d.pop("id")

        name = d.pop("name")

        node_id = d.pop("node_id")

        def _parse_owner(
            data: object,
        ) -> (
            GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsAppsItemOwnerType0
            | None
        ):
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_0 = GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsAppsItemOwnerType0.from_dict(
                    data
                )

                return owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsAppsItemOwnerType0
                | None,
                data,
            )

        owner = _parse_owner(d.pop("owner"))

        permissions = GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsAppsItemPermissions.from_dict(
            d.pop("permissions")
        )

        updated_at = d.pop("updated_at")

        client_id = d.pop("client_id", UNSET)

        client_secret = d.pop("client_secret", UNSET)

        installations_count = d.pop("installations_count", UNSET)

        pem = d.pop("pem", UNSET)

        slug = d.pop("slug", UNSET)

        def _parse_webhook_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_secret = _parse_webhook_secret(d.pop("webhook_secret", UNSET))

        github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_apps_item = cls(
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
            updated_at=updated_at,
            client_id=client_id,
            client_secret=client_secret,
            installations_count=installations_count,
            pem=pem,
            slug=slug,
            webhook_secret=webhook_secret,
        )

        github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_apps_item.additional_properties = d
        return github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_apps_item

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
