from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import masked

T = TypeVar("T", bound="NotificationTestNtfyConnectionBody")


@_attrs_define
class NotificationTestNtfyConnectionBody:
    """
    Attributes:
        server_url (str):
        topic (str):
        access_token (str):
        priority (float):
    """

    server_url: str
    topic: str
    access_token: str = _attrs_field(repr=masked)
    priority: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server_url = self.server_url

        topic = self.topic

        access_token = self.access_token

        priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serverUrl": server_url,
                "topic": topic,
                "accessToken": access_token,
                "priority": priority,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        server_url = d.pop("serverUrl")

        topic = d.pop("topic")

        access_token = d.pop("accessToken")

        priority = d.pop("priority")

        notification_test_ntfy_connection_body = cls(
            server_url=server_url,
            topic=topic,
            access_token=access_token,
            priority=priority,
        )

        notification_test_ntfy_connection_body.additional_properties = d
        return notification_test_ntfy_connection_body

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
