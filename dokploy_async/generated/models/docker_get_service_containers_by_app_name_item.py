from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DockerGetServiceContainersByAppNameItem")


@_attrs_define
class DockerGetServiceContainersByAppNameItem:
    """
    Attributes:
        container_id (str):
        current_state (str):
        error (str):
        name (str):
        node (str):
        state (str):
    """

    container_id: str
    current_state: str
    error: str
    name: str
    node: str
    state: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container_id = self.container_id

        current_state = self.current_state

        error = self.error

        name = self.name

        node = self.node

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "containerId": container_id,
                "currentState": current_state,
                "error": error,
                "name": name,
                "node": node,
                "state": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        container_id = d.pop("containerId")

        current_state = d.pop("currentState")

        error = d.pop("error")

        name = d.pop("name")

        node = d.pop("node")

        state = d.pop("state")

        docker_get_service_containers_by_app_name_item = cls(
            container_id=container_id,
            current_state=current_state,
            error=error,
            name=name,
            node=node,
            state=state,
        )

        docker_get_service_containers_by_app_name_item.additional_properties = d
        return docker_get_service_containers_by_app_name_item

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
