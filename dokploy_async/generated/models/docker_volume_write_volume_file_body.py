from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DockerVolumeWriteVolumeFileBody")


@_attrs_define
class DockerVolumeWriteVolumeFileBody:
    """
    Attributes:
        volume_name (str):
        path (str):
        content (str):
        server_id (str | Unset):
    """

    volume_name: str
    path: str
    content: str
    server_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume_name = self.volume_name

        path = self.path

        content = self.content

        server_id = self.server_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "volumeName": volume_name,
                "path": path,
                "content": content,
            }
        )
        if server_id is not UNSET:
            field_dict["serverId"] = server_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        volume_name = d.pop("volumeName")

        path = d.pop("path")

        content = d.pop("content")

        server_id = d.pop("serverId", UNSET)

        docker_volume_write_volume_file_body = cls(
            volume_name=volume_name,
            path=path,
            content=content,
            server_id=server_id,
        )

        docker_volume_write_volume_file_body.additional_properties = d
        return docker_volume_write_volume_file_body

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
