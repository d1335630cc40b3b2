from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServerSecurityResultFail2Ban")


@_attrs_define
class ServerSecurityResultFail2Ban:
    """
    Attributes:
        active (bool):
        enabled (bool):
        installed (bool):
        ssh_enabled (str):
        ssh_mode (str):
    """

    active: bool
    enabled: bool
    installed: bool
    ssh_enabled: str
    ssh_mode: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        enabled = self.enabled

        installed = self.installed

        ssh_enabled = self.ssh_enabled

        ssh_mode = self.ssh_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "enabled": enabled,
                "installed": installed,
                "sshEnabled": ssh_enabled,
                "sshMode": ssh_mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        enabled = d.pop("enabled")

        installed = d.pop("installed")

        ssh_enabled = d.pop("sshEnabled")

        ssh_mode = d.pop("sshMode")

        server_security_result_fail_2_ban = cls(
            active=active,
            enabled=enabled,
            installed=installed,
            ssh_enabled=ssh_enabled,
            ssh_mode=ssh_mode,
        )

        server_security_result_fail_2_ban.additional_properties = d
        return server_security_result_fail_2_ban

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
