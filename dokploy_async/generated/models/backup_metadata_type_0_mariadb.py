from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import masked

T = TypeVar("T", bound="BackupMetadataType0Mariadb")


@_attrs_define
class BackupMetadataType0Mariadb:
    """
    Attributes:
        database_password (str):
        database_user (str):
    """

    database_password: str = _attrs_field(repr=masked)
    database_user: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        database_password = self.database_password

        database_user = self.database_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "databasePassword": database_password,
                "databaseUser": database_user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        database_password = d.pop("databasePassword")

        database_user = d.pop("databaseUser")

        backup_metadata_type_0_mariadb = cls(
            database_password=database_password,
            database_user=database_user,
        )

        backup_metadata_type_0_mariadb.additional_properties = d
        return backup_metadata_type_0_mariadb

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
