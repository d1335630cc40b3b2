from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="NotificationTestGotifyConnectionBody")


@_attrs_define
class NotificationTestGotifyConnectionBody:
    """
    Attributes:
        server_url (str):
        app_token (str):
        priority (float):
        decoration (bool | Unset):
    """

    server_url: str
    app_token: str = _attrs_field(repr=masked)
    priority: float
    decoration: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server_url = self.server_url

        app_token = self.app_token

        priority = self.priority

        decoration = self.decoration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serverUrl": server_url,
                "appToken": app_token,
                "priority": priority,
            }
        )
        if decoration is not UNSET:
            field_dict["decoration"] = decoration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        server_url = d.pop("serverUrl")

        app_token = d.pop("appToken")

        priority = d.pop("priority")

        decoration = d.pop("decoration", UNSET)

        notification_test_gotify_connection_body = cls(
            server_url=server_url,
            app_token=app_token,
            priority=priority,
            decoration=decoration,
        )

        notification_test_gotify_connection_body.additional_properties = d
        return notification_test_gotify_connection_body

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
