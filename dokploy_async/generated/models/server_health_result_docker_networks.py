from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_ip_usage import NetworkIpUsage


T = TypeVar("T", bound="ServerHealthResultDockerNetworks")


@_attrs_define
class ServerHealthResultDockerNetworks:
    """
    Attributes:
        address_pools (Any): Plain JSON: Dokploy's source types this as unknown.
        count (float):
        usage (list[NetworkIpUsage]):
        usage_error (str | Unset):
    """

    address_pools: Any
    count: float
    usage: list[NetworkIpUsage]
    usage_error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_pools = self.address_pools

        count = self.count

        usage = []
        for usage_item_data in self.usage:
            usage_item = usage_item_data.to_dict()
            usage.append(usage_item)

        usage_error = self.usage_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addressPools": address_pools,
                "count": count,
                "usage": usage,
            }
        )
        if usage_error is not UNSET:
            field_dict["usageError"] = usage_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network_ip_usage import NetworkIpUsage  # noqa: PLC0415

        d = dict(src_dict)
        address_pools = d.pop("addressPools")

        count = d.pop("count")

        usage = []
        _usage = d.pop("usage")
        for usage_item_data in _usage:
            usage_item = NetworkIpUsage.from_dict(usage_item_data)

            usage.append(usage_item)

        usage_error = d.pop("usageError", UNSET)

        server_health_result_docker_networks = cls(
            address_pools=address_pools,
            count=count,
            usage=usage,
            usage_error=usage_error,
        )

        server_health_result_docker_networks.additional_properties = d
        return server_health_result_docker_networks

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
