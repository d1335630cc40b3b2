from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.port_protocol import PortProtocol, check_port_protocol
from ..models.port_publish_mode import PortPublishMode, check_port_publish_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.port_application import PortApplication


T = TypeVar("T", bound="Port")


@_attrs_define
class Port:
    """A record of Dokploy's `ports` table.

    Attributes:
        application_id (str):
        port_id (str):
        protocol (PortProtocol):
        publish_mode (PortPublishMode):
        published_port (int):
        target_port (int):
        application (PortApplication | Unset):
    """

    application_id: str
    port_id: str
    protocol: PortProtocol
    publish_mode: PortPublishMode
    published_port: int
    target_port: int
    application: PortApplication | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        port_id = self.port_id

        protocol: str = self.protocol

        publish_mode: str = self.publish_mode

        published_port = self.published_port

        target_port = self.target_port

        application: dict[str, Any] | Unset = UNSET
        if not isinstance(self.application, Unset):
            application = self.application.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applicationId": application_id,
                "portId": port_id,
                "protocol": protocol,
                "publishMode": publish_mode,
                "publishedPort": published_port,
                "targetPort": target_port,
            }
        )
        if application is not UNSET:
            field_dict["application"] = application

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.port_application import PortApplication  # noqa: PLC0415

        d = dict(src_dict)
        application_id = d.pop("applicationId")

        port_id = d.pop("portId")

        protocol = check_port_protocol(d.pop("protocol"))

        publish_mode = check_port_publish_mode(d.pop("publishMode"))

        published_port = d.pop("publishedPort")

        target_port = d.pop("targetPort")

        _application = d.pop("application", UNSET)
        application: PortApplication | Unset
        if isinstance(_application, Unset):
            application = UNSET
        else:
            application = PortApplication.from_dict(_application)

        port = cls(
            application_id=application_id,
            port_id=port_id,
            protocol=protocol,
            publish_mode=publish_mode,
            published_port=published_port,
            target_port=target_port,
            application=application,
        )

        port.additional_properties = d
        return port

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
