from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServerHealthResultResources")


@_attrs_define
class ServerHealthResultResources:
    """
    Attributes:
        cpu_count (float):
        mem_total_bytes (float):
        mem_used_bytes (float):
    """

    cpu_count: float
    mem_total_bytes: float
    mem_used_bytes: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_count = self.cpu_count

        mem_total_bytes = self.mem_total_bytes

        mem_used_bytes = self.mem_used_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cpuCount": cpu_count,
                "memTotalBytes": mem_total_bytes,
                "memUsedBytes": mem_used_bytes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cpu_count = d.pop("cpuCount")

        mem_total_bytes = d.pop("memTotalBytes")

        mem_used_bytes = d.pop("memUsedBytes")

        server_health_result_resources = cls(
            cpu_count=cpu_count,
            mem_total_bytes=mem_total_bytes,
            mem_used_bytes=mem_used_bytes,
        )

        server_health_result_resources.additional_properties = d
        return server_health_result_resources

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
