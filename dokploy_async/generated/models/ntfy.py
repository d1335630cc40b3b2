from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import masked

T = TypeVar("T", bound="Ntfy")


@_attrs_define
class Ntfy:
    """A record of Dokploy's `ntfy` table.

    Attributes:
        access_token (None | str):
        ntfy_id (str):
        priority (int):
        server_url (str):
        topic (str):
    """

    access_token: None | str = _attrs_field(repr=masked)
    ntfy_id: str
    priority: int
    server_url: str
    topic: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token: None | str
        access_token = self.access_token

        ntfy_id = self.ntfy_id

        priority = self.priority

        server_url = self.server_url

        topic = self.topic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessToken": access_token,
                "ntfyId": ntfy_id,
                "priority": priority,
                "serverUrl": server_url,
                "topic": topic,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_access_token(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        access_token = _parse_access_token(d.pop("accessToken"))

        ntfy_id = d.pop("ntfyId")

        priority = d.pop("priority")

        server_url = d.pop("serverUrl")

        topic = d.pop("topic")

        ntfy = cls(
            access_token=access_token,
            ntfy_id=ntfy_id,
            priority=priority,
            server_url=server_url,
            topic=topic,
        )

        ntfy.additional_properties = d
        return ntfy

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
