from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.custom_role_create_body_permissions import CustomRoleCreateBodyPermissions


T = TypeVar("T", bound="CustomRoleCreateBody")


@_attrs_define
class CustomRoleCreateBody:
    """
    Attributes:
        role_name (str):
        permissions (CustomRoleCreateBodyPermissions):
    """

    role_name: str
    permissions: CustomRoleCreateBodyPermissions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role_name = self.role_name

        permissions = self.permissions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roleName": role_name,
                "permissions": permissions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_role_create_body_permissions import CustomRoleCreateBodyPermissions  # noqa: PLC0415

        d = dict(src_dict)
        role_name = d.pop("roleName")

        permissions = CustomRoleCreateBodyPermissions.from_dict(d.pop("permissions"))

        custom_role_create_body = cls(
            role_name=role_name,
            permissions=permissions,
        )

        custom_role_create_body.additional_properties = d
        return custom_role_create_body

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
