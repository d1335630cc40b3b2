from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.libsql_change_status_body_application_status import (
    LibsqlChangeStatusBodyApplicationStatus,
    check_libsql_change_status_body_application_status,
)

T = TypeVar("T", bound="LibsqlChangeStatusBody")


@_attrs_define
class LibsqlChangeStatusBody:
    """
    Attributes:
        libsql_id (str):
        application_status (LibsqlChangeStatusBodyApplicationStatus):
    """

    libsql_id: str
    application_status: LibsqlChangeStatusBodyApplicationStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        libsql_id = self.libsql_id

        application_status: str = self.application_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "libsqlId": libsql_id,
                "applicationStatus": application_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        libsql_id = d.pop("libsqlId")

        application_status = check_libsql_change_status_body_application_status(
            d.pop("applicationStatus")
        )

        libsql_change_status_body = cls(
            libsql_id=libsql_id,
            application_status=application_status,
        )

        libsql_change_status_body.additional_properties = d
        return libsql_change_status_body

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
