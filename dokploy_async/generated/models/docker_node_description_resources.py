from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DockerNodeDescriptionResources")


@_attrs_define
class DockerNodeDescriptionResources:
    """
    Attributes:
        memory_bytes (float):
        nano_cp_us (float):
    """

    memory_bytes: float
    nano_cp_us: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        memory_bytes = self.memory_bytes

        nano_cp_us = self.nano_cp_us

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "MemoryBytes": memory_bytes,
                "NanoCPUs": nano_cp_us,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        memory_bytes = d.pop("MemoryBytes")

        nano_cp_us = d.pop("NanoCPUs")

        docker_node_description_resources = cls(
            memory_bytes=memory_bytes,
            nano_cp_us=nano_cp_us,
        )

        docker_node_description_resources.additional_properties = d
        return docker_node_description_resources

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
