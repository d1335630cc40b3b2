from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Mattermost")


@_attrs_define
class Mattermost:
    """A record of Dokploy's `mattermost` table.

    Attributes:
        channel (None | str):
        mattermost_id (str):
        username (None | str):
        webhook_url (str):
    """

    channel: None | str
    mattermost_id: str
    username: None | str
    webhook_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel: None | str
        channel = self.channel

        mattermost_id = self.mattermost_id

        username: None | str
        username = self.username

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "mattermostId": mattermost_id,
                "username": username,
                "webhookUrl": webhook_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_channel(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        channel = _parse_channel(d.pop("channel"))

        mattermost_id = d.pop("mattermostId")

        def _parse_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        username = _parse_username(d.pop("username"))

        webhook_url = d.pop("webhookUrl")

        mattermost = cls(
            channel=channel,
            mattermost_id=mattermost_id,
            username=username,
            webhook_url=webhook_url,
        )

        mattermost.additional_properties = d
        return mattermost

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
