from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServerHealthResultContainers")


@_attrs_define
class ServerHealthResultContainers:
    """
    Attributes:
        container_count (float):
        service_count (float):
    """

    container_count: float
    service_count: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container_count = self.container_count

        service_count = self.service_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "containerCount": container_count,
                "serviceCount": service_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        container_count = d.pop("containerCount")

        service_count = d.pop("serviceCount")

        server_health_result_containers = cls(
            container_count=container_count,
            service_count=service_count,
        )

        server_health_result_containers.additional_properties = d
        return server_health_result_containers

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
