from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import masked

T = TypeVar("T", bound="Email")


@_attrs_define
class Email:
    """A record of Dokploy's `email` table.

    Attributes:
        email_id (str):
        from_address (str):
        password (str):
        smtp_port (int):
        smtp_server (str):
        to_addresses (list[str]):
        username (str):
    """

    email_id: str
    from_address: str
    password: str = _attrs_field(repr=masked)
    smtp_port: int
    smtp_server: str
    to_addresses: list[str]
    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_id = self.email_id

        from_address = self.from_address

        password = self.password

        smtp_port = self.smtp_port

        smtp_server = self.smtp_server

        to_addresses = self.to_addresses

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emailId": email_id,
                "fromAddress": from_address,
                "password": password,
                "smtpPort": smtp_port,
                "smtpServer": smtp_server,
                "toAddresses": to_addresses,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email_id = d.pop("emailId")

        from_address = d.pop("fromAddress")

        password = d.pop("password")

        smtp_port = d.pop("smtpPort")

        smtp_server = d.pop("smtpServer")

        to_addresses = cast(list[str], d.pop("toAddresses"))

        username = d.pop("username")

        email = cls(
            email_id=email_id,
            from_address=from_address,
            password=password,
            smtp_port=smtp_port,
            smtp_server=smtp_server,
            to_addresses=to_addresses,
            username=username,
        )

        email.additional_properties = d
        return email

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
