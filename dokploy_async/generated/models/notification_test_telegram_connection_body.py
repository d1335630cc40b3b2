from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import masked

T = TypeVar("T", bound="NotificationTestTelegramConnectionBody")


@_attrs_define
class NotificationTestTelegramConnectionBody:
    """
    Attributes:
        bot_token (str):
        chat_id (str):
        message_thread_id (str):
    """

    bot_token: str = _attrs_field(repr=masked)
    chat_id: str
    message_thread_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bot_token = self.bot_token

        chat_id = self.chat_id

        message_thread_id = self.message_thread_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "botToken": bot_token,
                "chatId": chat_id,
                "messageThreadId": message_thread_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bot_token = d.pop("botToken")

        chat_id = d.pop("chatId")

        message_thread_id = d.pop("messageThreadId")

        notification_test_telegram_connection_body = cls(
            bot_token=bot_token,
            chat_id=chat_id,
            message_thread_id=message_thread_id,
        )

        notification_test_telegram_connection_body.additional_properties = d
        return notification_test_telegram_connection_body

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
