from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.port_create_body_protocol import (
    PortCreateBodyProtocol,
    check_port_create_body_protocol,
)
from ..models.port_create_body_publish_mode import (
    PortCreateBodyPublishMode,
    check_port_create_body_publish_mode,
)

T = TypeVar("T", bound="PortCreateBody")


@_attrs_define
class PortCreateBody:
    """
    Attributes:
        published_port (float):
        publish_mode (PortCreateBodyPublishMode):
        target_port (float):
        protocol (PortCreateBodyProtocol):
        application_id (str):
    """

    published_port: float
    publish_mode: PortCreateBodyPublishMode
    target_port: float
    protocol: PortCreateBodyProtocol
    application_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        published_port = self.published_port

        publish_mode: str = self.publish_mode

        target_port = self.target_port

        protocol: str = self.protocol

        application_id = self.application_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "publishedPort": published_port,
                "publishMode": publish_mode,
                "targetPort": target_port,
                "protocol": protocol,
                "applicationId": application_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        published_port = d.pop("publishedPort")

        publish_mode = check_port_create_body_publish_mode(d.pop("publishMode"))

        target_port = d.pop("targetPort")

        protocol = check_port_create_body_protocol(d.pop("protocol"))

        application_id = d.pop("applicationId")

        port_create_body = cls(
            published_port=published_port,
            publish_mode=publish_mode,
            target_port=target_port,
            protocol=protocol,
            application_id=application_id,
        )

        port_create_body.additional_properties = d
        return port_create_body

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
