from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import masked

T = TypeVar("T", bound="Telegram")


@_attrs_define
class Telegram:
    """A record of Dokploy's `telegram` table.

    Attributes:
        bot_token (str):
        chat_id (str):
        message_thread_id (None | str):
        telegram_id (str):
    """

    bot_token: str = _attrs_field(repr=masked)
    chat_id: str
    message_thread_id: None | str
    telegram_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bot_token = self.bot_token

        chat_id = self.chat_id

        message_thread_id: None | str
        message_thread_id = self.message_thread_id

        telegram_id = self.telegram_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "botToken": bot_token,
                "chatId": chat_id,
                "messageThreadId": message_thread_id,
                "telegramId": telegram_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bot_token = d.pop("botToken")

        chat_id = d.pop("chatId")

        def _parse_message_thread_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        message_thread_id = _parse_message_thread_id(d.pop("messageThreadId"))

        telegram_id = d.pop("telegramId")

        telegram = cls(
            bot_token=bot_token,
            chat_id=chat_id,
            message_thread_id=message_thread_id,
            telegram_id=telegram_id,
        )

        telegram.additional_properties = d
        return telegram

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
