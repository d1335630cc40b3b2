from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServerHealthResultReservationType0")


@_attrs_define
class ServerHealthResultReservationType0:
    """
    Attributes:
        app_count (float):
        cpu_reserved_nano_cpus (float):
        memory_reserved_bytes (float):
        unsupported_compose_count (float):
    """

    app_count: float
    cpu_reserved_nano_cpus: float
    memory_reserved_bytes: float
    unsupported_compose_count: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_count = self.app_count

        cpu_reserved_nano_cpus = self.cpu_reserved_nano_cpus

        memory_reserved_bytes = self.memory_reserved_bytes

        unsupported_compose_count = self.unsupported_compose_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appCount": app_count,
                "cpuReservedNanoCpus": cpu_reserved_nano_cpus,
                "memoryReservedBytes": memory_reserved_bytes,
                "unsupportedComposeCount": unsupported_compose_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_count = d.pop("appCount")

        cpu_reserved_nano_cpus = d.pop("cpuReservedNanoCpus")

        memory_reserved_bytes = d.pop("memoryReservedBytes")

        unsupported_compose_count = d.pop("unsupportedComposeCount")

        server_health_result_reservation_type_0 = cls(
            app_count=app_count,
            cpu_reserved_nano_cpus=cpu_reserved_nano_cpus,
            memory_reserved_bytes=memory_reserved_bytes,
            unsupported_compose_count=unsupported_compose_count,
        )

        server_health_result_reservation_type_0.additional_properties = d
        return server_health_result_reservation_type_0

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
