from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DockerGetContainersItem")


@_attrs_define
class DockerGetContainersItem:
    """
    Attributes:
        container_id (str):
        image (str):
        name (str):
        ports (str):
        state (str):
        status (str):
        server_id (None | str | Unset):
    """

    container_id: str
    image: str
    name: str
    ports: str
    state: str
    status: str
    server_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container_id = self.container_id

        image = self.image

        name = self.name

        ports = self.ports

        state = self.state

        status = self.status

        server_id: None | str | Unset
        if isinstance(self.server_id, Unset):
            server_id = UNSET
        else:
            server_id = self.server_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "containerId": container_id,
                "image": image,
                "name": name,
                "ports": ports,
                "state": state,
                "status": status,
            }
        )
        if server_id is not UNSET:
            field_dict["serverId"] = server_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        container_id = d.pop("containerId")

        image = d.pop("image")

        name = d.pop("name")

        ports = d.pop("ports")

        state = d.pop("state")

        status = d.pop("status")

        def _parse_server_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_id = _parse_server_id(d.pop("serverId", UNSET))

        docker_get_containers_item = cls(
            container_id=container_id,
            image=image,
            name=name,
            ports=ports,
            state=state,
            status=status,
            server_id=server_id,
        )

        docker_get_containers_item.additional_properties = d
        return docker_get_containers_item

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
