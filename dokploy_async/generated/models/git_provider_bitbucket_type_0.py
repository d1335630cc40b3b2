from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GitProviderBitbucketType0")


@_attrs_define
class GitProviderBitbucketType0:
    """
    Attributes:
        bitbucket_id (str):
        bitbucket_username (None | str):
        is_configured (bool):
        is_deprecated (bool):
    """

    bitbucket_id: str
    bitbucket_username: None | str
    is_configured: bool
    is_deprecated: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bitbucket_id = self.bitbucket_id

        bitbucket_username: None | str
        bitbucket_username = self.bitbucket_username

        is_configured = self.is_configured

        is_deprecated = self.is_deprecated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bitbucketId": bitbucket_id,
                "bitbucketUsername": bitbucket_username,
                "isConfigured": is_configured,
                "isDeprecated": is_deprecated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bitbucket_id = d.pop("bitbucketId")

        def _parse_bitbucket_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bitbucket_username = _parse_bitbucket_username(d.pop("bitbucketUsername"))

        is_configured = d.pop("isConfigured")

        is_deprecated = d.pop("isDeprecated")

        git_provider_bitbucket_type_0 = cls(
            bitbucket_id=bitbucket_id,
            bitbucket_username=bitbucket_username,
            is_configured=is_configured,
            is_deprecated=is_deprecated,
        )

        git_provider_bitbucket_type_0.additional_properties = d
        return git_provider_bitbucket_type_0

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
