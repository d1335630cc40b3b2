from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UserListSessionsItem")


@_attrs_define
class UserListSessionsItem:
    """
    Attributes:
        created_at (datetime.datetime):
        email (str):
        expires_at (datetime.datetime):
        first_name (str):
        id (str):
        ip_address (None | str):
        is_current (bool):
        last_name (str):
        user_agent (None | str):
        user_id (str):
    """

    created_at: datetime.datetime
    email: str
    expires_at: datetime.datetime
    first_name: str
    id: str
    ip_address: None | str
    is_current: bool
    last_name: str
    user_agent: None | str
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = (
            self.created_at.astimezone(datetime.UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        email = self.email

        expires_at = (
            self.expires_at.astimezone(datetime.UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        first_name = self.first_name

        id = self.id

        ip_address: None | str
        ip_address = self.ip_address

        is_current = self.is_current

        last_name = self.last_name

        user_agent: None | str
        user_agent = self.user_agent

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "email": email,
                "expiresAt": expires_at,
                "firstName": first_name,
                "id": id,
                "ipAddress": ip_address,
                "isCurrent": is_current,
                "lastName": last_name,
                "userAgent": user_agent,
                "userId": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        email = d.pop("email")

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        first_name = d.pop("firstName")

        id = d.pop("id")

        def _parse_ip_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ip_address = _parse_ip_address(d.pop("ipAddress"))

        is_current = d.pop("isCurrent")

        last_name = d.pop("lastName")

        def _parse_user_agent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_agent = _parse_user_agent(d.pop("userAgent"))

        user_id = d.pop("userId")

        user_list_sessions_item = cls(
            created_at=created_at,
            email=email,
            expires_at=expires_at,
            first_name=first_name,
            id=id,
            ip_address=ip_address,
            is_current=is_current,
            last_name=last_name,
            user_agent=user_agent,
            user_id=user_id,
        )

        user_list_sessions_item.additional_properties = d
        return user_list_sessions_item

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
