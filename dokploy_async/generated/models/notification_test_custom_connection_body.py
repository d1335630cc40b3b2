from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_test_custom_connection_body_headers import (
        NotificationTestCustomConnectionBodyHeaders,
    )


T = TypeVar("T", bound="NotificationTestCustomConnectionBody")


@_attrs_define
class NotificationTestCustomConnectionBody:
    """
    Attributes:
        endpoint (str):
        headers (NotificationTestCustomConnectionBodyHeaders | Unset):
    """

    endpoint: str
    headers: NotificationTestCustomConnectionBodyHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint = self.endpoint

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint": endpoint,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_test_custom_connection_body_headers import (
            NotificationTestCustomConnectionBodyHeaders,  # noqa: PLC0415
        )

        d = dict(src_dict)
        endpoint = d.pop("endpoint")

        _headers = d.pop("headers", UNSET)
        headers: NotificationTestCustomConnectionBodyHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = NotificationTestCustomConnectionBodyHeaders.from_dict(_headers)

        notification_test_custom_connection_body = cls(
            endpoint=endpoint,
            headers=headers,
        )

        notification_test_custom_connection_body.additional_properties = d
        return notification_test_custom_connection_body

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
