from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ComposeServiceNetworksType0Item")


@_attrs_define
class ComposeServiceNetworksType0Item:
    """
    Attributes:
        detach_dokploy_network (bool):
        network_ids (list[str]):
        service_name (str):
    """

    detach_dokploy_network: bool
    network_ids: list[str]
    service_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detach_dokploy_network = self.detach_dokploy_network

        network_ids = self.network_ids

        service_name = self.service_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detachDokployNetwork": detach_dokploy_network,
                "networkIds": network_ids,
                "serviceName": service_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        detach_dokploy_network = d.pop("detachDokployNetwork")

        network_ids = cast(list[str], d.pop("networkIds"))

        service_name = d.pop("serviceName")

        compose_service_networks_type_0_item = cls(
            detach_dokploy_network=detach_dokploy_network,
            network_ids=network_ids,
            service_name=service_name,
        )

        compose_service_networks_type_0_item.additional_properties = d
        return compose_service_networks_type_0_item

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
