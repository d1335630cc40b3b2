from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostgresUpdateBodyEndpointSpecSwarmPortsItem")


@_attrs_define
class PostgresUpdateBodyEndpointSpecSwarmPortsItem:
    """
    Attributes:
        protocol (str | Unset):
        target_port (float | Unset):
        published_port (float | Unset):
        publish_mode (str | Unset):
    """

    protocol: str | Unset = UNSET
    target_port: float | Unset = UNSET
    published_port: float | Unset = UNSET
    publish_mode: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        protocol = self.protocol

        target_port = self.target_port

        published_port = self.published_port

        publish_mode = self.publish_mode

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if protocol is not UNSET:
            field_dict["Protocol"] = protocol
        if target_port is not UNSET:
            field_dict["TargetPort"] = target_port
        if published_port is not UNSET:
            field_dict["PublishedPort"] = published_port
        if publish_mode is not UNSET:
            field_dict["PublishMode"] = publish_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        protocol = d.pop("Protocol", UNSET)

        target_port = d.pop("TargetPort", UNSET)

        published_port = d.pop("PublishedPort", UNSET)

        publish_mode = d.pop("PublishMode", UNSET)

        postgres_update_body_endpoint_spec_swarm_ports_item = cls(
            protocol=protocol,
            target_port=target_port,
            published_port=published_port,
            publish_mode=publish_mode,
        )

        return postgres_update_body_endpoint_spec_swarm_ports_item
