from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import masked

T = TypeVar("T", bound="Security")


@_attrs_define
class Security:
    """A record of Dokploy's `security` table.

    Attributes:
        application_id (str):
        created_at (str):
        password (str):
        security_id (str):
        username (str):
    """

    application_id: str
    created_at: str
    password: str = _attrs_field(repr=masked)
    security_id: str
    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        created_at = self.created_at

        password = self.password

        security_id = self.security_id

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicationId": application_id,
                "createdAt": created_at,
                "password": password,
                "securityId": security_id,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        application_id = d.pop("applicationId")

        created_at = d.pop("createdAt")

        password = d.pop("password")

        security_id = d.pop("securityId")

        username = d.pop("username")

        security = cls(
            application_id=application_id,
            created_at=created_at,
            password=password,
            security_id=security_id,
            username=username,
        )

        security.additional_properties = d
        return security

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
