from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.endpoint_port_config_swarm import EndpointPortConfigSwarm


T = TypeVar("T", bound="EndpointSpecSwarm")


@_attrs_define
class EndpointSpecSwarm:
    """
    Attributes:
        mode (str | Unset):
        ports (list[EndpointPortConfigSwarm] | Unset):
    """

    mode: str | Unset = UNSET
    ports: list[EndpointPortConfigSwarm] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode

        ports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ports, Unset):
            ports = []
            for ports_item_data in self.ports:
                ports_item = ports_item_data.to_dict()
                ports.append(ports_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["Mode"] = mode
        if ports is not UNSET:
            field_dict["Ports"] = ports

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.endpoint_port_config_swarm import EndpointPortConfigSwarm  # noqa: PLC0415

        d = dict(src_dict)
        mode = d.pop("Mode", UNSET)

        _ports = d.pop("Ports", UNSET)
        ports: list[EndpointPortConfigSwarm] | Unset = UNSET
        if _ports is not UNSET:
            ports = []
            for ports_item_data in _ports:
                ports_item = EndpointPortConfigSwarm.from_dict(ports_item_data)

                ports.append(ports_item)

        endpoint_spec_swarm = cls(
            mode=mode,
            ports=ports,
        )

        endpoint_spec_swarm.additional_properties = d
        return endpoint_spec_swarm

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
