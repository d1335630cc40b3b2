from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GithubGetGithubBranchesItemProtectionRestrictionsAppsItemOwner")


@_attrs_define
class GithubGetGithubBranchesItemProtectionRestrictionsAppsItemOwner:
    """
    Attributes:
        avatar_url (str | Unset):
        description (str | Unset):
        events_url (str | Unset):
        followers_url (str | Unset):
        following_url (str | Unset):
        gists_url (str | Unset):
        gravatar_id (str | Unset):
        hooks_url (str | Unset):
        html_url (str | Unset):
        id (float | Unset):
        issues_url (str | Unset):
        login (str | Unset):
        members_url (str | Unset):
        node_id (str | Unset):
        organizations_url (str | Unset):
        public_members_url (str | Unset):
        received_events_url (str | Unset):
        repos_url (str | Unset):
        site_admin (bool | Unset):
        starred_url (str | Unset):
        subscriptions_url (str | Unset):
        type_ (str | Unset):
        url (str | Unset):
    """

    avatar_url: str | Unset = UNSET
    description: str | Unset = UNSET
    events_url: str | Unset = UNSET
    followers_url: str | Unset = UNSET
    following_url: str | Unset = UNSET
    gists_url: str | Unset = UNSET
    gravatar_id: str | Unset = UNSET
    hooks_url: str | Unset = UNSET
    html_url: str | Unset = UNSET
    id: float | Unset = UNSET
    issues_url: str | Unset = UNSET
    login: str | Unset = UNSET
    members_url: str | Unset = UNSET
    node_id: str | Unset = UNSET
    organizations_url: str | Unset = UNSET
    public_members_url: str | Unset = UNSET
    received_events_url: str | Unset = UNSET
    repos_url: str | Unset = UNSET
    site_admin: bool | Unset = UNSET
    starred_url: str | Unset = UNSET
    subscriptions_url: str | Unset = UNSET
    type_: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatar_url = self.avatar_url

        description = self.description

        events_url = self.events_url

        followers_url = self.followers_url

        following_url = self.following_url

        gists_url = self.gists_url

        gravatar_id = self.gravatar_id

        hooks_url = self.hooks_url

        html_url = self.html_url

        id = self.id

        issues_url = self.issues_url

        login = self.login

        members_url = self.members_url

        node_id = self.node_id

        organizations_url = self.organizations_url

        public_members_url = self.public_members_url

        received_events_url = self.received_events_url

        repos_url = self.repos_url

        site_admin = self.site_admin

        starred_url = self.starred_url

        subscriptions_url = self.subscriptions_url

        type_ = self.type_

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if description is not UNSET:
            field_dict["description"] = description
        if events_url is not UNSET:
            field_dict["events_url"] = events_url
        if followers_url is not UNSET:
            field_dict["followers_url"] = followers_url
        if following_url is not UNSET:
            field_dict["following_url"] = following_url
        if gists_url is not UNSET:
            field_dict["gists_url"] = gists_url
        if gravatar_id is not UNSET:
            field_dict["gravatar_id"] = gravatar_id
        if hooks_url is not UNSET:
            field_dict["hooks_url"] = hooks_url
        if html_url is not UNSET:
            field_dict["html_url"] = html_url
        if id is not UNSET:
            field_dict["id"] = id
        if issues_url is not UNSET:
            field_dict["issues_url"] = issues_url
        if login is not UNSET:
            field_dict["login"] = login
        if members_url is not UNSET:
            field_dict["members_url"] = members_url
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if organizations_url is not UNSET:
            field_dict["organizations_url"] = organizations_url
        if public_members_url is not UNSET:
            field_dict["public_members_url"] = public_members_url
        if received_events_url is not UNSET:
            field_dict["received_events_url"] = received_events_url
        if repos_url is not UNSET:
            field_dict["repos_url"] = repos_url
        if site_admin is not UNSET:
            field_dict["site_admin"] = site_admin
        if starred_url is not UNSET:
            field_dict["starred_url"] = starred_url
        if subscriptions_url is not UNSET:
            field_dict["subscriptions_url"] = subscriptions_url
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        avatar_url = d.pop("avatar_url", UNSET)

        description = d.pop("description", UNSET)

        events_url = d.pop("events_url", UNSET)

        followers_url = d.pop("followers_url", UNSET)

        following_url = d.pop("following_url", UNSET)

        gists_url = d.pop("gists_url", UNSET)

        gravatar_id = d.pop("gravatar_id", UNSET)

        hooks_url = d.pop("hooks_url", UNSET)

        html_url = d.pop("html_url", UNSET)

        id = d.pop("id", UNSET)

        issues_url = d.pop("issues_url", UNSET)

        login = d.pop("login", UNSET)

        members_url = d.pop("members_url", UNSET)

        node_id = d.pop("node_id", UNSET)

        organizations_url = d.pop("organizations_url", UNSET)

        public_members_url = d.pop("public_members_url", UNSET)

        received_events_url = d.pop("received_events_url", UNSET)

        repos_url = d.pop("repos_url", UNSET)

        site_admin = d.pop("site_admin", UNSET)

        starred_url = d.pop("starred_url", UNSET)

        subscriptions_url = d.pop("subscriptions_url", UNSET)

        type_ = d.pop("type", UNSET)

        url = d.pop("url", UNSET)

        github_get_github_branches_item_protection_restrictions_apps_item_owner = cls(
            avatar_url=avatar_url,
            description=description,
            events_url=events_url,
            followers_url=followers_url,
            following_url=following_url,
            gists_url=gists_url,
            gravatar_id=gravatar_id,
            hooks_url=hooks_url,
            html_url=html_url,
            id=id,
            issues_url=issues_url,
            login=login,
            members_url=members_url,
            node_id=node_id,
            organizations_url=organizations_url,
            public_members_url=public_members_url,
            received_events_url=received_events_url,
            repos_url=repos_url,
            site_admin=site_admin,
            starred_url=starred_url,
            subscriptions_url=subscriptions_url,
            type_=type_,
            url=url,
        )

        github_get_github_branches_item_protection_restrictions_apps_item_owner.additional_properties = d
        return github_get_github_branches_item_protection_restrictions_apps_item_owner

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
