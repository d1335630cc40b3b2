from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import masked

T = TypeVar("T", bound="NotificationTestEmailConnectionBody")


@_attrs_define
class NotificationTestEmailConnectionBody:
    """
    Attributes:
        smtp_server (str):
        smtp_port (float):
        username (str):
        password (str):
        to_addresses (list[str]):
        from_address (str):
    """

    smtp_server: str
    smtp_port: float
    username: str
    password: str = _attrs_field(repr=masked)
    to_addresses: list[str]
    from_address: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        smtp_server = self.smtp_server

        smtp_port = self.smtp_port

        username = self.username

        password = self.password

        to_addresses = self.to_addresses

        from_address = self.from_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "smtpServer": smtp_server,
                "smtpPort": smtp_port,
                "username": username,
                "password": password,
                "toAddresses": to_addresses,
                "fromAddress": from_address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        smtp_server = d.pop("smtpServer")

        smtp_port = d.pop("smtpPort")

        username = d.pop("username")

        password = d.pop("password")

        to_addresses = cast(list[str], d.pop("toAddresses"))

        from_address = d.pop("fromAddress")

        notification_test_email_connection_body = cls(
            smtp_server=smtp_server,
            smtp_port=smtp_port,
            username=username,
            password=password,
            to_addresses=to_addresses,
            from_address=from_address,
        )

        notification_test_email_connection_body.additional_properties = d
        return notification_test_email_connection_body

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
