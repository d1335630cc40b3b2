from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SettingsGetTraefikPortsItem")


@_attrs_define
class SettingsGetTraefikPortsItem:
    """
    Attributes:
        published_port (float):
        target_port (float):
        protocol (str | Unset):
    """

    published_port: float
    target_port: float
    protocol: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        published_port = self.published_port

        target_port = self.target_port

        protocol = self.protocol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "publishedPort": published_port,
                "targetPort": target_port,
            }
        )
        if protocol is not UNSET:
            field_dict["protocol"] = protocol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        published_port = d.pop("publishedPort")

        target_port = d.pop("targetPort")

        protocol = d.pop("protocol", UNSET)

        settings_get_traefik_ports_item = cls(
            published_port=published_port,
            target_port=target_port,
            protocol=protocol,
        )

        settings_get_traefik_ports_item.additional_properties = d
        return settings_get_traefik_ports_item

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
