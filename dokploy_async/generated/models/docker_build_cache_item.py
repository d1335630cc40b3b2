from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DockerBuildCacheItem")


@_attrs_define
class DockerBuildCacheItem:
    """
    Attributes:
        created_since (str):
        description (str):
        id (str):
        in_use (bool):
        last_used_since (str):
        shared (bool):
        size (str):
        size_bytes (float):
        type_ (str):
        usage_count (float):
    """

    created_since: str
    description: str
    id: str
    in_use: bool
    last_used_since: str
    shared: bool
    size: str
    size_bytes: float
    type_: str
    usage_count: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_since = self.created_since

        description = self.description

        id = self.id

        in_use = self.in_use

        last_used_since = self.last_used_since

        shared = self.shared

        size = self.size

        size_bytes = self.size_bytes

        type_ = self.type_

        usage_count = self.usage_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdSince": created_since,
                "description": description,
                "id": id,
                "inUse": in_use,
                "lastUsedSince": last_used_since,
                "shared": shared,
                "size": size,
                "sizeBytes": size_bytes,
                "type": type_,
                "usageCount": usage_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_since = d.pop("createdSince")

        description = d.pop("description")

        id = d.pop("id")

        in_use = d.pop("inUse")

        last_used_since = d.pop("lastUsedSince")

        shared = d.pop("shared")

        size = d.pop("size")

        size_bytes = d.pop("sizeBytes")

        type_ = d.pop("type")

        usage_count = d.pop("usageCount")

        docker_build_cache_item = cls(
            created_since=created_since,
            description=description,
            id=id,
            in_use=in_use,
            last_used_since=last_used_since,
            shared=shared,
            size=size,
            size_bytes=size_bytes,
            type_=type_,
            usage_count=usage_count,
        )

        docker_build_cache_item.additional_properties = d
        return docker_build_cache_item

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
