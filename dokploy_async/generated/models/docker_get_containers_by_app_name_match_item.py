from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DockerGetContainersByAppNameMatchItem")


@_attrs_define
class DockerGetContainersByAppNameMatchItem:
    """
    Attributes:
        container_id (str):
        name (str):
        state (str):
        status (str):
    """

    container_id: str
    name: str
    state: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container_id = self.container_id

        name = self.name

        state = self.state

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "containerId": container_id,
                "name": name,
                "state": state,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        container_id = d.pop("containerId")

        name = d.pop("name")

        state = d.pop("state")

        status = d.pop("status")

        docker_get_containers_by_app_name_match_item = cls(
            container_id=container_id,
            name=name,
            state=state,
            status=status,
        )

        docker_get_containers_by_app_name_match_item.additional_properties = d
        return docker_get_containers_by_app_name_match_item

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
