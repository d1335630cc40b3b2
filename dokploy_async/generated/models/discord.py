from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Discord")


@_attrs_define
class Discord:
    """A record of Dokploy's `discord` table.

    Attributes:
        decoration (bool | None):
        discord_id (str):
        webhook_url (str):
    """

    decoration: bool | None
    discord_id: str
    webhook_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        decoration: bool | None
        decoration = self.decoration

        discord_id = self.discord_id

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "decoration": decoration,
                "discordId": discord_id,
                "webhookUrl": webhook_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_decoration(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        decoration = _parse_decoration(d.pop("decoration"))

        discord_id = d.pop("discordId")

        webhook_url = d.pop("webhookUrl")

        discord = cls(
            decoration=decoration,
            discord_id=discord_id,
            webhook_url=webhook_url,
        )

        discord.additional_properties = d
        return discord

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
