from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApplicationReadAppMonitoringResponse200Type0")


@_attrs_define
class ApplicationReadAppMonitoringResponse200Type0:
    """
    Attributes:
        block (Any): Plain JSON: Dokploy's source types this as any.
        cpu (Any): Plain JSON: Dokploy's source types this as any.
        disk (Any): Plain JSON: Dokploy's source types this as any.
        memory (Any): Plain JSON: Dokploy's source types this as any.
        network (Any): Plain JSON: Dokploy's source types this as any.
    """

    block: Any
    cpu: Any
    disk: Any
    memory: Any
    network: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        block = self.block

        cpu = self.cpu

        disk = self.disk

        memory = self.memory

        network = self.network

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "block": block,
                "cpu": cpu,
                "disk": disk,
                "memory": memory,
                "network": network,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        block = d.pop("block")

        cpu = d.pop("cpu")

        disk = d.pop("disk")

        memory = d.pop("memory")

        network = d.pop("network")

        application_read_app_monitoring_response_200_type_0 = cls(
            block=block,
            cpu=cpu,
            disk=disk,
            memory=memory,
            network=network,
        )

        application_read_app_monitoring_response_200_type_0.additional_properties = d
        return application_read_app_monitoring_response_200_type_0

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
