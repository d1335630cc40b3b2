from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_session_response_200_type_0_session import UserSessionResponse200Type0Session
    from ..models.user_session_response_200_type_0_user import UserSessionResponse200Type0User


T = TypeVar("T", bound="UserSessionResponse200Type0")


@_attrs_define
class UserSessionResponse200Type0:
    """
    Attributes:
        session (UserSessionResponse200Type0Session):
        user (UserSessionResponse200Type0User):
    """

    session: UserSessionResponse200Type0Session
    user: UserSessionResponse200Type0User
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session = self.session.to_dict()

        user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session": session,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_session_response_200_type_0_session import (
            UserSessionResponse200Type0Session,  # noqa: PLC0415
        )
        from ..models.user_session_response_200_type_0_user import UserSessionResponse200Type0User  # noqa: PLC0415

        d = dict(src_dict)
        session = UserSessionResponse200Type0Session.from_dict(d.pop("session"))

        user = UserSessionResponse200Type0User.from_dict(d.pop("user"))

        user_session_response_200_type_0 = cls(
            session=session,
            user=user,
        )

        user_session_response_200_type_0.additional_properties = d
        return user_session_response_200_type_0

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
