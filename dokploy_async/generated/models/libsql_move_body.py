from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LibsqlMoveBody")


@_attrs_define
class LibsqlMoveBody:
    """
    Attributes:
        libsql_id (str):
        target_environment_id (str):
    """

    libsql_id: str
    target_environment_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        libsql_id = self.libsql_id

        target_environment_id = self.target_environment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "libsqlId": libsql_id,
                "targetEnvironmentId": target_environment_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        libsql_id = d.pop("libsqlId")

        target_environment_id = d.pop("targetEnvironmentId")

        libsql_move_body = cls(
            libsql_id=libsql_id,
            target_environment_id=target_environment_id,
        )

        libsql_move_body.additional_properties = d
        return libsql_move_body

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
