from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_get_user_by_token_result_role_type_1 import (
    UserGetUserByTokenResultRoleType1,
    check_user_get_user_by_token_result_role_type_1,
)
from ..models.user_get_user_by_token_result_role_type_2 import (
    UserGetUserByTokenResultRoleType2,
    check_user_get_user_by_token_result_role_type_2,
)
from ..models.user_get_user_by_token_result_role_type_3 import (
    UserGetUserByTokenResultRoleType3,
    check_user_get_user_by_token_result_role_type_3,
)

T = TypeVar("T", bound="UserGetUserByTokenResult")


@_attrs_define
class UserGetUserByTokenResult:
    """
    Attributes:
        email (str):
        id (str):
        inviter_id (str):
        is_expired (bool):
        role (list[str] | None | UserGetUserByTokenResultRoleType1 | UserGetUserByTokenResultRoleType2 |
            UserGetUserByTokenResultRoleType3):
        status (str):
        user_already_exists (bool):
    """

    email: str
    id: str
    inviter_id: str
    is_expired: bool
    role: (
        list[str]
        | None
        | UserGetUserByTokenResultRoleType1
        | UserGetUserByTokenResultRoleType2
        | UserGetUserByTokenResultRoleType3
    )
    status: str
    user_already_exists: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        id = self.id

        inviter_id = self.inviter_id

        is_expired = self.is_expired

        role: list[str] | None | str
        if isinstance(self.role, list):
            role = self.role

        elif isinstance(self.role, str):
            role = self.role
        elif isinstance(self.role, str):
            role = self.role
        elif isinstance(self.role, str):
            role = self.role
        else:
            role = self.role

        status = self.status

        user_already_exists = self.user_already_exists

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "id": id,
                "inviterId": inviter_id,
                "isExpired": is_expired,
                "role": role,
                "status": status,
                "userAlreadyExists": user_already_exists,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        id = d.pop("id")

        inviter_id = d.pop("inviterId")

        is_expired = d.pop("isExpired")

        def _parse_role(
            data: object,
        ) -> (
            list[str]
            | None
            | UserGetUserByTokenResultRoleType1
            | UserGetUserByTokenResultRoleType2
            | UserGetUserByTokenResultRoleType3
        ):
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                role_type_0 = cast(list[str], data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_1 = check_user_get_user_by_token_result_role_type_1(data)

                return role_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_2 = check_user_get_user_by_token_result_role_type_2(data)

                return role_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_3 = check_user_get_user_by_token_result_role_type_3(data)

                return role_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[str]
                | None
                | UserGetUserByTokenResultRoleType1
                | UserGetUserByTokenResultRoleType2
                | UserGetUserByTokenResultRoleType3,
                data,
            )

        role = _parse_role(d.pop("role"))

        status = d.pop("status")

        user_already_exists = d.pop("userAlreadyExists")

        user_get_user_by_token_result = cls(
            email=email,
            id=id,
            inviter_id=inviter_id,
            is_expired=is_expired,
            role=role,
            status=status,
            user_already_exists=user_already_exists,
        )

        user_get_user_by_token_result.additional_properties = d
        return user_get_user_by_token_result

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
