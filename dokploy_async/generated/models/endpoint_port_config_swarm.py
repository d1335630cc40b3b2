from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointPortConfigSwarm")


@_attrs_define
class EndpointPortConfigSwarm:
    """
    Attributes:
        protocol (str | Unset):
        publish_mode (str | Unset):
        published_port (float | Unset):
        target_port (float | Unset):
    """

    protocol: str | Unset = UNSET
    publish_mode: str | Unset = UNSET
    published_port: float | Unset = UNSET
    target_port: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        protocol = self.protocol

        publish_mode = self.publish_mode

        published_port = self.published_port

        target_port = self.target_port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if protocol is not UNSET:
            field_dict["Protocol"] = protocol
        if publish_mode is not UNSET:
            field_dict["PublishMode"] = publish_mode
        if published_port is not UNSET:
            field_dict["PublishedPort"] = published_port
        if target_port is not UNSET:
            field_dict["TargetPort"] = target_port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        protocol = d.pop("Protocol", UNSET)

        publish_mode = d.pop("PublishMode", UNSET)

        published_port = d.pop("PublishedPort", UNSET)

        target_port = d.pop("TargetPort", UNSET)

        endpoint_port_config_swarm = cls(
            protocol=protocol,
            publish_mode=publish_mode,
            published_port=published_port,
            target_port=target_port,
        )

        endpoint_port_config_swarm.additional_properties = d
        return endpoint_port_config_swarm

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
