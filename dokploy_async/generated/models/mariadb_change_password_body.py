from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mariadb_change_password_body_type import (
    MariadbChangePasswordBodyType,
    check_mariadb_change_password_body_type,
)
from ..types import UNSET, Unset, masked

T = TypeVar("T", bound="MariadbChangePasswordBody")


@_attrs_define
class MariadbChangePasswordBody:
    """
    Attributes:
        mariadb_id (str):
        password (str):
        type_ (MariadbChangePasswordBodyType | Unset):
    """

    mariadb_id: str
    password: str = _attrs_field(repr=masked)
    type_: MariadbChangePasswordBodyType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mariadb_id = self.mariadb_id

        password = self.password

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mariadbId": mariadb_id,
                "password": password,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mariadb_id = d.pop("mariadbId")

        password = d.pop("password")

        _type_ = d.pop("type", UNSET)
        type_: MariadbChangePasswordBodyType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_mariadb_change_password_body_type(_type_)

        mariadb_change_password_body = cls(
            mariadb_id=mariadb_id,
            password=password,
            type_=type_,
        )

        mariadb_change_password_body.additional_properties = d
        return mariadb_change_password_body

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
