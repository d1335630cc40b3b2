from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.git_provider import GitProvider


T = TypeVar("T", bound="BitbucketBitbucketProvidersItem")


@_attrs_define
class BitbucketBitbucketProvidersItem:
    """
    Attributes:
        bitbucket_id (str):
        git_provider (GitProvider): A record of Dokploy's `gitProvider` table.
    """

    bitbucket_id: str
    git_provider: GitProvider
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bitbucket_id = self.bitbucket_id

        git_provider = self.git_provider.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bitbucketId": bitbucket_id,
                "gitProvider": git_provider,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.git_provider import GitProvider  # noqa: PLC0415

        d = dict(src_dict)
        bitbucket_id = d.pop("bitbucketId")

        git_provider = GitProvider.from_dict(d.pop("gitProvider"))

        bitbucket_bitbucket_providers_item = cls(
            bitbucket_id=bitbucket_id,
            git_provider=git_provider,
        )

        bitbucket_bitbucket_providers_item.additional_properties = d
        return bitbucket_bitbucket_providers_item

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
