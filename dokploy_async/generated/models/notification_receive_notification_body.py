from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_receive_notification_body_server_type import (
    NotificationReceiveNotificationBodyServerType,
    check_notification_receive_notification_body_server_type,
)
from ..models.notification_receive_notification_body_type import (
    NotificationReceiveNotificationBodyType,
    check_notification_receive_notification_body_type,
)
from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="NotificationReceiveNotificationBody")


@_attrs_define
class NotificationReceiveNotificationBody:
    """
    Attributes:
        type_ (NotificationReceiveNotificationBodyType):
        value (float):
        threshold (float):
        message (str):
        timestamp (str):
        token (str):
        server_type (NotificationReceiveNotificationBodyServerType | Unset):
    """

    type_: NotificationReceiveNotificationBodyType
    value: float
    threshold: float
    message: str
    timestamp: str
    token: str = _attrs_field(repr=masked)
    server_type: NotificationReceiveNotificationBodyServerType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        value = self.value

        threshold = self.threshold

        message = self.message

        timestamp = self.timestamp

        token = self.token

        server_type: str | Unset = UNSET
        if not isinstance(self.server_type, Unset):
            server_type = self.server_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Type": type_,
                "Value": value,
                "Threshold": threshold,
                "Message": message,
                "Timestamp": timestamp,
                "Token": token,
            }
        )
        if server_type is not UNSET:
            field_dict["ServerType"] = server_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_notification_receive_notification_body_type(d.pop("Type"))

        value = d.pop("Value")

        threshold = d.pop("Threshold")

        message = d.pop("Message")

        timestamp = d.pop("Timestamp")

        token = d.pop("Token")

        _server_type = d.pop("ServerType", UNSET)
        server_type: NotificationReceiveNotificationBodyServerType | Unset
        if isinstance(_server_type, Unset):
            server_type = UNSET
        else:
            server_type = check_notification_receive_notification_body_server_type(_server_type)

        notification_receive_notification_body = cls(
            type_=type_,
            value=value,
            threshold=threshold,
            message=message,
            timestamp=timestamp,
            token=token,
            server_type=server_type,
        )

        notification_receive_notification_body.additional_properties = d
        return notification_receive_notification_body

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
