from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.custom_role_all_item_permissions import CustomRoleAllItemPermissions


T = TypeVar("T", bound="CustomRoleAllItem")


@_attrs_define
class CustomRoleAllItem:
    """
    Attributes:
        created_at (datetime.datetime):
        ids (list[str]):
        member_count (float):
        permissions (CustomRoleAllItemPermissions):
        role (str):
    """

    created_at: datetime.datetime
    ids: list[str]
    member_count: float
    permissions: CustomRoleAllItemPermissions
    role: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = (
            self.created_at.astimezone(datetime.UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z")
        )

        ids = self.ids

        member_count = self.member_count

        permissions = self.permissions.to_dict()

        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "ids": ids,
                "memberCount": member_count,
                "permissions": permissions,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_role_all_item_permissions import CustomRoleAllItemPermissions  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        ids = cast(list[str], d.pop("ids"))

        member_count = d.pop("memberCount")

        permissions = CustomRoleAllItemPermissions.from_dict(d.pop("permissions"))

        role = d.pop("role")

        custom_role_all_item = cls(
            created_at=created_at,
            ids=ids,
            member_count=member_count,
            permissions=permissions,
            role=role,
        )

        custom_role_all_item.additional_properties = d
        return custom_role_all_item

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
