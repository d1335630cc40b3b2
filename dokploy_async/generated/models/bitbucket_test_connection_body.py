from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="BitbucketTestConnectionBody")


@_attrs_define
class BitbucketTestConnectionBody:
    """
    Attributes:
        bitbucket_id (str):
        bitbucket_username (str | Unset):
        bitbucket_email (str | Unset):
        workspace_name (str | Unset):
        api_token (str | Unset):
        app_password (str | Unset):
    """

    bitbucket_id: str
    bitbucket_username: str | Unset = UNSET
    bitbucket_email: str | Unset = UNSET
    workspace_name: str | Unset = UNSET
    api_token: str | Unset = _attrs_field(default=UNSET, repr=masked)
    app_password: str | Unset = _attrs_field(default=UNSET, repr=masked)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bitbucket_id = self.bitbucket_id

        bitbucket_username = self.bitbucket_username

        bitbucket_email = self.bitbucket_email

        workspace_name = self.workspace_name

        api_token = self.api_token

        app_password = self.app_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bitbucketId": bitbucket_id,
            }
        )
        if bitbucket_username is not UNSET:
            field_dict["bitbucketUsername"] = bitbucket_username
        if bitbucket_email is not UNSET:
            field_dict["bitbucketEmail"] = bitbucket_email
        if workspace_name is not UNSET:
            field_dict["workspaceName"] = workspace_name
        if api_token is not UNSET:
            field_dict["apiToken"] = api_token
        if app_password is not UNSET:
            field_dict["appPassword"] = app_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bitbucket_id = d.pop("bitbucketId")

        bitbucket_username = d.pop("bitbucketUsername", UNSET)

        bitbucket_email = d.pop("bitbucketEmail", UNSET)

        workspace_name = d.pop("workspaceName", UNSET)

        api_token = d.pop("apiToken", UNSET)

        app_password = d.pop("appPassword", UNSET)

        bitbucket_test_connection_body = cls(
            bitbucket_id=bitbucket_id,
            bitbucket_username=bitbucket_username,
            bitbucket_email=bitbucket_email,
            workspace_name=workspace_name,
            api_token=api_token,
            app_password=app_password,
        )

        bitbucket_test_connection_body.additional_properties = d
        return bitbucket_test_connection_body

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
