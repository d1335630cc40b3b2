from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="NotificationTestPushoverConnectionBody")


@_attrs_define
class NotificationTestPushoverConnectionBody:
    """
    Attributes:
        user_key (str):
        api_token (str):
        priority (float):
        retry (float | None | Unset):
        expire (float | None | Unset):
    """

    user_key: str = _attrs_field(repr=masked)
    api_token: str = _attrs_field(repr=masked)
    priority: float
    retry: float | None | Unset = UNSET
    expire: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_key = self.user_key

        api_token = self.api_token

        priority = self.priority

        retry: float | None | Unset
        if isinstance(self.retry, Unset):
            retry = UNSET
        else:
            retry = self.retry

        expire: float | None | Unset
        if isinstance(self.expire, Unset):
            expire = UNSET
        else:
            expire = self.expire

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userKey": user_key,
                "apiToken": api_token,
                "priority": priority,
            }
        )
        if retry is not UNSET:
            field_dict["retry"] = retry
        if expire is not UNSET:
            field_dict["expire"] = expire

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_key = d.pop("userKey")

        api_token = d.pop("apiToken")

        priority = d.pop("priority")

        def _parse_retry(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        retry = _parse_retry(d.pop("retry", UNSET))

        def _parse_expire(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        expire = _parse_expire(d.pop("expire", UNSET))

        notification_test_pushover_connection_body = cls(
            user_key=user_key,
            api_token=api_token,
            priority=priority,
            retry=retry,
            expire=expire,
        )

        notification_test_pushover_connection_body.additional_properties = d
        return notification_test_pushover_connection_body

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
