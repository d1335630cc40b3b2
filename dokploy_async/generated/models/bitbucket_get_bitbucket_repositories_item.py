from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bitbucket_get_bitbucket_repositories_item_owner import (
        BitbucketGetBitbucketRepositoriesItemOwner,
    )


T = TypeVar("T", bound="BitbucketGetBitbucketRepositoriesItem")


@_attrs_define
class BitbucketGetBitbucketRepositoriesItem:
    """
    Attributes:
        name (str):
        owner (BitbucketGetBitbucketRepositoriesItemOwner):
        slug (str):
        url (str):
    """

    name: str
    owner: BitbucketGetBitbucketRepositoriesItemOwner
    slug: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        owner = self.owner.to_dict()

        slug = self.slug

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "owner": owner,
                "slug": slug,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bitbucket_get_bitbucket_repositories_item_owner import (
            BitbucketGetBitbucketRepositoriesItemOwner,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name")

        owner = BitbucketGetBitbucketRepositoriesItemOwner.from_dict(d.pop("owner"))

        slug = d.pop("slug")

        url = d.pop("url")

        bitbucket_get_bitbucket_repositories_item = cls(
            name=name,
            owner=owner,
            slug=slug,
            url=url,
        )

        bitbucket_get_bitbucket_repositories_item.additional_properties = d
        return bitbucket_get_bitbucket_repositories_item

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
