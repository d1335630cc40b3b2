from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServerSecurityResultSsh")


@_attrs_define
class ServerSecurityResultSsh:
    """
    Attributes:
        enabled (bool):
        key_auth (bool):
        password_auth (str):
        permit_root_login (str):
        use_pam (str):
    """

    enabled: bool
    key_auth: bool
    password_auth: str
    permit_root_login: str
    use_pam: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        key_auth = self.key_auth

        password_auth = self.password_auth

        permit_root_login = self.permit_root_login

        use_pam = self.use_pam

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "keyAuth": key_auth,
                "passwordAuth": password_auth,
                "permitRootLogin": permit_root_login,
                "usePam": use_pam,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        key_auth = d.pop("keyAuth")

        password_auth = d.pop("passwordAuth")

        permit_root_login = d.pop("permitRootLogin")

        use_pam = d.pop("usePam")

        server_security_result_ssh = cls(
            enabled=enabled,
            key_auth=key_auth,
            password_auth=password_auth,
            permit_root_login=permit_root_login,
            use_pam=use_pam,
        )

        server_security_result_ssh.additional_properties = d
        return server_security_result_ssh

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
