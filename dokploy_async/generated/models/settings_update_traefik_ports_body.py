from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.settings_update_traefik_ports_body_additional_ports_item import (
        SettingsUpdateTraefikPortsBodyAdditionalPortsItem,
    )


T = TypeVar("T", bound="SettingsUpdateTraefikPortsBody")


@_attrs_define
class SettingsUpdateTraefikPortsBody:
    """
    Attributes:
        additional_ports (list[SettingsUpdateTraefikPortsBodyAdditionalPortsItem]):
        server_id (str | Unset):
    """

    additional_ports: list[SettingsUpdateTraefikPortsBodyAdditionalPortsItem]
    server_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        additional_ports = []
        for additional_ports_item_data in self.additional_ports:
            additional_ports_item = additional_ports_item_data.to_dict()
            additional_ports.append(additional_ports_item)

        server_id = self.server_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "additionalPorts": additional_ports,
            }
        )
        if server_id is not UNSET:
            field_dict["serverId"] = server_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.settings_update_traefik_ports_body_additional_ports_item import (
            SettingsUpdateTraefikPortsBodyAdditionalPortsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        additional_ports = []
        _additional_ports = d.pop("additionalPorts")
        for additional_ports_item_data in _additional_ports:
            additional_ports_item = SettingsUpdateTraefikPortsBodyAdditionalPortsItem.from_dict(
                additional_ports_item_data
            )

            additional_ports.append(additional_ports_item)

        server_id = d.pop("serverId", UNSET)

        settings_update_traefik_ports_body = cls(
            additional_ports=additional_ports,
            server_id=server_id,
        )

        settings_update_traefik_ports_body.additional_properties = d
        return settings_update_traefik_ports_body

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
