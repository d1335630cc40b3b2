from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bitbucket_get_bitbucket_branches_item_commit import (
        BitbucketGetBitbucketBranchesItemCommit,
    )


T = TypeVar("T", bound="BitbucketGetBitbucketBranchesItem")


@_attrs_define
class BitbucketGetBitbucketBranchesItem:
    """
    Attributes:
        commit (BitbucketGetBitbucketBranchesItemCommit):
        name (str):
    """

    commit: BitbucketGetBitbucketBranchesItemCommit
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commit = self.commit.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commit": commit,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bitbucket_get_bitbucket_branches_item_commit import (
            BitbucketGetBitbucketBranchesItemCommit,  # noqa: PLC0415
        )

        d = dict(src_dict)
        commit = BitbucketGetBitbucketBranchesItemCommit.from_dict(d.pop("commit"))

        name = d.pop("name")

        bitbucket_get_bitbucket_branches_item = cls(
            commit=commit,
            name=name,
        )

        bitbucket_get_bitbucket_branches_item.additional_properties = d
        return bitbucket_get_bitbucket_branches_item

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
