from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DockerDiskUsageItem")


@_attrs_define
class DockerDiskUsageItem:
    """
    Attributes:
        active (float):
        reclaimable (str):
        size (str):
        size_bytes (float):
        total_count (float):
        type_ (str):
    """

    active: float
    reclaimable: str
    size: str
    size_bytes: float
    total_count: float
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        reclaimable = self.reclaimable

        size = self.size

        size_bytes = self.size_bytes

        total_count = self.total_count

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "reclaimable": reclaimable,
                "size": size,
                "sizeBytes": size_bytes,
                "totalCount": total_count,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        reclaimable = d.pop("reclaimable")

        size = d.pop("size")

        size_bytes = d.pop("sizeBytes")

        total_count = d.pop("totalCount")

        type_ = d.pop("type")

        docker_disk_usage_item = cls(
            active=active,
            reclaimable=reclaimable,
            size=size,
            size_bytes=size_bytes,
            total_count=total_count,
            type_=type_,
        )

        docker_disk_usage_item.additional_properties = d
        return docker_disk_usage_item

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
