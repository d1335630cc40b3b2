from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DockerVolumeListVolumeFilesItem")


@_attrs_define
class DockerVolumeListVolumeFilesItem:
    """
    Attributes:
        is_directory (bool):
        name (str):
    """

    is_directory: bool
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_directory = self.is_directory

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isDirectory": is_directory,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_directory = d.pop("isDirectory")

        name = d.pop("name")

        docker_volume_list_volume_files_item = cls(
            is_directory=is_directory,
            name=name,
        )

        docker_volume_list_volume_files_item.additional_properties = d
        return docker_volume_list_volume_files_item

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
