from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.settings_update_traefik_ports_body_additional_ports_item_protocol import (
    SettingsUpdateTraefikPortsBodyAdditionalPortsItemProtocol,
    check_settings_update_traefik_ports_body_additional_ports_item_protocol,
)

T = TypeVar("T", bound="SettingsUpdateTraefikPortsBodyAdditionalPortsItem")


@_attrs_define
class SettingsUpdateTraefikPortsBodyAdditionalPortsItem:
    """
    Attributes:
        target_port (float):
        published_port (float):
        protocol (SettingsUpdateTraefikPortsBodyAdditionalPortsItemProtocol):
    """

    target_port: float
    published_port: float
    protocol: SettingsUpdateTraefikPortsBodyAdditionalPortsItemProtocol
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_port = self.target_port

        published_port = self.published_port

        protocol: str = self.protocol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "targetPort": target_port,
                "publishedPort": published_port,
                "protocol": protocol,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target_port = d.pop("targetPort")

        published_port = d.pop("publishedPort")

        protocol = check_settings_update_traefik_ports_body_additional_ports_item_protocol(
            d.pop("protocol")
        )

        settings_update_traefik_ports_body_additional_ports_item = cls(
            target_port=target_port,
            published_port=published_port,
            protocol=protocol,
        )

        settings_update_traefik_ports_body_additional_ports_item.additional_properties = d
        return settings_update_traefik_ports_body_additional_ports_item

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
