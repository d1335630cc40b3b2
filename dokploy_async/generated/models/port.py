from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Port")


@_attrs_define
class Port:
    """A published port of an application (shape from the request schema; not captured).

    Attributes:
        port_id (None | str | Unset):
        published_port (int | None | Unset):
        publish_mode (None | str | Unset): one of: ingress, host (others may appear)
        target_port (int | None | Unset):
        protocol (None | str | Unset): one of: tcp, udp (others may appear)
        application_id (None | str | Unset):
    """

    port_id: None | str | Unset = UNSET
    published_port: int | None | Unset = UNSET
    publish_mode: None | str | Unset = UNSET
    target_port: int | None | Unset = UNSET
    protocol: None | str | Unset = UNSET
    application_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        port_id: None | str | Unset
        if isinstance(self.port_id, Unset):
            port_id = UNSET
        else:
            port_id = self.port_id

        published_port: int | None | Unset
        if isinstance(self.published_port, Unset):
            published_port = UNSET
        else:
            published_port = self.published_port

        publish_mode: None | str | Unset
        if isinstance(self.publish_mode, Unset):
            publish_mode = UNSET
        else:
            publish_mode = self.publish_mode

        target_port: int | None | Unset
        if isinstance(self.target_port, Unset):
            target_port = UNSET
        else:
            target_port = self.target_port

        protocol: None | str | Unset
        if isinstance(self.protocol, Unset):
            protocol = UNSET
        else:
            protocol = self.protocol

        application_id: None | str | Unset
        if isinstance(self.application_id, Unset):
            application_id = UNSET
        else:
            application_id = self.application_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if port_id is not UNSET:
            field_dict["portId"] = port_id
        if published_port is not UNSET:
            field_dict["publishedPort"] = published_port
        if publish_mode is not UNSET:
            field_dict["publishMode"] = publish_mode
        if target_port is not UNSET:
            field_dict["targetPort"] = target_port
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if application_id is not UNSET:
            field_dict["applicationId"] = application_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_port_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        port_id = _parse_port_id(d.pop("portId", UNSET))

        def _parse_published_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        published_port = _parse_published_port(d.pop("publishedPort", UNSET))

        def _parse_publish_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publish_mode = _parse_publish_mode(d.pop("publishMode", UNSET))

        def _parse_target_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        target_port = _parse_target_port(d.pop("targetPort", UNSET))

        def _parse_protocol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        protocol = _parse_protocol(d.pop("protocol", UNSET))

        def _parse_application_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        application_id = _parse_application_id(d.pop("applicationId", UNSET))

        port = cls(
            port_id=port_id,
            published_port=published_port,
            publish_mode=publish_mode,
            target_port=target_port,
            protocol=protocol,
            application_id=application_id,
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
