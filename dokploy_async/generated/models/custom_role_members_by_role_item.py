from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomRoleMembersByRoleItem")


@_attrs_define
class CustomRoleMembersByRoleItem:
    """
    Attributes:
        email (str):
        first_name (str):
        id (str):
        last_name (str):
        user_id (str):
    """

    email: str
    first_name: str
    id: str
    last_name: str
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        first_name = self.first_name

        id = self.id

        last_name = self.last_name

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "firstName": first_name,
                "id": id,
                "lastName": last_name,
                "userId": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        first_name = d.pop("firstName")

        id = d.pop("id")

        last_name = d.pop("lastName")

        user_id = d.pop("userId")

        custom_role_members_by_role_item = cls(
            email=email,
            first_name=first_name,
            id=id,
            last_name=last_name,
            user_id=user_id,
        )

        custom_role_members_by_role_item.additional_properties = d
        return custom_role_members_by_role_item

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
