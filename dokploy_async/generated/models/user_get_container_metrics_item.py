from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserGetContainerMetricsItem")


@_attrs_define
class UserGetContainerMetricsItem:
    """
    Attributes:
        container_command (str):
        container_created (str):
        container_id (str):
        container_image (str):
        container_labels (str):
        container_name (str):
    """

    container_command: str
    container_created: str
    container_id: str
    container_image: str
    container_labels: str
    container_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container_command = self.container_command

        container_created = self.container_created

        container_id = self.container_id

        container_image = self.container_image

        container_labels = self.container_labels

        container_name = self.container_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "containerCommand": container_command,
                "containerCreated": container_created,
                "containerId": container_id,
                "containerImage": container_image,
                "containerLabels": container_labels,
                "containerName": container_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        container_command = d.pop("containerCommand")

        container_created = d.pop("containerCreated")

        container_id = d.pop("containerId")

        container_image = d.pop("containerImage")

        container_labels = d.pop("containerLabels")

        container_name = d.pop("containerName")

        user_get_container_metrics_item = cls(
            container_command=container_command,
            container_created=container_created,
            container_id=container_id,
            container_image=container_image,
            container_labels=container_labels,
            container_name=container_name,
        )

        user_get_container_metrics_item.additional_properties = d
        return user_get_container_metrics_item

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
