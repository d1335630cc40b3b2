from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NetworkNetworksToSyncResultImportableItem")


@_attrs_define
class NetworkNetworksToSyncResultImportableItem:
    """
    Attributes:
        attachable (bool):
        driver (str):
        internal (bool):
        name (str):
        subnets (list[str]):
    """

    attachable: bool
    driver: str
    internal: bool
    name: str
    subnets: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachable = self.attachable

        driver = self.driver

        internal = self.internal

        name = self.name

        subnets = self.subnets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attachable": attachable,
                "driver": driver,
                "internal": internal,
                "name": name,
                "subnets": subnets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attachable = d.pop("attachable")

        driver = d.pop("driver")

        internal = d.pop("internal")

        name = d.pop("name")

        subnets = cast(list[str], d.pop("subnets"))

        network_networks_to_sync_result_importable_item = cls(
            attachable=attachable,
            driver=driver,
            internal=internal,
            name=name,
            subnets=subnets,
        )

        network_networks_to_sync_result_importable_item.additional_properties = d
        return network_networks_to_sync_result_importable_item

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
