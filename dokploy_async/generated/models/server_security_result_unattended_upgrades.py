from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServerSecurityResultUnattendedUpgrades")


@_attrs_define
class ServerSecurityResultUnattendedUpgrades:
    """
    Attributes:
        active (bool):
        installed (bool):
        update_enabled (float):
        upgrade_enabled (float):
    """

    active: bool
    installed: bool
    update_enabled: float
    upgrade_enabled: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        installed = self.installed

        update_enabled = self.update_enabled

        upgrade_enabled = self.upgrade_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "installed": installed,
                "updateEnabled": update_enabled,
                "upgradeEnabled": upgrade_enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        installed = d.pop("installed")

        update_enabled = d.pop("updateEnabled")

        upgrade_enabled = d.pop("upgradeEnabled")

        server_security_result_unattended_upgrades = cls(
            active=active,
            installed=installed,
            update_enabled=update_enabled,
            upgrade_enabled=upgrade_enabled,
        )

        server_security_result_unattended_upgrades.additional_properties = d
        return server_security_result_unattended_upgrades

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
