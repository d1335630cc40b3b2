from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ComposeUpdateBodyServiceNetworksType0Item")


@_attrs_define
class ComposeUpdateBodyServiceNetworksType0Item:
    """
    Attributes:
        service_name (str):
        network_ids (list[str]):
        detach_dokploy_network (bool):
    """

    service_name: str
    network_ids: list[str]
    detach_dokploy_network: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_name = self.service_name

        network_ids = self.network_ids

        detach_dokploy_network = self.detach_dokploy_network

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serviceName": service_name,
                "networkIds": network_ids,
                "detachDokployNetwork": detach_dokploy_network,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_name = d.pop("serviceName")

        network_ids = cast(list[str], d.pop("networkIds"))

        detach_dokploy_network = d.pop("detachDokployNetwork")

        compose_update_body_service_networks_type_0_item = cls(
            service_name=service_name,
            network_ids=network_ids,
            detach_dokploy_network=detach_dokploy_network,
        )

        compose_update_body_service_networks_type_0_item.additional_properties = d
        return compose_update_body_service_networks_type_0_item

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
