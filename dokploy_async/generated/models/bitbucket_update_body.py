from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="BitbucketUpdateBody")


@_attrs_define
class BitbucketUpdateBody:
    """
    Attributes:
        bitbucket_id (str):
        git_provider_id (str):
        name (str):
        bitbucket_username (str | Unset):
        bitbucket_email (str | Unset):
        app_password (str | Unset):
        api_token (str | Unset):
        bitbucket_workspace_name (str | Unset):
        organization_id (str | Unset):
    """

    bitbucket_id: str
    git_provider_id: str
    name: str
    bitbucket_username: str | Unset = UNSET
    bitbucket_email: str | Unset = UNSET
    app_password: str | Unset = _attrs_field(default=UNSET, repr=masked)
    api_token: str | Unset = _attrs_field(default=UNSET, repr=masked)
    bitbucket_workspace_name: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bitbucket_id = self.bitbucket_id

        git_provider_id = self.git_provider_id

        name = self.name

        bitbucket_username = self.bitbucket_username

        bitbucket_email = self.bitbucket_email

        app_password = self.app_password

        api_token = self.api_token

        bitbucket_workspace_name = self.bitbucket_workspace_name

        organization_id = self.organization_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bitbucketId": bitbucket_id,
                "gitProviderId": git_provider_id,
                "name": name,
            }
        )
        if bitbucket_username is not UNSET:
            field_dict["bitbucketUsername"] = bitbucket_username
        if bitbucket_email is not UNSET:
            field_dict["bitbucketEmail"] = bitbucket_email
        if app_password is not UNSET:
            field_dict["appPassword"] = app_password
        if api_token is not UNSET:
            field_dict["apiToken"] = api_token
        if bitbucket_workspace_name is not UNSET:
            field_dict["bitbucketWorkspaceName"] = bitbucket_workspace_name
        if organization_id is not UNSET:
            field_dict["organizationId"] = organization_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bitbucket_id = d.pop("bitbucketId")

        git_provider_id = d.pop("gitProviderId")

        name = d.pop("name")

        bitbucket_username = d.pop("bitbucketUsername", UNSET)

        bitbucket_email = d.pop("bitbucketEmail", UNSET)

        app_password = d.pop("appPassword", UNSET)

        api_token = d.pop("apiToken", UNSET)

        bitbucket_workspace_name = d.pop("bitbucketWorkspaceName", UNSET)

        organization_id = d.pop("organizationId", UNSET)

        bitbucket_update_body = cls(
            bitbucket_id=bitbucket_id,
            git_provider_id=git_provider_id,
            name=name,
            bitbucket_username=bitbucket_username,
            bitbucket_email=bitbucket_email,
            app_password=app_password,
            api_token=api_token,
            bitbucket_workspace_name=bitbucket_workspace_name,
            organization_id=organization_id,
        )

        bitbucket_update_body.additional_properties = d
        return bitbucket_update_body

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
