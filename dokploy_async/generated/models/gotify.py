from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import masked

T = TypeVar("T", bound="Gotify")


@_attrs_define
class Gotify:
    """A record of Dokploy's `gotify` table.

    Attributes:
        app_token (str):
        decoration (bool | None):
        gotify_id (str):
        priority (int):
        server_url (str):
    """

    app_token: str = _attrs_field(repr=masked)
    decoration: bool | None
    gotify_id: str
    priority: int
    server_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_token = self.app_token

        decoration: bool | None
        decoration = self.decoration

        gotify_id = self.gotify_id

        priority = self.priority

        server_url = self.server_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "appToken": app_token,
                "decoration": decoration,
                "gotifyId": gotify_id,
                "priority": priority,
                "serverUrl": server_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_token = d.pop("appToken")

        def _parse_decoration(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        decoration = _parse_decoration(d.pop("decoration"))

        gotify_id = d.pop("gotifyId")

        priority = d.pop("priority")

        server_url = d.pop("serverUrl")

        gotify = cls(
            app_token=app_token,
            decoration=decoration,
            gotify_id=gotify_id,
            priority=priority,
            server_url=server_url,
        )

        gotify.additional_properties = d
        return gotify

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
