from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NetworkIpUsage")


@_attrs_define
class NetworkIpUsage:
    """
    Attributes:
        capacity (float | None):
        containers_in_use (float):
        driver (str):
        name (str):
        percent_used (float | None):
        subnet (None | str):
    """

    capacity: float | None
    containers_in_use: float
    driver: str
    name: str
    percent_used: float | None
    subnet: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capacity: float | None
        capacity = self.capacity

        containers_in_use = self.containers_in_use

        driver = self.driver

        name = self.name

        percent_used: float | None
        percent_used = self.percent_used

        subnet: None | str
        subnet = self.subnet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capacity": capacity,
                "containersInUse": containers_in_use,
                "driver": driver,
                "name": name,
                "percentUsed": percent_used,
                "subnet": subnet,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_capacity(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        capacity = _parse_capacity(d.pop("capacity"))

        containers_in_use = d.pop("containersInUse")

        driver = d.pop("driver")

        name = d.pop("name")

        def _parse_percent_used(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        percent_used = _parse_percent_used(d.pop("percentUsed"))

        def _parse_subnet(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        subnet = _parse_subnet(d.pop("subnet"))

        network_ip_usage = cls(
            capacity=capacity,
            containers_in_use=containers_in_use,
            driver=driver,
            name=name,
            percent_used=percent_used,
            subnet=subnet,
        )

        network_ip_usage.additional_properties = d
        return network_ip_usage

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
