from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import masked

T = TypeVar("T", bound="Pushover")


@_attrs_define
class Pushover:
    """A record of Dokploy's `pushover` table.

    Attributes:
        api_token (str):
        expire (int | None):
        priority (int):
        pushover_id (str):
        retry (int | None):
        user_key (str):
    """

    api_token: str = _attrs_field(repr=masked)
    expire: int | None
    priority: int
    pushover_id: str
    retry: int | None
    user_key: str = _attrs_field(repr=masked)
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_token = self.api_token

        expire: int | None
        expire = self.expire

        priority = self.priority

        pushover_id = self.pushover_id

        retry: int | None
        retry = self.retry

        user_key = self.user_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiToken": api_token,
                "expire": expire,
                "priority": priority,
                "pushoverId": pushover_id,
                "retry": retry,
                "userKey": user_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_token = d.pop("apiToken")

        def _parse_expire(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        expire = _parse_expire(d.pop("expire"))

        priority = d.pop("priority")

        pushover_id = d.pop("pushoverId")

        def _parse_retry(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        retry = _parse_retry(d.pop("retry"))

        user_key = d.pop("userKey")

        pushover = cls(
            api_token=api_token,
            expire=expire,
            priority=priority,
            pushover_id=pushover_id,
            retry=retry,
            user_key=user_key,
        )

        pushover.additional_properties = d
        return pushover

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
