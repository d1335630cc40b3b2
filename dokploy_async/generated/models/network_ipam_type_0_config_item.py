from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkIpamType0ConfigItem")


@_attrs_define
class NetworkIpamType0ConfigItem:
    """
    Attributes:
        gateway (str | Unset):
        ip_range (str | Unset):
        subnet (str | Unset):
    """

    gateway: str | Unset = UNSET
    ip_range: str | Unset = UNSET
    subnet: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gateway = self.gateway

        ip_range = self.ip_range

        subnet = self.subnet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gateway is not UNSET:
            field_dict["gateway"] = gateway
        if ip_range is not UNSET:
            field_dict["ipRange"] = ip_range
        if subnet is not UNSET:
            field_dict["subnet"] = subnet

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gateway = d.pop("gateway", UNSET)

        ip_range = d.pop("ipRange", UNSET)

        subnet = d.pop("subnet", UNSET)

        network_ipam_type_0_config_item = cls(
            gateway=gateway,
            ip_range=ip_range,
            subnet=subnet,
        )

        network_ipam_type_0_config_item.additional_properties = d
        return network_ipam_type_0_config_item

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
