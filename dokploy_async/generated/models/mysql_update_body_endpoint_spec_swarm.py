from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mysql_update_body_endpoint_spec_swarm_ports_item import (
        MysqlUpdateBodyEndpointSpecSwarmPortsItem,
    )


T = TypeVar("T", bound="MysqlUpdateBodyEndpointSpecSwarm")


@_attrs_define
class MysqlUpdateBodyEndpointSpecSwarm:
    """
    Attributes:
        mode (str | Unset):
        ports (list[MysqlUpdateBodyEndpointSpecSwarmPortsItem] | Unset):
    """

    mode: str | Unset = UNSET
    ports: list[MysqlUpdateBodyEndpointSpecSwarmPortsItem] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode

        ports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ports, Unset):
            ports = []
            for ports_item_data in self.ports:
                ports_item = ports_item_data.to_dict()
                ports.append(ports_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if mode is not UNSET:
            field_dict["Mode"] = mode
        if ports is not UNSET:
            field_dict["Ports"] = ports

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mysql_update_body_endpoint_spec_swarm_ports_item import (
            MysqlUpdateBodyEndpointSpecSwarmPortsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        mode = d.pop("Mode", UNSET)

        _ports = d.pop("Ports", UNSET)
        ports: list[MysqlUpdateBodyEndpointSpecSwarmPortsItem] | Unset = UNSET
        if _ports is not UNSET:
            ports = []
            for ports_item_data in _ports:
                ports_item = MysqlUpdateBodyEndpointSpecSwarmPortsItem.from_dict(ports_item_data)

                ports.append(ports_item)

        mysql_update_body_endpoint_spec_swarm = cls(
            mode=mode,
            ports=ports,
        )

        return mysql_update_body_endpoint_spec_swarm
