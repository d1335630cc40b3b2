from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServerSecurityResultNonRootUser")


@_attrs_define
class ServerSecurityResultNonRootUser:
    """
    Attributes:
        has_valid_sudo_user (bool):
    """

    has_valid_sudo_user: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_valid_sudo_user = self.has_valid_sudo_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hasValidSudoUser": has_valid_sudo_user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        has_valid_sudo_user = d.pop("hasValidSudoUser")

        server_security_result_non_root_user = cls(
            has_valid_sudo_user=has_valid_sudo_user,
        )

        server_security_result_non_root_user.additional_properties = d
        return server_security_result_non_root_user

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
