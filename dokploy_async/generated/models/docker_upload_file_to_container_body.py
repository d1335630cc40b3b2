from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="DockerUploadFileToContainerBody")


@_attrs_define
class DockerUploadFileToContainerBody:
    """
    Attributes:
        container_id (str):
        file (File):
        destination_path (str):
        server_id (str | Unset):
    """

    container_id: str
    file: File
    destination_path: str
    server_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container_id = self.container_id

        file = self.file.to_tuple()

        destination_path = self.destination_path

        server_id = self.server_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "containerId": container_id,
                "file": file,
                "destinationPath": destination_path,
            }
        )
        if server_id is not UNSET:
            field_dict["serverId"] = server_id

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("containerId", (None, str(self.container_id).encode(), "text/plain")))

        files.append(("file", self.file.to_tuple()))

        files.append(("destinationPath", (None, str(self.destination_path).encode(), "text/plain")))

        if not isinstance(self.server_id, Unset):
            files.append(("serverId", (None, str(self.server_id).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        container_id = d.pop("containerId")

        file = File(payload=BytesIO(d.pop("file")))

        destination_path = d.pop("destinationPath")

        server_id = d.pop("serverId", UNSET)

        docker_upload_file_to_container_body = cls(
            container_id=container_id,
            file=file,
            destination_path=destination_path,
            server_id=server_id,
        )

        docker_upload_file_to_container_body.additional_properties = d
        return docker_upload_file_to_container_body

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
