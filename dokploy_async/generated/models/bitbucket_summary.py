from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BitbucketSummary")


@_attrs_define
class BitbucketSummary:
    """A partial record of Dokploy's `bitbucket` table.

    Attributes:
        bitbucket_email (None | str):
        bitbucket_id (str):
        bitbucket_username (None | str):
        bitbucket_workspace_name (None | str):
        git_provider_id (str):
    """

    bitbucket_email: None | str
    bitbucket_id: str
    bitbucket_username: None | str
    bitbucket_workspace_name: None | str
    git_provider_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bitbucket_email: None | str
        bitbucket_email = self.bitbucket_email

        bitbucket_id = self.bitbucket_id

        bitbucket_username: None | str
        bitbucket_username = self.bitbucket_username

        bitbucket_workspace_name: None | str
        bitbucket_workspace_name = self.bitbucket_workspace_name

        git_provider_id = self.git_provider_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bitbucketEmail": bitbucket_email,
                "bitbucketId": bitbucket_id,
                "bitbucketUsername": bitbucket_username,
                "bitbucketWorkspaceName": bitbucket_workspace_name,
                "gitProviderId": git_provider_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_bitbucket_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bitbucket_email = _parse_bitbucket_email(d.pop("bitbucketEmail"))

        bitbucket_id = d.pop("bitbucketId")

        def _parse_bitbucket_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bitbucket_username = _parse_bitbucket_username(d.pop("bitbucketUsername"))

        def _parse_bitbucket_workspace_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bitbucket_workspace_name = _parse_bitbucket_workspace_name(d.pop("bitbucketWorkspaceName"))

        git_provider_id = d.pop("gitProviderId")

        bitbucket_summary = cls(
            bitbucket_email=bitbucket_email,
            bitbucket_id=bitbucket_id,
            bitbucket_username=bitbucket_username,
            bitbucket_workspace_name=bitbucket_workspace_name,
            git_provider_id=git_provider_id,
        )

        bitbucket_summary.additional_properties = d
        return bitbucket_summary

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
