from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="GitlabCreateBody")


@_attrs_define
class GitlabCreateBody:
    """
    Attributes:
        auth_id (str):
        name (str):
        gitlab_url (str):
        application_id (str | Unset):
        secret (str | Unset):
        group_name (str | Unset):
        git_provider_id (str | Unset):
        redirect_uri (str | Unset):
        gitlab_internal_url (None | str | Unset):
    """

    auth_id: str
    name: str
    gitlab_url: str
    application_id: str | Unset = UNSET
    secret: str | Unset = _attrs_field(default=UNSET, repr=masked)
    group_name: str | Unset = UNSET
    git_provider_id: str | Unset = UNSET
    redirect_uri: str | Unset = UNSET
    gitlab_internal_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_id = self.auth_id

        name = self.name

        gitlab_url = self.gitlab_url

        application_id = self.application_id

        secret = self.secret

        group_name = self.group_name

        git_provider_id = self.git_provider_id

        redirect_uri = self.redirect_uri

        gitlab_internal_url: None | str | Unset
        if isinstance(self.gitlab_internal_url, Unset):
            gitlab_internal_url = UNSET
        else:
            gitlab_internal_url = self.gitlab_internal_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authId": auth_id,
                "name": name,
                "gitlabUrl": gitlab_url,
            }
        )
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if secret is not UNSET:
            field_dict["secret"] = secret
        if group_name is not UNSET:
            field_dict["groupName"] = group_name
        if git_provider_id is not UNSET:
            field_dict["gitProviderId"] = git_provider_id
        if redirect_uri is not UNSET:
            field_dict["redirectUri"] = redirect_uri
        if gitlab_internal_url is not UNSET:
            field_dict["gitlabInternalUrl"] = gitlab_internal_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auth_id = d.pop("authId")

        name = d.pop("name")

        gitlab_url = d.pop("gitlabUrl")

        application_id = d.pop("applicationId", UNSET)

        secret = d.pop("secret", UNSET)

        group_name = d.pop("groupName", UNSET)

        git_provider_id = d.pop("gitProviderId", UNSET)

        redirect_uri = d.pop("redirectUri", UNSET)

        def _parse_gitlab_internal_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gitlab_internal_url = _parse_gitlab_internal_url(d.pop("gitlabInternalUrl", UNSET))

        gitlab_create_body = cls(
            auth_id=auth_id,
            name=name,
            gitlab_url=gitlab_url,
            application_id=application_id,
            secret=secret,
            group_name=group_name,
            git_provider_id=git_provider_id,
            redirect_uri=redirect_uri,
            gitlab_internal_url=gitlab_internal_url,
        )

        gitlab_create_body.additional_properties = d
        return gitlab_create_body

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
