from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tree_data_item_type import TreeDataItemType, check_tree_data_item_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="TreeDataItem")


@_attrs_define
class TreeDataItem:
    """
    Attributes:
        id (str):
        name (str):
        type_ (TreeDataItemType):
        children (Any | Unset): Plain JSON: Dokploy's source types this as recursive.
    """

    id: str
    name: str
    type_: TreeDataItemType
    children: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_: str = self.type_

        children = self.children

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
            }
        )
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = check_tree_data_item_type(d.pop("type"))

        children = d.pop("children", UNSET)

        tree_data_item = cls(
            id=id,
            name=name,
            type_=type_,
            children=children,
        )

        tree_data_item.additional_properties = d
        return tree_data_item

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
