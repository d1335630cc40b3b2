from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsAppsItemOwnerType0",
)


@_attrs_define
class GithubGetGithubBranchesItemProtectionRequiredPullRequestReviewsDismissalRestrictionsAppsItemOwnerType0:
    """
    Attributes:
        avatar_url (str):
        events_url (str):
        followers_url (str):
        following_url (str):
        gists_url (str):
        gravatar_id (None | str):
        html_url (str):
        id (float):
        login (str):
        node_id (str):
        organizations_url (str):
        received_events_url (str):
        repos_url (str):
        site_admin (bool):
        starred_url (str):
        subscriptions_url (str):
        type_ (str):
        url (str):
        email (None | str | Unset):
        name (None | str | Unset):
        starred_at (str | Unset):
    """

    avatar_url: str
    events_url: str
    followers_url: str
    following_url: str
    gists_url: str
    gravatar_id: None | str
    html_url: str
    id: float
    login: str
    node_id: str
    organizations_url: str
    received_events_url: str
    repos_url: str
    site_admin: bool
    starred_url: str
    subscriptions_url: str
    type_: str
    url: str
    email: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    starred_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatar_url = self.avatar_url

        events_url = self.events_url

        followers_url = self.followers_url

        following_url = self.following_url

        gists_url = self.gists_url

        gravatar_id: None | str
        gravatar_id = self.gravatar_id

        html_url = self.html_url

        id = self.id

        login = self.login

        node_id = self.node_id

        organizations_url = self.organizations_url

        received_events_url = self.received_events_url

        repos_url = self.repos_url

        site_admin = self.site_admin

        starred_url = self.starred_url

        subscriptions_url = self.subscriptions_url

        type_ = self.type_

        url = self.url

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        starred_at = self.starred_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "avatar_url": avatar_url,
                "events_url": events_url,
                "followers_url": followers_url,
                "following_url": following_url,
                "gists_url": gists_url,
                "gravatar_id": gravatar_id,
                "html_url": html_url,
                "id": id,
                "login": login,
                "node_id": node_id,
                "organizations_url": organizations_url,
                "received_events_url": received_events_url,
                "repos_url": repos_url,
                "site_admin": site_admin,
                "starred_url": starred_url,
                "subscriptions_url": subscriptions_url,
                "type": type_,
                "url": url,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if starred_at is not UNSET:
            field_dict["starred_at"] = starred_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        avatar_url = d.pop("avatar_url")

        events_url = d.pop("events_url")

        followers_url = d.pop("followers_url")

        following_url = d.pop("following_url")

        gists_url = d.pop("gists_url")

        def _parse_gravatar_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        gravatar_id = _parse_gravatar_id(d.pop("gravatar_id"))

        html_url = d.pop("html_url")

        id = d.pop("id")

        login = d.pop("login")

        node_id = d.pop("node_id")

        organizations_url = d.pop("organizations_url")

        received_events_url = d.pop("received_events_url")

        repos_url = d.pop("repos_url")

        site_admin = d.pop("site_admin")

        starred_url = d.pop("starred_url")

        subscriptions_url = d.pop("subscriptions_url")

        type_ = d.pop("type")

        url = d.pop("url")

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        starred_at = d.pop("starred_at", UNSET)

        github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_apps_item_owner_type_0 = cls(
            avatar_url=avatar_url,
            events_url=events_url,
            followers_url=followers_url,
            following_url=following_url,
            gists_url=gists_url,
            gravatar_id=gravatar_id,
            html_url=html_url,
            id=id,
            login=login,
            node_id=node_id,
            organizations_url=organizations_url,
            received_events_url=received_events_url,
            repos_url=repos_url,
            site_admin=site_admin,
            starred_url=starred_url,
            subscriptions_url=subscriptions_url,
            type_=type_,
            url=url,
            email=email,
            name=name,
            starred_at=starred_at,
        )

        github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_apps_item_owner_type_0.additional_properties = d
        return github_get_github_branches_item_protection_required_pull_request_reviews_dismissal_restrictions_apps_item_owner_type_0

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
