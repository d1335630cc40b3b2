from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="GitlabUpdateBody")


@_attrs_define
class GitlabUpdateBody:
    """
    Attributes:
        name (str):
        gitlab_id (str):
        gitlab_url (str):
        git_provider_id (str):
        application_id (str | Unset):
        secret (str | Unset):
        group_name (str | Unset):
        redirect_uri (str | Unset):
        gitlab_internal_url (None | str | Unset):
    """

    name: str
    gitlab_id: str
    gitlab_url: str
    git_provider_id: str
    application_id: str | Unset = UNSET
    secret: str | Unset = _attrs_field(default=UNSET, repr=masked)
    group_name: str | Unset = UNSET
    redirect_uri: str | Unset = UNSET
    gitlab_internal_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        gitlab_id = self.gitlab_id

        gitlab_url = self.gitlab_url

        git_provider_id = self.git_provider_id

        application_id = self.application_id

        secret = self.secret

        group_name = self.group_name

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
                "name": name,
                "gitlabId": gitlab_id,
                "gitlabUrl": gitlab_url,
                "gitProviderId": git_provider_id,
            }
        )
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id
        if secret is not UNSET:
            field_dict["secret"] = secret
        if group_name is not UNSET:
            field_dict["groupName"] = group_name
        if redirect_uri is not UNSET:
            field_dict["redirectUri"] = redirect_uri
        if gitlab_internal_url is not UNSET:
            field_dict["gitlabInternalUrl"] = gitlab_internal_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        gitlab_id = d.pop("gitlabId")

        gitlab_url = d.pop("gitlabUrl")

        git_provider_id = d.pop("gitProviderId")

        application_id = d.pop("applicationId", UNSET)

        secret = d.pop("secret", UNSET)

        group_name = d.pop("groupName", UNSET)

        redirect_uri = d.pop("redirectUri", UNSET)

        def _parse_gitlab_internal_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gitlab_internal_url = _parse_gitlab_internal_url(d.pop("gitlabInternalUrl", UNSET))

        gitlab_update_body = cls(
            name=name,
            gitlab_id=gitlab_id,
            gitlab_url=gitlab_url,
            git_provider_id=git_provider_id,
            application_id=application_id,
            secret=secret,
            group_name=group_name,
            redirect_uri=redirect_uri,
            gitlab_internal_url=gitlab_internal_url,
        )

        gitlab_update_body.additional_properties = d
        return gitlab_update_body

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
